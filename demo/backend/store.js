// One tenant's eSIMs and cancellations, and the rules that change them: cursor paging, quotes,
// submissions, the review progression and withdrawals. No Node and no HTTP here: plain state that
// any runtime can drive.

import { ESIM_STATUSES } from './model.js';
import { randomId, randomReference } from './ids.js';
import { ApiError } from './reply.js';
import { createSeed } from './seed.js';
import { addBusinessDays, cancellationInfo, cancellationTerms, quoteJson, REFUND_DATA_LIMIT_BYTES, REVIEW_BUSINESS_DAYS } from './terms.js';
import { validationError } from './validation.js';

/** @typedef {import('./model.js').EsimRecord} EsimRecord */
/** @typedef {import('./model.js').EsimStatus} EsimStatus */
/** @typedef {import('./model.js').CancellationRecord} CancellationRecord */
/** @typedef {import('./seed.js').SeedKind} SeedKind */
/** @typedef {import('./validation.js').CancellationRequest} CancellationRequest */
/** @typedef {import('./clock.js').Clock} Clock */
/**
 * How reviews end. `auto`: rejected when the eSIM used more than the 1 GB refund limit, else
 * completed; `complete` and `reject` force the outcome for tests.
 * @typedef {'auto' | 'complete' | 'reject'} ReviewOutcome
 */

export const REVIEW_OUTCOMES = /** @type {const} */ (['auto', 'complete', 'reject']);
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

export class EsimStore {
  /**
   * @param {object} options
   * @param {SeedKind} options.seed
   * @param {number} options.reviewPaceMs time each review step takes (pending → processing → decided)
   * @param {ReviewOutcome} options.outcome
   * @param {Clock} options.clock
   */
  constructor({ seed, reviewPaceMs, outcome, clock }) {
    this.reviewPaceMs = reviewPaceMs;
    this.outcome = outcome;
    this.clock = clock;
    const data = createSeed(seed, clock.now());
    /** Sorted by `seq`: the list order. */
    this.order = data.esims;
    this.esims = new Map(data.esims.map((esim) => [esim.id, esim]));
    this.cancellations = new Map(data.cancellations.map((c) => [c.id, c]));
    /** Reviews still moving, so a tick never scans every cancellation. */
    this.inReview = new Set(data.cancellations.filter((c) => c.nextStepAt !== null));
    /** Cancellations made through the API (not seeded): the exactly-once tests count them. */
    this.created = 0;
  }

  now() {
    return this.clock.now();
  }

  /**
   * Moves every review whose next step is due. Reviews advance lazily, on the next request, so the
   * backend needs no timers and a manual clock controls them completely.
   */
  tick() {
    const now = this.now();
    for (const cancellation of this.inReview) {
      while (cancellation.nextStepAt !== null && cancellation.nextStepAt <= now) {
        const at = cancellation.nextStepAt;
        if (cancellation.status === 'pending') {
          cancellation.status = 'processing';
          cancellation.nextStepAt = at + this.reviewPaceMs;
        } else {
          this.decide(cancellation);
          cancellation.nextStepAt = null;
          this.inReview.delete(cancellation);
        }
        cancellation.updatedAt = at;
      }
    }
  }

  /** @param {CancellationRecord} cancellation */
  decide(cancellation) {
    const esim = this.esims.get(cancellation.esimId);
    const usedBytes = esim?.data?.usedBytes ?? 0;
    const reject = this.outcome === 'reject' || (this.outcome === 'auto' && usedBytes > REFUND_DATA_LIMIT_BYTES);
    if (!reject) {
      cancellation.status = 'completed';
      if (esim) this.markCancelled(esim);
      return;
    }
    cancellation.status = 'rejected';
    cancellation.rejection = this.outcome === 'reject' ? { kind: 'policy' } : { kind: 'data_limit', usedBytes };
    if (!esim) return;
    this.closeRequest(esim);
    // Rejected for data use: a new request would be rejected too, so the eSIM says so. A policy
    // rejection leaves the customer free to ask again.
    if (cancellation.rejection.kind === 'data_limit') {
      esim.policy = { ...esim.policy, mode: 'none', ineligibleReason: 'data_used' };
    }
  }

  /** @param {EsimRecord} esim */
  markCancelled(esim) {
    esim.status = 'cancelled';
    esim.openRequestId = null;
    esim.statusBeforeRequest = null;
    if (esim.policy.removeWhenCancelled) {
      this.esims.delete(esim.id);
      this.order = this.order.filter((other) => other !== esim);
    }
  }

  /** @param {EsimRecord} esim */
  closeRequest(esim) {
    esim.status = esim.statusBeforeRequest ?? 'active';
    esim.statusBeforeRequest = null;
    esim.openRequestId = null;
  }

