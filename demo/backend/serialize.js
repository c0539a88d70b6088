// Records to the contract's JSON (`Esim`, `Cancellation`). Optional fields are left out rather than
// sent as undefined, as a hand-written backend would.

import { iso, isoOrNull, moneyJson } from './format.js';
import { cancellationInfo } from './terms.js';

/** @typedef {import('./model.js').EsimRecord} EsimRecord */
/** @typedef {import('./model.js').CancellationRecord} CancellationRecord */
/** @typedef {import('./model.js').Rejection} Rejection */
/** @typedef {import('./messages.js').Messages} Messages */

/**
 * @param {EsimRecord} esim
 * @param {number} now
 */
export function esimJson(esim, now) {
  const info = cancellationInfo(esim, now);
  return {
    id: esim.id,
    iccid: esim.iccid,
    nickname: esim.nickname,
    planName: esim.planName,
    ...(esim.region ? { region: esim.region } : {}),
    status: esim.status,
    installState: esim.installState,
    ...(esim.data ? { data: { ...esim.data, updatedAt: iso(esim.data.updatedAt) } } : {}),
    purchasedAt: iso(esim.purchasedAt),
    activatedAt: isoOrNull(esim.activatedAt),
    expiresAt: isoOrNull(esim.expiresAt),
    ...(esim.device ? { device: esim.device } : {}),
    withdrawal:
      esim.withdrawalUntil && esim.withdrawalUntil > now && esim.status !== 'cancelled' ? { until: iso(esim.withdrawalUntil) } : null,
    cancellation: {
      eligible: info.eligible,
      mode: info.mode,
      ...(info.ineligibleReason ? { ineligibleReason: info.ineligibleReason } : {}),
      deadline: isoOrNull(info.deadline),
      openRequestId: info.openRequestId,
    },
  };
}

/**
 * @param {Rejection} rejection
 * @param {Messages} messages
 */
function rejectionText(rejection, messages) {
  switch (rejection.kind) {
    case 'data_limit':
      return messages.rejection.dataLimit(rejection.usedBytes);
    case 'policy':
      return messages.rejection.policy;
    case 'text':
      return rejection.text;
  }
}

/**
 * @param {CancellationRecord} cancellation
 * @param {Messages} messages the rejection reason is written in the reader's language
 */
export function cancellationJson(cancellation, messages) {
  return {
    id: cancellation.id,
    reference: cancellation.reference,
    esimId: cancellation.esimId,
    status: cancellation.status,
    mode: cancellation.mode,
    reason: cancellation.reason,
    note: cancellation.note,
    contactEmail: cancellation.contactEmail,
    // A rejected or withdrawn request charges nothing and refunds nothing.
    ...(cancellation.status === 'rejected' || cancellation.status === 'withdrawn'
      ? {}
      : { fee: moneyJson(cancellation.fee), refund: moneyJson(cancellation.refund), refundMethod: cancellation.refundMethod }),
    createdAt: iso(cancellation.createdAt),
    updatedAt: iso(cancellation.updatedAt),
    expectedDecisionBy: isoOrNull(cancellation.expectedDecisionBy),
    rejectionReason: cancellation.rejection ? rejectionText(cancellation.rejection, messages) : null,
    withdrawable: cancellation.status === 'pending' || cancellation.status === 'processing',
  };
}
