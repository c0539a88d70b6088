// Over 350 lines: one check per contract rule, in the order they are reported; each check is a few lines.
/**
 * The backend conformance checker: exercises a reseller's server against the contract (shapes,
 * paging, errors, CORS, idempotency, declarations) and reports one result per check. Uses `fetch` only, so the same
 * module runs in Node 20 (`npx esim-elements check-backend <url>`) and in a browser page.
 */
import type * as z from 'zod/mini';
import { EsimApiError } from '../api/errors.js';
import { newIdempotencyKey, parseWith } from '../api/http-backend.js';
import {
  CancellationSchema,
  ERROR_CODES,
  ErrorBodySchema,
  EsimPageSchema,
  EsimSchema,
  type Cancellation,
  type ContractErrorCode,
  type ErrorBody,
  type Esim,
} from '../api/schemas.js';
import { QuoteSchema, type Quote } from '../api/quote-schemas.js';
import { DeclarationSchema, type Declaration } from '../api/declaration-schemas.js';

export type CheckStatus = 'pass' | 'fail' | 'skip';

export interface CheckResult {
  /** What was checked, e.g. `GET /esims (paging)`. */
  name: string;
  status: CheckStatus;
  /** What was seen on a pass, the first problem on a failure, why on a skip. */
  detail: string;
}

export interface CheckBackendOptions {
  /** Bearer token of a test customer. Without one, requests rely on cookies (browser) or no auth. */
  token?: string;
  /**
   * Also run the checks that change data: cancels one instant-eligible eSIM and opens, then
   * withdraws, a review request on another. Use a test account.
   */
  full?: boolean;
  /**
   * Also record a real declaration through `POST /cancellation-declarations` (optional endpoint, no
   * sign-in), replay it and reuse its key with another body. A real backend emails the confirmation
   * to a test address and records a declaration someone must match: use a test system.
   */
  declarations?: boolean;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch;
  /**
   * The page origin to present in CORS checks. Outside a browser every request carries it as
   * `Origin`; default `https://reseller.example`. A browser sends its own and cannot be told otherwise.
   */
  origin?: string;
  /** Per-request timeout in ms. Default 10000. */
  timeoutMs?: number;
  /** Called with each result as soon as it is known (progress output). */
  onResult?: (result: CheckResult) => void;
}

/** The headers the elements send that a cross-origin backend must allow. */
export const CORS_REQUEST_HEADERS = ['Authorization', 'Content-Type', 'Idempotency-Key', 'Accept-Language'] as const;

const DEFAULT_ORIGIN = 'https://reseller.example';
/* Enough pages to see paging work and find test eSIMs, bounded for support-desk accounts. */
const MAX_PAGES = 20;
const TEST_NOTE = 'esim-elements conformance check';
const TEST_EMAIL = 'conformance-check@example.com';

class CheckFailed extends Error {}
class CheckSkipped extends Error {}

interface Reply {
  status: number;
  headers: Headers;
  text: string;
}

interface CallSpec {
  method?: 'GET' | 'POST' | 'OPTIONS';
  body?: unknown;
  idempotencyKey?: string;
  /** `false`: no token and no cookies. A string: that bearer token instead of the configured one. */
  auth?: boolean | string;
  headers?: Record<string, string>;
}

function fail(message: string): never {
  throw new CheckFailed(message);
}

function skip(message: string): never {
  throw new CheckSkipped(message);
}

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Deep equality of JSON values, ignoring key order (backends may re-serialise a stored response). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function readJson(reply: Reply): unknown {
  const type = reply.headers.get('Content-Type') ?? '';
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) {
    fail(`HTTP ${reply.status} with Content-Type "${type || '(none)'}", expected application/json`);
  }
  try {
    return JSON.parse(reply.text);
  } catch {
    return fail(`HTTP ${reply.status}: the body is not JSON`);
  }
}

function validate<T>(schema: z.ZodMiniType<T>, data: unknown, status: number): T {
  try {
    return parseWith(schema, data, status);
  } catch (error) {
    if (error instanceof EsimApiError) fail(`HTTP ${status}, schema: ${error.message}`);
    throw error;
  }
}

function describeError(reply: Reply): string {
  try {
    const body = JSON.parse(reply.text) as Partial<ErrorBody> | null;
    if (body?.error?.code) return `HTTP ${reply.status} ${body.error.code}: ${body.error.message}`;
  } catch {
    // not JSON: the status says enough
  }
  return `HTTP ${reply.status}`;
}

