/**
 * Proof: every response of a submission (or a withdrawal) is lost: the backend did the work, the
 * page does not know it. Whatever the customer does next (Try again; Back, other answers and submit
 * again; reopen the flow; confirm a withdrawal again) the flow first resolves what became of the
 * earlier attempt. An eSIM that was cancelled shows its reference and refund, never "cannot be
 * cancelled"; nothing is created twice; every POST of one action carries one key.
 * The elements use their default HTTP client (it retries a lost response twice by itself, with the
 * same key): the fault loses all three answers.
 */
import { expect } from '@open-wc/testing';
import { iso } from '../helpers/isolate.js';
import { en } from '../../src/i18n/en.js';
import { newTenant, type LoggedRequest, type Tenant } from '../helpers/tenant.js';
import {
  $,
  click,
  confirmWith,
  failureShown,
  giveReason,
  lastFourOf,
  mount,
  next,
  part,
  setVisibility,
  stepIs,
  submit,
  text,
} from '../elements/esim-cancel-flow/helpers.js';
import { noUncaught } from './helpers.js';

const INSTANT = 'esim-jp-01';
const REVIEW = 'esim-eu-04';
const ALL_LOST = { path: '/esims/*/cancellations', method: 'POST', kind: 'lostResponse', count: 3 } as const;

const postsTo = (requests: LoggedRequest[], end: string) => requests.filter((r) => r.method === 'POST' && r.path.endsWith(end));

/** A flow on `esimId` at the confirm step with `reason`, then submitted; every answer lost. */
async function lostSubmission(tenant: Tenant, esimId: string) {
  const mounted = await mount({ apiBase: tenant.apiBase, esimId });
  const { el } = mounted;
  await stepIs(el, 'review');
  await next(el);
  await giveReason(el, 'switching_provider', 'keep@example.com');
  await confirmWith(el, await lastFourOf(tenant.apiBase, esimId));
  await tenant.fault(ALL_LOST);
  await submit(el);
  const failure = await failureShown(el);
  expect(failure.textContent!.includes(en.errorNetwork), 'the network message').to.equal(true);
  expect((await tenant.log()).cancellationsCreated, 'the backend did the work').to.equal(1);
  return mounted;
}

describe('proof: lost responses, then every customer action', function () {
  this.timeout(30_000);
  let tenant: Tenant;
  before(() => setVisibility('visible'));
  after(() => setVisibility(null));
  beforeEach(async () => {
    tenant = await newTenant({ manualClock: true });
  });

  it('instant: Back, other answers, submit again → the cancellation made, with reference and refund', () =>
    noUncaught(async () => {
      const { el, events } = await lostSubmission(tenant, INSTANT);
      await click(el, '[part~="back-button"]');
      await stepIs(el, 'reason');
      await click(el, 'input[name="reason"][value="wrong_plan"]');
      await next(el);
      await confirmWith(el, await lastFourOf(tenant.apiBase, INSTANT));
      await submit(el);
      await stepIs(el, 'completed');
      expect(text(el).includes(en.errorNotEligible), '"cannot be cancelled" shown').to.equal(false);
      expect($(el, '[part~="reference"]').textContent).to.equal(iso(el.cancellation!.reference));
      expect(text(el).includes(en.labelRefund), 'the refund is shown').to.equal(true);
      expect(
        events.filter((e) => e === 'esim-cancel-submitted'),
        'the page learns of the cancellation',
      ).to.have.length(1);
      const { requests, cancellationsCreated } = await tenant.log();
      expect(cancellationsCreated).to.equal(1);
      const keys = postsTo(requests, '/cancellations').map((r) => r.idempotencyKey);
      // The lost attempt (three times, one key), then its replay with the same key to read what it did.
      expect(new Set(keys).size, `keys ${keys.join(', ')}`).to.equal(1);
    }));

  it('review: Back, other answers, submit again → tracks the request made, never a second one', () =>
    noUncaught(async () => {
      const { el, events } = await lostSubmission(tenant, REVIEW);
      await click(el, '[part~="back-button"]');
      await stepIs(el, 'reason');
      await click(el, 'input[name="reason"][value="wrong_plan"]');
      await next(el);
      await confirmWith(el, await lastFourOf(tenant.apiBase, REVIEW));
      await submit(el);
      await stepIs(el, 'pending');
      expect($(el, '[part~="reference"]').textContent).to.equal(iso(el.cancellation!.reference));
      expect(events.filter((e) => e === 'esim-cancel-submitted')).to.have.length(1);
      expect((await tenant.log()).cancellationsCreated).to.equal(1);
    }));

  it('Try again → the same key; the cancellation shown; esim-cancel-submitted fired once', () =>
    noUncaught(async () => {
      const { el, events } = await lostSubmission(tenant, INSTANT);
      await click(el, '[part~="retry-button"]');
      await stepIs(el, 'completed');
      const { requests, cancellationsCreated } = await tenant.log();
      const keys = postsTo(requests, '/cancellations').map((r) => r.idempotencyKey);
      expect(keys).to.have.length(4);
      expect(new Set(keys).size).to.equal(1);
      expect(cancellationsCreated).to.equal(1);
      expect(events.filter((e) => e === 'esim-cancel-submit')).to.have.length(1);
      expect(events.filter((e) => e === 'esim-cancel-submitted')).to.have.length(1);
    }));

  it('reopening the flow on the eSIM (a reload) says what is true: a review request is tracked', () =>
    noUncaught(async () => {
      const first = await lostSubmission(tenant, REVIEW);
      first.el.remove();
      const { el, events } = await mount({ apiBase: tenant.apiBase, esimId: REVIEW });
      await stepIs(el, 'pending');
      expect(text(el).includes(en.noticeResumed), 'says it found the request').to.equal(true);
      expect(events).not.to.include('esim-cancel-submit');
      expect((await tenant.log()).cancellationsCreated).to.equal(1);
    }));

  it('withdrawal: its answer lost, Yes again → the same key, withdrawn', () =>
    noUncaught(async () => {
      const { el } = await mount({ apiBase: tenant.apiBase, esimId: REVIEW });
      await stepIs(el, 'review');
      await next(el);
      await giveReason(el);
      await confirmWith(el, await lastFourOf(tenant.apiBase, REVIEW));
      await submit(el);
      await stepIs(el, 'pending');
      await click(el, '[part~="withdraw-button"]');
      await tenant.fault({ path: '/cancellations/*/withdraw', method: 'POST', kind: 'lostResponse', count: 3 });
      await click(el, '[part~="withdraw-confirm-button"]');
      await failureShown(el);
      // Confirm again at once, before any status check could close the question.
      expect(part(el, 'withdraw-confirm-button').getAttribute('aria-disabled')).to.equal('false');
      await click(el, '[part~="withdraw-confirm-button"]');
      await stepIs(el, 'withdrawn');
      const keys = postsTo((await tenant.log()).requests, '/withdraw').map((r) => r.idempotencyKey);
      expect(keys).to.have.length(4);
      expect(new Set(keys).size, `keys ${keys.join(', ')}`).to.equal(1);
    }));
});
