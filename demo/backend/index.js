// The reference backend: an implementation of the backend contract used by the demo, the tests and
// resellers reading how the contract behaves. Mount it in any Node server:
//   Vite:                  server.middlewares.use(backend.connect)
//   @web/dev-server, wtr:  middleware: [backend.koa]
//   node:http:             createServer((req, res) => backend.handle(req, res))   (see server.js)

import { serve } from './http.js';
import { TenantRegistry } from './tenant.js';

export { DEMO_CREDENTIALS } from './auth.js';
export { SEED_IDS, XSS_PAYLOADS, XSS_SEED_IDS, LARGE_SEED_SIZE } from './seed.js';
export { FAULT_KINDS } from './faults.js';

/** @typedef {import('./http.js').RequestLike} RequestLike */
/** @typedef {import('./http.js').ResponseLike} ResponseLike */
/** @typedef {import('./seed.js').SeedKind} SeedKind */

/**
 * @typedef {object} ReferenceBackendOptions
 * @property {string} [basePath] where the contract is mounted; default `/api`
 * @property {string[] | '*'} [allowedOrigins] origins allowed with credentials; default `*` (any origin is reflected)
 * @property {number} [reviewPaceMs] time of each review step (pending → processing → decided); default 4000
 * @property {boolean} [requireAuth] whether the default tenant needs a session; default true
 * @property {SeedKind} [seed] data of the default tenant: `default`, `large` (10,000 eSIMs) or `xss`; default `default`
 */

/**
 * @typedef {object} ReferenceBackend
 * @property {string} basePath the normalized base path, e.g. `/api`
 * @property {(url: string) => boolean} handles whether a request URL is under `basePath`
 * @property {(req: RequestLike, res: ResponseLike) => Promise<void>} handle writes the whole response
 * @property {(req: RequestLike, res: ResponseLike, next: (error?: unknown) => void) => void} connect Connect/Vite middleware
 * @property {(ctx: KoaContext, next: () => Promise<unknown>) => Promise<void>} koa Koa middleware
 *   (@web/dev-server, web-test-runner)
 * @property {() => void} reset drops every tenant and reseeds the default one
 */

/** @typedef {{ url: string, req: RequestLike, res: ResponseLike, respond?: boolean }} KoaContext */

export const DEFAULT_REVIEW_PACE_MS = 4000;

/**
 * @param {ReferenceBackendOptions} [options]
 * @returns {ReferenceBackend}
 */
export function createReferenceBackend(options = {}) {
  const basePath = `/${(options.basePath ?? '/api').replace(/^\/+|\/+$/g, '')}`;
  const allowedOrigins = options.allowedOrigins ?? '*';
  const reviewPaceMs = options.reviewPaceMs ?? DEFAULT_REVIEW_PACE_MS;
  const tenants = new TenantRegistry(
    basePath,
    {
      seed: options.seed ?? 'default',
      requireAuth: options.requireAuth ?? true,
      reviewPaceMs,
      manualClock: false,
      outcome: 'auto',
    },
    // Test tenants opt into auth, so most tests need no token.
    { seed: 'default', requireAuth: false, reviewPaceMs, manualClock: false, outcome: 'auto' },
  );

  /** @param {string} url */
  const handles = (url) => {
    const pathname = new URL(url, 'http://backend.invalid').pathname;
    return pathname === basePath || pathname.startsWith(`${basePath}/`);
  };
  /** @type {ReferenceBackend['handle']} */
  const handle = (req, res) => serve({ tenants, allowedOrigins }, req, res);

  return {
    basePath,
    handles,
    handle,
    connect(req, res, next) {
      if (!handles(req.url ?? '/')) return next();
      handle(req, res).catch(next);
    },
    async koa(ctx, next) {
      if (!handles(ctx.url)) {
        await next();
        return;
      }
      // We write to the Node response ourselves; Koa must not answer too.
      ctx.respond = false;
      await handle(ctx.req, ctx.res);
    },
    reset: () => tenants.reset(),
  };
}
