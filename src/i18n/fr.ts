import type { Catalogue } from './en.js';
import { common } from './fr/common.js';
import { declaration } from './fr/declaration.js';
import { esim } from './fr/esim.js';
import { flow } from './fr/flow.js';
import { list } from './fr/list.js';
import { signin } from './fr/signin.js';

/** French ("vous"). */
export const fr: Catalogue = { ...common, ...esim, ...list, ...signin, ...flow, ...declaration };
export default fr;
