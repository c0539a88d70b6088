import { expect } from '@open-wc/testing';
import { EsimApiError } from '../../../src/api/errors.js';
import type { Cancellation, Esim } from '../../../src/api/schemas.js';
import type { Quote } from '../../../src/api/quote-schemas.js';
import {
  hasProblems,
  initialState,
  problems,
  stepsBefore,
  transition,
  type FlowEvent,
  type FlowState,
} from '../../../src/elements/esim-cancel-flow/flow-machine.js';
import { DEFAULT_REASONS } from '../../../src/elements/esim-cancel-flow/reasons.js';

const T = '2026-11-25T12:00:00Z';

function esim(id: string, eligible = true, overrides: Partial<Esim> = {}): Esim {
  return {
    id,
    iccid: '8944500102030401234',
    planName: 'Japan 10 GB',
    status: 'ready',
    installState: 'not_installed',
    cancellation: eligible ? { eligible, mode: 'instant' } : { eligible, mode: 'none', ineligibleReason: 'installed' },
    ...overrides,
  };
}

function quote(esimId: string, eligible = true): Quote {
  return {
    esimId,
    quoteId: `q-${esimId}`,
    eligible,
    mode: eligible ? 'review' : 'none',
    fee: { amount: '2.00', currency: 'USD' },
    refund: { amount: '8.00', currency: 'USD' },
    effective: 'after_review',
    warnings: ['irreversible'],
  };
}

function cancellation(status: Cancellation['status'], overrides: Partial<Cancellation> = {}): Cancellation {
  return {
    id: 'c1',
    reference: 'C-1001',
    esimId: 'e1',
    status,
    mode: 'review',
    reason: 'other',
    contactEmail: 'a@example.com',
    createdAt: T,
    updatedAt: T,
    withdrawable: status === 'pending' || status === 'processing',
    ...overrides,
  };
}

function run(state: FlowState, ...events: FlowEvent[]): FlowState {
  return events.reduce((s, e) => transition(s, e, DEFAULT_REASONS), state);
}

const apiError = (code: EsimApiError['code'], extra: Partial<ConstructorParameters<typeof EsimApiError>[0]> = {}) =>
  new EsimApiError({ code, message: code, ...extra });

/** The flow opened without an eSIM, with two eSIMs listed and e1 chosen: its quote is loading. */
function loadingReview(): FlowState {
  return run(
    initialState(),
    { type: 'open' },
    { type: 'page', page: { items: [esim('e1'), esim('e2', false)], nextCursor: null }, append: false },
    { type: 'choose', esimId: 'e1' },
    { type: 'next' },
  );
}

function atReview(): FlowState {
  return run(loadingReview(), { type: 'quote', quote: quote('e1') });
}

function atConfirm(): FlowState {
  return run(
    atReview(),
    { type: 'next' },
    { type: 'edit', field: 'reason', value: 'changed_device' },
    { type: 'edit', field: 'contactEmail', value: 'a@example.com' },
    { type: 'next' },
  );
}

function confirmed(): FlowState {
  return run(atConfirm(), { type: 'edit', field: 'acknowledged', value: true }, { type: 'edit', field: 'lastFour', value: '1234' });
}

