/**
 * Security proof: backend text is rendered as text. The reference backend's `xss` seed puts script
 * and HTML payloads into every string field (ids, nicknames, plans, regions, devices, references,
 * emails, rejection reasons, error texts) and a `javascript:` policy URL. On every view that shows
 * backend text, the payloads must read literally and nothing may run or become markup.
 *
 * The payloads call `alert()`; the test replaces it with a flag, so any payload that ran sets
 * `window.__xss`.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { Cancellation, Esim } from '../../src/api/schemas.js';
import {
  $,
  click,
  confirmWith,
  giveReason,
  mount,
  next,
  setVisibility,
  settled,
  stepIs,
  submit,
} from '../elements/esim-cancel-flow/helpers.js';
import { listRows, mountList, noUncaught, shadowText, untilListRows } from './helpers.js';

declare global {
  interface Window {
    __xss?: boolean;
  }
}

/** The seed's ids, as `POST __control/reset` answers them for `seed: 'xss'` (XSS_SEED_IDS in seed.js). */
interface XssIds {
  instant: string;
  review: string;
  pendingCancellation: string;
  rejectedCancellation: string;
}

async function xssTenant(): Promise<{ apiBase: string; ids: XssIds }> {
  const apiBase = `/api/t/${crypto.randomUUID()}`;
  const response = await fetch(`${apiBase}/__control/reset`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ seed: 'xss', manualClock: true, outcome: 'reject' }),
  });
  const { seedIds } = (await response.json()) as { seedIds: XssIds };
  return { apiBase, ids: seedIds };
}

async function getJson<T>(url: string): Promise<T> {
  return (await (await fetch(url)).json()) as T;
}

/** Markup that only a payload could have created. */
const FOREIGN = 'img, script, iframe, object, embed, svg[onload], a[href^="javascript:" i], [onerror], [onload], [onclick]';

/** Nothing ran, and no element or handler came out of backend text, in the element or the page. */
function inert(el: Element): void {
  expect(window.__xss, 'a payload ran').to.equal(undefined);
  const root = el.shadowRoot!;
  expect([...root.querySelectorAll(FOREIGN)].map((node) => node.outerHTML)).to.deep.equal([]);
  for (const node of root.querySelectorAll('*')) {
    const handlers = [...node.attributes].filter((attribute) => attribute.name.startsWith('on'));
    expect(
      handlers.map((a) => a.name),
      `${node.localName} has an inline handler`,
    ).to.deep.equal([]);
  }
  expect(document.querySelectorAll('img, svg[onload]').length, 'markup leaked into the page').to.equal(0);
}

/** Every string is on screen character for character. */
function literal(el: Element, strings: readonly (string | null | undefined)[]): void {
  const shown = shadowText(el);
  for (const value of strings) {
    if (value) expect(shown, 'backend text shown literally').to.contain(value.replace(/\s+/g, ' '));
  }
}

