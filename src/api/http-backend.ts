import type { CallOptions, IdempotentCallOptions } from './backend.js';
import { EsimApiError, MIN_RETRY_AFTER_S, type EsimApiErrorInit } from './errors.js';
import { ERROR_CODES, type ContractErrorCode } from './schemas.js';
import { invalidResponse, validatedBackend, type CheckedBackend } from './validated-backend.js';

export { normalizeEsim, parseWith } from './validated-backend.js';

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
  /** Per-attempt timeout in ms, the body's reading included. Default 10000. */
  timeoutMs?: number;
  /**
   * Time in ms after which a call gives up, all attempts, waits and body reads included. Default
   * 20000: a server that sends headers and then a body that never ends is given up on by then.
   */
  totalTimeoutMs?: number;
  /** Retries after the first attempt for retryable failures. Default 2. */
  retries?: number;
  /** Base of the exponential backoff in ms. Default 400. */
  retryBaseMs?: number;
  /**
   * A `Retry-After` longer than this (ms) is not waited out silently: the error reaches the UI, which
   * says how long to wait and holds its retry button until then. Default 3000: a customer should not
   * watch a spinner for longer without being told why.
   */
  maxRetryAfterMs?: number;
}

type Json = Record<string, unknown>;

/** Objects only (arrays too, harmlessly): what the tolerant readers below may spread or index. */
const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null;

/** A string, or nothing: each field of an error body is read on its own (see `errorFromResponse`). */
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The contract's code for a status, when the body names none the client knows. */
const CODE_FOR_STATUS: Record<number, ContractErrorCode> = {
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'not_eligible',
  422: 'validation_failed',
  429: 'rate_limited',
  502: 'upstream_unavailable',
  503: 'upstream_unavailable',
  504: 'upstream_unavailable',
};

const fail = (init: EsimApiErrorInit) => new EsimApiError(init);

/**
 * `Retry-After` in seconds: a number of seconds or an HTTP date; undefined when there is none. An
 * unreadable, zero, negative or past value still means "wait": the error bounds it (see
 * `boundRetryAfter`), so no hint can cause a burst of retries or lock a button for days.
 */
function retryAfterOf(response: Response): number | undefined {
  const header = response.headers.get('Retry-After')?.trim();
  if (!header) return undefined;
  return /^-?\d+(\.\d*)?$/.test(header) ? Number(header) : (Date.parse(header) - Date.now()) / 1000;
}

/* Each field of an error body is read on its own, so one odd field (`details: null`, a numeric
 * `requestId`, details as arrays) never costs the code or the open request's id. Error bodies come
 * from proxies and frameworks as often as from the backend itself. */
function errorFromResponse(response: Response, text: string): EsimApiError {
  const { status } = response;
  let body: Json = {};
  try {
    const json: unknown = JSON.parse(text);
    if (isRecord(json) && isRecord(json.error)) body = json.error;
  } catch {
    // An HTML page from a proxy: the status still says enough.
  }
  const details: Record<string, string> = {};
  for (const [field, message] of Object.entries(isRecord(body.details) ? body.details : {})) {
    const text = Array.isArray(message) ? message.filter(str).join(' ') : str(message);
    if (text) details[field] = text;
  }
  const code = str(body.code) as ContractErrorCode | undefined;
  return fail({
    code: code && ERROR_CODES.includes(code) ? code : (CODE_FOR_STATUS[status] ?? 'internal'),
    status,
    message: str(body.message) ?? `HTTP ${status}`,
    retryable: typeof body.retryable === 'boolean' ? body.retryable : undefined,
    details: Object.keys(details).length ? details : undefined,
    existingRequestId: str(body.existingRequestId),
    requestId: str(body.requestId),
    retryAfter: retryAfterOf(response),
  });
}

const aborted = () => fail({ code: 'aborted', message: 'The request was aborted.' });

/**
 * The HTTP implementation of `EsimBackend` for the contract in backend-contract.md. Its answers
 * go through the same validation boundary as a host's own backend (`validatedBackend`).
 *
 * Retries (with exponential backoff and full jitter) on network errors, timeouts, 429 (honouring
 * `Retry-After`, bounded) and 502/503/504, for GETs and for POSTs that carry an `Idempotency-Key`
 * only: the key is reused on every retry, so the server can answer a repeated request with the first
 * response. After a 401, `getAuthToken` is asked once more (`refresh: true`) and the request is
 * retried once. Redirects are never followed (a 3xx is an error): a body or a token never goes to
 * an origin other than `apiBase`'s.
 */
