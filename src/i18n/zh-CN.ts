import type { Catalogue } from './en.js';
import { common } from './zh-CN/common.js';
import { declaration } from './zh-CN/declaration.js';
import { esim } from './zh-CN/esim.js';
import { flow } from './zh-CN/flow.js';
import { list } from './zh-CN/list.js';
import { signin } from './zh-CN/signin.js';

/** Simplified Chinese (mainland China). */
export const zhCN: Catalogue = { ...common, ...esim, ...list, ...signin, ...flow, ...declaration };
