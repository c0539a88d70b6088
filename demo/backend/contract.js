// The contract's endpoints (backend-contract.md) and the steps every request goes through:
// route → auth → Idempotency-Key → handler. Handlers throw ApiError for contract errors; http.js
// turns those into error bodies.

import { matchesDemoAccount, sessionCookie, tokenFrom } from './auth.js';
import { iso } from './format.js';
import { requestFingerprint } from './idempotency.js';
import { ApiError, jsonReply } from './reply.js';
import { declarationJson, declare, parseDeclarationRequest } from './declarations.js';
import { cancellationJson, esimJson } from './serialize.js';
import { DEFAULT_PAGE_SIZE, isEsimStatus, MAX_PAGE_SIZE } from './store.js';
import { parseCancellationRequest, parsePasswordResetRequest, parseSessionRequest, validationError } from './validation.js';

/** @typedef {import('./reply.js').Reply} Reply */
/** @typedef {import('./messages.js').Messages} Messages */
/** @typedef {import('./tenant.js').Tenant} Tenant */

/**
 * @typedef {object} ContractRequest
 * @property {Tenant} tenant
 * @property {string} method upper case
 * @property {string} path contract path, e.g. `/esims/esim-jp-01`
 * @property {URLSearchParams} query
 * @property {string} body raw request body
 * @property {(name: string) => string | undefined} header lower-case name
 * @property {Messages} messages
 */

/**
 * @typedef {object} Route
 * @property {'GET' | 'POST'} method
 * @property {string} pattern `:name` segments are parameters
 * @property {boolean} [public] answered without a session even when the tenant requires one
 * @property {boolean} [idempotent] requires Idempotency-Key and replays stored responses
 * @property {(request: ContractRequest, params: Record<string, string>, body: unknown) => Reply} handle
 */

/** @type {Route[]} */
const ROUTES = [
  {
    method: 'GET',
    pattern: '/esims',
    handle: ({ tenant, query }) => {
      const { store } = tenant.state;
      const page = store.list(listQuery(query));
      const now = store.now();
      return jsonReply(200, { items: page.items.map((esim) => esimJson(esim, now)), nextCursor: page.nextCursor });
    },
  },
  {
    method: 'GET',
    pattern: '/esims/:esimId',
    handle: ({ tenant }, { esimId = '' }) => {
      const { store } = tenant.state;
      return jsonReply(200, esimJson(store.esim(esimId), store.now()));
    },
  },
  {
    method: 'GET',
    pattern: '/esims/:esimId/cancellation-quote',
    handle: ({ tenant }, { esimId = '' }) => jsonReply(200, tenant.state.store.quote(esimId)),
  },
  {
    method: 'POST',
    pattern: '/esims/:esimId/cancellations',
    idempotent: true,
    handle: ({ tenant, messages }, { esimId = '' }, body) => {
      const { store } = tenant.state;
      // 404 before 422: a form can't fix a missing eSIM.
      store.esim(esimId);
      const cancellation = store.submit(esimId, parseCancellationRequest(body));
      return jsonReply(cancellation.mode === 'instant' ? 201 : 202, cancellationJson(cancellation, messages));
    },
  },
  {
    method: 'GET',
    pattern: '/cancellations/:cancellationId',
    handle: ({ tenant, messages }, { cancellationId = '' }) =>
      jsonReply(200, cancellationJson(tenant.state.store.cancellation(cancellationId), messages)),
  },
  {
    method: 'POST',
    pattern: '/cancellations/:cancellationId/withdraw',
    idempotent: true,
    handle: ({ tenant, messages }, { cancellationId = '' }) =>
      jsonReply(200, cancellationJson(tenant.state.store.withdraw(cancellationId), messages)),
  },
  {
    method: 'POST',
    pattern: '/cancellation-declarations',
    // No sign-in (BGB §312k, the EU withdrawal function): the reseller matches it to the contract.
    public: true,
    idempotent: true,
    handle: ({ tenant, messages }, _params, body) => {
      const now = tenant.state.clock.now();
      const { record, mail } = declare(parseDeclarationRequest(body, now), now, messages);
      tenant.state.declarations.push(record);
      tenant.state.outbox.push(mail);
      return jsonReply(202, declarationJson(record));
    },
  },
  {
    method: 'POST',
    pattern: '/session',
    public: true,
    handle: ({ tenant }, _params, body) => {
      const { email, password } = parseSessionRequest(body);
      if (!matchesDemoAccount(email, password)) {
        throw new ApiError(401, 'unauthenticated', (m) => m.badCredentials);
      }
      const { sessions, clock } = tenant.state;
      const { token, expiresAt } = sessions.issue(clock.now());
      return jsonReply(200, { token, expiresAt: iso(expiresAt) }, { 'Set-Cookie': sessionCookie(token, tenant.base) });
    },
  },
  {
    method: 'POST',
    pattern: '/password-reset',
    public: true,
    // 202 whatever the address, so the endpoint can't be used to find out who has an account.
    handle: (_request, _params, body) => {
      parsePasswordResetRequest(body);
      return jsonReply(202, {});
    },
  },
];

