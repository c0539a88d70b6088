// Idempotency-Key records: same key and same request within 24 h → the stored response again (no
// second cancellation); same key with a different request → `idempotency_mismatch`.

import { DAY } from './model.js';

/** @typedef {import('./reply.js').Reply} Reply */
/** @typedef {{ fingerprint: string, reply: Reply, storedAt: number }} IdempotencyRecord */
/** @typedef {{ kind: 'new' } | { kind: 'replay', reply: Reply } | { kind: 'mismatch' }} IdempotencyLookup */

const RETENTION = DAY;

export class IdempotencyStore {
  constructor() {
    /** @type {Map<string, IdempotencyRecord>} */
    this.records = new Map();
  }

  /**
   * @param {string} key
   * @param {string} fingerprint from {@link requestFingerprint}
   * @param {number} now
   * @returns {IdempotencyLookup}
   */
  lookup(key, fingerprint, now) {
    const record = this.records.get(key);
    if (!record || now - record.storedAt > RETENTION) return { kind: 'new' };
    return record.fingerprint === fingerprint ? { kind: 'replay', reply: record.reply } : { kind: 'mismatch' };
  }

  /**
   * Only successes are stored: a failed request changed nothing, so a retry may run it again (and
   * should, when the failure was transient, like a 429 or a 500).
   * @param {string} key
   * @param {string} fingerprint
   * @param {Reply} reply
   * @param {number} now
   */
  save(key, fingerprint, reply, now) {
    if (reply.status >= 200 && reply.status < 300) this.records.set(key, { fingerprint, reply, storedAt: now });
  }
}

/**
 * What makes two requests "the same": method, path and body, with object keys sorted so that
 * `{"a":1,"b":2}` and `{"b":2,"a":1}` match.
 * @param {string} method
 * @param {string} path
 * @param {unknown} body
 */
export function requestFingerprint(method, path, body) {
  return `${method} ${path} ${JSON.stringify(canonical(body))}`;
}

/**
 * @param {unknown} value
 * @returns {unknown}
 */
function canonical(value) {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, item]) => [key, canonical(item)]),
    );
  }
  return value ?? null;
}
