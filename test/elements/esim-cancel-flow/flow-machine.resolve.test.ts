/**
 * The flow machine after a submission whose outcome is unknown (its answer lost, timed out or
 * unreadable): before anything else is submitted, what became of it is resolved; and the withdrawal
 * keeps its one key however soon the customer confirms again.
 */
import { expect } from '@open-wc/testing';
import { EsimApiError } from '../../../src/api/errors.js';
import type { Cancellation, Esim } from '../../../src/api/schemas.js';
import type { Quote } from '../../../src/api/quote-schemas.js';
import { initialState, transition, type FlowEvent, type FlowState } from '../../../src/elements/esim-cancel-flow/flow-machine.js';
import { DEFAULT_REASONS } from '../../../src/elements/esim-cancel-flow/reasons.js';

const T = '2026-11-25T12:00:00Z';

const esim: Esim = {
  id: 'e1',
  iccid: '8944500102030401234',
  planName: 'Japan 10 GB',
  status: 'ready',
  installState: 'not_installed',
  cancellation: { eligible: true, mode: 'instant' },
};

const quote: Quote = {
  esimId: 'e1',
  quoteId: 'q-e1',
  eligible: true,
  mode: 'instant',
  fee: { amount: '0.00', currency: 'USD' },
  refund: { amount: '8.00', currency: 'USD' },
  effective: 'immediately',
  warnings: ['irreversible'],
};

const cancellation = (status: Cancellation['status'], mode: Cancellation['mode'] = 'instant'): Cancellation => ({
  id: 'c1',
  reference: 'C-1001',
  esimId: 'e1',
  status,
  mode,
  reason: 'changed_device',
  contactEmail: 'a@example.com',
  createdAt: T,
  updatedAt: T,
  withdrawable: status === 'pending',
});

const run = (state: FlowState, ...events: FlowEvent[]): FlowState => events.reduce((s, e) => transition(s, e, DEFAULT_REASONS), state);
const apiError = (code: EsimApiError['code']) => new EsimApiError({ code, message: code });

function confirmed(): FlowState {
  return run(
    initialState(),
    { type: 'open', esimId: 'e1' },
    { type: 'esim', esim },
    { type: 'quote', quote },
    { type: 'next' },
    { type: 'edit', field: 'reason', value: 'changed_device' },
    { type: 'edit', field: 'contactEmail', value: 'a@example.com' },
    { type: 'next' },
    { type: 'edit', field: 'acknowledged', value: true },
    { type: 'edit', field: 'lastFour', value: '1234' },
  );
}

/** Submitted with k1; the answer never came. */
const lost = (error = apiError('network')) => run(confirmed(), { type: 'submit', key: 'k1' }, { type: 'failed', source: 'submit', error });

/** Back to reason, another reason, and submit again with k2. */
const resubmitted = (state: FlowState) =>
  run(
    state,
    { type: 'back' },
    { type: 'edit', field: 'reason', value: 'no_longer_needed' },
    { type: 'next' },
    { type: 'edit', field: 'acknowledged', value: true },
    { type: 'edit', field: 'lastFour', value: '1234' },
    { type: 'submit', key: 'k2' },
  );

describe('flow-machine: an attempt whose outcome is unknown', () => {
  for (const code of ['network', 'timeout', 'invalid_response', 'upstream_unavailable', 'internal'] as const) {
    it(`${code}: remembers the attempt (key and body) through Back`, () => {
      const s = lost(apiError(code));
      expect(s.attempt?.key).to.equal('k1');
      expect(s.attempt?.submission.reason).to.equal('changed_device');
      expect(run(s, { type: 'back' }).attempt?.key).to.equal('k1');
    });
  }

  it('a definite refusal (422, 403) forgets it: nothing was made', () => {
    expect(lost(apiError('validation_failed')).attempt ?? null).to.equal(null);
    expect(lost(apiError('forbidden')).attempt ?? null).to.equal(null);
  });

  it('a new submission with another key resolves the earlier one first', () => {
    const s = resubmitted(lost());
    expect(s.busy).to.equal('resolve');
    expect(s.submitKey).to.equal('k2');
    expect(s.attempt?.key).to.equal('k1');
  });

  it('resolved with a cancellation: that one is shown, nothing else is submitted', () => {
    let s = run(resubmitted(lost()), { type: 'resolved', cancellation: cancellation('completed') });
    expect(s.cancellation?.reference).to.equal('C-1001');
    expect(s.busy).to.equal('verify');
    expect(s.attempt ?? null).to.equal(null);
    expect(s.submitKey ?? null).to.equal(null);
    s = run(s, { type: 'verified', cancelled: true });
    expect(s.step).to.equal('completed');
  });

  it('resolved with nothing: the new answers are submitted with the new key', () => {
    const s = run(resubmitted(lost()), { type: 'resolved', cancellation: null });
    expect(s.busy).to.equal('submit');
    expect(s.submitKey).to.equal('k2');
    expect(s.attempt ?? null).to.equal(null);
  });

  it('Try again keeps the key: the retry is its own resolution', () => {
    const s = run(lost(), { type: 'retry' });
    expect(s.busy).to.equal('submit');
    expect(s.submitKey).to.equal('k1');
  });

  for (const code of ['not_eligible', 'already_cancelled'] as const) {
    it(`a ${code} after an unknown attempt is resolved, not shown as "cannot be cancelled"`, () => {
      // The page went back and submitted anew before the machine knew (another tab, a reload of the quote).
      let s = resubmitted(lost());
      s = run(s, { type: 'resolved', cancellation: null }, { type: 'failed', source: 'submit', error: apiError('network') });
      expect(s.attempt?.key).to.equal('k2');
      s = run(s, { type: 'retry' }, { type: 'failed', source: 'submit', error: apiError(code) });
      expect(s.busy).to.equal('resolve');
      expect(s.failure ?? null).to.equal(null);
    });
  }

  it('a failed resolution shows the failure; Try again resolves again', () => {
    let s = run(resubmitted(lost()), { type: 'failed', source: 'resolve', error: apiError('network') });
    expect(s.failure?.source).to.equal('resolve');
    s = run(s, { type: 'retry' });
    expect(s.busy).to.equal('resolve');
  });
});

describe('flow-machine: withdrawal keys', () => {
  it('confirming again right after a failed withdrawal (no status check between) reuses the key', () => {
    let s = run(
      confirmed(),
      { type: 'submit', key: 'k1' },
      { type: 'cancellation', cancellation: cancellation('pending', 'review'), source: 'submit' },
      { type: 'withdraw' },
      { type: 'withdraw-confirm', key: 'w1' },
      { type: 'failed', source: 'withdraw', error: apiError('network') },
    );
    expect(s.confirmingWithdraw, 'the question stays open').to.equal(true);
    s = run(s, { type: 'withdraw-confirm', key: 'w2' });
    expect(s.busy).to.equal('withdraw');
    expect(s.withdrawKey).to.equal('w1');
  });
});
