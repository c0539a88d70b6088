/*
 * The large-account page: resets its own tenant with the 10,000-eSIM seed, then adds the list, and
 * shows live figures (loaded, pages, rows actually in the DOM) so the virtualization can be seen.
 */
import type { EsimList } from '../src/index.js';
import { checkBackend, keepApiBaseOnLinks, resetTenant, tenantBase } from './demo.js';

const base = tenantBase('large-demo');
const slot = document.getElementById('list-slot')!;
const preparing = document.getElementById('preparing')!;
const figures = {
  loaded: document.getElementById('fig-loaded')!,
  pages: document.getElementById('fig-pages')!,
  rows: document.getElementById('fig-rows')!,
  first: document.getElementById('fig-first')!,
};
const number = new Intl.NumberFormat('en');

document.getElementById('tenant-url')!.textContent = base;
keepApiBaseOnLinks();

let loaded = 0;
let pages = 0;
let filter: string | null = null;

function countRows(list: EsimList): void {
  figures.rows.textContent = number.format(list.shadowRoot?.querySelectorAll('[part~="row"]').length ?? 0);
}

function addList(): void {
  const list = document.createElement('esim-list');
  list.setAttribute('api-base', base);
  list.setAttribute('theme', 'auto');
  list.setAttribute('page-size', '200');
  const started = performance.now();
  list.addEventListener('esim-list-load', (event) => {
    // A new status filter starts over from its first page.
    if (list.statusFilter !== filter) {
      filter = list.statusFilter;
      loaded = 0;
      pages = 0;
    }
    if (pages === 0 && figures.first.textContent === '–') {
      figures.first.textContent = `${number.format(Math.round(performance.now() - started))} ms`;
    }
    loaded += event.detail.items.length;
    pages += 1;
    figures.loaded.textContent = number.format(loaded) + (event.detail.hasMore ? '' : ' (all)');
    figures.pages.textContent = number.format(pages);
  });
  slot.replaceChildren(list);
  // Recount whenever the list's rows change (scrolling, paging, filtering, searching), once a frame.
  let scheduled = false;
  const rowsObserver = new MutationObserver(() => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      countRows(list);
    });
  });
  if (list.shadowRoot) rowsObserver.observe(list.shadowRoot, { childList: true, subtree: true });
}

async function init(): Promise<void> {
  if (!(await checkBackend(base, document.getElementById('no-backend')))) {
    preparing.textContent = 'No backend: nothing to show.';
    return;
  }
  try {
    await resetTenant(base, { seed: 'large', requireAuth: false });
  } catch (error) {
    preparing.textContent = `Could not prepare the large account: ${error instanceof Error ? error.message : String(error)}`;
    return;
  }
  await customElements.whenDefined('esim-list');
  addList();
}

void init();
