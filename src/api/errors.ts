import type { ContractErrorCode } from './schemas.js';

/** Failures that happen on the client side of the wire, on top of the contract's codes. */
export type ClientErrorCode = 'network' | 'timeout' | 'aborted' | 'invalid_response';

/** Every code an {@link EsimApiError} can carry. */
export type EsimErrorCode = ContractErrorCode | ClientErrorCode;

export interface EsimApiErrorInit {
  code: EsimErrorCode;
  message: string;
  status?: number;
  retryable?: boolean;
  details?: Record<string, string>;
  existingRequestId?: string;
  requestId?: string;
  /**
   * Seconds to wait before retrying (from `Retry-After`). Bounded by the constructor to
   * {@link MIN_RETRY_AFTER_S}…{@link MAX_RETRY_AFTER_S}, whichever backend set it.
   */
  retryAfter?: number;
  cause?: unknown;
}

/** A server's wait hint is never shorter than this: 0, negative, garbage or past dates mean "soon", not "now". */
export const MIN_RETRY_AFTER_S = 1;
/** …nor longer than this: a retry button is never locked for more than about a minute. */
export const MAX_RETRY_AFTER_S = 60;

/**
 * The one bound on server wait hints: a number of seconds (anything not a finite number counts as
 * the minimum) clamped to {@link MIN_RETRY_AFTER_S}…{@link MAX_RETRY_AFTER_S}.
 */
export const boundRetryAfter = (seconds: number): number =>
  Number.isFinite(seconds) ? Math.min(MAX_RETRY_AFTER_S, Math.max(MIN_RETRY_AFTER_S, seconds)) : MIN_RETRY_AFTER_S;

/** Codes whose errors are `retryable` unless the backend said otherwise. */
const RETRYABLE_BY_DEFAULT: readonly EsimErrorCode[] = [
  'network',
  'timeout',
  'rate_limited',
  'upstream_unavailable',
  'internal',
  'invalid_response',
];

/**
 * The one error class every backend failure becomes, whether it came from the HTTP client or from a
 * custom `EsimBackend`. `message` is for people (the backend's text when it sent one); the elements
 * show their own localized text chosen by `code`.
 */
export class EsimApiError extends Error {
  override readonly name = 'EsimApiError';
  declare readonly code: EsimErrorCode;
  declare readonly status?: number;
  declare readonly retryable: boolean;
  declare readonly details?: Record<string, string>;
  declare readonly existingRequestId?: string;
  declare readonly requestId?: string;
  declare readonly retryAfter?: number;

  constructor(init: EsimApiErrorInit) {
    // `init` doubles as the ErrorOptions: `cause` is set when it is there.
    super(init.message, init);
    // Copies code, status, details… (and message/cause again, to the same values).
    Object.assign(this, init, {
      retryable: init.retryable ?? RETRYABLE_BY_DEFAULT.includes(init.code),
      ...(init.retryAfter !== undefined && { retryAfter: boundRetryAfter(init.retryAfter) }),
    });
  }
}

/** Turns anything thrown into an {@link EsimApiError} (custom backends may throw plain errors). */
export function toEsimApiError(error: unknown): EsimApiError {
  return error instanceof EsimApiError
    ? error
    : new EsimApiError(
        isAbort(error)
          ? { code: 'aborted', message: 'The request was aborted.', cause: error }
          : { code: 'internal', message: error instanceof Error ? error.message : String(error), cause: error },
      );
}

/** True for an error caused by our own abort (element detached, newer request started). */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException ? error.name === 'AbortError' : error instanceof EsimApiError && error.code === 'aborted';
}
