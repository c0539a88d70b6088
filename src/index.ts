/**
 * `esim-elements`: registers `<esim-list>`, `<esim-cancel-flow>` and `<esim-cancel-declaration>` and exports their classes, the
 * event detail types and the whole backend API (`esim-elements/api.js`).
 * Registration is guarded, so importing this next to another copy (e.g. the CDN bundle) is harmless.
 */
import './elements/esim-cancel-declaration/define.js';
import './elements/esim-cancel-flow/define.js';
import './elements/esim-list/define.js';

export { EsimCancelDeclaration, type DeclarationPrefill } from './elements/esim-cancel-declaration/esim-cancel-declaration.js';
export {
  EsimCancelFlow,
  type AlternativesContext,
  type AlternativesOption,
  type CancelReason,
} from './elements/esim-cancel-flow/esim-cancel-flow.js';
export { DEFAULT_REASONS } from './elements/esim-cancel-flow/reasons.js';
export { EsimList } from './elements/esim-list/esim-list.js';
export type * from './elements/events.js';
export type { Theme } from './internal/esim-element.js';
export { registerLocale, type StringOverrides } from './internal/localize.js';
export type { Catalogue } from './i18n/en.js';
export * from './api/index.js';