describe('proof: backend text is text (xss seed)', () => {
  const originalAlert = window.alert;
  before(() => {
    setVisibility('visible');
    window.alert = () => {
      window.__xss = true;
    };
  });
  after(() => {
    setVisibility(null);
    window.alert = originalAlert;
  });
  afterEach(() => expect(window.__xss, 'a payload ran').to.equal(undefined));

  it('<esim-list>: every row, its plan, region, device and open request', () =>
    noUncaught(async () => {
      const { apiBase } = await xssTenant();
      const page = await getJson<{ items: Esim[] }>(`${apiBase}/esims?limit=50`);
      const { el } = mountList({ apiBase });
      await untilListRows(el, page.items.length);
      // The open request's status line comes from a second request.
      await waitUntil(() => el.shadowRoot!.querySelector('[part="cancellation"]')?.textContent?.includes('CXL-'));
      for (const esim of page.items) {
        const row = listRows(el).find((r) => r.dataset.key === esim.id);
        expect(row, `row of ${esim.id}`).to.exist;
        expect(row!.textContent).to.contain(esim.nickname!);
        literal(el, [esim.planName, esim.region?.name, esim.device?.model]);
      }
      const open = page.items.find((esim) => esim.cancellation.openRequestId)!;
      const request = await getJson<Cancellation>(`${apiBase}/cancellations/${encodeURIComponent(open.cancellation.openRequestId!)}`);
      literal(el, [request.reference]);
      inert(el);
    }));

  it('<esim-cancel-flow> select: every eSIM to choose from', () =>
    noUncaught(async () => {
      const { apiBase } = await xssTenant();
      const page = await getJson<{ items: Esim[] }>(`${apiBase}/esims?limit=20`);
      const { el } = await mount({ apiBase });
      await stepIs(el, 'select');
      literal(
        el,
        page.items.flatMap((esim) => [esim.nickname, esim.planName]),
      );
      const values = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="selection"]')].map((i) => i.value);
      expect(values).to.deep.equal(page.items.map((esim) => esim.id));
      inert(el);
    }));

  it("<esim-cancel-flow> review, reason (the backend's field message), confirm and completed", () =>
    noUncaught(async () => {
      const { apiBase, ids } = await xssTenant();
      const esim = await getJson<Esim>(`${apiBase}/esims/${encodeURIComponent(ids.instant)}`);
      const { el } = await mount({ apiBase, esimId: ids.instant });
      const seen = (strings: (string | null | undefined)[]) => {
        literal(el, strings);
        inert(el);
      };
      await stepIs(el, 'review');
      seen([esim.nickname]);
      // The policy URL is `javascript:…`: no link rather than a dangerous one.
      expect(
        el.shadowRoot!.querySelector('a[href^="javascript:" i]') === null,
        'el.shadowRoot!.querySelector(\'a[href^="javascript:" i]\') is null',
      ).to.equal(true);
      await next(el);
      await giveReason(el);
      await confirmWith(el, esim.iccid.slice(-4));
      seen([esim.nickname]);
      await fetch(`${apiBase}/__control/faults`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ path: '/esims/*/cancellations', method: 'POST', kind: '422' }),
      });
      await submit(el);
      await stepIs(el, 'reason');
      const fieldMessage = $(el, '#f-contactEmail-error').textContent!;
      expect(fieldMessage).to.contain('<img src=x onerror=alert(1)>');
      seen([fieldMessage]);
      await next(el);
      await submit(el);
      await stepIs(el, 'completed');
      seen([el.cancellation!.reference]);
    }));

  it('<esim-cancel-flow> pending: reference and contact email', () =>
    noUncaught(async () => {
      const { apiBase, ids } = await xssTenant();
      const { el } = await mount({ apiBase, cancellationId: ids.pendingCancellation });
      await stepIs(el, 'pending');
      const c = el.cancellation!;
      expect(c.contactEmail).to.contain('<img');
      literal(el, [c.reference, c.contactEmail]);
      inert(el);
    }));

  it("<esim-cancel-flow> rejected: the reviewers' reason", () =>
    noUncaught(async () => {
      const { apiBase, ids } = await xssTenant();
      const { el } = await mount({ apiBase, cancellationId: ids.rejectedCancellation });
      await stepIs(el, 'rejected');
      const c = el.cancellation!;
      expect(c.rejectionReason).to.contain('<script>');
      literal(el, [c.rejectionReason, c.reference]);
      inert(el);
    }));

  it('<esim-cancel-flow> pending after submitting on an eSIM whose id is a payload', () =>
    noUncaught(async () => {
      const { apiBase, ids } = await xssTenant();
      const esim = await getJson<Esim>(`${apiBase}/esims/${encodeURIComponent(ids.review)}`);
      const { el } = await mount({ apiBase, esimId: ids.review });
      await stepIs(el, 'review');
      await next(el);
      await giveReason(el);
      await confirmWith(el, esim.iccid.slice(-4));
      await submit(el);
      await stepIs(el, 'pending');
      await settled(el);
      expect(el.cancellation!.esimId).to.equal(ids.review);
      literal(el, [el.cancellation!.reference]);
      inert(el);
      await click(el, '[part~="check-button"]');
      inert(el);
    }));
});
