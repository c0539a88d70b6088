import '../esim-cancel-flow/define.js';
import { EsimList } from './esim-list.js';

export { EsimList };

if (!customElements.get('esim-list')) customElements.define('esim-list', EsimList);

declare global {
  interface HTMLElementTagNameMap {
    'esim-list': EsimList;
  }
}
