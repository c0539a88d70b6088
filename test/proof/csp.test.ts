/**
 * Security proof: the built script-tag bundle works under
 * `default-src 'self'; script-src 'self'; style-src 'self'` with no violation. The page
 * (test/proof/csp/page.html, served with that header by test/proof/csp-middleware.mjs) has no inline
 * script or style; its own external script records every `securitypolicyviolation`. The test runs
 * the instant cancellation from review to completed and renders the list in it, then checks the
 * record is empty, and that the recorder does catch a violation (an inline style attribute).
 *
 * Needs `dist/esim-elements.js`: `npm test` builds it first (pretest), or `npm run build:bundles`.
 */
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import type { EsimCancelFlow } from '../../src/elements/esim-cancel-flow/esim-cancel-flow.js';
import type { EsimList } from '../../src/elements/esim-list/esim-list.js';
import { newTenant } from '../helpers/tenant.js';
import { confirmWith, giveReason, lastFourOf, next, setVisibility, stepIs, submit } from '../elements/esim-cancel-flow/helpers.js';
import { listRows, noUncaught, untilListRows } from './helpers.js';
import { SEED_IDS } from '../helpers/seed.js';

const PAGE = '/test/proof/csp/page.html';
const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'";
const INSTANT = SEED_IDS.instant;

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
  element: string;
}

type CspWindow = Window & { cspViolations?: Violation[] };

function openPage(src: string): Promise<HTMLIFrameElement> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.style.inlineSize = '1024px';
    frame.style.blockSize = '800px';
    frame.onload = () => resolve(frame);
    frame.onerror = () => reject(new Error(`${src} did not load`));
    frame.src = src;
    document.body.append(frame);
  });
}

/**
 * Opens the page with `query`, runs `use` on the element it placed, then checks that no violation
 * was reported, and that the recorder does report one (an inline style attribute).
 */
async function underPolicy(query: string, use: (element: HTMLElement) => Promise<void>): Promise<void> {
  const frame = await openPage(`${PAGE}?${query}`);
  const win = frame.contentWindow as CspWindow;
  const doc = frame.contentDocument!;
  try {
    await waitUntil(() => win.customElements.get('esim-cancel-flow'), 'the bundle did not register the elements', { timeout: 8000 });
    await use(doc.querySelector<HTMLElement>('#stage > *')!);
    // Violations are reported in a task of their own.
    await aTimeout(50);
    expect(win.cspViolations, 'violations').to.deep.equal([]);
    doc.body.setAttribute('style', 'outline: 1px solid red');
    await waitUntil(() => win.cspViolations!.length > 0, 'the canary violation was not reported');
    expect(win.cspViolations!.map((v) => v.directive)).to.deep.equal(['style-src-attr']);
  } finally {
    frame.remove();
  }
}

describe('proof: strict Content-Security-Policy', () => {
  before(() => setVisibility('visible'));
  after(() => setVisibility(null));

  it('the page is served under the policy, with external scripts only', async () => {
    const response = await fetch(PAGE);
    expect(response.headers.get('content-security-policy')).to.equal(POLICY);
    const page = await response.text();
    expect(
      page.match(/<script\b[^>]*>/g)!.every((tag) => /\bsrc=/.test(tag)),
      'inline script in the page',
    ).to.equal(true);
    expect(page).to.not.match(/\sstyle=/);
    const bundle = await fetch('/dist/esim-elements.js', { method: 'HEAD' });
    expect(bundle.ok, 'dist/esim-elements.js is missing: run `npm run build:bundles` (npm test does)').to.equal(true);
  });

  it('<esim-cancel-flow> runs the whole instant cancellation with no violation', () =>
    noUncaught(async () => {
      const tenant = await newTenant({ manualClock: true });
      await underPolicy(`element=esim-cancel-flow&esim=${INSTANT}&api=${encodeURIComponent(tenant.apiBase)}`, async (element) => {
        const flow = element as unknown as EsimCancelFlow;
        await stepIs(flow, 'review');
        await next(flow);
        await giveReason(flow);
        await confirmWith(flow, await lastFourOf(tenant.apiBase, INSTANT));
        await submit(flow);
        await stepIs(flow, 'completed');
        expect((await tenant.log()).cancellationsCreated).to.equal(1);
      });
    }));

  it('<esim-list> renders its rows, meters and open request with no violation', () =>
    noUncaught(async () => {
      const tenant = await newTenant();
      await underPolicy(`element=esim-list&api=${encodeURIComponent(tenant.apiBase)}`, async (element) => {
        const list = element as unknown as EsimList;
        await untilListRows(list, 15);
        // The open request's line: a second request, and another render.
        await waitUntil(() => list.shadowRoot!.querySelector('[part="cancellation"]')?.textContent?.includes('CXL-'));
        expect(listRows(list)[0]!.textContent).to.contain('Tokyo trip');
      });
    }));
});
