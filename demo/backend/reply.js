// Responses as plain values: handlers return them, the idempotency store keeps them byte for byte,
// and only http.js writes them to a socket. That keeps everything but http.js free of Node.

/** @typedef {import('./messages.js').Messages} Messages */
/** @typedef {{ status: number, headers: Record<string, string>, body: string }} Reply */
/** A text in the reader's language, resolved when the response is written. */
/** @typedef {(m: Messages) => string} Text */
/**
 * @typedef {'unauthenticated' | 'forbidden' | 'not_found' | 'not_eligible' | 'duplicate_request'
 *   | 'idempotency_mismatch' | 'already_cancelled' | 'validation_failed' | 'rate_limited'
 *   | 'upstream_unavailable' | 'internal'} ErrorCode
 */

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/**
 * @param {number} status
 * @param {unknown} value
 * @param {Record<string, string>} [headers]
 * @returns {Reply}
 */
export function jsonReply(status, value, headers = {}) {
  return { status, headers: { 'Content-Type': JSON_CONTENT_TYPE, ...headers }, body: JSON.stringify(value) };
}

/**
 * @typedef {object} ApiErrorExtra
 * @property {Record<string, Text>} [details] per-field messages (validation_failed)
 * @property {string} [existingRequestId] the open request (duplicate_request)
 * @property {boolean} [retryable]
 * @property {Record<string, string>} [headers] e.g. Retry-After
 */

/** A contract error: thrown by the domain code, turned into the contract's error body by {@link errorReply}. */
export class ApiError extends Error {
  /**
   * @param {number} status
   * @param {ErrorCode} code
   * @param {Text} text
   * @param {ApiErrorExtra} [extra]
   */
  constructor(status, code, text, extra = {}) {
    super(code);
    this.status = status;
    this.code = code;
    this.text = text;
    this.extra = extra;
  }
}

/**
 * @param {ApiError} error
 * @param {Messages} messages
 * @param {string} requestId
 * @param {(text: string) => string} [decorate] lets the XSS seed put payloads into error texts too
 * @returns {Reply}
 */
export function errorReply(error, messages, requestId, decorate = (text) => text) {
  const { details, existingRequestId, retryable, headers } = error.extra;
  const body = {
    code: error.code,
    message: decorate(error.text(messages)),
    ...(retryable === undefined ? {} : { retryable }),
    ...(details ? { details: Object.fromEntries(Object.entries(details).map(([field, text]) => [field, decorate(text(messages))])) } : {}),
    ...(existingRequestId === undefined ? {} : { existingRequestId }),
    requestId,
  };
  return jsonReply(error.status, { error: body }, headers);
}
