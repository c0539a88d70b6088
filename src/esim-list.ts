/**
 * `esim-elements/esim-list.js`: registers `<esim-list>` and the `<esim-cancel-flow>` it opens in its
 * dialog. Guarded, so it is harmless next to another copy.
 */
import './elements/esim-cancel-flow/define.js';
import './elements/esim-list/define.js';

export { EsimList } from './elements/esim-list/esim-list.js';
export type * from './elements/events.js';
