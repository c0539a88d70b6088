// Test and demo controls under `{tenantBase}/__control/`: reset, clock, faults, request log, state,
// outbox (the confirmation emails of declarations).
// No auth: they exist for tests and for the demo's fault panel, never in a reseller's backend.

import { iso } from './format.js';
import { parseFault } from './faults.js';
import { messagesFor } from './messages.js';
import { ApiError, jsonReply } from './reply.js';
import { SEED_IDS, SEED_KINDS, XSS_SEED_IDS } from './seed.js';
import { cancellationJson, esimJson } from './serialize.js';
import { REVIEW_OUTCOMES } from './store.js';
import { isRecord, validationError } from './validation.js';

/** @typedef {import('./reply.js').Reply} Reply */
/** @typedef {import('./tenant.js').Tenant} Tenant */
/** @typedef {import('./tenant.js').TenantSettings} TenantSettings */

/**
 * @param {Tenant} tenant
 * @param {string} method
 * @param {string} action the path after `__control/`
 * @param {string} rawBody
 * @returns {Reply}
 */
export function answerControl(tenant, method, action, rawBody) {
  const body = parseControlBody(rawBody);
  switch (`${method} ${action}`) {
    case 'POST reset':
      tenant.reset(resetOptions(body));
      return jsonReply(200, { ...describe(tenant), seedIds: seedIdsOf(tenant.state.settings.seed) });
    case 'POST advance': {
      const ms = body.ms;
      if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) {
        throw validationError({ ms: () => 'Milliseconds to move the clock forward (≥ 0).' });
      }
      tenant.state.clock.advance(ms);
      tenant.state.store.tick();
      return jsonReply(200, { now: iso(tenant.state.clock.now()) });
    }
    case 'POST faults':
      tenant.state.faults.add(parseFault(body));
      return jsonReply(201, { faults: tenant.state.faults.faults });
    case 'DELETE faults':
      tenant.state.faults.clear();
      return jsonReply(200, { faults: [] });
    case 'POST expire-tokens':
      return jsonReply(200, { expired: tenant.state.sessions.expireAll() });
    case 'GET log':
      return jsonReply(200, { requests: tenant.state.log, cancellationsCreated: tenant.state.store.created });
    case 'GET outbox':
      return jsonReply(200, { mails: tenant.state.outbox });
    case 'GET state': {
      const { store } = tenant.state;
      store.tick();
      const now = store.now();
      const messages = messagesFor('en');
      return jsonReply(200, {
        ...describe(tenant),
        esims: store.order.map((esim) => esimJson(esim, now)),
        cancellations: [...store.cancellations.values()].map((c) => cancellationJson(c, messages)),
      });
    }
    default:
      throw new ApiError(404, 'not_found', (m) => m.notFoundRoute);
  }
}

/** @param {Tenant} tenant */
function describe(tenant) {
  return { ...tenant.state.settings, base: tenant.base, now: iso(tenant.state.clock.now()) };
}

/**
 * The ids tests refer to, so TypeScript tests need not import this JavaScript.
 * @param {import('./seed.js').SeedKind} seed
 */
function seedIdsOf(seed) {
  if (seed === 'default') return SEED_IDS;
  return seed === 'xss' ? XSS_SEED_IDS : null;
}

/**
 * @param {string} raw
 * @returns {Record<string, unknown>}
 */
function parseControlBody(raw) {
  if (raw.trim() === '') return {};
  try {
    const body = JSON.parse(raw);
    if (isRecord(body)) return body;
  } catch {
    // reported below
  }
  throw validationError({ body: () => 'Send a JSON object.' });
}

/**
 * @param {Record<string, unknown>} body
 * @returns {Partial<TenantSettings>}
 */
function resetOptions(body) {
  /** @type {Partial<TenantSettings>} */
  const options = {};
  const { seed, requireAuth, reviewPaceMs, manualClock, outcome } = body;
  if (seed !== undefined) {
    const kind = SEED_KINDS.find((k) => k === seed);
    if (!kind) throw validationError({ seed: () => `One of ${SEED_KINDS.join(', ')}.` });
    options.seed = kind;
  }
  if (outcome !== undefined) {
    const value = REVIEW_OUTCOMES.find((o) => o === outcome);
    if (!value) throw validationError({ outcome: () => `One of ${REVIEW_OUTCOMES.join(', ')}.` });
    options.outcome = value;
  }
  if (requireAuth !== undefined) {
    if (typeof requireAuth !== 'boolean') throw validationError({ requireAuth: () => 'true or false.' });
    options.requireAuth = requireAuth;
  }
  if (manualClock !== undefined) {
    if (typeof manualClock !== 'boolean') throw validationError({ manualClock: () => 'true or false.' });
    options.manualClock = manualClock;
  }
  if (reviewPaceMs !== undefined) {
    if (typeof reviewPaceMs !== 'number' || reviewPaceMs < 0) {
      throw validationError({ reviewPaceMs: () => 'Milliseconds per review step (≥ 0).' });
    }
    options.reviewPaceMs = reviewPaceMs;
  }
  return options;
}
