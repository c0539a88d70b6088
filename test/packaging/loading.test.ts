/**
 * The split script-tag build as reseller pages load it (test/packaging/page/: a page built from its
 * query, which records page errors, warnings, every text the elements showed and when the list's
 * first row appeared). Needs dist/: `npm test` builds it first (pretest), or `npm run build:bundles`.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { en } from '../../src/i18n/en.js';
import { de } from '../../src/i18n/de.js';
import { zhCN } from '../../src/i18n/zh-CN.js';
import { setVisibility } from '../elements/esim-cancel-flow/helpers.js';
import { newTenant } from '../helpers/tenant.js';

const PAGE = '/test/packaging/page/page.html';
const INSTANT = 'esim-jp-01';
/** dist/ on another origin than this page (the test page is on localhost; see cdn-middleware.mjs). */
const OTHER_ORIGIN = `http://127.0.0.1:${location.port}/cdn-copy`;

type PageWindow = Window &
  typeof globalThis & {
    pageErrors: string[];
    pageWarnings: string[];
    seen: string[];
    firstRowAt?: number;
    globalsAdded(): string[];
    EsimElements?: Record<string, unknown> & { ready?: Promise<unknown> };
  };

interface Page {
  win: PageWindow;
  doc: Document;
  /** Resource URLs fetched so far, with when each started and ended (ms since the page's start). */
  fetched(): PerformanceResourceTiming[];
  element<T extends HTMLElement = HTMLElement>(tag: string): T;
}

const frames: HTMLIFrameElement[] = [];

async function openPage(query: Record<string, string>): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '1024px';
  frame.style.blockSize = '800px';
  await new Promise<void>((resolve, reject) => {
    frame.onload = () => resolve();
    frame.onerror = () => reject(new Error('the page did not load'));
    frame.src = `${PAGE}?${new URLSearchParams(query)}`;
    document.body.append(frame);
  });
  frames.push(frame);
  const win = frame.contentWindow as PageWindow;
  return {
    win,
    doc: frame.contentDocument!,
    fetched: () => win.performance.getEntriesByType('resource') as PerformanceResourceTiming[],
    element: <T extends HTMLElement>(tag: string) => frame.contentDocument!.querySelector(tag) as T,
  };
}

const rows = (el: Element) => el.shadowRoot?.querySelectorAll('[part~="row"]') ?? [];
const chunks = (page: Page, kind: string) => page.fetched().filter((entry) => entry.name.includes(`/chunks/${kind}`));

/** English a customer would notice on a list page (the skeleton's announcement, the row's action). */
/** The globals Lit sets on purpose (its version lists, its decorators' metadata). */
const LIT_GLOBALS = ['litElementVersions', 'litHtmlVersions', 'litPropertyMetadata', 'reactiveElementVersions'];

const ENGLISH = [en.listLoading, en.listCancel, en.listLabel, en.retry, en.labelData];

