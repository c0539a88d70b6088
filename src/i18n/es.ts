import type { Catalogue } from './en.js';
import { common } from './es/common.js';
import { declaration } from './es/declaration.js';
import { esim } from './es/esim.js';
import { flow } from './es/flow.js';
import { list } from './es/list.js';
import { signin } from './es/signin.js';

/** Spanish (neutral, "tú"). */
export const es: Catalogue = { ...common, ...esim, ...list, ...signin, ...flow, ...declaration };
export default es;
