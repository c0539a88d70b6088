import { EsimCancelDeclaration } from './esim-cancel-declaration.js';

/* Guarded: loading the bundle twice, or next to an npm copy, must not throw. */
if (!customElements.get('esim-cancel-declaration')) customElements.define('esim-cancel-declaration', EsimCancelDeclaration);

declare global {
  interface HTMLElementTagNameMap {
    'esim-cancel-declaration': EsimCancelDeclaration;
  }
}
