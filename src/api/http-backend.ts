import * as z from 'zod/mini';
import type { CallOptions, EsimBackend, IdempotentCallOptions, ListEsimsParams } from './backend.js';
import { EsimApiError, type EsimErrorCode } from './errors.js';
import {
  CancellationSchema,
  ERROR_CODES,
  ESIM_STATUSES,
  INSTALL_STATES,
  QUOTE_WARNINGS,
  EsimPageSchema,
  EsimSchema,
  QuoteSchema,
  SessionSchema,
  type ContractErrorCode,
} from './schemas.js';

/** Returns a bearer token, or nothing to send cookies instead. `refresh` is true after a 401. */
export type AuthTokenGetter = (context: { refresh: boolean }) => string | null | undefined | Promise<string | null | undefined>;

export interface HttpBackendOptions {
  /** Base URL of the reseller API, relative or absolute (`/api`, `https://api.example.com/esim`). */
  apiBase: string;
  /** Bearer token source. Without one, requests carry cookies (`credentials: 'include'`). */
  getAuthToken?: AuthTokenGetter;
  /** Locale sent as `Accept-Language`; a function is read on every request. */
  locale?: string | (() => string);
  /** A `fetch` to use instead of the global one (tests, instrumentation). */
  fetch?: typeof fetch;
  /** Per-attempt timeout in ms. Default 15000. */
  timeoutMs?: number;
  /** Retries after the first attempt for retryable failures. Default 2. */
  retries?: number;
  /** Base of the exponential backoff in ms. Default 400. */
  retryBaseMs?: number;
  /** A `Retry-After` longer than this (ms) is not waited out silently: the error reaches the UI. Default 10000. */
  maxRetryAfterMs?: number;
}

interface RequestSpec<T> {
  method: 'GET' | 'POST';
  path: string;
  schema?: z.ZodMiniType<T>;
  /** Applied to the JSON before the schema. */
  prepare?: (json: unknown) => unknown;
  body?: unknown;
  idempotencyKey?: string;
  signal?: AbortSignal;
}

const KNOWN_CODES: ReadonlySet<string> = new Set(ERROR_CODES);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * Provider systems add statuses and install states over time: a string this version does not know
 * reads as "unknown" instead of failing the whole response. Anything else is left for the schema.
 */
export function normalizeEsim(json: unknown): unknown {
  if (!isRecord(json)) return json;
  const fix = (key: string, known: readonly string[]) =>
    typeof json[key] === 'string' && !known.includes(json[key] as string) ? { [key]: 'unknown' } : {};
  return { ...json, ...fix('status', ESIM_STATUSES), ...fix('installState', INSTALL_STATES) };
}

/** A warning this version cannot word is dropped rather than failing the whole quote. */
function normalizeQuote(json: unknown): unknown {
  return isRecord(json) && Array.isArray(json.warnings)
    ? { ...json, warnings: json.warnings.filter((w) => (QUOTE_WARNINGS as readonly unknown[]).includes(w)) }
    : json;
}

function normalizePage(json: unknown): unknown {
  return isRecord(json) && Array.isArray(json.items) ? { ...json, items: json.items.map(normalizeEsim) } : json;
}
const RETRY_STATUSES = new Set([429, 502, 503, 504]);

function codeForStatus(status: number): ContractErrorCode {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'not_eligible';
  if (status === 422) return 'validation_failed';
  if (status === 429) return 'rate_limited';
  if (status >= 502 && status <= 504) return 'upstream_unavailable';
  return 'internal';
}

/** `Retry-After` is either seconds or an HTTP date. */
function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - Date.now()) / 1000);
}