describe('flow-machine', () => {
  describe('open', () => {
    it('starts at select and loads the eSIMs without an id', () => {
      const s = run(initialState(), { type: 'open' });
      expect(s.step).to.equal('select');
      expect(s.busy).to.equal('esims');
      expect(stepsBefore(s)).to.deep.equal(['select', 'review', 'reason', 'confirm']);
    });

    it('loads the eSIM first with an esim-id, then reviews it', () => {
      let s = run(initialState('me@example.com'), { type: 'open', esimId: 'e1' });
      expect(s.step).to.equal(null);
      expect(s.busy).to.equal('esim');
      expect(s.form.contactEmail).to.equal('me@example.com');
      expect(stepsBefore(s)).to.deep.equal(['review', 'reason', 'confirm']);
      s = run(s, { type: 'esim', esim: esim('e1') });
      expect(s.step).to.equal('review');
      expect(s.busy).to.equal('quote');
      expect(s.history).to.deep.equal([]);
    });

    it('resumes tracking when the eSIM has an open request', () => {
      const s = run(
        initialState(),
        { type: 'open', esimId: 'e1' },
        { type: 'esim', esim: esim('e1', false, { cancellation: { eligible: false, mode: 'none', openRequestId: 'c9' } }) },
      );
      expect(s.step).to.equal(null);
      expect(s.cancellationId).to.equal('c9');
      expect(s.busy).to.equal('cancellation');
      expect(s.notice).to.equal('resumed');
    });

    it('opens the tracking view by cancellation-id, by status', () => {
      const open = run(initialState(), { type: 'open', cancellationId: 'c1' });
      expect(open.busy).to.equal('cancellation');
      expect(open.origin).to.equal('tracking');
      for (const [status, step] of [
        ['pending', 'pending'],
        ['processing', 'pending'],
        ['rejected', 'rejected'],
        ['withdrawn', 'withdrawn'],
      ] as const) {
        const s = run(open, { type: 'cancellation', cancellation: cancellation(status), source: 'cancellation' });
        expect(s.step, status).to.equal(step);
        expect(s.busy).to.equal(null);
      }
      const done = run(open, { type: 'cancellation', cancellation: cancellation('completed'), source: 'cancellation' });
      expect(done.step).to.equal(null);
      expect(done.busy).to.equal('verify');
      expect(run(done, { type: 'verified', cancelled: true }).step).to.equal('completed');
    });

    it('starts over when opened again, keeping the contact email', () => {
      const s = run(atConfirm(), { type: 'open', esimId: 'e2' });
      expect(s.step).to.equal(null);
      expect(s.esimId).to.equal('e2');
      expect(s.form.reason).to.equal('');
      expect(s.form.contactEmail).to.equal('a@example.com');
    });
  });

  describe('select', () => {
    it('pages through the eSIMs', () => {
      let s = run(initialState(), { type: 'open' }, { type: 'page', page: { items: [esim('e1')], nextCursor: 'n1' }, append: false });
      expect(s.busy).to.equal(null);
      s = run(s, { type: 'more' });
      expect(s.busy).to.equal('more');
      expect(run(s, { type: 'more' })).to.equal(s);
      s = run(s, { type: 'page', page: { items: [esim('e2')], nextCursor: null }, append: true });
      expect(s.esims.map((e) => e.id)).to.deep.equal(['e1', 'e2']);
      expect(run(s, { type: 'more' })).to.equal(s);
    });

    it('needs an eligible eSIM to go on', () => {
      let s = run(
        initialState(),
        { type: 'open' },
        { type: 'page', page: { items: [esim('e1'), esim('e2', false)], nextCursor: null }, append: false },
        { type: 'next' },
      );
      expect(s.step).to.equal('select');
      expect(s.showProblems).to.equal(true);
      expect(problems(s, DEFAULT_REASONS)).to.deep.equal({ selection: 'required' });
      s = run(s, { type: 'choose', esimId: 'e2' }, { type: 'next' });
      expect(s.step).to.equal('select');
      s = run(s, { type: 'choose', esimId: 'e1' }, { type: 'next' });
      expect(s.step).to.equal('review');
      expect(s.esim?.id).to.equal('e1');
      expect(s.busy).to.equal('quote');
      expect(s.showProblems).to.equal(false);
    });

    it('ignores choose outside select', () => {
      const s = atReview();
      expect(run(s, { type: 'choose', esimId: 'e2' })).to.equal(s);
    });
  });

  describe('review', () => {
    it('goes on only with an eligible quote', () => {
      const loading = loadingReview();
      expect(loading.busy).to.equal('quote');
      expect(run(loading, { type: 'next' }).step).to.equal('review');
      const ineligible = run(loading, { type: 'quote', quote: quote('e1', false) });
      expect(run(ineligible, { type: 'next' }).step).to.equal('review');
      expect(run(atReview(), { type: 'next' }).step).to.equal('reason');
    });

    it('keeps the quote when going back and on with the same eSIM', () => {
      const s = run(atReview(), { type: 'back' });
      expect(s.step).to.equal('select');
      const again = run(s, { type: 'next' });
      expect(again.step).to.equal('review');
      expect(again.quote?.quoteId).to.equal('q-e1');
      expect(again.busy).to.equal(null);
    });

    it('asks for the confirmation again when another eSIM is chosen', () => {
      const s = run(
        confirmed(),
        { type: 'back' },
        { type: 'back' },
        { type: 'back' },
        { type: 'page', page: { items: [esim('e1'), esim('e3')], nextCursor: null }, append: false },
        { type: 'choose', esimId: 'e3' },
        { type: 'next' },
      );
      expect(s.esim?.id).to.equal('e3');
      expect(s.quote).to.equal(null);
      expect(s.form.acknowledged).to.equal(false);
      expect(s.form.lastFour).to.equal('');
      expect(s.form.reason).to.equal('changed_device');
    });

    it('drops the quote load when going back', () => {
      const s = run(loadingReview(), { type: 'back' });
      expect(s.busy).to.equal(null);
      expect(s.step).to.equal('select');
    });
  });

  describe('reason', () => {
    it('requires a reason and a valid email', () => {
      let s = run(atReview(), { type: 'next' }, { type: 'next' });
      expect(s.step).to.equal('reason');
      expect(s.showProblems).to.equal(true);
      expect(problems(s, DEFAULT_REASONS)).to.deep.equal({ reason: 'required', contactEmail: 'required' });
      s = run(s, { type: 'edit', field: 'contactEmail', value: 'nope' });
      expect(problems(s, DEFAULT_REASONS).contactEmail).to.equal('email');
    });

    it('requires a note for other, and at most 1000 characters', () => {
      let s = run(
        atReview(),
        { type: 'next' },
        { type: 'edit', field: 'reason', value: 'other' },
        { type: 'edit', field: 'contactEmail', value: 'a@example.com' },
        { type: 'next' },
      );
      expect(s.step).to.equal('reason');
      expect(problems(s, DEFAULT_REASONS)).to.deep.equal({ note: 'required' });
      s = run(s, { type: 'edit', field: 'note', value: 'x'.repeat(1001) });
      expect(problems(s, DEFAULT_REASONS)).to.deep.equal({ note: 'tooLong' });
      s = run(s, { type: 'edit', field: 'note', value: 'Moving abroad' }, { type: 'next' });
      expect(s.step).to.equal('confirm');
      expect(s.history).to.deep.equal(['select', 'review', 'reason']);
    });

    it('rejects a reason that is not in the list', () => {
      const s = run(atReview(), { type: 'next' }, { type: 'edit', field: 'reason', value: 'made_up' });
      expect(problems(s, DEFAULT_REASONS).reason).to.equal('required');
    });
  });

  describe('confirm and submit', () => {
    it('needs the checkbox and the last four digits', () => {
      let s = run(atConfirm(), { type: 'submit', key: 'k1' });
      expect(s.busy).to.equal(null);
      expect(s.showProblems).to.equal(true);
      expect(problems(s, DEFAULT_REASONS)).to.deep.equal({ acknowledged: 'required', lastFour: 'required' });
      s = run(s, { type: 'edit', field: 'lastFour', value: '9999' });
      expect(problems(s, DEFAULT_REASONS).lastFour).to.equal('mismatch');
      s = run(s, { type: 'edit', field: 'acknowledged', value: true }, { type: 'edit', field: 'lastFour', value: '1234' });
      expect(hasProblems(problems(s, DEFAULT_REASONS))).to.equal(false);
    });

    it('submits once, with one key reused on retry', () => {
      let s = run(confirmed(), { type: 'submit', key: 'k1' });
      expect(s.busy).to.equal('submit');
      expect(s.submitKey).to.equal('k1');
      expect(run(s, { type: 'submit', key: 'k2' })).to.equal(s);
      expect(run(s, { type: 'back' })).to.equal(s);
      expect(run(s, { type: 'next' })).to.equal(s);
      s = run(s, { type: 'failed', source: 'submit', error: apiError('timeout') });
      expect(s.busy).to.equal(null);
      expect(s.failure?.source).to.equal('submit');
      expect(s.form.reason).to.equal('changed_device');
      s = run(s, { type: 'retry' });
      expect(s.busy).to.equal('submit');
      expect(s.submitKey).to.equal('k1');
      s = run(s, { type: 'failed', source: 'submit', error: apiError('network') }, { type: 'submit', key: 'k3' });
      expect(s.submitKey).to.equal('k1');
    });

    it('makes a new key after going back from confirm', () => {
      const s = run(
        confirmed(),
        { type: 'submit', key: 'k1' },
        { type: 'failed', source: 'submit', error: apiError('network') },
        { type: 'back' },
        { type: 'next' },
        { type: 'submit', key: 'k2' },
      );
      expect(s.submitKey).to.equal('k2');
      // The lost attempt may have made the cancellation: it is resolved before k2 is used.
      expect(s.busy).to.equal('resolve');
      expect(s.attempt?.key).to.equal('k1');
      const refused = run(
        confirmed(),
        { type: 'submit', key: 'k1' },
        { type: 'failed', source: 'submit', error: apiError('forbidden') },
        { type: 'back' },
        { type: 'next' },
        { type: 'submit', key: 'k2' },
      );
      expect(refused.busy, 'a refused attempt made nothing: k2 goes out at once').to.equal('submit');
      expect(refused.submitKey).to.equal('k2');
    });

    it('goes back to idle when the host vetoes the submission', () => {
      const s = run(confirmed(), { type: 'submit', key: 'k1' }, { type: 'vetoed' });
      expect(s.busy).to.equal(null);
      expect(s.step).to.equal('confirm');
    });

    it('verifies an instant cancellation before completing', () => {
      let s = run(confirmed(), { type: 'submit', key: 'k1' });
      s = run(s, { type: 'cancellation', cancellation: cancellation('completed', { mode: 'instant' }), source: 'submit' });
      expect(s.step).to.equal('confirm');
      expect(s.busy).to.equal('verify');
      expect(s.history).to.deep.equal([]);
      expect(run(s, { type: 'back' })).to.equal(s);
      const done = run(s, { type: 'verified', cancelled: true });
      expect(done.step).to.equal('completed');
      expect(done.busy).to.equal(null);
      const gone = run(s, { type: 'failed', source: 'verify', error: apiError('not_found', { status: 404 }) });
      expect(gone.step).to.equal('completed');
      expect(gone.failure).to.equal(null);
      const late = run(s, { type: 'verified', cancelled: false });
      expect(late.step).to.equal('pending');
    });

    it('a failed verification can be retried', () => {
      let s = run(
        confirmed(),
        { type: 'submit', key: 'k1' },
        { type: 'cancellation', cancellation: cancellation('completed'), source: 'submit' },
        { type: 'failed', source: 'verify', error: apiError('internal') },
      );
      expect(s.failure?.source).to.equal('verify');
      expect(run(s, { type: 'back' })).to.equal(s);
      s = run(s, { type: 'retry' });
      expect(s.busy).to.equal('verify');
    });

    it('tracks a review request after submission; Back no longer works', () => {
      const s = run(
        confirmed(),
        { type: 'submit', key: 'k1' },
        { type: 'cancellation', cancellation: cancellation('pending'), source: 'submit' },
      );
      expect(s.step).to.equal('pending');
      expect(s.cancellationId).to.equal('c1');
      expect(s.history).to.deep.equal([]);
      expect(run(s, { type: 'back' })).to.equal(s);
      expect(run(s, { type: 'edit', field: 'note', value: 'changed' })).to.equal(s);
    });

    it('switches to the open request on 409 duplicate_request', () => {
      const s = run(
        confirmed(),
        { type: 'submit', key: 'k1' },
        { type: 'failed', source: 'submit', error: apiError('duplicate_request', { existingRequestId: 'c7' }) },
      );
      expect(s.cancellationId).to.equal('c7');
      expect(s.busy).to.equal('cancellation');
      expect(s.notice).to.equal('duplicate');
      expect(s.failure).to.equal(null);
      const tracked = run(s, { type: 'cancellation', cancellation: cancellation('processing', { id: 'c7' }), source: 'cancellation' });
      expect(tracked.step).to.equal('pending');
    });

    it('a 409 without the open request id is shown as a failure', () => {
      const s = run(confirmed(), { type: 'submit', key: 'k1' }, { type: 'failed', source: 'submit', error: apiError('not_eligible') });
      expect(s.failure?.source).to.equal('submit');
      expect(s.step).to.equal('confirm');
    });

    it('shows 422 field messages on the reason step, with a new key next time', () => {
      const details = { contactEmail: 'Not deliverable' };
      let s = run(
        confirmed(),
        { type: 'submit', key: 'k1' },
        { type: 'failed', source: 'submit', error: apiError('validation_failed', { details }) },
      );
      expect(s.step).to.equal('reason');
      expect(s.history).to.deep.equal(['select', 'review']);
      expect(s.serverProblems).to.deep.equal(details);
      expect(s.submitKey).to.equal(null);
      s = run(s, { type: 'edit', field: 'contactEmail', value: 'b@example.com' });
      expect(s.serverProblems).to.deep.equal({});
      s = run(s, { type: 'next' }, { type: 'submit', key: 'k2' });
      expect(s.submitKey).to.equal('k2');
      expect(s.form.lastFour).to.equal('1234');
    });

    it('keeps a 422 about other fields on the confirm step', () => {
      const s = run(
        confirmed(),
        { type: 'submit', key: 'k1' },
        { type: 'failed', source: 'submit', error: apiError('validation_failed', { details: { quoteId: 'expired' } }) },
      );
      expect(s.step).to.equal('confirm');
      expect(s.serverProblems).to.deep.equal({ quoteId: 'expired' });
    });

    it('ignores submit outside confirm', () => {
      const s = atReview();
      expect(run(s, { type: 'submit', key: 'k' })).to.equal(s);
    });
  });

  describe('an expired quote', () => {
    const expiring = (): FlowState => {
      const s = confirmed();
      return { ...s, quote: { ...s.quote!, expiresAt: '2026-11-25T12:15:00Z' } };
    };
    const AFTER = Date.parse('2026-11-25T12:16:00Z');
    const BEFORE = Date.parse('2026-11-25T12:10:00Z');

    it('is submitted as it is while it is valid', () => {
      const s = run(expiring(), { type: 'submit', key: 'k1', now: BEFORE });
      expect(s.busy).to.equal('submit');
      expect(s.submitKey).to.equal('k1');
    });

    it('is fetched again on submit, and the submission goes on when the terms are the same', () => {
      let s = run(expiring(), { type: 'submit', key: 'k1', now: AFTER });
      expect(s.busy).to.equal('quote');
      expect(s.step).to.equal('confirm');
      expect(s.submitKey ?? null).to.equal(null);
      s = run(s, { type: 'quote', quote: { ...quote('e1'), quoteId: 'q-fresh' } });
      expect(s.busy).to.equal('submit');
      expect(s.submitKey).to.equal('k1');
      expect(s.quote!.quoteId).to.equal('q-fresh');
      expect(s.notice ?? null).to.equal(null);
    });

    it('with other terms, shows them and asks to confirm again (what was typed stays)', () => {
      let s = run(expiring(), { type: 'submit', key: 'k1', now: AFTER });
      s = run(s, { type: 'quote', quote: { ...quote('e1'), fee: { amount: '5.00', currency: 'USD' } } });
      expect(s.busy).to.equal(null);
      expect(s.step).to.equal('confirm');
      expect(s.notice).to.equal('terms-changed');
      expect(s.form.acknowledged).to.equal(false);
      expect(s.form.lastFour).to.equal('1234');
      expect(s.form.reason).to.equal('changed_device');
      s = run(s, { type: 'edit', field: 'acknowledged', value: true }, { type: 'submit', key: 'k2', now: AFTER });
      expect(s.busy).to.equal('submit');
      expect(s.submitKey).to.equal('k2');
      expect(s.notice).to.equal(null);
    });

    it('goes back to the review when the fresh quote says the eSIM can no longer be cancelled online', () => {
      let s = run(expiring(), { type: 'submit', key: 'k1', now: AFTER });
      s = run(s, { type: 'quote', quote: quote('e1', false) });
      expect(s.step).to.equal('review');
      expect(s.history).to.deep.equal(['select']);
      expect(s.busy).to.equal(null);
      expect(s.submitKey ?? null).to.equal(null);
      expect(run(s, { type: 'next' }).step, 'no way on').to.equal('review');
    });

    it('is not fetched again for a retry: the retry must send what the first attempt sent', () => {
      let s = run(expiring(), { type: 'submit', key: 'k1', now: BEFORE });
      s = run(s, { type: 'failed', source: 'submit', error: apiError('network') }, { type: 'submit', key: 'k2', now: AFTER });
      expect(s.busy).to.equal('submit');
      expect(s.submitKey).to.equal('k1');
    });

    it('Back while the fresh quote loads drops the submission', () => {
      let s = run(expiring(), { type: 'submit', key: 'k1', now: AFTER }, { type: 'back' });
      expect(s.step).to.equal('reason');
      expect(s.requote ?? null).to.equal(null);
      s = run(s, { type: 'next' }, { type: 'quote', quote: quote('e1') });
      expect(s.busy).to.equal(null);
    });
  });

  describe('pending', () => {
    const pending = () =>
      run(
        initialState(),
        { type: 'open', cancellationId: 'c1' },
        { type: 'cancellation', cancellation: cancellation('pending'), source: 'cancellation' },
      );

    it('checks the status on request', () => {
      let s = run(pending(), { type: 'check' });
      expect(s.busy).to.equal('check');
      expect(run(s, { type: 'check' })).to.equal(s);
      s = run(s, { type: 'cancellation', cancellation: cancellation('processing'), source: 'check' });
      expect(s.busy).to.equal(null);
      expect(s.cancellation?.status).to.equal('processing');
      s = run(s, { type: 'cancellation', cancellation: cancellation('rejected', { rejectionReason: 'Used' }), source: 'poll' });
      expect(s.step).to.equal('rejected');
    });

    it('shows a failed poll without blocking, and retries it as a check', () => {
      let s = run(pending(), { type: 'failed', source: 'poll', error: apiError('network') });
      expect(s.busy).to.equal(null);
      expect(s.failure?.source).to.equal('poll');
      s = run(s, { type: 'retry' });
      expect(s.busy).to.equal('check');
      s = run(
        s,
        { type: 'failed', source: 'check', error: apiError('network') },
        { type: 'cancellation', cancellation: cancellation('pending'), source: 'poll' },
      );
      expect(s.failure).to.equal(null);
    });

    it('withdraws after an inline confirmation, with one key', () => {
      let s = run(pending(), { type: 'withdraw' });
      expect(s.confirmingWithdraw).to.equal(true);
      expect(run(s, { type: 'withdraw-cancel' }).confirmingWithdraw).to.equal(false);
      s = run(s, { type: 'withdraw-confirm', key: 'w1' });
      expect(s.busy).to.equal('withdraw');
      s = run(s, { type: 'failed', source: 'withdraw', error: apiError('timeout') });
      expect(s.failure?.source).to.equal('withdraw');
      // Confirmed again at once, before any status check: still the first key.
      const again = run(s, { type: 'withdraw-confirm', key: 'w9' });
      expect(again.busy).to.equal('withdraw');
      expect(again.withdrawKey).to.equal('w1');
      s = run(s, { type: 'cancellation', cancellation: cancellation('pending'), source: 'poll' });
      expect(s.failure?.source, 'a poll does not hide a failed withdrawal').to.equal('withdraw');
      s = run(s, { type: 'withdraw-confirm', key: 'w2' });
      expect(s.withdrawKey).to.equal('w1');
      s = run(s, { type: 'cancellation', cancellation: cancellation('withdrawn'), source: 'withdraw' });
      expect(s.step).to.equal('withdrawn');
      expect(s.confirmingWithdraw).to.equal(false);
      expect(s.failure).to.equal(null);
    });

    it('offers withdrawal only while the request allows it', () => {
      const s = run(
        initialState(),
        { type: 'open', cancellationId: 'c1' },
        { type: 'cancellation', cancellation: cancellation('processing', { withdrawable: false }), source: 'cancellation' },
      );
      expect(run(s, { type: 'withdraw' })).to.equal(s);
      expect(run(s, { type: 'withdraw-confirm', key: 'w' })).to.equal(s);
    });

    it('verifies a completion seen by polling', () => {
      const s = run(pending(), { type: 'cancellation', cancellation: cancellation('completed'), source: 'poll' });
      expect(s.step).to.equal('pending');
      expect(s.busy).to.equal('verify');
      const done = run(s, { type: 'verified', cancelled: true });
      expect(done.step).to.equal('completed');
      expect(run(done, { type: 'cancellation', cancellation: cancellation('completed'), source: 'poll' }).busy).to.equal(null);
    });
  });

  describe('failures and sign-in', () => {
    it('keeps a failed load for retry', () => {
      let s = run(initialState(), { type: 'open' }, { type: 'failed', source: 'esims', error: apiError('internal') });
      expect(s.failure?.source).to.equal('esims');
      expect(s.busy).to.equal(null);
      s = run(s, { type: 'retry' });
      expect(s.busy).to.equal('esims');
      expect(s.failure).to.equal(null);
      expect(run(s, { type: 'retry' })).to.equal(s);
    });

    it('clears a failure when the step changes', () => {
      const s = run(atReview(), { type: 'next' }, { type: 'failed', source: 'quote', error: apiError('internal') }, { type: 'back' });
      expect(s.failure).to.equal(null);
    });

    it('signs in, then goes on where it was and runs the failed call again', () => {
      let s = run(confirmed(), { type: 'submit', key: 'k1' }, { type: 'failed', source: 'submit', error: apiError('unauthenticated') });
      s = run(s, { type: 'sign-in' });
      expect(s.step).to.equal('sign-in');
      expect(s.failure).to.equal(null);
      expect(run(s, { type: 'back' }), 'no way around the sign-in').to.equal(s);
      expect(run(s, { type: 'sign-in' })).to.equal(s);
      s = run(s, { type: 'signed-in', email: 'me@example.com' });
      expect(s.step).to.equal('confirm');
      expect(s.busy).to.equal('submit');
      expect(s.submitKey).to.equal('k1');
      expect(s.form.contactEmail, 'a typed email wins').to.equal('a@example.com');
      expect(run(s, { type: 'signed-in' })).to.equal(s);
    });

    it('prefills the contact email from the sign-in', () => {
      const s = run(
        initialState(),
        { type: 'open', esimId: 'e1' },
        { type: 'failed', source: 'esim', error: apiError('unauthenticated') },
        { type: 'sign-in' },
        { type: 'signed-in', email: 'me@example.com' },
      );
      expect(s.step).to.equal(null);
      expect(s.busy).to.equal('esim');
      expect(s.form.contactEmail).to.equal('me@example.com');
    });

    it('after sign-in, a failed poll is left to polling', () => {
      const s = run(
        initialState(),
        { type: 'open', cancellationId: 'c1' },
        { type: 'cancellation', cancellation: cancellation('pending'), source: 'cancellation' },
        { type: 'failed', source: 'poll', error: apiError('unauthenticated') },
        { type: 'sign-in' },
        { type: 'signed-in' },
      );
      expect(s.step).to.equal('pending');
      expect(s.busy).to.equal(null);
    });
  });
});
