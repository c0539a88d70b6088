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
  /** Seconds to wait before retrying (from `Retry-After`). */
  retryAfter?: number;
  cause?: unknown;
}

const RETRYABLE_BY_DEFAULT: ReadonlySet<EsimErrorCode> = new Set<EsimErrorCode>([
  'network',
  'timeout',
  'rate_limited',
  'upstream_unavailable',
  'internal',
  'invalid_response',
]);

/**
 * The one error class every backend failure becomes, whether it came from the HTTP client or from a
 * custom `EsimBackend`. `message` is for people (the backend's text when it sent one); the elements
 * show their own localized text chosen by `code`.
 */
export class EsimApiError extends Error {
  override readonly name = 'EsimApiError';
  readonly code: EsimErrorCode;
  readonly status?: number;
  readonly retryable: boolean;
  readonly details?: Record<string, string>;
  readonly existingRequestId?: string;
  readonly requestId?: string;
  readonly retryAfter?: number;

  constructor(init: EsimApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = init.code;
    this.status = init.status;
    this.retryable = init.retryable ?? RETRYABLE_BY_DEFAULT.has(init.code);
    this.details = init.details;
    this.existingRequestId = init.existingRequestId;
    this.requestId = init.requestId;
    this.retryAfter = init.retryAfter;
  }
}

/** Turns anything thrown into an {@link EsimApiError} (custom backends may throw plain errors). */
export function toEsimApiError(error: unknown): EsimApiError {
  if (error instanceof EsimApiError) return error;
  if (error instanceof DOMException && error.name === 'AbortError') {
    return new EsimApiError({ code: 'aborted', message: 'The request was aborted.', retryable: false, cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new EsimApiError({ code: 'internal', message, cause: error });
}

/** True for an error caused by our own abort (element detached, newer request started). */
export function isAbort(error: unknown): boolean {
  return (
    (error instanceof EsimApiError && error.code === 'aborted') ||
    (error instanceof DOMException && error.name === 'AbortError')
  );
}
