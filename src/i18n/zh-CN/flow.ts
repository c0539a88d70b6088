import type { flow as en } from '../en/flow.js';

export const flow: typeof en = {
  flowLabel: '取消 eSIM',
};
