// Request body checks with per-field messages, the shape `validation_failed` promises in `details`.

import { ApiError } from './reply.js';

/** @typedef {import('./reply.js').Text} Text */
/** @typedef {{ reason: string, note: string | null, contactEmail: string, quoteId: string | null }} CancellationRequest */

/** The pattern zod's `z.email()` uses, so the backend and the elements agree on what an email is. */
const EMAIL = /^(?!\.)(?!.*\.\.)([A-Za-z0-9_'+\-.]*)[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;
const NOTE_MAX_LENGTH = 1000;

/**
 * @param {unknown} value
 * @returns {value is Record<string, unknown>}
 */
export function isRecord(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** @param {unknown} value */
export function isEmail(value) {
  return typeof value === 'string' && EMAIL.test(value);
}

/** @param {Record<string, Text>} details */
export function validationError(details) {
  return new ApiError(422, 'validation_failed', (m) => m.validationFailed, { details });
}

/** @param {Record<string, Text>} details */
function assertNoErrors(details) {
  if (Object.keys(details).length > 0) throw validationError(details);
}

/**
 * @param {unknown} body
 * @returns {Record<string, unknown>}
 */
function requireObject(body) {
  if (!isRecord(body)) throw validationError({ body: (m) => m.field.invalidJson });
  return body;
}

/**
 * `POST /esims/{id}/cancellations`: reason, contactEmail and acknowledged are required; "other" needs a note.
 * @param {unknown} input
 * @returns {CancellationRequest}
 */
export function parseCancellationRequest(input) {
  const body = requireObject(input);
  /** @type {Record<string, Text>} */
  const details = {};
  const { reason, note, contactEmail, quoteId, acknowledged } = body;
  if (typeof reason !== 'string' || reason.trim() === '') details.reason = (m) => m.field.required;
  if (note !== undefined && note !== null && typeof note !== 'string') details.note = (m) => m.field.required;
  if (typeof note === 'string' && note.length > NOTE_MAX_LENGTH) details.note = (m) => m.field.noteTooLong;
  if (reason === 'other' && (typeof note !== 'string' || note.trim() === '')) {
    details.note = (m) => m.field.noteRequiredForOther;
  }
  if (contactEmail === undefined || contactEmail === '') details.contactEmail = (m) => m.field.required;
  else if (!isEmail(contactEmail)) details.contactEmail = (m) => m.field.email;
  if (acknowledged !== true) details.acknowledged = (m) => m.field.acknowledged;
  if (quoteId !== undefined && typeof quoteId !== 'string') details.quoteId = (m) => m.field.required;
  assertNoErrors(details);
  return {
    reason: String(reason),
    note: typeof note === 'string' ? note : null,
    contactEmail: String(contactEmail),
    quoteId: typeof quoteId === 'string' ? quoteId : null,
  };
}

/**
 * `POST /session`
 * @param {unknown} input
 */
export function parseSessionRequest(input) {
  const body = requireObject(input);
  /** @type {Record<string, Text>} */
  const details = {};
  if (body.email === undefined || body.email === '') details.email = (m) => m.field.required;
  else if (!isEmail(body.email)) details.email = (m) => m.field.email;
  if (typeof body.password !== 'string' || body.password === '') details.password = (m) => m.field.required;
  assertNoErrors(details);
  return { email: String(body.email), password: String(body.password) };
}

/**
 * `POST /password-reset`
 * @param {unknown} input
 */
export function parsePasswordResetRequest(input) {
  const body = requireObject(input);
  if (body.email === undefined || body.email === '') throw validationError({ email: (m) => m.field.required });
  if (!isEmail(body.email)) throw validationError({ email: (m) => m.field.email });
  return { email: String(body.email) };
}
