// Fault injection: the next `count` requests matching a path glob and a method fail in a chosen way,
// so the elements' error handling can be tested against every failure the quality bar lists.

import { ApiError, JSON_CONTENT_TYPE, jsonReply } from './reply.js';
import { SEED_IDS } from './seed.js';
import { isRecord, validationError } from './validation.js';

/** @typedef {import('./reply.js').Reply} Reply */

export const FAULT_KINDS = /** @type {const} */ ([
  'drop',
  'delay',
  'slow',
  'lostResponse',
  '500',
  'html502',
  '503',
  'malformed',
  'schema',
  '401',
  '403',
  '404',
  '409',
  '422',
  '429',
]);

/** @typedef {typeof FAULT_KINDS[number]} FaultKind */

/**
 * @typedef {object} Fault
 * @property {string} path contract path glob: `*` is one segment, `**` any number, `*` alone everything
 * @property {string} method an HTTP method or `*`
 * @property {FaultKind} kind
 * @property {number} remaining requests still to fail
 * @property {number} delayMs for delay and slow
 * @property {number} retryAfter seconds, for 429
 * @property {string} existingRequestId for 409
 */

/** Long enough to trip any client timeout. */
const DEFAULT_DELAY_MS = 30_000;
const DEFAULT_SLOW_MS = 1_500;

export class FaultQueue {
  constructor() {
    /** @type {Fault[]} */
    this.faults = [];
  }

  /** @param {Fault} fault */
  add(fault) {
    this.faults.push(fault);
  }

  /**
   * The first fault matching the request, counted as used.
   * @param {string} method
   * @param {string} path
   * @returns {Fault | null}
   */
  take(method, path) {
    const fault = this.faults.find(
      (candidate) => (candidate.method === '*' || candidate.method === method) && pathMatches(candidate.path, path),
    );
    if (!fault) return null;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.faults = this.faults.filter((other) => other !== fault);
    return fault;
  }

  clear() {
    this.faults = [];
  }
}

/**
 * @param {string} pattern
 * @param {string} path
 */
function pathMatches(pattern, path) {
  if (pattern === '*') return true;
  /** @param {string} p */
  const segments = (p) => p.split('/').filter(Boolean);
  return matchSegments(segments(pattern), segments(path));
}

/**
 * @param {string[]} pattern
 * @param {string[]} path
 * @returns {boolean}
 */
function matchSegments(pattern, path) {
  const [head, ...rest] = pattern;
  if (head === undefined) return path.length === 0;
  if (head === '**') return path.some((_, i) => matchSegments(rest, path.slice(i))) || matchSegments(rest, []);
  const [segment, ...others] = path;
  return segment !== undefined && (head === '*' || head === segment) && matchSegments(rest, others);
}

/**
 * Validates a `POST __control/faults` body.
 * @param {unknown} body
 * @returns {Fault}
 */
export function parseFault(body) {
  if (!isRecord(body)) throw validationError({ body: () => 'Send a JSON object.' });
  const { path, method = '*', kind, count = 1, delayMs, retryAfter = 1, existingRequestId } = body;
  const kinds = FAULT_KINDS.join(', ');
  if (typeof path !== 'string' || path === '') throw validationError({ path: () => 'A contract path glob, e.g. "/esims/*".' });
  if (typeof method !== 'string') throw validationError({ method: () => 'GET, POST or *.' });
  const faultKind = FAULT_KINDS.find((k) => k === kind);
  if (!faultKind) throw validationError({ kind: () => `One of ${kinds}.` });
  if (!Number.isInteger(count) || Number(count) < 1) throw validationError({ count: () => 'A whole number ≥ 1.' });
  if (delayMs !== undefined && (typeof delayMs !== 'number' || delayMs < 0)) {
    throw validationError({ delayMs: () => 'Milliseconds ≥ 0.' });
  }
  if (typeof retryAfter !== 'number' || retryAfter < 0) throw validationError({ retryAfter: () => 'Seconds ≥ 0.' });
  if (existingRequestId !== undefined && typeof existingRequestId !== 'string') {
    throw validationError({ existingRequestId: () => 'A cancellation id.' });
  }
  return {
    path,
    method: method.toUpperCase(),
    kind: faultKind,
    remaining: Number(count),
    delayMs: typeof delayMs === 'number' ? delayMs : faultKind === 'slow' ? DEFAULT_SLOW_MS : DEFAULT_DELAY_MS,
    retryAfter,
    existingRequestId: existingRequestId ?? SEED_IDS.pendingCancellation,
  };
}

/** JSON cut off mid-way, as when a proxy or a crashing server truncates the body. */
const TRUNCATED_JSON = '{"items": [{"id": "esim-jp-01", "iccid": "89';

/** A body that is not JSON at all, the way a proxy error page arrives. */
const HTML_502 =
  '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>' +
  '<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>';

/**
 * The canned failure of a fault that answers instead of the real handler. `drop`, `delay`, `slow`
 * and `lostResponse` change how the real answer is delivered, so they have none (null).
 * @param {Fault} fault
 * @param {string} path
 * @returns {Reply | ApiError | null}
 */
export function faultOutcome(fault, path) {
  switch (fault.kind) {
    case 'drop':
    case 'delay':
    case 'slow':
    case 'lostResponse':
      return null;
    case '500':
      return new ApiError(500, 'internal', (m) => m.internal, { retryable: true });
    case 'html502':
      return { status: 502, headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: HTML_502 };
    case '503':
      return new ApiError(503, 'upstream_unavailable', (m) => m.upstreamUnavailable, { retryable: true });
    case 'malformed':
      return { status: 200, headers: { 'Content-Type': JSON_CONTENT_TYPE }, body: TRUNCATED_JSON };
    case 'schema':
      return jsonReply(200, schemaViolation(path));
    case '401':
      return new ApiError(401, 'unauthenticated', (m) => m.unauthenticated);
    case '403':
      return new ApiError(403, 'forbidden', (m) => m.forbidden);
    case '404':
      return new ApiError(404, 'not_found', (m) =>
        path.startsWith('/cancellations') ? m.notFoundCancellation : m.notFoundEsim,
      );
    case '409':
      return new ApiError(409, 'duplicate_request', (m) => m.duplicateRequest, {
        existingRequestId: fault.existingRequestId,
      });
    case '422':
      return new ApiError(422, 'validation_failed', (m) => m.validationFailed, {
        details: { contactEmail: (m) => m.field.email },
      });
    case '429':
      return new ApiError(429, 'rate_limited', (m) => m.rateLimited, {
        retryable: true,
        headers: { 'Retry-After': String(fault.retryAfter) },
      });
  }
}

/**
 * Well-formed JSON that breaks the contract where clients tend to trust it: a list item without an
 * ICCID, a status that is a number.
 * @param {string} path
 */
function schemaViolation(path) {
  if (path === '/esims') {
    return {
      items: [{ id: 'esim-broken', planName: 'Broken 1 GB', status: 'active', installState: 'installed', cancellation: {} }],
      nextCursor: null,
    };
  }
  return { id: 'broken', status: 3, esimId: null };
}
