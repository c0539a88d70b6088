// Tenants: isolated copies of the backend's state under `{basePath}/t/{tenantId}`, so tests running
// in parallel never see each other's cancellations, faults or clock.

import { Sessions } from './auth.js';
import { Clock } from './clock.js';
import { FaultQueue } from './faults.js';
import { IdempotencyStore } from './idempotency.js';
import { MINUTE } from './model.js';
import { EsimStore } from './store.js';

/** @typedef {import('./seed.js').SeedKind} SeedKind */
/** @typedef {import('./store.js').ReviewOutcome} ReviewOutcome */

/**
 * @typedef {object} TenantSettings
 * @property {SeedKind} seed
 * @property {boolean} requireAuth
 * @property {number} reviewPaceMs
 * @property {boolean} manualClock
 * @property {ReviewOutcome} outcome
 */

/**
 * @typedef {object} LogEntry
 * @property {string} method
 * @property {string} path contract path, without the query
 * @property {string} [idempotencyKey]
 * @property {number} status 0 when no response was sent (drop, lostResponse)
 * @property {string} at tenant clock
 * @property {string} [fault] the fault kind applied
 */

const LOG_LIMIT = 1000;
const IDLE_LIMIT = 30 * MINUTE;
const TENANT_ID = /^[A-Za-z0-9_-]{1,64}$/;

export class Tenant {
  /**
   * @param {string} base path prefix of this tenant, e.g. `/api/t/abc123`
   * @param {TenantSettings} defaults what a reset without options goes back to
   */
  constructor(base, defaults) {
    this.base = base;
    this.defaults = defaults;
    this.lastUsedAt = Date.now();
    this.state = freshState(defaults);
  }

  /** @param {Partial<TenantSettings>} overrides */
  reset(overrides) {
    this.state = freshState({ ...this.defaults, ...overrides });
  }

  /** @param {LogEntry} entry */
  record(entry) {
    const { log } = this.state;
    log.push(entry);
    if (log.length > LOG_LIMIT) log.splice(0, log.length - LOG_LIMIT);
  }
}

/** @param {TenantSettings} settings */
function freshState(settings) {
  const clock = new Clock(settings.manualClock);
  return {
    settings,
    clock,
    store: new EsimStore({ seed: settings.seed, reviewPaceMs: settings.reviewPaceMs, outcome: settings.outcome, clock }),
    sessions: new Sessions(),
    idempotency: new IdempotencyStore(),
    faults: new FaultQueue(),
    /** @type {LogEntry[]} */
    log: [],
    /** Declarations made without signing in. @type {import('./declarations.js').DeclarationRecord[]} */
    declarations: [],
    /** The confirmation emails the backend would have sent, newest last. @type {import('./declarations.js').OutboxMail[]} */
    outbox: [],
  };
}

export class TenantRegistry {
  /**
   * @param {string} basePath
   * @param {TenantSettings} mainSettings the default tenant (the one at `basePath` itself)
   * @param {TenantSettings} tenantSettings tenants created on first use
   */
  constructor(basePath, mainSettings, tenantSettings) {
    this.basePath = basePath;
    this.mainSettings = mainSettings;
    this.tenantSettings = tenantSettings;
    this.main = new Tenant(basePath, mainSettings);
    /** @type {Map<string, Tenant>} */
    this.tenants = new Map();
  }

  /**
   * The tenant a path belongs to and the contract path inside it; null when the path is not ours
   * or names an impossible tenant id.
   * @param {string} pathname
   * @returns {{ tenant: Tenant, path: string } | null}
   */
  resolve(pathname) {
    if (pathname !== this.basePath && !pathname.startsWith(`${this.basePath}/`)) return null;
    this.dropIdle();
    const rest = pathname.slice(this.basePath.length);
    const scoped = /^\/t\/([^/]*)(\/.*)?$/.exec(rest);
    if (!scoped) return this.touch(this.main, rest || '/');
    const id = scoped[1] ?? '';
    if (!TENANT_ID.test(id)) return null;
    let tenant = this.tenants.get(id);
    if (!tenant) {
      tenant = new Tenant(`${this.basePath}/t/${id}`, this.tenantSettings);
      this.tenants.set(id, tenant);
    }
    return this.touch(tenant, scoped[2] ?? '/');
  }

  /**
   * @param {Tenant} tenant
   * @param {string} path
   */
  touch(tenant, path) {
    tenant.lastUsedAt = Date.now();
    return { tenant, path };
  }

  /** Test tenants are never reused once their test ends; drop them rather than grow forever. */
  dropIdle() {
    const cutoff = Date.now() - IDLE_LIMIT;
    for (const [id, tenant] of this.tenants) {
      if (tenant.lastUsedAt < cutoff) this.tenants.delete(id);
    }
  }

  reset() {
    this.tenants.clear();
    this.main = new Tenant(this.basePath, this.mainSettings);
  }
}
