import { common } from './en/common.js';
import { declaration } from './en/declaration.js';
import { esim } from './en/esim.js';
import { flow } from './en/flow.js';
import { list } from './en/list.js';
import { signin } from './en/signin.js';

/** The English catalogue; its shape is the `Catalogue` type every locale must fill completely. */
export const en = { ...common, ...esim, ...list, ...signin, ...flow, ...declaration };

export type Catalogue = typeof en;