function abortError(): EsimApiError {
  return new EsimApiError({ code: 'aborted', message: 'The request was aborted.', retryable: false });
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function invalidResponse(status: number, detail: string): EsimApiError {
  return new EsimApiError({
    code: 'invalid_response',
    status,
    message: `The server's response could not be read: ${detail}.`,
  });
}

/** Parses a body by its schema; the error names the first bad field so backend authors can fix it. */
export function parseWith<T>(schema: z.ZodMiniType<T>, data: unknown, status = 200): T {
  const result = z.safeParse(schema, data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue && issue.path.length > 0 ? issue.path.join('.') : '(root)';
  throw invalidResponse(status, `${path}: ${issue?.message ?? 'invalid'}`);
}

/* Each field of an error body is read on its own, so one odd field (`details: null`, a numeric
 * `requestId`, details as arrays) never costs the code or the open request's id. Error bodies come
 * from proxies and frameworks as often as from the backend itself. */
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function detailsOf(value: unknown): Record<string, string> | undefined {
  if (!isRecord(value)) return undefined;
  const details: Record<string, string> = {};
  for (const [field, message] of Object.entries(value)) {
    const text = Array.isArray(message) ? message.filter((m) => typeof m === 'string').join(' ') : str(message);
    if (text) details[field] = text;
  }
  return Object.keys(details).length > 0 ? details : undefined;
}

function errorFromResponse(response: Response, text: string): EsimApiError {
  const status = response.status;
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  // An HTML page from a proxy, or a body in another shape: the status still says enough.
  const body = isRecord(json) && isRecord(json.error) ? json.error : {};
  const sent = str(body.code);
  const code: EsimErrorCode = sent && KNOWN_CODES.has(sent) ? (sent as ContractErrorCode) : codeForStatus(status);
  return new EsimApiError({
    code,
    status,
    message: str(body.message) ?? `HTTP ${status}`,
    retryable: typeof body.retryable === 'boolean' ? body.retryable : undefined,
    details: detailsOf(body.details),
    existingRequestId: str(body.existingRequestId),
    requestId: str(body.requestId),
    retryAfter,
  });
}

/**
 * The HTTP implementation of {@link EsimBackend} for the contract in backend-contract.md.
 *
 * Retries (with exponential backoff and full jitter) on network errors, timeouts, 429 (honouring
 * `Retry-After`) and 502/503/504, for GETs and for POSTs that carry an `Idempotency-Key` only: the key
 * is reused on every retry, so the server can answer a repeated request with the first response.
 * After a 401, `getAuthToken` is asked once more (`refresh: true`) and the request is retried once.
 */
export function createHttpBackend(options: HttpBackendOptions): EsimBackend {
  const base = options.apiBase.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 15000;
  const retries = options.retries ?? 2;
  const retryBaseMs = options.retryBaseMs ?? 400;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 10000;

  const locale = () => (typeof options.locale === 'function' ? options.locale() : options.locale) ?? 'en';

  async function attempt(
    spec: RequestSpec<unknown>,
    token: string | null | undefined,
  ): Promise<{ response: Response; text: string }> {
    const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
    const controller = new AbortController();
    const outer = spec.signal;
    let timedOut = false;
    const onAbort = () => controller.abort();
    outer?.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': locale() };
    if (token) headers.Authorization = `Bearer ${token}`;
    if (spec.body !== undefined) headers['Content-Type'] = 'application/json';
    if (spec.idempotencyKey) headers['Idempotency-Key'] = spec.idempotencyKey;
    try {
      const response = await doFetch(`${base}${spec.path}`, {
        method: spec.method,
        headers,
        body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
        credentials: token ? 'same-origin' : 'include',
        signal: controller.signal,
      });
      // The body too is read under the timeout and the caller's signal: a stalled body must not hang.
      return { response, text: await response.text() };
    } catch (cause) {
      if (outer?.aborted) throw abortError();
      if (timedOut) {
        throw new EsimApiError({ code: 'timeout', message: `No answer within ${timeoutMs} ms.`, cause });
      }
      throw new EsimApiError({ code: 'network', message: 'The server could not be reached.', cause });
    } finally {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onAbort);
    }
  }

  async function request<T>(spec: RequestSpec<T>): Promise<T> {
    const canRetry = spec.method === 'GET' || spec.idempotencyKey !== undefined;
    let token = await options.getAuthToken?.({ refresh: false });
    let refreshed = false;
    for (let attemptNo = 0; ; attemptNo++) {
      if (spec.signal?.aborted) throw abortError();
      let error: EsimApiError;
      try {
        const { response, text } = await attempt(spec, token);
        if (response.ok) {
          if (!spec.schema) return undefined as T;
          if (text.trim() === '') {
            // A cookie-only sign-in may answer with no body; anything else needs one.
            const empty = z.safeParse(spec.schema, {});
            if (empty.success) return empty.data;
            throw invalidResponse(response.status, 'the body is empty');
          }
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            throw invalidResponse(response.status, 'the body is not JSON');
          }
          return parseWith(spec.schema, spec.prepare ? spec.prepare(json) : json, response.status);
        }
        error = errorFromResponse(response, text);
        if (response.status === 401 && options.getAuthToken && !refreshed) {
          refreshed = true;
          const fresh = await options.getAuthToken({ refresh: true });
          // The same token again would only earn the same 401.
          if (fresh && fresh !== token) {
            token = fresh;
            continue;
          }
        }
        if (!RETRY_STATUSES.has(response.status)) throw error;
      } catch (caught) {
        if (!(caught instanceof EsimApiError)) throw caught;
        if (caught.code !== 'network' && caught.code !== 'timeout' && !RETRY_STATUSES.has(caught.status ?? 0)) {
          throw caught;
        }
        error = caught;
      }
      if (!canRetry || attemptNo >= retries) throw error;
      const backoff = Math.random() * retryBaseMs * 2 ** attemptNo;
      const wait = error.retryAfter !== undefined ? error.retryAfter * 1000 : backoff;
      if (wait > maxRetryAfterMs) throw error;
      await sleep(wait, spec.signal);
    }
  }

  const id = encodeURIComponent;

  return {
    listEsims(params: ListEsimsParams, call?: CallOptions) {
      const query = new URLSearchParams();
      if (params.cursor) query.set('cursor', params.cursor);
      if (params.limit) query.set('limit', String(params.limit));
      if (params.status) query.set('status', params.status);
      const qs = query.toString();
      return request({
        method: 'GET',
        path: `/esims${qs ? `?${qs}` : ''}`,
        schema: EsimPageSchema,
        prepare: normalizePage,
        signal: call?.signal,
      });
    },
    getEsim(esimId, call) {
      return request({ method: 'GET', path: `/esims/${id(esimId)}`, schema: EsimSchema, prepare: normalizeEsim, signal: call?.signal });
    },
    getCancellationQuote(esimId, call) {
      return request({
        method: 'GET',
        path: `/esims/${id(esimId)}/cancellation-quote`,
        schema: QuoteSchema,
        prepare: normalizeQuote,
        signal: call?.signal,
      });
    },
    submitCancellation(esimId, body, call: IdempotentCallOptions) {
      return request({
        method: 'POST',
        path: `/esims/${id(esimId)}/cancellations`,
        schema: CancellationSchema,
        body,
        idempotencyKey: call.idempotencyKey,
        signal: call.signal,
      });
    },
    getCancellation(cancellationId, call) {
      return request({
        method: 'GET',
        path: `/cancellations/${id(cancellationId)}`,
        schema: CancellationSchema,
        signal: call?.signal,
      });
    },
    withdrawCancellation(cancellationId, call: IdempotentCallOptions) {
      return request({
        method: 'POST',
        path: `/cancellations/${id(cancellationId)}/withdraw`,
        schema: CancellationSchema,
        body: {},
        idempotencyKey: call.idempotencyKey,
        signal: call.signal,
      });
    },
    signIn(email, password, call) {
      return request({ method: 'POST', path: '/session', schema: SessionSchema, body: { email, password }, signal: call?.signal });
    },
    async requestPasswordReset(email, call) {
      await request({ method: 'POST', path: '/password-reset', body: { email }, signal: call?.signal });
    },
  };
}

/** A fresh idempotency key (UUID v4). `randomUUID` needs a secure context; CMS pages may be plain http. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function' && globalThis.isSecureContext) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
