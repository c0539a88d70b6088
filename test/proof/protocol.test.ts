/**
 * Reliability and security proof: a backend (or something between it and the page) that abuses the
 * protocol. Redirects are never followed, for a GET or a POST; a body that never ends is given up on
 * within 20 s in all; every form of `Retry-After` (0, negative, garbage, a past date, days) gives a
 * bounded wait: never a burst of retries, never "0 seconds", never a button locked for more than a
 * minute. Each case ends in the catalogue's message, one `esim-error`, nothing uncaught.
 * The elements use their own default HTTP client here (api-base), as a reseller's page does.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { en } from '../../src/i18n/en.js';
import { zhCN } from '../../src/i18n/zh-CN.js';
import { newTenant, type Tenant } from '../helpers/tenant.js';
import {
  $,
  confirmWith,
  failureShown,
  giveReason,
  lastFourOf,
  mount,
  next,
  setVisibility,
  stepIs,
  submit,
  text,
} from '../elements/esim-cancel-flow/helpers.js';
import { mountList, noUncaught, shadowText, untilList } from './helpers.js';

const INSTANT = 'esim-jp-01';

/** The times of every fetch to `path` until `restore()`. */
function timeFetches(path: string): { times: number[]; restore: () => void } {
  const times: number[] = [];
  const original = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (new URL(url, location.href).pathname.endsWith(path)) times.push(performance.now());
    return original.call(window, input, init);
  };
  return { times, restore: () => (window.fetch = original) };
}

describe('proof: protocol abuse', function () {
  this.timeout(40_000);
  let tenant: Tenant;
  before(() => setVisibility('visible'));
  after(() => setVisibility(null));
  beforeEach(async () => {
    tenant = await newTenant({ manualClock: true });
  });

  describe('redirects are never followed', () => {
    it('GET: the list shows no data from the other origin, and says it could not read the answer', () =>
      noUncaught(async () => {
        await tenant.fault({ path: '/esims', method: 'GET', kind: 'redirect' });
        const { el, errors } = mountList({ apiBase: tenant.apiBase });
        await untilList(el, '[part="error"]');
        expect(shadowText(el)).to.contain(en.errorInvalidResponse);
        expect(errors.map((e) => e.code)).to.deep.equal(['invalid_response']);
        expect(el.shadowRoot!.querySelectorAll('[part~="row"]').length).to.equal(0);
        // Only the redirected request reached a server: the Location was never asked.
        expect((await tenant.log()).requests.filter((r) => r.path === '/esims')).to.have.length(1);
      }));

    it('POST: the email and Idempotency-Key go nowhere else, nothing is created, nothing typed is lost', () =>
      noUncaught(async () => {
        const { el, events } = await mount({ apiBase: tenant.apiBase, esimId: INSTANT });
        await stepIs(el, 'review');
        await next(el);
        await giveReason(el, 'switching_provider', 'keep@example.com');
        await confirmWith(el, await lastFourOf(tenant.apiBase, INSTANT));
        await tenant.fault({ path: '/esims/*/cancellations', method: 'POST', kind: 'redirect' });
        await submit(el);
        const failure = await failureShown(el);
        expect(failure.textContent).to.contain(en.errorInvalidResponse);
        expect(events.filter((e) => e.startsWith('esim-error'))).to.deep.equal(['esim-error:invalid_response']);
        const { requests, cancellationsCreated } = await tenant.log();
        expect(requests.filter((r) => r.method === 'POST')).to.have.length(1);
        expect(cancellationsCreated).to.equal(0);
        expect(el.step).to.equal('confirm');
        expect($<HTMLInputElement>(el, '#f-lastFour').value).to.have.length(4);
      }));
  });

  it('a body that never ends is given up on within 20 s in all, with the timeout message', () =>
    noUncaught(async () => {
      await tenant.fault({ path: '/esims', method: 'GET', kind: 'endless', count: 10 });
      const started = performance.now();
      const { el, errors } = mountList({ apiBase: tenant.apiBase, lang: 'zh-CN' });
      await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]'), 'no error within 21 s', { timeout: 21_000, interval: 100 });
      const took = performance.now() - started;
      expect(took, 'ms until the customer is told').to.be.below(20_500);
      expect(shadowText(el)).to.contain(zhCN.errorTimeout);
      expect(errors.map((e) => e.code)).to.deep.equal(['timeout']);
    }));

  describe('every Retry-After form gives a bounded wait', () => {
    for (const [name, header] of [
      ['0', '0'],
      ['negative', '-30'],
      ['garbage', 'soon'],
      ['a past date', new Date(Date.now() - 3_600_000).toUTCString()],
    ] as const) {
      it(`${name}: retried a second apart (no burst), then "try again in 1 second", never "0 seconds"`, () =>
        noUncaught(async () => {
          await tenant.fault({ path: '/esims', method: 'GET', kind: '429', retryAfter: header, count: 10 });
          const fetches = timeFetches('/esims');
          try {
            const { el, errors } = mountList({ apiBase: tenant.apiBase });
            await waitUntil(() => el.shadowRoot!.querySelector('[part="error"]'), 'no error shown', { timeout: 10_000 });
            const gaps = fetches.times.slice(1).map((t, i) => t - fetches.times[i]!);
            expect(fetches.times.length, 'attempts').to.equal(3);
            for (const gap of gaps) expect(gap, 'ms between attempts').to.be.at.least(950);
            expect(shadowText(el)).to.contain(en.errorRateLimited(1));
            expect(shadowText(el)).not.to.match(/\b0 seconds/);
            expect(errors.map((e) => e.code)).to.deep.equal(['rate_limited']);
            // The button waits as long as the message says, and no longer.
            const retry = el.shadowRoot!.querySelector<HTMLElement>('[part="retry-button"]')!;
            expect(retry.getAttribute('aria-disabled')).to.equal('true');
            await waitUntil(() => retry.getAttribute('aria-disabled') === 'false', 'retry still locked after 1.5 s', { timeout: 1500 });
          } finally {
            fetches.restore();
          }
        }));
    }

    for (const [name, header] of [
      ['ten days in seconds', '864000'],
      ['a date next year', new Date(Date.now() + 365 * 86_400_000).toUTCString()],
    ] as const) {
      it(`${name}: told at once, and asked to wait a minute at most`, () =>
        noUncaught(async () => {
          await tenant.fault({ path: '/esims', method: 'GET', kind: '429', retryAfter: header });
          const { el, errors } = mountList({ apiBase: tenant.apiBase, lang: 'zh-CN' });
          await untilList(el, '[part="error"]');
          expect(shadowText(el)).to.contain(zhCN.errorRateLimited(60));
          expect(errors.map((e) => e.code)).to.deep.equal(['rate_limited']);
          expect((await tenant.log()).requests.filter((r) => r.path === '/esims')).to.have.length(1);
        }));
    }

    it('the flow: a 0 on the quote neither bursts nor says "0 seconds"', () =>
      noUncaught(async () => {
        await tenant.fault({ path: '/esims/*/cancellation-quote', method: 'GET', kind: '429', retryAfter: '0', count: 10 });
        const { el, events } = await mount({ apiBase: tenant.apiBase, esimId: INSTANT });
        const failure = await failureShown(el);
        expect(failure.textContent).to.contain(en.errorRateLimited(1));
        expect(text(el)).not.to.match(/\b0 seconds/);
        expect(events.filter((e) => e.startsWith('esim-error'))).to.deep.equal(['esim-error:rate_limited']);
        expect((await tenant.log()).requests.filter((r) => r.path.endsWith('/cancellation-quote'))).to.have.length(3);
      }));
  });
});
