// What cancelling an eSIM means: eligibility, fees, refunds, warnings. Pure functions of a record and
// the tenant's clock, shared by the eSIM view, the quote and the submission.

import { DAY, MINUTE } from './model.js';
import { iso, moneyJson } from './format.js';

/** @typedef {import('./model.js').EsimRecord} EsimRecord */
/** @typedef {import('./model.js').IneligibleReason} IneligibleReason */
/** @typedef {import('./model.js').Price} Price */

const REVIEW_FEE_CENTS = 200;
export const REVIEW_BUSINESS_DAYS = 3;
/** Reviews reject requests for eSIMs that used more than this (the auto outcome). */
export const REFUND_DATA_LIMIT_BYTES = 1024 ** 3;
const QUOTE_TTL = 15 * MINUTE;
const DEADLINE_SOON = 3 * DAY;
/** Unlimited plans have no used share to prorate by, so a review refunds half. */
const UNLIMITED_REFUND_SHARE = 0.5;

/**
 * @typedef {object} CancellationInfo
 * @property {boolean} eligible
 * @property {'instant' | 'review' | 'none'} mode
 * @property {IneligibleReason} [ineligibleReason]
 * @property {number | null} deadline
 * @property {string | null} openRequestId
 */

/**
 * The `cancellation` block of an eSIM. A request in flight or a past cancellation overrides the
 * plan's policy, and a deadline that has passed closes the window.
 * @param {EsimRecord} esim
 * @param {number} now
 * @returns {CancellationInfo}
 */
export function cancellationInfo(esim, now) {
  const { mode, ineligibleReason, deadline } = esim.policy;
  /** @param {IneligibleReason} reason */
  const ineligible = (reason) => ({ eligible: false, mode: /** @type {const} */ ('none'), ineligibleReason: reason });
  if (esim.status === 'cancelled') return { ...ineligible('already_cancelled'), deadline: null, openRequestId: null };
  if (esim.openRequestId) return { ...ineligible('request_open'), deadline, openRequestId: esim.openRequestId };
  if (mode === 'none') return { ...ineligible(ineligibleReason ?? 'not_supported'), deadline, openRequestId: null };
  if (deadline !== null && now > deadline) return { ...ineligible('window_elapsed'), deadline, openRequestId: null };
  return { eligible: true, mode, deadline, openRequestId: null };
}

/**
 * Fee and refund of a cancellation in the given mode: instant refunds in full; a review keeps a fee
 * and refunds the unused share of the data.
 * @param {EsimRecord} esim
 * @param {'instant' | 'review'} mode
 * @returns {{ fee: Price, refund: Price }}
 */
export function cancellationTerms(esim, mode) {
  const { price } = esim.policy;
  if (mode === 'instant') return { fee: { cents: 0, currency: price.currency }, refund: price };
  const total = esim.data?.totalBytes ?? null;
  const unusedShare = total === null || total === 0 ? UNLIMITED_REFUND_SHARE : Math.max(0, 1 - (esim.data?.usedBytes ?? 0) / total);
  const refundCents = Math.max(0, Math.round(price.cents * unusedShare) - REVIEW_FEE_CENTS);
  return {
    fee: { cents: REVIEW_FEE_CENTS, currency: price.currency },
    refund: { cents: refundCents, currency: price.currency },
  };
}

/**
 * Adds working days (Monday to Friday, in UTC) the way review teams count them.
 * @param {number} time
 * @param {number} days
 */
export function addBusinessDays(time, days) {
  let result = time;
  let left = days;
  while (left > 0) {
    result += DAY;
    const weekday = new Date(result).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return result;
}

/**
 * The `Quote` of the contract, as JSON.
 * @param {EsimRecord} esim
 * @param {number} now
 * @param {string} quoteId
 */
export function quoteJson(esim, now, quoteId) {
  const info = cancellationInfo(esim, now);
  const { refundMethod, policyUrl, price } = esim.policy;
  const base = { esimId: esim.id, quoteId, expiresAt: iso(now + QUOTE_TTL), policyUrl };
  if (!info.eligible || info.mode === 'none') {
    const zero = moneyJson({ cents: 0, currency: price.currency });
    return {
      ...base,
      eligible: false,
      mode: 'none',
      ineligibleReason: info.ineligibleReason,
      fee: zero,
      refund: zero,
      refundMethod: 'none',
      effective: 'immediately',
      warnings: [],
    };
  }
  const { fee, refund } = cancellationTerms(esim, info.mode);
  /** @type {('irreversible' | 'data_forfeited' | 'keep_installed_for_support' | 'refund_as_credit' | 'deadline_soon')[]} */
  const warnings = ['irreversible', 'data_forfeited'];
  if (info.mode === 'review') warnings.push('keep_installed_for_support');
  if (refundMethod === 'store_credit') warnings.push('refund_as_credit');
  if (info.deadline !== null && info.deadline - now <= DEADLINE_SOON) warnings.push('deadline_soon');
  return {
    ...base,
    eligible: true,
    mode: info.mode,
    fee: moneyJson(fee),
    refund: moneyJson(refund),
    refundMethod,
    ...(info.mode === 'instant'
      ? { effective: 'immediately' }
      : {
          effective: 'after_review',
          reviewBusinessDays: REVIEW_BUSINESS_DAYS,
          expectedDecisionBy: iso(addBusinessDays(now, REVIEW_BUSINESS_DAYS)),
        }),
    warnings,
  };
}
