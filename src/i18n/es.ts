import type { Catalogue } from './en.js';
import { common } from './es/common.js';
import { esim } from './es/esim.js';
import { flow } from './es/flow.js';
import { list } from './es/list.js';

/** Spanish (neutral, "tú"). */
export const es: Catalogue = { ...common, ...esim, ...list, ...flow };
export default es;
