/*
 * The Chinese page: the same elements as the playground, in the language of <html lang="zh-CN">,
 * with no controls. Runs before the elements upgrade, so `api-base` is final before they fetch.
 */
import type { EsimCancelFlow, EsimList } from '../src/index.js';
import { apiBase, checkBackend, keepApiBaseOnLinks, linkListAndFlow } from './demo.js';

const base = apiBase();
const list = document.querySelector('esim-list') as EsimList;
let flow = document.querySelector('esim-cancel-flow') as EsimCancelFlow;
list.setAttribute('api-base', base);
flow.setAttribute('api-base', base);
keepApiBaseOnLinks();

/** A fresh flow with the same attributes, back at its first step. */
function restartFlow(): void {
  const fresh = flow.cloneNode() as EsimCancelFlow;
  flow.replaceWith(fresh);
  flow = fresh;
}

linkListAndFlow(list, () => flow, restartFlow);
// Where a reseller's page would navigate away, this page offers the flow again from the start.
document.addEventListener('esim-cancel-close', (event) => {
  if (event.target === flow) restartFlow();
});
void checkBackend(base, document.getElementById('no-backend'));