describe('loading: the split script-tag build', function () {
  this.timeout(30000);
  before(() => setVisibility('visible'));
  after(() => setVisibility(null));
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  it('paints the list from the entry alone, then fetches the flow chunk once the page is idle', async () => {
    const tenant = await newTenant();
    const page = await openPage({ elements: 'esim-list', api: tenant.apiBase, scripts: 'module:/dist/esim-elements.js' });
    const list = page.element('esim-list');
    await waitUntil(() => rows(list).length > 0, 'no rows', { timeout: 10000 });
    const beforeFirstRow = page
      .fetched()
      .filter(
        (entry) => entry.initiatorType !== 'fetch' && !entry.name.includes('__web-dev-server') && entry.startTime < page.win.firstRowAt!,
      );
    expect(beforeFirstRow.map((entry) => new URL(entry.name).pathname)).to.deep.equal([
      '/test/packaging/page/page.js',
      '/dist/esim-elements.js',
    ]);
    // Nobody touched anything: the idle prefetch brings the flow's code.
    await waitUntil(() => page.win.customElements.get('esim-cancel-flow'), 'the flow was not prefetched', { timeout: 10000 });
    expect(chunks(page, 'esim-cancel-flow')).to.have.length(1);
    // A list of a few eSIMs is rendered whole: the windowing's code is never fetched.
    expect(chunks(page, 'virtual-scroll')).to.have.length(0);
    expect(page.win.pageErrors).to.deep.equal([]);
  });

  it('a list longer than 60 rows fetches the windowing code, then keeps only the rows near the viewport', async () => {
    const tenant = await newTenant({ seed: 'large' });
    const page = await openPage({
      elements: 'esim-list',
      api: tenant.apiBase,
      'page-size': '100',
      scripts: 'module:/dist/esim-elements.js',
    });
    const list = page.element('esim-list');
    await waitUntil(() => rows(list).length > 0, 'no rows', { timeout: 10000 });
    await waitUntil(() => rows(list).length < 60, `${rows(list).length} rows in the DOM for 100 eSIMs`, { timeout: 10000 });
    expect(chunks(page, 'virtual-scroll')).to.have.length(1);
    expect(list.shadowRoot!.querySelector('[part~="row"]')!.getAttribute('aria-setsize')).to.equal('100');
    expect(page.win.pageErrors).to.deep.equal([]);
  });

  it('a windowing chunk that fails to load leaves a long list rendered whole, with one warning and no error', async () => {
    const tenant = await newTenant({ seed: 'large' });
    const page = await openPage({
      elements: 'esim-list',
      api: tenant.apiBase,
      'page-size': '100',
      scripts: 'module:/cdn-broken/esim-elements.js',
    });
    const list = page.element('esim-list');
    await waitUntil(() => rows(list).length === 100, `${rows(list).length} rows in the DOM for 100 eSIMs`, { timeout: 10000 });
    // New rows (a reload) do not try, or warn, again.
    await (list as HTMLElement & { reload(): Promise<void> }).reload();
    await waitUntil(() => rows(list).length === 100, 'the rows after the reload', { timeout: 10000 });
    expect(page.win.pageWarnings.filter((w) => w.includes('windowing'))).to.have.length(1);
    expect(page.win.pageErrors).to.deep.equal([]);
  });

  it('opens the flow from the list: the dialog comes with the flow chunk, even when Cancel beats the prefetch', async () => {
    const tenant = await newTenant();
    const page = await openPage({ elements: 'esim-list', api: tenant.apiBase, scripts: 'module:/dist/esim-elements.js' });
    const list = page.element('esim-list');
    await waitUntil(() => list.shadowRoot?.querySelector(`[data-key="${INSTANT}"] [part~="cancel-button"]`), 'no cancel button', {
      timeout: 10000,
    });
    // At once, before the idle prefetch has run (usually it has; this is the worst case).
    list.shadowRoot!.querySelector<HTMLButtonElement>(`[data-key="${INSTANT}"] [part~="cancel-button"]`)!.click();
    await waitUntil(
      () => {
        const flow = list.shadowRoot?.querySelector('dialog[open] esim-cancel-flow') as (HTMLElement & { step?: string }) | null;
        return flow?.step === 'review';
      },
      'no review step in an open dialog',
      { timeout: 10000 },
    );
    expect(chunks(page, 'esim-cancel-flow')).to.have.length(1);
    // The review step read its quote through the quote's schema, which came in the flow's chunk:
    // no file of its own (one that failed once would fail every quote of the page in Chromium).
    expect(
      page.fetched().filter((entry) => entry.name.includes('/chunks/') && !entry.name.includes('/chunks/esim-cancel-flow-')),
    ).to.deep.equal([]);
    expect(page.win.pageErrors).to.deep.equal([]);
  });

  it("in zh-CN the dialog is named in Chinese from the moment it opens, before the flow's strings are in", async () => {
    const tenant = await newTenant();
    // Locale chunks take 400 ms here: the flow's strings are still on their way when the dialog opens.
    const page = await openPage({
      elements: 'esim-list',
      lang: 'zh-CN',
      api: tenant.apiBase,
      scripts: 'module:/cdn-slow-dialog/esim-elements.js',
    });
    const list = page.element('esim-list');
    const cancel = () => list.shadowRoot?.querySelector<HTMLButtonElement>(`[data-key="${INSTANT}"] [part~="cancel-button"]`);
    await waitUntil(cancel, 'no cancel button', { timeout: 10000 });
    cancel()!.click();
    await waitUntil(() => list.shadowRoot?.querySelector('dialog[open]'), 'no dialog', { timeout: 10000 });
    expect(
      chunks(page, 'locale-zh-CN-flow').every((entry) => entry.responseEnd === 0),
      "the flow's strings were in already",
    ).to.equal(true);
    expect(list.shadowRoot!.querySelector('dialog')!.getAttribute('aria-label')).to.equal(zhCN.flowLabel);
    expect(page.win.pageErrors).to.deep.equal([]);
  });

  it("a list page in zh-CN fetches the list's strings before its first row, and the flow's only with the flow", async () => {
    const tenant = await newTenant();
    const page = await openPage({ elements: 'esim-list', lang: 'zh-CN', api: tenant.apiBase, scripts: 'module:/dist/esim-elements.js' });
    const list = page.element('esim-list');
    await waitUntil(() => rows(list).length > 0, 'no rows', { timeout: 10000 });
    const before = page.fetched().filter((entry) => entry.startTime < page.win.firstRowAt!);
    const names = (entries: PerformanceResourceTiming[]) => entries.map((entry) => new URL(entry.name).pathname);
    expect(names(before).filter((name) => name.includes('/chunks/'))).to.satisfy(
      (chunkNames: string[]) => chunkNames.length === 1 && /\/chunks\/locale-zh-CN-base-[\w-]+\.js$/.test(chunkNames[0]!),
      'only the base strings before the first row',
    );
    expect(list.shadowRoot!.textContent).to.include(zhCN.listCancel);
    // The idle prefetch brings the flow's code and its strings together.
    await waitUntil(() => chunks(page, 'locale-zh-CN-flow').length === 1, "the flow's strings were not prefetched", { timeout: 10000 });
    expect(chunks(page, 'esim-cancel-flow')).to.have.length(1);
    expect(chunks(page, 'locale-zh-CN-base'), 'base fetched twice').to.have.length(1);
    expect(page.win.pageErrors).to.deep.equal([]);
  });

  it("on a 401 the sign-in form's code and its strings in the page's locale come together, with no English", async () => {
    const tenant = await newTenant({ requireAuth: true });
    const page = await openPage({ elements: 'esim-list', lang: 'zh-CN', api: tenant.apiBase, scripts: 'module:/dist/esim-elements.js' });
    const list = page.element('esim-list');
    await waitUntil(() => list.shadowRoot?.textContent?.includes(zhCN.signInTitle), 'no sign-in form in Chinese', { timeout: 10000 });
    expect(chunks(page, 'sign-in-form')).to.have.length(1);
    expect(chunks(page, 'locale-zh-CN-signin')).to.have.length(1);
    expect(
      page.win.seen.some((text) => text.includes(en.signInTitle) || text.includes(en.forgotPassword)),
      'English shown',
    ).to.equal(false);
    expect(page.win.pageErrors).to.deep.equal([]);
  });

  it('a page with only <esim-cancel-flow> in zh-CN fetches the flow and its strings at once, in parallel', async () => {
    const tenant = await newTenant();
    const page = await openPage({
      elements: 'esim-cancel-flow',
      esim: INSTANT,
      lang: 'zh-CN',
      api: tenant.apiBase,
      scripts: 'module:/cdn-slow-flow/esim-elements.js',
    });
    const flow = page.element('esim-cancel-flow');
    await waitUntil(() => flow.shadowRoot?.textContent?.includes(zhCN.reviewTitle), 'no review step in Chinese', { timeout: 10000 });
    const [code] = chunks(page, 'esim-cancel-flow');
    const [strings] = chunks(page, 'locale-zh-CN');
    // Both requested by the entry as it ran, neither waiting for the other: the strings take 400 ms
    // here, so the code requested after they arrived would start after they ended.
    expect(code!.startTime, 'the flow code waited for the strings').to.be.below(strings!.responseEnd);
    expect(strings!.startTime, 'the strings waited for the flow code').to.be.below(code!.responseEnd);
    expect(
      page.win.seen.some((text) => text.includes(en.flowBack) || text.includes(en.reviewTitle)),
      'English shown',
    ).to.equal(false);
    expect(page.win.pageErrors).to.deep.equal([]);
  });

  it('a sign-in form whose code fails to load says the server could not be reached and tries again every few seconds, never in a loop', async () => {
    const tenant = await newTenant({ requireAuth: true });
    const page = await openPage({ elements: 'esim-list', api: tenant.apiBase, scripts: 'module:/cdn-broken/esim-elements.js' });
    const list = page.element('esim-list');
    await waitUntil(() => list.shadowRoot?.querySelector('[role="alert"]'), 'no message where the form goes', { timeout: 10000 });
    expect(list.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.equal(en.errorNetwork);
    // Renders in the next 3.5 s: two per retry (every 3 s), not one per failed attempt in a loop.
    const proto = page.win.customElements.get('esim-list')!.prototype as { updated(...args: unknown[]): void };
    const updated = proto.updated;
    let renders = 0;
    proto.updated = function (this: unknown, ...args: unknown[]) {
      renders++;
      updated.apply(this, args);
    };
    await new Promise((resolve) => setTimeout(resolve, 3500));
    proto.updated = updated;
    expect(renders, 'renders in 3.5 s').to.be.within(1, 4);
    expect(page.win.pageErrors).to.deep.equal([]);
  });

  it('a page with only <esim-cancel-declaration> in de fetches its chunk and its strings, no flow, and declares in German', async () => {
    const tenant = await newTenant();
    const page = await openPage({
      elements: 'esim-cancel-declaration',
      lang: 'de',
      api: tenant.apiBase,
      scripts: 'module:/dist/esim-elements.js',
    });
    const el = page.element('esim-cancel-declaration');
    await waitUntil(() => el.shadowRoot?.textContent?.includes(de.declCancelNow), 'no German form', { timeout: 10000 });
    expect(chunks(page, 'esim-cancel-declaration'), 'its code').to.not.have.length(0);
    expect(chunks(page, 'locale-de-declaration'), 'its strings').to.have.length(1);
    expect(chunks(page, 'esim-cancel-flow'), "the flow's code").to.have.length(0);
    expect(chunks(page, 'locale-de-flow'), "the flow's strings").to.have.length(0);
    expect(
      page.win.seen.some((text) => text.includes(en.declCancelNow) || text.includes(en.declCancellationTitle)),
      'English shown',
    ).to.equal(false);
    const root = el.shadowRoot!;
    const fill = (id: string, value: string) => {
      const input = root.querySelector<HTMLInputElement>(`#${id}`)!;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    };
    fill('f-name', 'Erika Mustermann');
    fill('f-email', 'erika@example.com');
    fill('f-orderReference', 'ORD-1');
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    root.querySelector<HTMLElement>('[part~="submit-button"]')!.click();
    await waitUntil(() => root.textContent?.includes(de.declReceivedCancellation), 'no receipt', { timeout: 10000 });
    expect(root.textContent).to.contain(de.declMadeWith(de.declCancelNow));
    // The answer was read by the declaration's schema, which came in the element's chunk: no other file.
    expect(
      page
        .fetched()
        .filter((entry) => entry.name.includes('/chunks/') && !/\/chunks\/(esim-cancel-declaration|locale-de)-/.test(entry.name)),
    ).to.deep.equal([]);
    expect(page.win.pageErrors).to.deep.equal([]);
  });

  it('a list in zh-CN fetches its strings in parallel with its data and shows no English meanwhile', async () => {
    const tenant = await newTenant();
    // The data takes 400 ms and so do the strings (/cdn-slow-list/): one requested after the other arrived
    // would start after it ended.
    await tenant.fault({ path: 'esims', method: 'GET', kind: 'delay', delayMs: 400 });
    const page = await openPage({
      elements: 'esim-list',
      lang: 'zh-CN',
      api: tenant.apiBase,
      scripts: 'module:/cdn-slow-list/esim-elements.js',
    });
    const list = page.element('esim-list');
    await waitUntil(() => rows(list).length > 0, 'no rows', { timeout: 10000 });
    expect(list.shadowRoot!.textContent).to.include(zhCN.listCancel);
    const [strings] = chunks(page, 'locale-zh-CN');
    const [data] = page.fetched().filter((e) => e.name.includes(`${tenant.apiBase}/esims`));
    expect(data!.startTime, 'the data waited for the strings').to.be.below(strings!.responseEnd);
    expect(strings!.startTime, 'the strings waited for the data').to.be.below(data!.responseEnd);
    expect(page.win.seen.length).to.be.above(0);
    for (const text of page.win.seen) for (const english of ENGLISH) expect(text, `"${english}" shown`).not.to.include(english);
  });

  it('works from another origin (a CDN): chunks come from beside the entry, for the ES entry and the classic loader', async () => {
    for (const script of [`module:${OTHER_ORIGIN}/esim-elements.js`, `classic:${OTHER_ORIGIN}/esim-elements.iife.js`]) {
      const tenant = await newTenant();
      const page = await openPage({ elements: 'esim-list,esim-cancel-flow', lang: 'zh-CN', api: tenant.apiBase, scripts: script });
      const list = page.element('esim-list');
      await waitUntil(() => rows(list).length > 0 && page.win.customElements.get('esim-cancel-flow'), `${script}: no rows or no flow`, {
        timeout: 10000,
      }).catch((error: Error) => {
        throw new Error(
          `${error.message}; errors ${page.win.pageErrors.join()}; fetched ${page
            .fetched()
            .map((e) => e.name)
            .join(' ')}`,
        );
      });
      expect(list.shadowRoot!.textContent).to.include(zhCN.listCancel);
      const fetchedChunks = page.fetched().filter((entry) => entry.name.includes('/chunks/'));
      expect(fetchedChunks.length, script).to.be.at.least(2);
      expect(
        fetchedChunks.every((entry) => entry.name.startsWith(`${OTHER_ORIGIN}/chunks/`)),
        script,
      ).to.equal(true);
      if (script.startsWith('classic')) {
        await page.win.EsimElements?.ready;
        expect(page.win.EsimElements?.EsimList).to.equal(page.win.customElements.get('esim-list'));
      }
      expect(page.win.pageErrors, script).to.deep.equal([]);
    }
  });

  it('a locale chunk that fails to load falls back to English with one warning and no error', async () => {
    const tenant = await newTenant();
    const page = await openPage({
      elements: 'esim-list,esim-cancel-flow',
      lang: 'zh-CN',
      api: tenant.apiBase,
      scripts: 'module:/cdn-broken/esim-elements.js',
    });
    const list = page.element('esim-list');
    await waitUntil(() => rows(list).length > 0, 'no rows', { timeout: 10000 });
    expect(list.shadowRoot!.textContent).to.include(en.listCancel);
    expect(page.win.pageErrors).to.deep.equal([]);
    expect(page.win.pageWarnings.filter((w) => w.includes('zh-CN'))).to.have.length(1);
  });

  it("the script-tag build's HTTP client reads a quote on a page without the flow (the schema comes with the flow's code)", async () => {
    const tenant = await newTenant();
    const page = await openPage({ elements: 'esim-list', api: tenant.apiBase, scripts: 'classic:/dist/esim-elements.iife.js' });
    await page.win.EsimElements?.ready;
    const { createHttpBackend } = page.win.EsimElements as unknown as {
      createHttpBackend(options: { apiBase: string }): { getCancellationQuote(id: string): Promise<{ esimId: string; quoteId: string }> };
    };
    const quote = await createHttpBackend({ apiBase: tenant.apiBase }).getCancellationQuote(INSTANT);
    expect(quote.esimId).to.equal(INSTANT);
    expect(quote.quoteId).to.be.a('string');
    expect(chunks(page, 'esim-cancel-flow')).to.have.length(1);
    expect(page.win.pageErrors).to.deep.equal([]);
  });

  it('the ES entry and the classic loader together register each element once, without errors', async () => {
    const tenant = await newTenant();
    const page = await openPage({
      elements: 'esim-list',
      api: tenant.apiBase,
      scripts: 'module:/dist/esim-elements.js,classic:/dist/esim-elements.iife.js,classic:/dist/esim-elements.iife.js',
    });
    await waitUntil(() => rows(page.element('esim-list')).length > 0, 'no rows', { timeout: 10000 });
    await page.win.EsimElements?.ready;
    expect(page.win.EsimElements?.EsimList).to.equal(page.win.customElements.get('esim-list'));
    expect(page.fetched().filter((e) => e.name.endsWith('/dist/esim-elements.js'))).to.have.length(1);
    // The classic loader's only global is its namespace (its own names stay in its scope).
    expect(page.win.globalsAdded().sort()).to.deep.equal(['EsimElements', ...LIT_GLOBALS]);
    expect(page.win.pageErrors).to.deep.equal([]);
  });
});

describe('loading: the one-file build and its locale files', function () {
  this.timeout(30000);
  before(() => setVisibility('visible'));
  after(() => setVisibility(null));
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  for (const order of ['locale first', 'locale after']) {
    it(`esim-elements.all.js paints in zh-CN with dist/locales/zh-CN.js (${order}) and fetches no chunk`, async () => {
      const tenant = await newTenant();
      const scripts = ['classic:/dist/locales/zh-CN.js', 'classic:/dist/esim-elements.all.js'];
      const page = await openPage({
        elements: 'esim-list,esim-cancel-flow',
        lang: 'zh-CN',
        api: tenant.apiBase,
        scripts: (order === 'locale first' ? scripts : scripts.reverse()).join(),
      });
      const list = page.element('esim-list');
      await waitUntil(() => list.shadowRoot?.textContent?.includes(zhCN.listCancel), 'no Chinese rows', { timeout: 10000 }).catch(
        (error: Error) => {
          throw new Error(
            `${error.message}; errors ${page.win.pageErrors.join()}; warnings ${page.win.pageWarnings.join()}; text ${list.shadowRoot?.textContent?.slice(0, 300)}`,
          );
        },
      );
      expect(page.win.customElements.get('esim-cancel-flow')).to.be.a('function');
      expect(page.win.EsimElements?.EsimCancelFlow).to.equal(page.win.customElements.get('esim-cancel-flow'));
      expect(page.fetched().filter((entry) => entry.name.includes('/chunks/'))).to.deep.equal([]);
      // Classic scripts: their only globals are the namespace and the locale files' queue.
      expect(page.win.globalsAdded().sort()).to.deep.equal(['EsimElements', 'EsimElementsLocales', ...LIT_GLOBALS]);
      expect(page.win.pageErrors).to.deep.equal([]);
    });
  }
});
