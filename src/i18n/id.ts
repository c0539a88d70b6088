import type { Catalogue } from './en.js';
import { common } from './id/common.js';
import { declaration } from './id/declaration.js';
import { esim } from './id/esim.js';
import { flow } from './id/flow.js';
import { list } from './id/list.js';
import { signin } from './id/signin.js';

/** Indonesian. */
export const id: Catalogue = { ...common, ...esim, ...list, ...signin, ...flow, ...declaration };
export default id;