/** A success answer: the expected status, JSON, and valid by the contract's schema. */
function expectOk<T>(reply: Reply, statuses: number[], schema: z.ZodMiniType<T>): T {
  if (!statuses.includes(reply.status)) {
    fail(`expected HTTP ${statuses.join(' or ')}, got ${describeError(reply)}`);
  }
  return validate(schema, readJson(reply), reply.status);
}

/** An error answer: the expected status, and `{ error: { code, message, … } }` with the expected code. */
function expectError(reply: Reply, status: number, code?: ContractErrorCode): ErrorBody['error'] {
  if (reply.status !== status) {
    fail(`expected HTTP ${status}${code ? ` ${code}` : ''}, got ${describeError(reply)}`);
  }
  const body = validate(ErrorBodySchema, readJson(reply), reply.status).error;
  if (!(ERROR_CODES as readonly string[]).includes(body.code)) {
    fail(`error.code "${body.code}" is not one of the contract's codes`);
  }
  if (code && body.code !== code) fail(`expected error.code "${code}", got "${body.code}"`);
  if (body.message.trim() === '') fail('error.message is empty');
  return body;
}

/** Why a request got no answer, including Node's underlying cause (`ECONNREFUSED`, a TLS error…). */
function networkReason(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && error.name === 'TimeoutError') return `no answer within ${timeoutMs} ms`;
  const cause = error instanceof Error ? error.cause : undefined;
  const detail = cause instanceof Error ? ` (${cause.message})` : '';
  return `${error instanceof Error ? error.message : String(error)}${detail}`;
}

function inBrowser(): boolean {
  return typeof window !== 'undefined' && typeof document !== 'undefined';
}

/**
 * Checks a backend against the contract. Read-only unless `full` is set. Never throws for a
 * misbehaving backend (that is a failed check); throws `TypeError` for an unusable `apiBase`.
 */
