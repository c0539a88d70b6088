/*
 * One page per locale: `locale.html?lang=de`, `?lang=ar`… sets <html lang> (and dir="rtl" where the
 * language needs it) before the elements upgrade, and the elements follow it, as on a reseller's page
 * in that language. The page's own text stays English (marked so); the elements are the point.
 */
import type { EsimCancelFlow, EsimList } from '../src/index.js';
import { apiBase, checkBackend, keepApiBaseOnLinks, linkListAndFlow } from './demo.js';
import { DEMO_LOCALES } from './locales.js';

const requested = new URLSearchParams(location.search).get('lang');
const locale = DEMO_LOCALES.find(({ code }) => code === requested) ?? DEMO_LOCALES[0]!;
document.documentElement.lang = locale.code;
document.documentElement.dir = locale.dir ?? 'ltr';
document.title = `${locale.name} · esim-elements demo`;
document.getElementById('locale-name')!.textContent = locale.name;
document.getElementById('locale-code')!.textContent = locale.code;
document.getElementById('locale-dir')!.textContent = locale.dir ? ` dir="${locale.dir}"` : '';
document.querySelector(`.language-menu a[data-locale="${CSS.escape(locale.code)}"]`)?.setAttribute('aria-current', 'page');

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
document.addEventListener('esim-cancel-close', (event) => {
  if (event.target === flow) restartFlow();
});
void checkBackend(base, document.getElementById('no-backend'));
