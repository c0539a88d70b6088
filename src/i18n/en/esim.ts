/** Strings that describe an eSIM (status, install state, why it cannot be cancelled…), used by both elements. */
export const esim = {
  statusActive: 'Active',
};
