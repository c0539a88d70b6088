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
  'redirect',
  'endless',
  'unreadableDate',
  'hostile',
]);

/** @typedef {typeof FAULT_KINDS[number]} FaultKind */

/**
 * @typedef {object} Fault
 * @property {string} path contract path glob: `*` is one segment, `**` any number, `*` alone everything
 * @property {string} method an HTTP method or `*`
 * @property {FaultKind} kind
 * @property {number} remaining requests still to fail
 * @property {number} delayMs for delay, slow and endless
 * @property {number | string} retryAfter for 429: seconds, or the header's text as sent (`-5`, `soon`, an HTTP date)
 * @property {string} existingRequestId for 409
 */

/** Long enough to trip any client timeout. */
const DEFAULT_DELAY_MS = 30_000;
const DEFAULT_SLOW_MS = 1_500;
/** An `endless` body stalls longer than any client should wait (the contract's bound is 20 s). */
const ENDLESS_MS = 60_000;

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
  // Any number or text: clients must cope with whatever a server sends (0, -5, "soon", a past date).
  if (typeof retryAfter !== 'number' && typeof retryAfter !== 'string') {
    throw validationError({ retryAfter: () => 'Seconds, or the header text to send.' });
  }
  if (existingRequestId !== undefined && typeof existingRequestId !== 'string') {
    throw validationError({ existingRequestId: () => 'A cancellation id.' });
  }
  return {
    path,
    method: method.toUpperCase(),
    kind: faultKind,
    remaining: Number(count),
    delayMs:
      typeof delayMs === 'number'
        ? delayMs
        : faultKind === 'slow'
          ? DEFAULT_SLOW_MS
          : faultKind === 'endless'
            ? ENDLESS_MS
            : DEFAULT_DELAY_MS,
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
 * The canned failure of a fault that answers instead of the real handler. `drop`, `delay`, `slow`,
 * `lostResponse` and `endless` change how the real answer is delivered, and `unreadableDate` changes
 * the real answer, so they have none (null).
 * @param {Fault} fault
 * @param {string} path
 * @param {string} elsewhere the request's URL on another origin, where `redirect` sends the client
 * @returns {Reply | ApiError | null}
 */
export function faultOutcome(fault, path, elsewhere) {
  switch (fault.kind) {
    case 'drop':
    case 'delay':
    case 'slow':
    case 'lostResponse':
    case 'endless':
    case 'unreadableDate':
      return null;
    case 'redirect':
      // 307 keeps the method and body: a client that follows it re-sends a POST (email,
      // Idempotency-Key, token) to the other origin, which is what the contract forbids.
      return { status: 307, headers: { Location: elsewhere }, body: '' };
    case 'hostile':
      return jsonReply(200, hostileAnswer(path));
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
      return new ApiError(404, 'not_found', (m) => (path.startsWith('/cancellations') ? m.notFoundCancellation : m.notFoundEsim));
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

/**
 * The start of a body that never ends: `endless` sends the headers and this, then nothing more until
 * the client gives up.
 */
export const ENDLESS_BODY_START = '{"items": [';

/** A date `Date` cannot read although it looks like ISO 8601: an offset without minutes. */
export const UNREADABLE_DATE = '2026-11-25T10:00:00+08';

/**
 * `unreadableDate`: the real answer with one date `Date` cannot read, in the first list item (the
 * rest of the page stays valid) or in the single resource.
 * @param {Reply} reply
 * @returns {Reply}
 */
export function withUnreadableDate(reply) {
  if (reply.status !== 200) return reply;
  const json = JSON.parse(reply.body);
  const target = Array.isArray(json.items) ? json.items[0] : json;
  if (isRecord(target)) target[target.createdAt ? 'createdAt' : 'expiresAt'] = UNREADABLE_DATE;
  return { ...reply, body: JSON.stringify(json) };
}

/** Text a backend may send that is valid by the contract and hostile to a page. */
export const HOSTILE_TEXT = Object.freeze({
  /** Right-to-left override: without isolation it reverses the text after it, "(ending 1234)" included. */
  bidi: '\u202eMum\u2019s phone 9876',
  /** A stray isolate terminator, to close an isolate early. */
  strayPdi: 'Work \u2069\u202e 5555',
  zeroWidth: 'Ja\u200bpan\u200d 10\u200c GB\ufeff',
  combining: 'Z\u0351\u0352\u0353a\u0354\u0355\u0356l\u0357\u0358\u0359g\u035a\u035b\u035co',
  /** 10,000 characters without a break opportunity. */
  long: 'X'.repeat(10_000),
  arabic: 'شريحة العمل',
});

/** Money and dates at the contract's edges. */
export const HOSTILE_VALUES = Object.freeze({
  hugeAmount: '12345678901234567890.12',
  zeroDecimal: { amount: '1500.50', currency: 'JPY' },
  farFuture: '9999-12-31T23:59:59Z',
  farPast: '1970-01-01T00:00:00Z',
});

/**
 * An eSIM with hostile but valid data in every text, and zero or over-full data use.
 * @param {number} index
 */
function hostileEsim(index) {
  const texts = Object.values(HOSTILE_TEXT);
  const text = texts[index % texts.length];
  return {
    id: `esim-hostile-${index}`,
    iccid: `898824700000000${String(1000 + index)}`,
    nickname: text,
    // An embedding opened and never closed: it would run on into "(ending …)" and the status.
    planName: `\u202b${HOSTILE_TEXT.long} ${HOSTILE_TEXT.combining}`,
    region: { code: 'XX', name: index % 2 ? HOSTILE_TEXT.arabic : HOSTILE_TEXT.long },
    status: 'ready',
    installState: 'not_installed',
    data:
      index % 2
        ? { usedBytes: 50 * 1024 ** 3, totalBytes: 10 * 1024 ** 3, updatedAt: HOSTILE_VALUES.farPast }
        : { usedBytes: 0, totalBytes: 0, updatedAt: HOSTILE_VALUES.farFuture },
    purchasedAt: HOSTILE_VALUES.farPast,
    activatedAt: null,
    expiresAt: index % 2 ? HOSTILE_VALUES.farPast : HOSTILE_VALUES.farFuture,
    device: { make: HOSTILE_TEXT.zeroWidth, model: HOSTILE_TEXT.long },
    cancellation: { eligible: true, mode: 'instant', deadline: HOSTILE_VALUES.farFuture, openRequestId: null },
  };
}

/** How many eSIMs the `hostile` list has: one per hostile text. */
export const HOSTILE_LIST_SIZE = Object.keys(HOSTILE_TEXT).length;

/**
 * `hostile`: the list, an eSIM or its quote, with hostile but valid data throughout.
 * @param {string} path
 */
function hostileAnswer(path) {
  const [, esims, id, sub] = path.split('/');
  if (esims !== 'esims') return { error: 'hostile answers exist for /esims paths only' };
  const index = Number(/\d+$/.exec(id ?? '')?.[0] ?? 0);
  if (!id) return { items: Array.from({ length: HOSTILE_LIST_SIZE }, (_, i) => hostileEsim(i)), nextCursor: null };
  if (!sub) return hostileEsim(index);
  return {
    esimId: id,
    quoteId: `quote-${id}`,
    expiresAt: HOSTILE_VALUES.farFuture,
    eligible: true,
    mode: 'instant',
    fee: HOSTILE_VALUES.zeroDecimal,
    refund: { amount: HOSTILE_VALUES.hugeAmount, currency: 'USD' },
    refundMethod: 'original_payment',
    effective: 'immediately',
    warnings: ['irreversible', 'data_forfeited'],
    policyUrl: null,
  };
}
