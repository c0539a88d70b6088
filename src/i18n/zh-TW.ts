import type { Catalogue } from './en.js';
import { common } from './zh-TW/common.js';
import { declaration } from './zh-TW/declaration.js';
import { esim } from './zh-TW/esim.js';
import { flow } from './zh-TW/flow.js';
import { list } from './zh-TW/list.js';
import { signin } from './zh-TW/signin.js';

/** Traditional Chinese (Taiwan). */
export const zhTW: Catalogue = { ...common, ...esim, ...list, ...signin, ...flow, ...declaration };
export default zhTW;
