import { common } from './common.js';
import { esim } from './esim.js';
import { list } from './list.js';

/** What `<esim-list>` shows and every element shares: the first strings a page fetches. */
export const base = { ...common, ...esim, ...list };
