/**
 * Proof: answers that break the contract, from the HTTP backend and from a host's own `backend`
 * object, all go through one validation boundary. One bad record never blanks the list (the rest is
 * shown, the fault reported); a bad answer never hangs the flow (a clear message, a way to try
 * again); a date `Date` cannot read never reaches render code. Each case ends in the catalogue's
 * message, `esim-error`, and no uncaught exception; nothing false is shown (no "No eSIMs yet" when
 * the answer was unreadable).
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { EsimBackend } from '../../src/api/backend.js';
import { en } from '../../src/i18n/en.js';
import { zhCN } from '../../src/i18n/zh-CN.js';
import { newTenant, type Tenant } from '../helpers/tenant.js';
import { $, failureShown, mount, setVisibility, stepIs, text } from '../elements/esim-cancel-flow/helpers.js';
import { generateEsims } from '../elements/esim-list/helpers.js';
import { listRows, mountList, noUncaught, shadowText, untilList, untilListRows } from './helpers.js';

const INSTANT = 'esim-jp-01';

/** A host's backend that answers whatever it is given, the way a wrapped SDK with another shape does. */
function hostBackend(answers: Partial<Record<keyof EsimBackend, () => unknown>>): EsimBackend {
  const fallback = () => Promise.reject(new Error('not in this test'));
  const method = (name: keyof EsimBackend) => async () => (answers[name] ?? fallback)();
  return {
    listEsims: method('listEsims'),
    getEsim: method('getEsim'),
    getCancellationQuote: method('getCancellationQuote'),
    submitCancellation: method('submitCancellation'),
    getCancellation: method('getCancellation'),
    withdrawCancellation: method('withdrawCancellation'),
  } as unknown as EsimBackend;
}

describe('proof: invalid data, whichever backend sends it', function () {
  this.timeout(20_000);
  let tenant: Tenant;
  before(() => setVisibility('visible'));
  after(() => setVisibility(null));
  beforeEach(async () => {
    tenant = await newTenant({ manualClock: true });
  });

  describe('from the HTTP backend', () => {
    it('a list page with one unreadable date: the other 14 shown, the one reported', () =>
      noUncaught(async () => {
        await tenant.fault({ path: '/esims', method: 'GET', kind: 'unreadableDate' });
        const { el, errors } = mountList({ apiBase: tenant.apiBase });
        await untilListRows(el, 14);
        expect(errors.map((e) => e.code)).to.deep.equal(['invalid_response']);
        expect(shadowText(el).includes(en.listSomeUnreadable(1)), 'says one eSIM could not be shown').to.equal(true);
        await expect(el).to.be.accessible();
      }));

    it('an eSIM with an unreadable date: the flow says so (zh-CN) instead of loading for ever, and recovers', () =>
      noUncaught(async () => {
        await tenant.fault({ path: '/esims/*', method: 'GET', kind: 'unreadableDate' });
        const { el, events } = await mount({ apiBase: tenant.apiBase, esimId: INSTANT, lang: 'zh-CN' });
        const failure = await failureShown(el);
        expect(failure.textContent!.includes(zhCN.errorInvalidResponse), 'the localized message').to.equal(true);
        expect(events.filter((e) => e.startsWith('esim-error'))).to.deep.equal(['esim-error:invalid_response']);
        $(el, '[part~="retry-button"]').click();
        await stepIs(el, 'review');
      }));

    it('a cancellation with an unreadable date: the tracking view says so instead of throwing', () =>
      noUncaught(async () => {
        await tenant.fault({ path: '/cancellations/*', method: 'GET', kind: 'unreadableDate' });
        const { el, events } = await mount({ apiBase: tenant.apiBase, cancellationId: 'cxl-kr-08' });
        const failure = await failureShown(el);
        expect(failure.textContent!.includes(en.errorInvalidResponse), 'the message').to.equal(true);
        expect(events.filter((e) => e.startsWith('esim-error'))).to.deep.equal(['esim-error:invalid_response']);
      }));
  });

  describe("from a host's own backend object", () => {
    it('one bad record among good ones: the rest shown, the bad one reported', () =>
      noUncaught(async () => {
        const [good1, good2] = generateEsims(2);
        const backend = hostBackend({
          listEsims: () => ({
            items: [good1, { ...good2, id: 'bad', expiresAt: '2026-02-30T00:00:00Z' }, { id: 'worse' }],
            nextCursor: null,
          }),
        });
        const { el, errors } = mountList({ backend });
        await untilListRows(el, 1);
        expect(listRows(el).map((row) => row.dataset.key)).to.deep.equal([good1!.id]);
        expect(errors.map((e) => e.code)).to.deep.equal(['invalid_response', 'invalid_response']);
        expect(shadowText(el).includes(en.listSomeUnreadable(2)), 'says two could not be shown').to.equal(true);
      }));

    it('a page of another shape: a clear error, not an empty list, not a TypeError', () =>
      noUncaught(async () => {
        const backend = hostBackend({ listEsims: () => ({ data: generateEsims(3), next: null }) });
        const { el, errors } = mountList({ backend, lang: 'zh-CN' });
        await untilList(el, '[part="error"]');
        expect(shadowText(el).includes(zhCN.errorInvalidResponse), 'the localized message').to.equal(true);
        expect(shadowText(el).includes(zhCN.listEmptyTitle), 'a false "no eSIMs"').to.equal(false);
        expect(errors.map((e) => e.code)).to.deep.equal(['invalid_response']);
      }));

    it('an eSIM of another shape, or a quote call that throws a TypeError: the flow says so', () =>
      noUncaught(async () => {
        const [esim] = generateEsims(2).slice(1);
        const shapeless = await mount({
          setup: (el) => (el.backend = hostBackend({ getEsim: () => ({ ...esim, cancellation: undefined }) })),
          esimId: esim!.id,
        });
        const failure = await failureShown(shapeless.el);
        expect(failure.textContent!.includes(en.errorInvalidResponse), 'invalid answer').to.equal(true);
        expect(shapeless.events.filter((e) => e.startsWith('esim-error'))).to.deep.equal(['esim-error:invalid_response']);

        const throwing = await mount({
          setup: (el) =>
            (el.backend = hostBackend({
              getEsim: () => esim,
              getCancellationQuote: () => {
                throw new TypeError("Cannot read properties of undefined (reading 'fee')");
              },
            })),
          esimId: esim!.id,
        });
        const thrown = await failureShown(throwing.el);
        expect(thrown.textContent!.includes(en.errorInternal), 'internal error').to.equal(true);
        expect(throwing.events.filter((e) => e.startsWith('esim-error'))).to.deep.equal(['esim-error:internal']);
        expect(text(throwing.el).includes('Cannot read properties'), 'the raw error shown').to.equal(false);
      }));

    it('a backend without a method the flow needs: named, not a TypeError', () =>
      noUncaught(async () => {
        const [esim] = generateEsims(2).slice(1);
        const partial = { getEsim: async () => esim } as unknown as EsimBackend;
        const { el, events } = await mount({ setup: (f) => (f.backend = partial), esimId: esim!.id });
        await failureShown(el);
        expect(events.filter((e) => e.startsWith('esim-error'))).to.deep.equal(['esim-error:invalid_response']);
        await waitUntil(() => el.step !== null || $(el, '.failure'), 'nothing shown');
      }));
  });
});
