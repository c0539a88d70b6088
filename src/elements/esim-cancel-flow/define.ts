import { EsimCancelFlow } from './esim-cancel-flow.js';

/* Guarded: loading the bundle twice, or next to an npm copy, must not throw. */
if (!customElements.get('esim-cancel-flow')) customElements.define('esim-cancel-flow', EsimCancelFlow);

declare global {
  interface HTMLElementTagNameMap {
    'esim-cancel-flow': EsimCancelFlow;
  }
}
