import type { Cancellation, CancellationRequest, Esim, EsimPage, EsimStatus, Session } from './schemas.js';
import type { Quote } from './quote-schemas.js';
import type { Declaration, DeclarationRequest } from './declaration-schemas.js';

export interface ListEsimsParams {
  /** Opaque cursor from the previous page's `nextCursor`. */
  cursor?: string | null;
  /** Page size the backend may cap. */
  limit?: number;
  /** Only eSIMs with this status. */
  status?: EsimStatus;
}

/** Options every backend call takes. */
export interface CallOptions {
  /** Aborts the call: the elements abort when detached or when a newer call supersedes it. */
  signal?: AbortSignal;
}

/** A POST that must happen at most once: the key is made once per user action and reused on retries. */
export interface IdempotentCallOptions extends CallOptions {
  idempotencyKey: string;
}

/**
 * What the elements need from a backend. `createHttpBackend()` implements it over the HTTP contract;
 * a host can pass its own object (e.g. wrapping an SDK) as the elements' `backend` property.
 * Failures are thrown as `EsimApiError` (anything else thrown is wrapped as `internal`).
 */
export interface EsimBackend {
  listEsims(params: ListEsimsParams, options?: CallOptions): Promise<EsimPage>;
  getEsim(esimId: string, options?: CallOptions): Promise<Esim>;
  getCancellationQuote(esimId: string, options?: CallOptions): Promise<Quote>;
  submitCancellation(esimId: string, request: CancellationRequest, options: IdempotentCallOptions): Promise<Cancellation>;
  getCancellation(cancellationId: string, options?: CallOptions): Promise<Cancellation>;
  withdrawCancellation(cancellationId: string, options: IdempotentCallOptions): Promise<Cancellation>;
  /**
   * Optional: used by `<esim-cancel-declaration>` (no sign-in). Records a cancellation or withdrawal
   * and sends its confirmation to `request.email`; at most once per `idempotencyKey`.
   */
  submitDeclaration?(request: DeclarationRequest, options: IdempotentCallOptions): Promise<Declaration>;
  /** Optional: used by the built-in sign-in step. */
  signIn?(email: string, password: string, options?: CallOptions): Promise<Session>;
  /** Optional: "forgot password". Resolves whether or not the account exists. */
  requestPasswordReset?(email: string, options?: CallOptions): Promise<void>;
}
