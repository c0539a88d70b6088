import type { Catalogue } from './en.js';
import { common } from './ja/common.js';
import { declaration } from './ja/declaration.js';
import { esim } from './ja/esim.js';
import { flow } from './ja/flow.js';
import { list } from './ja/list.js';
import { signin } from './ja/signin.js';

/** Japanese. */
export const ja: Catalogue = { ...common, ...esim, ...list, ...signin, ...flow, ...declaration };
export default ja;