export function createHttpBackend(options: HttpBackendOptions): CheckedBackend {
  const {
    getAuthToken: getToken,
    timeoutMs = 10000,
    totalTimeoutMs = 20000,
    retries = 2,
    retryBaseMs = 400,
    maxRetryAfterMs = 3000,
  } = options;
  const base = options.apiBase.replace(/\/+$/, '');

  /**
   * One call: a POST when there is a body (with the call's `Idempotency-Key`, if any), else a GET.
   * Resolves to the answer's JSON (`{}` for an empty body), which the boundary then parses.
   */
  async function request(path: string, call: CallOptions & Partial<IdempotentCallOptions> = {}, body?: object): Promise<unknown> {
    const { signal, idempotencyKey } = call;
    const deadline = Date.now() + totalTimeoutMs;
    let token = await getToken?.({ refresh: false });
    let refreshed = false;
    for (let attempt = 0; ; attempt++) {
      if (signal?.aborted) throw aborted();
      // One controller per attempt, aborted by the caller's signal or the timeout; it covers the
      // body's reading too, so a body that stalls after the headers cannot hang the call.
      const controller = new AbortController();
      const abort = () => controller.abort();
      signal?.addEventListener('abort', abort);
      const timer = setTimeout(abort, Math.min(timeoutMs, deadline - Date.now()));
      let error: EsimApiError;
      try {
        const response = await (options.fetch ?? fetch)(base + path, {
          method: body ? 'POST' : 'GET',
          headers: {
            Accept: 'application/json',
            'Accept-Language': (typeof options.locale === 'function' ? options.locale() : options.locale) ?? 'en',
            ...(token && { Authorization: `Bearer ${token}` }),
            ...(body && { 'Content-Type': 'application/json' }),
            ...(idempotencyKey && { 'Idempotency-Key': idempotencyKey }),
          },
          body: JSON.stringify(body),
          credentials: token ? 'same-origin' : 'include',
          // A redirect would carry the body (email, Idempotency-Key) or read data from another origin.
          redirect: 'manual',
          signal: controller.signal,
        });
        const { status } = response;
        if (response.type === 'opaqueredirect' || (status > 299 && status < 400)) {
          throw fail({
            code: 'invalid_response',
            status,
            message: 'The server answered with a redirect, which is not followed.',
            retryable: false,
          });
        }
        const text = await response.text();
        if (!response.ok) throw errorFromResponse(response, text);
        // A cookie-only sign-in may answer with no body: `{}` then, which only such a schema accepts.
        if (!text.trim()) return {};
        try {
          return JSON.parse(text) as unknown;
        } catch {
          throw invalidResponse('the body is not JSON', status);
        }
      } catch (caught) {
        // Only fetch and the body's reading throw anything but our own errors.
        error =
          caught instanceof EsimApiError
            ? caught
            : signal?.aborted
              ? aborted()
              : fail(
                  controller.signal.aborted
                    ? { code: 'timeout', message: `No complete answer in time.`, cause: caught }
                    : { code: 'network', message: 'The server could not be reached.', cause: caught },
                );
      } finally {
        clearTimeout(timer);
        signal?.removeEventListener('abort', abort);
      }
      if (error.status === 401 && getToken && !refreshed) {
        refreshed = true;
        const fresh = await getToken({ refresh: true });
        // The same token again would only earn the same 401.
        if (fresh && fresh !== token) {
          token = fresh;
          continue;
        }
      }
      const { code, status = 0 } = error;
      // A 429 without a hint still waits the minimum: retrying at once only earns another 429.
      const hint = error.retryAfter ?? (status === 429 ? MIN_RETRY_AFTER_S : undefined);
      const wait = hint === undefined ? Math.random() * retryBaseMs * 2 ** attempt : hint * 1000 * (1 + Math.random() / 4);
      if (
        !(code === 'network' || code === 'timeout' || status === 429 || (status > 501 && status < 505)) ||
        (body && !idempotencyKey) ||
        attempt >= retries ||
        (hint ?? 0) * 1000 > maxRetryAfterMs ||
        // Another attempt needs time to get an answer; past the deadline the customer is told.
        Date.now() + wait + 1000 > deadline
      ) {
        throw error;
      }
      // Waits out the backoff unless the caller aborts; the loop's first line then throws `aborted`.
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          signal?.removeEventListener('abort', done);
          resolve();
        };
        const timer = setTimeout(done, wait);
        signal?.addEventListener('abort', done);
      });
    }
  }

  const id = encodeURIComponent;

  return validatedBackend({
    listEsims(params, call) {
      const query = new URLSearchParams();
      for (const key of ['cursor', 'limit', 'status'] as const) if (params[key]) query.set(key, `${params[key]}`);
      const qs = `${query}`;
      return request(`/esims${qs ? `?${qs}` : ''}`, call);
    },
    getEsim: (esimId, call) => request(`/esims/${id(esimId)}`, call),
    getCancellationQuote: (esimId, call) => request(`/esims/${id(esimId)}/cancellation-quote`, call),
    submitCancellation: (esimId, body, call) => request(`/esims/${id(esimId)}/cancellations`, call, body),
    getCancellation: (cancellationId, call) => request(`/cancellations/${id(cancellationId)}`, call),
    withdrawCancellation: (cancellationId, call) => request(`/cancellations/${id(cancellationId)}/withdraw`, call, {}),
    submitDeclaration: (body, call) => request('/cancellation-declarations', call, body),
    signIn: (email, password, call) => request('/session', call, { email, password }),
    requestPasswordReset: (email, call) => request('/password-reset', call, { email }),
  });
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
