// Cancellation and withdrawal declarations made without signing in (`POST /cancellation-declarations`,
// for <esim-cancel-declaration>): validation, the record, and the text-form confirmation email the
// backend owes the customer at once, kept in an outbox the demo and the tests read
// (`GET {tenantBase}/__control/outbox`) instead of being sent.

import { iso } from './format.js';
import { randomId } from './ids.js';
import { isEmail, isRecord, validationError } from './validation.js';

/** @typedef {import('./reply.js').Text} Text */
/** @typedef {import('./messages.js').Messages} Messages */

/**
 * @typedef {object} DeclarationRequest
 * @property {'cancellation' | 'withdrawal'} kind
 * @property {string} name
 * @property {string} email
 * @property {string | null} iccid
 * @property {string | null} orderReference
 * @property {boolean | null} extraordinary
 * @property {string | null} reason
 * @property {'asap' | 'date'} effective
 * @property {string | null} effectiveDate
 */

/** @typedef {DeclarationRequest & { id: string, reference: string, receivedAt: number }} DeclarationRecord */
/** @typedef {{ to: string, subject: string, text: string, declarationId: string, sentAt: string }} OutboxMail */

/** The contract's limits (src/api/limits.ts): names and order references, and the reason (a note). */
const FIELD_MAX = 200;
const REASON_MAX = 1000;

/** A day as `YYYY-MM-DD`, or a date-time with an offset; both name a moment `Date` can read. */
const DATE = /^\d{4}-\d\d-\d\d([Tt ]\d\d:\d\d(:\d\d(\.\d+)?)?([Zz]|[+-]\d\d:?\d\d))?$/;

/**
 * @param {unknown} value
 * @returns {value is string}
 */
const nonBlank = (value) => typeof value === 'string' && value.trim() !== '';

/**
 * `POST /cancellation-declarations`: one of iccid / orderReference is required; a date only (and
 * always) with `effective: "date"`, from today on (UTC).
 * @param {unknown} input
 * @param {number} now
 * @returns {DeclarationRequest}
 */
export function parseDeclarationRequest(input, now) {
  if (!isRecord(input)) throw validationError({ body: (m) => m.field.invalidJson });
  const { kind, name, email, iccid, orderReference, extraordinary, reason, effective, effectiveDate } = input;
  /** @type {Record<string, Text>} */
  const details = {};
  if (kind !== 'cancellation' && kind !== 'withdrawal') details.kind = (m) => m.field.oneOf;
  if (!nonBlank(name)) details.name = (m) => m.field.required;
  else if (name.length > FIELD_MAX) details.name = (m) => m.field.tooLong;
  if (email === undefined || email === '') details.email = (m) => m.field.required;
  else if (!isEmail(email)) details.email = (m) => m.field.email;
  if (iccid !== undefined && iccid !== null && !(typeof iccid === 'string' && /^\d{18,22}$/.test(iccid))) {
    details.iccid = (m) => m.field.iccid;
  }
  if (orderReference !== undefined && orderReference !== null) {
    if (!nonBlank(orderReference)) details.orderReference = (m) => m.field.required;
    else if (orderReference.length > FIELD_MAX) details.orderReference = (m) => m.field.tooLong;
  }
  if (!nonBlank(iccid) && !nonBlank(orderReference) && !details.iccid && !details.orderReference) {
    details.iccid = (m) => m.field.contract;
  }
  if (extraordinary !== undefined && extraordinary !== null && typeof extraordinary !== 'boolean')
    details.extraordinary = (m) => m.field.oneOf;
  if (reason !== undefined && reason !== null && typeof reason !== 'string') details.reason = (m) => m.field.required;
  else if (typeof reason === 'string' && reason.length > REASON_MAX) details.reason = (m) => m.field.noteTooLong;
  if (effective !== 'asap' && effective !== 'date') details.effective = (m) => m.field.oneOf;
  if (effective === 'date') {
    const today = iso(now).slice(0, 10);
    const valid = typeof effectiveDate === 'string' && DATE.test(effectiveDate) && !Number.isNaN(Date.parse(effectiveDate));
    if (!valid || effectiveDate.slice(0, 10) < today) details.effectiveDate = (m) => m.field.dateFromToday;
  }
  if (Object.keys(details).length > 0) throw validationError(details);
  return {
    kind: /** @type {'cancellation' | 'withdrawal'} */ (kind),
    name: String(name).trim(),
    email: String(email),
    iccid: nonBlank(iccid) ? iccid : null,
    orderReference: nonBlank(orderReference) ? orderReference.trim() : null,
    extraordinary: typeof extraordinary === 'boolean' ? extraordinary : null,
    reason: nonBlank(reason) ? reason : null,
    effective: /** @type {'asap' | 'date'} */ (effective),
    effectiveDate: effective === 'date' ? String(effectiveDate) : null,
  };
}

/** A reference customers can read out on the phone (no I or O). */
function declarationReference() {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `DCL-${Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join('')}`;
}

/**
 * Records a declaration; the confirmation email goes to the outbox at once.
 * @param {DeclarationRequest} request
 * @param {number} now
 * @param {Messages} messages
 * @returns {{ record: DeclarationRecord, mail: OutboxMail }}
 */
export function declare(request, now, messages) {
  /** @type {DeclarationRecord} */
  const record = { ...request, id: randomId('dcl_'), reference: declarationReference(), receivedAt: now };
  const text = messages.declarationMail;
  const json = declarationJson(record);
  const lines = [
    text.greeting(record.name),
    '',
    text.received(record.kind),
    '',
    `${text.reference}: ${json.reference}`,
    `${text.kind}: ${text.kindValue(record.kind, record.extraordinary === true)}`,
    record.reason && `${text.reason}: ${record.reason}`,
    record.iccid && `ICCID: ${record.iccid}`,
    record.orderReference && `${text.orderReference}: ${record.orderReference}`,
    record.kind === 'cancellation' && `${text.effective}: ${record.effectiveDate ?? text.asap}`,
    `${text.receivedAt}: ${json.receivedAt}`,
  ].filter((line) => typeof line === 'string');
  return {
    record,
    mail: {
      to: record.email,
      subject: text.subject(record.kind, json.reference),
      text: lines.join('\n'),
      declarationId: record.id,
      sentAt: json.receivedAt,
    },
  };
}

/**
 * The contract's `Declaration`: optional fields only when given.
 * @param {DeclarationRecord} record
 */
export function declarationJson(record) {
  return {
    id: record.id,
    reference: record.reference,
    kind: record.kind,
    receivedAt: iso(record.receivedAt),
    name: record.name,
    email: record.email,
    ...(record.iccid ? { iccid: record.iccid } : {}),
    ...(record.orderReference ? { orderReference: record.orderReference } : {}),
    ...(record.extraordinary !== null ? { extraordinary: record.extraordinary } : {}),
    ...(record.reason ? { reason: record.reason } : {}),
    effective: record.effective,
    ...(record.effectiveDate ? { effectiveDate: record.effectiveDate } : {}),
    confirmationSentTo: record.email,
  };
}
