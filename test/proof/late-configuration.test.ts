/**
 * Proof: configuration arriving late in plain HTML, through the built classic bundle
 * (dist/esim-elements.iife.js) as a CMS page loads it. Each page is an iframe of its own, so each gets
 * a fresh custom-element registry and a fresh copy of the bundle.
 * - The README's classic-script example works when copied as it stands (only the two example
 *   addresses are pointed at the test server).
 * - A flow or a list written in the HTML without `api-base` or `backend`, configured by a script a
 *   moment later, loads: no request before, no error left on screen after, nothing uncaught.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { newTenant, type Tenant } from '../helpers/tenant.js';
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
  /** Uncaught errors and unhandled rejections in the page. */
  problems: string[];
  /** Every `esim-error` in the page, by code. */
  errors: string[];
}

/**
 * Loads `body` as a page of its own and watches it for uncaught errors and `esim-error` events
 * (attached once it has loaded: its scripts are classic and synchronous, so nothing runs later than
 * that unseen but what the test then triggers).
 */
async function page(body: string): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '800px';
  frame.style.blockSize = '600px';
  const problems: string[] = [];
  const errors: string[] = [];
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  win.addEventListener('error', (event) => problems.push(`error: ${event.message}`));
  win.addEventListener('unhandledrejection', (event) => problems.push(`unhandled rejection: ${String(event.reason)}`));
  win.document.addEventListener('esim-error', (event) => errors.push((event as CustomEvent<EsimErrorDetail>).detail.code), true);
  return { window: win, document: win.document, problems, errors };
}

const shadowText = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

describe('proof: late configuration in plain HTML (the classic bundle)', function () {
  this.timeout(20_000);
  let tenant: Tenant;
  beforeEach(async () => {
    const response = await fetch(IIFE, { method: 'HEAD' });
    if (!response.ok) throw new Error(`${IIFE} is missing: run \`npm run build:bundles\` (npm test does) first.`);
    tenant = await newTenant({ manualClock: true });
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it("the README's classic-script example works as it stands", async () => {
    const readme = await (await fetch('/README.md')).text();
    const block = [...readme.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]!).find((b) => b.includes('esim-elements.iife.js'));
    expect(block, 'a classic-script example in the README').to.be.a('string');
    const html = block!
      .replace('https://cdn.example.com/esim-elements/dist/', '/dist/')
      .replace('https://api.example.com/esim', tenant.apiBase);
    const { document: doc, problems, errors } = await page(html);
    const list = doc.querySelector('esim-list') as EsimList;
    await waitUntil(() => list.shadowRoot?.querySelectorAll('[part~="row"]').length, 'the README example shows no rows', { timeout: 8000 });
    expect(problems).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
  });

  for (const how of ['api-base attribute', 'apiBase property', 'backend property'] as const) {
    it(`a flow written in the HTML, given its ${how} a moment later, loads`, async () => {
      const {
        window: win,
        document: doc,
        problems,
        errors,
      } = await page(`<script src="${IIFE}"></script><esim-cancel-flow esim-id="${INSTANT}"></esim-cancel-flow>`);
      const flow = doc.querySelector('esim-cancel-flow') as EsimCancelFlow;
      await new Promise((resolve) => setTimeout(resolve, 300));
      if (how === 'api-base attribute') flow.setAttribute('api-base', tenant.apiBase);
      else if (how === 'apiBase property') flow.apiBase = tenant.apiBase;
      else flow.backend = win.EsimElements!.createHttpBackend({ apiBase: tenant.apiBase });
      await waitUntil(() => flow.step === 'review', `still ${flow.step}: ${shadowText(flow).slice(0, 120)}`, { timeout: 8000 });
      expect(shadowText(flow).includes('not connected'), 'a configuration error left on screen').to.equal(false);
      expect(problems).to.deep.equal([]);
      // Unconfigured at first, it said so once; nothing failed once configured.
      expect(errors.filter((code) => code !== 'not_configured')).to.deep.equal([]);
    });
  }

  it('a list written in the HTML, given its backend a moment later, loads', async () => {
    const { window: win, document: doc, problems, errors } = await page(`<script src="${IIFE}"></script><esim-list></esim-list>`);
    const list = doc.querySelector('esim-list') as EsimList;
    await new Promise((resolve) => setTimeout(resolve, 300));
    list.backend = win.EsimElements!.createHttpBackend({ apiBase: tenant.apiBase });
    await waitUntil(() => list.shadowRoot?.querySelectorAll('[part~="row"]').length, 'no rows', { timeout: 8000 });
    expect(problems).to.deep.equal([]);
    expect(errors.filter((code) => code !== 'not_configured')).to.deep.equal([]);
  });
});