/**
 * Answers a contract request (faults aside, which http.js applies around this).
 * @param {ContractRequest} request
 * @returns {Reply}
 */
export function answerContract(request) {
  const { tenant, method, path, header } = request;
  const match = matchRoute(method, path);
  if (!match) throw new ApiError(404, 'not_found', (m) => m.notFoundRoute);
  const { route, params } = match;
  const { settings, sessions, clock, idempotency } = tenant.state;
  if (settings.requireAuth && !route.public) {
    const token = tokenFrom(header('authorization'), header('cookie'));
    if (!sessions.isValid(token, clock.now())) {
      throw new ApiError(401, 'unauthenticated', (m) => m.unauthenticated, {
        headers: { 'WWW-Authenticate': 'Bearer realm="esim-demo"' },
      });
    }
  }
  if (!route.idempotent) return route.handle(request, params, route.method === 'POST' ? parseBody(request.body) : undefined);

  const key = header('idempotency-key');
  if (!key) throw validationError({ 'Idempotency-Key': (m) => m.field.headerRequired });
  const body = parseBody(request.body);
  const fingerprint = requestFingerprint(method, path, body);
  const previous = idempotency.lookup(key, fingerprint, clock.now());
  if (previous.kind === 'replay') {
    return { ...previous.reply, headers: { ...previous.reply.headers, 'Idempotent-Replayed': 'true' } };
  }
  if (previous.kind === 'mismatch') {
    throw new ApiError(409, 'idempotency_mismatch', (m) => m.idempotencyMismatch);
  }
  const reply = route.handle(request, params, body);
  idempotency.save(key, fingerprint, reply, clock.now());
  return reply;
}

/**
 * @param {string} method
 * @param {string} path
 * @returns {{ route: Route, params: Record<string, string> } | null}
 */
function matchRoute(method, path) {
  const segments = path.split('/').filter(Boolean);
  for (const route of ROUTES) {
    if (route.method !== method) continue;
    const parts = route.pattern.split('/').filter(Boolean);
    if (parts.length !== segments.length) continue;
    /** @type {Record<string, string>} */
    const params = {};
    const matches = parts.every((part, i) => {
      const segment = /** @type {string} */ (segments[i]);
      if (!part.startsWith(':')) return part === segment;
      const value = decodeSegment(segment);
      if (value === null) return false;
      params[part.slice(1)] = value;
      return true;
    });
    if (matches) return { route, params };
  }
  return null;
}

/** @param {string} segment */
function decodeSegment(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/**
 * An empty body is `undefined` (withdraw sends none); anything else must be JSON.
 * @param {string} raw
 * @returns {unknown}
 */
function parseBody(raw) {
  if (raw.trim() === '') return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    throw validationError({ body: (m) => m.field.invalidJson });
  }
}

/**
 * `?cursor=&limit=&status=`: empty parameters count as absent; limits above the maximum are capped
 * (the contract lets a backend cap the page size).
 * @param {URLSearchParams} query
 */
function listQuery(query) {
  const cursor = query.get('cursor') || null;
  const limitText = query.get('limit') || '';
  const status = query.get('status') || null;
  const limit = limitText === '' ? DEFAULT_PAGE_SIZE : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1) throw validationError({ limit: (m) => m.field.invalidLimit });
  if (status !== null && !isEsimStatus(status)) throw validationError({ status: (m) => m.field.invalidStatus });
  return { cursor, limit: Math.min(limit, MAX_PAGE_SIZE), status };
}
