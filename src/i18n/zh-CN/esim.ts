import type { esim as en } from '../en/esim.js';

export const esim: typeof en = {
  statusActive: '使用中',
};
