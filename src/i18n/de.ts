import type { Catalogue } from './en.js';
import { common } from './de/common.js';
import { declaration } from './de/declaration.js';
import { esim } from './de/esim.js';
import { flow } from './de/flow.js';
import { list } from './de/list.js';
import { signin } from './de/signin.js';

/** German (formal "Sie"; "kündigen" as the law words it). */
export const de: Catalogue = { ...common, ...esim, ...list, ...signin, ...flow, ...declaration };
export default de;
