/** `esim-elements/esim-cancel-flow.js`: registers `<esim-cancel-flow>`. Guarded, so it is harmless next to another copy. */
import './elements/esim-cancel-flow/define.js';

export {
  EsimCancelFlow,
  type AlternativesContext,
  type AlternativesOption,
  type CancelReason,
} from './elements/esim-cancel-flow/esim-cancel-flow.js';
export { DEFAULT_REASONS } from './elements/esim-cancel-flow/reasons.js';
export type * from './elements/events.js';