  /**
   * One page of the list, in `seq` order. The cursor is opaque to clients: base64url of the last
   * seq served, so eSIMs removed between pages never make a page skip or repeat one.
   * @param {{ cursor: string | null, limit: number, status: EsimStatus | null }} query
   * @returns {{ items: EsimRecord[], nextCursor: string | null }}
   */
  list({ cursor, limit, status }) {
    const afterSeq = cursor === null ? 0 : decodeCursor(cursor);
    let index = firstIndexAfter(this.order, afterSeq);
    /** @type {EsimRecord[]} */
    const items = [];
    let more = false;
    for (; index < this.order.length; index += 1) {
      const esim = /** @type {EsimRecord} */ (this.order[index]);
      if (status !== null && esim.status !== status) continue;
      if (items.length === limit) {
        more = true;
        break;
      }
      items.push(esim);
    }
    const last = items.at(-1);
    return { items, nextCursor: more && last ? encodeCursor(last.seq) : null };
  }

  /** @param {string} id */
  esim(id) {
    const esim = this.esims.get(id);
    if (!esim) throw new ApiError(404, 'not_found', (m) => m.notFoundEsim);
    return esim;
  }

  /** @param {string} id */
  cancellation(id) {
    const cancellation = this.cancellations.get(id);
    if (!cancellation) throw new ApiError(404, 'not_found', (m) => m.notFoundCancellation);
    return cancellation;
  }

  /** @param {string} esimId */
  quote(esimId) {
    return quoteJson(this.esim(esimId), this.now(), randomId('q_'));
  }

  /**
   * @param {string} esimId
   * @param {CancellationRequest} request already validated
   * @returns {CancellationRecord}
   */
  submit(esimId, request) {
    const esim = this.esim(esimId);
    const now = this.now();
    if (esim.status === 'cancelled') throw new ApiError(422, 'already_cancelled', (m) => m.alreadyCancelled);
    if (esim.openRequestId) {
      throw new ApiError(409, 'duplicate_request', (m) => m.duplicateRequest, {
        existingRequestId: esim.openRequestId,
      });
    }
    const info = cancellationInfo(esim, now);
    if (!info.eligible || info.mode === 'none') {
      const reason = info.ineligibleReason ?? 'not_supported';
      throw new ApiError(409, 'not_eligible', (m) => m.notEligible[reason], {
        details: { ineligibleReason: () => reason },
      });
    }
    const review = info.mode === 'review';
    /** @type {CancellationRecord} */
    const cancellation = {
      id: randomId('cxl_'),
      reference: randomReference(),
      esimId,
      status: review ? 'pending' : 'completed',
      mode: info.mode,
      reason: request.reason,
      note: request.note,
      contactEmail: request.contactEmail,
      ...cancellationTerms(esim, info.mode),
      refundMethod: esim.policy.refundMethod,
      createdAt: now,
      updatedAt: now,
      expectedDecisionBy: review ? addBusinessDays(now, REVIEW_BUSINESS_DAYS) : null,
      rejection: null,
      nextStepAt: review ? now + this.reviewPaceMs : null,
    };
    this.cancellations.set(cancellation.id, cancellation);
    this.created += 1;
    if (review) {
      esim.statusBeforeRequest = esim.status;
      esim.status = 'cancel_pending';
      esim.openRequestId = cancellation.id;
      this.inReview.add(cancellation);
    } else {
      this.markCancelled(esim);
    }
    return cancellation;
  }

  /** @param {string} cancellationId */
  withdraw(cancellationId) {
    const cancellation = this.cancellation(cancellationId);
    if (cancellation.status !== 'pending' && cancellation.status !== 'processing') {
      throw new ApiError(409, 'not_eligible', (m) => m.notWithdrawable);
    }
    cancellation.status = 'withdrawn';
    cancellation.updatedAt = this.now();
    cancellation.nextStepAt = null;
    this.inReview.delete(cancellation);
    const esim = this.esims.get(cancellation.esimId);
    if (esim && esim.openRequestId === cancellation.id) this.closeRequest(esim);
    return cancellation;
  }
}

/**
 * @param {unknown} value
 * @returns {value is EsimStatus}
 */
export function isEsimStatus(value) {
  return ESIM_STATUSES.some((status) => status === value);
}

/** @param {number} seq */
function encodeCursor(seq) {
  return btoa(JSON.stringify({ after: seq }))
    .replace(/=+$/, '')
    .replace(/\+/g, '-')
    .replace(/\//g, '_');
}

/** @param {string} cursor */
function decodeCursor(cursor) {
  try {
    const parsed = JSON.parse(atob(cursor.replace(/-/g, '+').replace(/_/g, '/')));
    if (Number.isInteger(parsed?.after) && parsed.after >= 0) return /** @type {number} */ (parsed.after);
  } catch {
    // not base64 or not JSON: reported below like any other bad cursor
  }
  throw validationError({ cursor: (m) => m.field.invalidCursor });
}

/**
 * Binary search: index of the first eSIM with seq greater than `seq`.
 * @param {EsimRecord[]} order
 * @param {number} seq
 */
function firstIndexAfter(order, seq) {
  let low = 0;
  let high = order.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (/** @type {EsimRecord} */ (order[mid]).seq <= seq) low = mid + 1;
    else high = mid;
  }
  return low;
}
