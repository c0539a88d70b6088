/** `esim-elements/esim-cancel-declaration.js`: registers `<esim-cancel-declaration>`. Guarded, so it is harmless next to another copy. */
import './elements/esim-cancel-declaration/define.js';

export { EsimCancelDeclaration, type DeclarationPrefill } from './elements/esim-cancel-declaration/esim-cancel-declaration.js';
export type * from './elements/events.js';
