import type { Catalogue } from './en.js';
import { common } from './ko/common.js';
import { declaration } from './ko/declaration.js';
import { esim } from './ko/esim.js';
import { flow } from './ko/flow.js';
import { list } from './ko/list.js';
import { signin } from './ko/signin.js';

/** Korean. */
export const ko: Catalogue = { ...common, ...esim, ...list, ...signin, ...flow, ...declaration };
export default ko;
