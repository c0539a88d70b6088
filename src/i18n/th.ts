import type { Catalogue } from './en.js';
import { common } from './th/common.js';
import { declaration } from './th/declaration.js';
import { esim } from './th/esim.js';
import { flow } from './th/flow.js';
import { list } from './th/list.js';
import { signin } from './th/signin.js';

/** Thai. */
export const th: Catalogue = { ...common, ...esim, ...list, ...signin, ...flow, ...declaration };
export default th;
