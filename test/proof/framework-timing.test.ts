/**
 * Proof: property timing as frameworks produce it, through the built classic bundle, each case in a
 * page (iframe) of its own so the elements can be created before they are defined.
 * - React-style: the element is created and its properties (`backend`, `getAuthToken`, `strings`)
 *   are set before the bundle has defined it (the upgrade pattern keeps them); later changes follow.
 * - Vue-style: the element renders first with nothing configured, the properties arrive after the
 *   first render (Vue sets them after mounting); a later change of backend loads the new account.
 * Each ends with the right data on screen, no uncaught exception, and no `esim-error` other than the
 * one that said, truthfully, that nothing was configured yet.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { newTenant, type Tenant } from '../helpers/tenant.js';
import type { EsimBackend } from '../../src/api/backend.js';
import type { EsimCancelFlow } from '../../src/elements/esim-cancel-flow/esim-cancel-flow.js';
import type { EsimList } from '../../src/elements/esim-list/esim-list.js';
import type { EsimErrorDetail } from '../../src/elements/events.js';

type Library = typeof import('../../src/cdn/esim-elements.js');
type PageWindow = Window & typeof globalThis & { EsimElements?: Library };

const IIFE = '/dist/esim-elements.iife.js';
const INSTANT = 'esim-jp-01';

interface Page {
  window: PageWindow;
  document: Document;
  problems: string[];
  errors: string[];
  /** Loads the classic bundle into the page now. */
  loadBundle(): Promise<void>;
}

async function emptyPage(): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.srcdoc = '<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body></body></html>';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  const problems: string[] = [];
  const errors: string[] = [];
  win.addEventListener('error', (event) => problems.push(`error: ${event.message}`));
  win.addEventListener('unhandledrejection', (event) => problems.push(`unhandled rejection: ${String(event.reason)}`));
  win.document.addEventListener('esim-error', (event) => errors.push((event as CustomEvent<EsimErrorDetail>).detail.code), true);
  const loadBundle = () =>
    new Promise<void>((resolve, reject) => {
      const script = win.document.createElement('script');
      script.src = IIFE;
      script.onload = () => resolve();
      script.onerror = () => reject(new Error(`${IIFE} failed to load`));
      win.document.head.append(script);
    });
  return { window: win, document: win.document, problems, errors, loadBundle };
}

const rowKeys = (list: Element) => [...(list.shadowRoot?.querySelectorAll<HTMLElement>('[part~="row"]') ?? [])].map((r) => r.dataset.key);

/** A backend over the real one whose list is only the eSIMs with ids in `ids`: another account. */
function account(library: Library, apiBase: string, ids: string[]): EsimBackend {
  const http = library.createHttpBackend({ apiBase });
  return {
    ...http,
    listEsims: async (params, options) => {
      const page = await http.listEsims(params, options);
      return { items: page.items.filter((esim) => ids.includes(esim.id)), nextCursor: null };
    },
  };
}

describe('proof: React-style and Vue-style property timing (the classic bundle)', function () {
  this.timeout(20_000);
  let tenant: Tenant;
  beforeEach(async () => {
    const response = await fetch(IIFE, { method: 'HEAD' });
    if (!response.ok) throw new Error(`${IIFE} is missing: run \`npm run build:bundles\` (npm test does) first.`);
    tenant = await newTenant({ manualClock: true });
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('React-style: properties set before the element is defined are kept, and later changes followed', async () => {
    const page = await emptyPage();
    // React creates the element and sets its props before a lazily loaded bundle defines it.
    const list = page.document.createElement('esim-list') as EsimList;
    let tokenAsked = 0;
    list.getAuthToken = () => {
      tokenAsked++;
      return undefined;
    };
    list.strings = { listLabel: 'Mine' };
    list.setAttribute('api-base', tenant.apiBase);
    page.document.body.append(list);
    await page.loadBundle();
    await waitUntil(() => rowKeys(list).length === 15, 'the list never loaded', { timeout: 8000 });
    expect(tokenAsked, 'getAuthToken set before definition was used').to.be.greaterThan(0);
    expect(list.shadowRoot!.querySelector('[part~="list"]')!.getAttribute('aria-label')).to.equal('Mine');
    // A later change of account (React re-renders with another backend).
    list.backend = account(page.window.EsimElements!, tenant.apiBase, [INSTANT]);
    await waitUntil(() => rowKeys(list).join() === INSTANT, `still ${rowKeys(list).length} rows`, { timeout: 8000 });
    expect(page.problems).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
  });

  it('React-style: a backend object set before definition is kept (the flow)', async () => {
    const page = await emptyPage();
    const flow = page.document.createElement('esim-cancel-flow') as EsimCancelFlow;
    flow.setAttribute('esim-id', INSTANT);
    // The library's own client would only exist after the bundle loads: a host SDK object stands in.
    const sdk = await import('../../src/api/http-backend.js');
    flow.backend = sdk.createHttpBackend({ apiBase: tenant.apiBase });
    page.document.body.append(flow);
    await page.loadBundle();
    await waitUntil(() => flow.step === 'review', `still ${flow.step}`, { timeout: 8000 });
    expect(page.problems).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
  });

  it('Vue-style: rendered first with nothing set, then given its backend, then another', async () => {
    const page = await emptyPage();
    await page.loadBundle();
    const library = page.window.EsimElements!;
    const list = page.document.createElement('esim-list') as EsimList;
    const flow = page.document.createElement('esim-cancel-flow') as EsimCancelFlow;
    flow.setAttribute('esim-id', INSTANT);
    page.document.body.append(list, flow);
    await list.updateComplete;
    await flow.updateComplete;
    // Vue sets DOM properties after the elements are mounted and have rendered once.
    await new Promise((resolve) => setTimeout(resolve, 50));
    list.backend = library.createHttpBackend({ apiBase: tenant.apiBase });
    flow.backend = library.createHttpBackend({ apiBase: tenant.apiBase });
    await waitUntil(() => rowKeys(list).length === 15, 'the list never loaded', { timeout: 8000 });
    await waitUntil(() => flow.step === 'review', `the flow is still at ${flow.step}`, { timeout: 8000 });
    list.backend = account(library, tenant.apiBase, ['esim-eu-04', INSTANT]);
    await waitUntil(() => rowKeys(list).length === 2, `still ${rowKeys(list).length} rows`, { timeout: 8000 });
    expect(page.problems).to.deep.equal([]);
    expect(page.errors.filter((code) => code !== 'not_configured')).to.deep.equal([]);
  });
});
