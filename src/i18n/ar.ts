import type { Catalogue } from './en.js';
import { common } from './ar/common.js';
import { declaration } from './ar/declaration.js';
import { esim } from './ar/esim.js';
import { flow } from './ar/flow.js';
import { list } from './ar/list.js';
import { signin } from './ar/signin.js';

/** Arabic (Modern Standard Arabic), written right to left: hosts set `dir="rtl"` with `lang="ar"`. */
export const ar: Catalogue = { ...common, ...esim, ...list, ...signin, ...flow, ...declaration };
export default ar;