export async function checkBackend(apiBase: string, options: CheckBackendOptions = {}): Promise<CheckResult[]> {
  const pageUrl = inBrowser() ? location.href : undefined;
  const baseUrl = new URL(apiBase, pageUrl);
  if (baseUrl.protocol !== 'http:' && baseUrl.protocol !== 'https:') {
    throw new TypeError(`The API base must be an http(s) URL, got "${apiBase}".`);
  }
  const base = baseUrl.href.replace(/\/+$/, '');
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const timeoutMs = options.timeoutMs ?? 10000;
  const browser = inBrowser();
  const origin = browser ? location.origin : (options.origin ?? DEFAULT_ORIGIN);
  const results: CheckResult[] = [];
  let unreachable = false;

  async function call(path: string, spec: CallSpec = {}): Promise<Reply> {
    const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': 'en', ...spec.headers };
    const token = typeof spec.auth === 'string' ? spec.auth : spec.auth === false ? undefined : options.token;
    if (token) headers.Authorization = `Bearer ${token}`;
    if (spec.body !== undefined) headers['Content-Type'] = 'application/json';
    if (spec.idempotencyKey) headers['Idempotency-Key'] = spec.idempotencyKey;
    // A browser sets Origin itself; elsewhere we present one so the server answers as it would a page.
    if (!browser) headers.Origin = origin;
    try {
      const response = await doFetch(`${base}${path}`, {
        method: spec.method ?? 'GET',
        headers,
        body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
        credentials: spec.auth === false ? 'omit' : token ? 'same-origin' : 'include',
        signal: AbortSignal.timeout(timeoutMs),
      });
      return { status: response.status, headers: response.headers, text: await response.text() };
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      // A timeout is this endpoint's problem; anything else means no connection at all.
      if (!timedOut) unreachable = true;
      const corsHint = browser && !timedOut ? ' (from a page, a CORS refusal looks the same)' : '';
      return fail(`${spec.method ?? 'GET'} ${path}: ${networkReason(error, timeoutMs)}${corsHint}`);
    }
  }

  async function check(name: string, run: () => Promise<string>): Promise<boolean> {
    let result: CheckResult;
    try {
      // One "could not connect" is enough: every later check would fail the same way.
      if (unreachable) skip('the server could not be reached (see above)');
      result = { name, status: 'pass', detail: await run() };
    } catch (error) {
      if (error instanceof CheckSkipped) result = { name, status: 'skip', detail: error.message };
      else if (error instanceof CheckFailed) result = { name, status: 'fail', detail: error.message };
      else result = { name, status: 'fail', detail: `unexpected error: ${error instanceof Error ? error.message : String(error)}` };
    }
    results.push(result);
    options.onResult?.(result);
    return result.status === 'pass';
  }

  const esimPath = (id: string) => `/esims/${encodeURIComponent(id)}`;
  const cancellationPath = (id: string) => `/cancellations/${encodeURIComponent(id)}`;

  // ---- Listing and paging -------------------------------------------------------------------
  let esims: Esim[] = [];
  let firstPage: Esim[] = [];
  const listed = await check('GET /esims', async () => {
    const page = expectOk(await call('/esims'), [200], EsimPageSchema);
    firstPage = page.items;
    return `${page.items.length} eSIM(s) on the first page, nextCursor ${page.nextCursor === null ? 'null' : 'set'}`;
  });

  await check('GET /esims (paging)', async () => {
    if (!listed) skip('needs GET /esims');
    const one = expectOk(await call('/esims?limit=1'), [200], EsimPageSchema);
    if (one.items.length > 1) fail(`limit=1 answered ${one.items.length} items`);
    const seen = new Set<string>();
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor === null ? '' : `?cursor=${encodeURIComponent(cursor)}`;
      const page = expectOk(await call(`/esims${query}`), [200], EsimPageSchema);
      pages++;
      for (const esim of page.items) {
        if (seen.has(esim.id)) fail(`eSIM ${esim.id} appears twice while following nextCursor (page ${pages})`);
        seen.add(esim.id);
        esims.push(esim);
      }
      if (page.nextCursor !== null && page.items.length === 0) fail(`page ${pages} is empty but has a nextCursor`);
      cursor = page.nextCursor;
    } while (cursor !== null && pages < MAX_PAGES);
    if (one.nextCursor === null && seen.size > 1) {
      fail(`limit=1 answered nextCursor null although the account has ${seen.size} eSIMs`);
    }
    if (one.nextCursor !== null) {
      const second = expectOk(await call(`/esims?limit=1&cursor=${encodeURIComponent(one.nextCursor)}`), [200], EsimPageSchema);
      if (second.items.length !== 1) fail(`the page after limit=1 has ${second.items.length} items`);
      if (second.items[0]!.id === one.items[0]?.id) fail('the cursor from limit=1 answered the same eSIM again');
    }
    const walked = cursor === null ? 'all' : `the first ${MAX_PAGES} pages`;
    return `walked ${walked}: ${seen.size} eSIM(s) in ${pages} page(s); limit and cursor honoured`;
  });
  // When paging fails, the first page still gives the other checks something to work with.
  if (esims.length === 0) esims = firstPage;

  await check('GET /esims?status=', async () => {
    const status = esims[0]?.status;
    if (!status) skip('no eSIM to filter by');
    const page = expectOk(await call(`/esims?status=${status}`), [200], EsimPageSchema);
    const other = page.items.find((e) => e.status !== status);
    if (other) fail(`status=${status} answered eSIM ${other.id} with status "${other.status}"`);
    if (page.items.length === 0) fail(`status=${status} answered no eSIM although ${esims[0]!.id} has that status`);
    return `status=${status}: ${page.items.length} eSIM(s), all ${status}`;
  });

  // ---- One eSIM, quotes, open requests ---------------------------------------------------------
  await check('GET /esims/{id}', async () => {
    const first = esims[0];
    if (!first) skip('the account has no eSIM');
    const esim = expectOk(await call(esimPath(first.id)), [200], EsimSchema);
    if (esim.id !== first.id) fail(`asked for ${first.id}, got ${esim.id}`);
    return `${esim.id}: ${esim.status}, ${esim.installState}`;
  });

  await check('GET /esims/{id}/cancellation-quote', async () => {
    const target = esims.find((e) => e.cancellation.eligible) ?? esims[0];
    if (!target) skip('the account has no eSIM');
    const quote = expectOk(await call(`${esimPath(target.id)}/cancellation-quote`), [200], QuoteSchema);
    if (quote.esimId !== target.id) fail(`quote.esimId is ${quote.esimId}, expected ${target.id}`);
    if (quote.eligible !== target.cancellation.eligible) {
      fail(`quote.eligible is ${quote.eligible} but the eSIM's cancellation.eligible is ${target.cancellation.eligible}`);
    }
    if (!quote.eligible && !quote.ineligibleReason) fail('an ineligible quote has no ineligibleReason');
    if (quote.eligible && quote.mode === 'none') fail('an eligible quote has mode "none"');
    return `${target.id}: ${quote.eligible ? `eligible, ${quote.mode}` : `not eligible (${quote.ineligibleReason})`}, fee ${quote.fee.amount} ${quote.fee.currency}, refund ${quote.refund.amount} ${quote.refund.currency}`;
  });

  await check('GET /cancellations/{id}', async () => {
    const withRequest = esims.find((e) => e.cancellation.openRequestId);
    if (!withRequest) skip('no eSIM has an open request (cancellation.openRequestId)');
    const id = withRequest.cancellation.openRequestId!;
    const cancellation = expectOk(await call(cancellationPath(id)), [200], CancellationSchema);
    if (cancellation.id !== id) fail(`asked for ${id}, got ${cancellation.id}`);
    if (cancellation.esimId !== withRequest.id) fail(`esimId is ${cancellation.esimId}, expected ${withRequest.id}`);
    return `${id} (${cancellation.reference}): ${cancellation.status}`;
  });

  // ---- Errors ------------------------------------------------------------------------------------
  const missing = `conformance-missing-${randomId()}`;
  await check('404 GET /esims/{unknown}', async () => {
    const error = expectError(await call(esimPath(missing)), 404, 'not_found');
    return `not_found: "${error.message}"`;
  });
  await check('404 GET /esims/{unknown}/cancellation-quote', async () => {
    expectError(await call(`${esimPath(missing)}/cancellation-quote`), 404, 'not_found');
    return 'not_found';
  });
  await check('404 GET /cancellations/{unknown}', async () => {
    expectError(await call(cancellationPath(missing)), 404, 'not_found');
    return 'not_found';
  });

  await check('401 without credentials', async () => {
    if (!options.token) skip('pass a token (--token) to check that requests without one are refused');
    const error = expectError(await call('/esims', { auth: false }), 401, 'unauthenticated');
    return `unauthenticated: "${error.message}"`;
  });
  await check('401 with an invalid token', async () => {
    if (!options.token) skip('pass a token (--token) to check that other tokens are refused');
    expectError(await call('/esims', { auth: `invalid-${randomId()}` }), 401, 'unauthenticated');
    return 'unauthenticated';
  });

  // ---- CORS ----------------------------------------------------------------------------------------
  await check('CORS', async () => {
    if (browser) {
      if (baseUrl.origin === location.origin) skip('same-origin API base: nothing to check from this page');
      if (!listed) fail(`cross-origin requests from ${location.origin} did not succeed`);
      return `cross-origin requests with credentials from ${location.origin} succeed`;
    }
    const problems: string[] = [];
    const refused: string[] = [];
    /** True when the response lets the page read it; a missing Allow-Origin makes the rest moot. */
    const inspect = (label: string, headers: Headers): boolean => {
      const allowOrigin = headers.get('Access-Control-Allow-Origin');
      if (allowOrigin === null) {
        refused.push(label);
        return false;
      }
      if (allowOrigin !== origin) {
        problems.push(`${label}: Access-Control-Allow-Origin is "${allowOrigin}", expected "${origin}" (with credentials "*" is refused)`);
      }
      if (headers.get('Access-Control-Allow-Credentials') !== 'true') {
        problems.push(`${label}: Access-Control-Allow-Credentials is not "true"`);
      }
      return true;
    };
    const list = (await call('/esims')).headers;
    if (inspect('GET /esims', list)) {
      const exposed = (list.get('Access-Control-Expose-Headers') ?? '').toLowerCase().split(/\s*,\s*/);
      if (!exposed.includes('retry-after') && !exposed.includes('*')) {
        problems.push('Access-Control-Expose-Headers lacks Retry-After (the elements wait it out on 429)');
      }
    }
    inspect('a 404 error', (await call(esimPath(missing))).headers);
    const preflight = await call(`${esimPath(missing)}/cancellations`, {
      method: 'OPTIONS',
      auth: false,
      headers: {
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': CORS_REQUEST_HEADERS.map((h) => h.toLowerCase()).join(', '),
      },
    });
    if (preflight.status < 200 || preflight.status > 299) {
      problems.push(`preflight (OPTIONS): HTTP ${preflight.status}, expected 2xx`);
    } else if (inspect('the preflight', preflight.headers)) {
      const allowed = (preflight.headers.get('Access-Control-Allow-Headers') ?? '').toLowerCase().split(/\s*,\s*/);
      const missingHeaders = CORS_REQUEST_HEADERS.filter((h) => !allowed.includes(h.toLowerCase()));
      if (missingHeaders.length > 0) problems.push(`preflight: Access-Control-Allow-Headers lacks ${missingHeaders.join(', ')}`);
      const methods = preflight.headers.get('Access-Control-Allow-Methods');
      if (
        methods !== null &&
        !methods
          .toUpperCase()
          .split(/\s*,\s*/)
          .includes('POST')
      ) {
        problems.push(`preflight: Access-Control-Allow-Methods "${methods}" lacks POST`);
      }
    }
    if (refused.length > 0) {
      const hint = options.origin ? '' : "; pass your shop's origin with --origin if the server allows a list";
      problems.unshift(`no Access-Control-Allow-Origin for ${origin} on ${refused.join(', ')}${hint}`);
    }
    if (problems.length > 0) fail(problems.join('; '));
    return `origin ${origin}: credentials allowed, Retry-After exposed; preflight allows ${CORS_REQUEST_HEADERS.join(', ')}`;
  });

  await declarationChecks();

  if (!options.full) {
    await check('cancellation, idempotency, withdraw', async () =>
      skip('changes data: run with --full (full: true) against a test account'),
    );
    return results;
  }

  await fullChecks();
  return results;

  /**
   * `POST /cancellation-declarations` (for <esim-cancel-declaration>; optional: 404 or 405 means the
   * backend does not offer it). Without sign-in. Read-only: a declaration naming no contract must be
   * refused (422) and records nothing; with `declarations`, a real one is recorded and replayed.
   */
  async function declarationChecks(): Promise<void> {
    const path = '/cancellation-declarations';
    const base = { kind: 'cancellation', name: TEST_NOTE, email: TEST_EMAIL, effective: 'asap' };
    let offered = false;
    await check('POST /cancellation-declarations (no contract named)', async () => {
      const reply = await call(path, { method: 'POST', auth: false, idempotencyKey: newIdempotencyKey(), body: base });
      if (reply.status === 404 || reply.status === 405) skip(`optional endpoint, not offered (HTTP ${reply.status})`);
      offered = true;
      if (reply.status === 401 || reply.status === 403) fail(`HTTP ${reply.status}: a declaration must not need sign-in`);
      const error = expectError(reply, 422, 'validation_failed');
      return `422 validation_failed without sign-in${error.details ? `, details: ${Object.keys(error.details).join(', ')}` : ''}`;
    });
    if (!offered) return;
    if (!options.declarations) {
      await check('POST /cancellation-declarations (recorded, replayed)', async () =>
        skip('records a declaration and sends its confirmation email: run with --declarations against a test system'),
      );
      return;
    }
    const key = newIdempotencyKey();
    const body = { ...base, orderReference: `conformance-check-${randomId()}` };
    let first: { json: unknown; declaration: Declaration } | undefined;
    await check('POST /cancellation-declarations', async () => {
      const reply = await call(path, { method: 'POST', auth: false, idempotencyKey: key, body });
      const declaration = expectOk(reply, [202], DeclarationSchema);
      first = { json: JSON.parse(reply.text), declaration };
      if (declaration.orderReference !== body.orderReference) fail(`orderReference is ${declaration.orderReference ?? 'missing'}`);
      if (declaration.confirmationSentTo.trim() === '') fail('confirmationSentTo is empty');
      return `202 ${declaration.reference}, confirmation to ${declaration.confirmationSentTo}`;
    });
    await check('POST /cancellation-declarations (Idempotency-Key replay and reuse)', async () => {
      if (!first) skip('needs the declaration');
      const replay = await call(path, { method: 'POST', auth: false, idempotencyKey: key, body });
      if (replay.status !== 202 || !sameJson(readJson(replay), first.json))
        fail(`the replay answered ${describeError(replay)} or another body`);
      const other = await call(path, {
        method: 'POST',
        auth: false,
        idempotencyKey: key,
        body: { ...body, name: `${TEST_NOTE} (changed)` },
      });
      expectError(other, 409, 'idempotency_mismatch');
      return `same key and body: the same ${first.declaration.reference}; another body: 409 idempotency_mismatch`;
    });
  }

  /** The checks that cancel one eSIM and open and withdraw a request on another. */
  async function fullChecks(): Promise<void> {
    const request = (quoteId?: string) => ({
      reason: 'changed_device',
      note: TEST_NOTE,
      contactEmail: TEST_EMAIL,
      ...(quoteId ? { quoteId } : {}),
      acknowledged: true as const,
    });
    const freeOf = (e: Esim) => e.cancellation.eligible && !e.cancellation.openRequestId;
    const instant = esims.find((e) => freeOf(e) && e.cancellation.mode === 'instant');
    const review = esims.find((e) => freeOf(e) && e.cancellation.mode === 'review');
    const needInstant = () =>
      instant ?? skip(`needs an eSIM eligible for instant cancellation (none among ${esims.length}); use a test account with one`);
    const needReview = () =>
      review ?? skip(`needs an eSIM eligible for a review cancellation (none among ${esims.length}); use a test account with one`);

    await check('POST cancellation without Idempotency-Key', async () => {
      const esim = needInstant();
      const reply = await call(`${esimPath(esim.id)}/cancellations`, { method: 'POST', body: request() });
      const error = expectError(reply, 422);
      const after = expectOk(await call(esimPath(esim.id)), [200], EsimSchema);
      if (after.status === 'cancelled' || after.cancellation.openRequestId)
        fail('the request was refused but the eSIM was cancelled anyway');
      return `422 ${error.code}; nothing cancelled`;
    });

    await check('POST cancellation with invalid fields', async () => {
      const esim = needInstant();
      const reply = await call(`${esimPath(esim.id)}/cancellations`, {
        method: 'POST',
        idempotencyKey: newIdempotencyKey(),
        body: { reason: 'changed_device', contactEmail: 'not-an-email', acknowledged: true },
      });
      const error = expectError(reply, 422, 'validation_failed');
      if (!error.details?.contactEmail) fail('details has no message for contactEmail');
      return `validation_failed, details.contactEmail: "${error.details.contactEmail}"`;
    });

    let instantQuote: Quote | undefined;
    let first: { status: number; json: unknown; cancellation: Cancellation } | undefined;
    const instantKey = newIdempotencyKey();
    await check('POST cancellation (instant)', async () => {
      const esim = needInstant();
      instantQuote = expectOk(await call(`${esimPath(esim.id)}/cancellation-quote`), [200], QuoteSchema);
      const reply = await call(`${esimPath(esim.id)}/cancellations`, {
        method: 'POST',
        idempotencyKey: instantKey,
        body: request(instantQuote.quoteId),
      });
      const cancellation = expectOk(reply, [201], CancellationSchema);
      first = { status: reply.status, json: JSON.parse(reply.text), cancellation };
      if (cancellation.esimId !== esim.id) fail(`esimId is ${cancellation.esimId}, expected ${esim.id}`);
      if (cancellation.mode !== 'instant') fail(`mode is "${cancellation.mode}", expected "instant"`);
      if (cancellation.status !== 'completed') fail(`status is "${cancellation.status}", expected "completed"`);
      return `201 ${cancellation.id} (${cancellation.reference}) completed`;
    });

    await check('Idempotency-Key replay', async () => {
      const esim = needInstant();
      if (!first || !instantQuote) skip('needs the instant cancellation');
      const reply = await call(`${esimPath(esim.id)}/cancellations`, {
        method: 'POST',
        idempotencyKey: instantKey,
        body: request(instantQuote.quoteId),
      });
      if (reply.status !== first.status) fail(`the replay answered ${describeError(reply)}, the first request ${first.status}`);
      if (!sameJson(readJson(reply), first.json)) fail('the replay answered a different body');
      return `same key and body: same ${reply.status} response (${first.cancellation.id})`;
    });

    await check('Idempotency-Key reused with another body', async () => {
      const esim = needInstant();
      if (!first) skip('needs the instant cancellation');
      const reply = await call(`${esimPath(esim.id)}/cancellations`, {
        method: 'POST',
        idempotencyKey: instantKey,
        body: { ...request(instantQuote?.quoteId), reason: 'other', note: `${TEST_NOTE} (changed body)` },
      });
      expectError(reply, 409, 'idempotency_mismatch');
      return '409 idempotency_mismatch';
    });

    await check('instant cancellation verified', async () => {
      const esim = needInstant();
      if (!first) skip('needs the instant cancellation');
      const reply = await call(esimPath(esim.id));
      let state: string;
      if (reply.status === 404) {
        expectError(reply, 404, 'not_found');
        state = 'eSIM removed (404)';
      } else {
        const after = expectOk(reply, [200], EsimSchema);
        if (after.status !== 'cancelled') fail(`GET /esims/${esim.id} reports status "${after.status}", expected "cancelled"`);
        state = 'eSIM cancelled';
      }
      const cancellation = expectOk(await call(cancellationPath(first.cancellation.id)), [200], CancellationSchema);
      if (cancellation.status !== 'completed') fail(`GET /cancellations/${cancellation.id} reports "${cancellation.status}"`);
      return `${state}; request ${cancellation.id} completed`;
    });

    let pending: Cancellation | undefined;
    await check('POST cancellation (review)', async () => {
      const esim = needReview();
      const quote = expectOk(await call(`${esimPath(esim.id)}/cancellation-quote`), [200], QuoteSchema);
      const reply = await call(`${esimPath(esim.id)}/cancellations`, {
        method: 'POST',
        idempotencyKey: newIdempotencyKey(),
        body: request(quote.quoteId),
      });
      const cancellation = expectOk(reply, [202], CancellationSchema);
      pending = cancellation;
      if (cancellation.mode !== 'review') fail(`mode is "${cancellation.mode}", expected "review"`);
      if (cancellation.status !== 'pending' && cancellation.status !== 'processing') {
        fail(`status is "${cancellation.status}", expected "pending"`);
      }
      if (!cancellation.withdrawable) fail('a new review request is not withdrawable');
      return `202 ${cancellation.id} (${cancellation.reference}) ${cancellation.status}`;
    });

    await check('duplicate request', async () => {
      const esim = needReview();
      if (!pending) skip('needs the review request');
      const reply = await call(`${esimPath(esim.id)}/cancellations`, {
        method: 'POST',
        idempotencyKey: newIdempotencyKey(),
        body: request(),
      });
      const error = expectError(reply, 409, 'duplicate_request');
      if (error.existingRequestId !== pending.id) {
        fail(`existingRequestId is ${error.existingRequestId ?? 'missing'}, expected ${pending.id}`);
      }
      const after = expectOk(await call(esimPath(esim.id)), [200], EsimSchema);
      if (after.cancellation.openRequestId !== pending.id) {
        fail(
          `GET /esims/${esim.id}: cancellation.openRequestId is ${after.cancellation.openRequestId ?? 'missing'}, expected ${pending.id}`,
        );
      }
      return `409 duplicate_request, existingRequestId ${pending.id}; the eSIM shows openRequestId`;
    });

    await check('POST /cancellations/{id}/withdraw', async () => {
      const esim = needReview();
      if (!pending) skip('needs the review request');
      const key = newIdempotencyKey();
      const path = `${cancellationPath(pending.id)}/withdraw`;
      const reply = await call(path, { method: 'POST', idempotencyKey: key, body: {} });
      const withdrawn = expectOk(reply, [200], CancellationSchema);
      if (withdrawn.status !== 'withdrawn') fail(`status is "${withdrawn.status}", expected "withdrawn"`);
      const replay = await call(path, { method: 'POST', idempotencyKey: key, body: {} });
      if (replay.status !== reply.status || !sameJson(readJson(replay), JSON.parse(reply.text))) {
        fail(`replaying the withdraw with the same key answered ${describeError(replay)} with a different body`);
      }
      const after = expectOk(await call(esimPath(esim.id)), [200], EsimSchema);
      if (after.cancellation.openRequestId) fail(`the eSIM still has openRequestId ${after.cancellation.openRequestId}`);
      if (after.status === 'cancelled' || after.status === 'cancel_pending')
        fail(`the eSIM has status "${after.status}" after the withdraw`);
      return `withdrawn; replay answered the same; eSIM ${after.status}`;
    });
  }
}
