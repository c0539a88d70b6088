// The backend's own records. They mirror the contract (backend-contract.md) but are written out here
// rather than imported from src/: the reference backend is an independent implementation, and the
// browser tests check its responses against src/api/schemas.ts.

export const ESIM_STATUSES = /** @type {const} */ ([
  'ready',
  'active',
  'depleted',
  'expired',
  'suspended',
  'cancel_pending',
  'cancelled',
  'revoked',
  'unknown',
]);

/** @typedef {typeof ESIM_STATUSES[number]} EsimStatus */
/** @typedef {'not_installed' | 'downloaded' | 'installed' | 'enabled' | 'disabled' | 'deleted' | 'unknown'} InstallState */
/**
 * @typedef {'installed' | 'data_used' | 'expired' | 'window_elapsed' | 'request_open' | 'already_cancelled'
 *   | 'not_supported'} IneligibleReason
 */
/** @typedef {'pending' | 'processing' | 'completed' | 'rejected' | 'withdrawn'} CancellationStatus */
/** @typedef {'original_payment' | 'store_credit'} RefundMethod */

/** Money in minor units, so fees and refunds add up exactly; serialized as a decimal string. */
/** @typedef {{ cents: number, currency: string }} Price */

/**
 * What cancelling an eSIM would mean when nothing else (an open request, a completed one) overrides it.
 * @typedef {object} Policy
 * @property {'instant' | 'review' | 'none'} mode
 * @property {IneligibleReason} [ineligibleReason] set when mode is 'none'
 * @property {number | null} deadline last moment a request is accepted (epoch ms)
 * @property {RefundMethod} refundMethod
 * @property {Price} price what the customer paid
 * @property {boolean} removeWhenCancelled the provider deletes returned eSIMs, so reads answer 404
 * @property {string} policyUrl
 */

/**
 * @typedef {object} EsimRecord
 * @property {number} seq position in the list order; cursors point at it, so removals never shift a page
 * @property {string} id
 * @property {string} iccid
 * @property {string | null} nickname
 * @property {string} planName
 * @property {{ code: string, name: string }} [region]
 * @property {EsimStatus} status
 * @property {InstallState} installState
 * @property {{ usedBytes: number, totalBytes: number | null, updatedAt: number }} [data]
 * @property {number} purchasedAt
 * @property {number | null} activatedAt
 * @property {number | null} expiresAt
 * @property {{ make?: string, model?: string }} [device]
 * @property {Policy} policy
 * @property {string | null} openRequestId
 * @property {EsimStatus | null} statusBeforeRequest restored when a request is withdrawn or rejected
 * @property {number | null} [withdrawalUntil] end of the statutory withdrawal period (EU: 14 days from purchase)
 */

/**
 * Why a review ended in rejection; turned into text in the reader's language when served.
 * @typedef {{ kind: 'data_limit', usedBytes: number } | { kind: 'policy' } | { kind: 'text', text: string }} Rejection
 */

/**
 * @typedef {object} CancellationRecord
 * @property {string} id
 * @property {string} reference
 * @property {string} esimId
 * @property {CancellationStatus} status
 * @property {'instant' | 'review'} mode
 * @property {string} reason
 * @property {string | null} note
 * @property {string} contactEmail
 * @property {Price} fee
 * @property {Price} refund
 * @property {RefundMethod} refundMethod
 * @property {number} createdAt
 * @property {number} updatedAt
 * @property {number | null} expectedDecisionBy
 * @property {Rejection | null} rejection
 * @property {number | null} nextStepAt when the review moves on; null once decided, or for a request held open
 */

/** @typedef {{ esims: EsimRecord[], cancellations: CancellationRecord[] }} SeedData */

/** Gigabytes as eSIM plans are sold and the contract counts them: 1 GB = 1024³ bytes. */
export const GB = 1024 ** 3;
export const MB = 1024 ** 2;
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
