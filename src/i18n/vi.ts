import type { Catalogue } from './en.js';
import { common } from './vi/common.js';
import { declaration } from './vi/declaration.js';
import { esim } from './vi/esim.js';
import { flow } from './vi/flow.js';
import { list } from './vi/list.js';
import { signin } from './vi/signin.js';

/** Vietnamese. */
export const vi: Catalogue = { ...common, ...esim, ...list, ...signin, ...flow, ...declaration };
export default vi;
