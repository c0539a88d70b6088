// CORS with credentials, for hosts that call the backend from another origin (the demo page on the
// Vite port, the backend standalone on its own). Pure, so the browser tests can check it directly.

export const ALLOWED_METHODS = 'GET, POST, OPTIONS';
/** The control endpoints also take DELETE (clearing faults) from a demo page on another origin. */
export const CONTROL_METHODS = 'GET, POST, DELETE, OPTIONS';
export const ALLOWED_HEADERS = 'Authorization, Content-Type, Idempotency-Key, Accept-Language';
/** Headers a cross-origin page may read: Retry-After drives the 429 wait. */
export const EXPOSED_HEADERS = 'Retry-After, X-Request-Id, Idempotent-Replayed';
export const PREFLIGHT_MAX_AGE = '600';

/**
 * @typedef {object} CorsRequest
 * @property {string | undefined} origin the Origin header
 * @property {string[] | '*'} allowedOrigins `*` reflects any origin (the demo default)
 * @property {boolean} preflight an OPTIONS request
 * @property {string} [methods] what a preflight allows; the contract's methods unless told
 */

/**
 * CORS response headers. The origin is reflected rather than answered with `*`, because browsers
 * refuse `*` on requests with credentials (cookies).
 * @param {CorsRequest} request
 * @returns {Record<string, string>}
 */
export function corsHeaders({ origin, allowedOrigins, preflight, methods = ALLOWED_METHODS }) {
  /** @type {Record<string, string>} */
  const headers = { Vary: 'Origin' };
  const allowed = origin !== undefined && (allowedOrigins === '*' || allowedOrigins.includes(origin));
  if (allowed) {
    headers['Access-Control-Allow-Origin'] = origin;
    headers['Access-Control-Allow-Credentials'] = 'true';
    headers['Access-Control-Expose-Headers'] = EXPOSED_HEADERS;
  }
  if (preflight && allowed) {
    headers['Access-Control-Allow-Methods'] = methods;
    headers['Access-Control-Allow-Headers'] = ALLOWED_HEADERS;
    headers['Access-Control-Max-Age'] = PREFLIGHT_MAX_AGE;
  }
  return headers;
}
