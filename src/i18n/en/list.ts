/** Strings of `<esim-list>`. */
export const list = {
  listLabel: 'Your eSIMs',
};
