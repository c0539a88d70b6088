/** `esim-elements/esim-cancel-flow.js`: registers `<esim-cancel-flow>`. Guarded, so it is harmless next to another copy. */
import './elements/esim-cancel-flow/define.js';

export { EsimCancelFlow } from './elements/esim-cancel-flow/esim-cancel-flow.js';
export type * from './elements/events.js';
