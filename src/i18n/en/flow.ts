/** Strings of `<esim-cancel-flow>`. */
export const flow = {
  flowLabel: 'Cancel an eSIM',
};
