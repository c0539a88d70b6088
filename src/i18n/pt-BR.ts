import type { Catalogue } from './en.js';
import { common } from './pt-BR/common.js';
import { declaration } from './pt-BR/declaration.js';
import { esim } from './pt-BR/esim.js';
import { flow } from './pt-BR/flow.js';
import { list } from './pt-BR/list.js';
import { signin } from './pt-BR/signin.js';

/** Brazilian Portuguese ("você"). */
export const ptBR: Catalogue = { ...common, ...esim, ...list, ...signin, ...flow, ...declaration };
export default ptBR;
