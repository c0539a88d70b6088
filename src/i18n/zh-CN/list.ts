import type { list as en } from '../en/list.js';

export const list: typeof en = {
  listLabel: '您的 eSIM',
};
