import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { EsimBackend } from '../api/backend.js';
import { EsimApiError, isAbort, toEsimApiError } from '../api/errors.js';
import { createHttpBackend } from '../api/http-backend.js';
import type { EsimErrorDetail, FlowStep } from '../elements/events.js';
import type { Catalogue } from '../i18n/en.js';
import { emit } from './events.js';
import { LocalizeController, type StringOverrides } from './localize.js';

export type Theme = 'light' | 'dark' | 'auto';

/** Thrown when neither `api-base` nor `backend` is set; shown as a configuration error. */
export class NotConfiguredError extends Error {
  override readonly name = 'NotConfiguredError';
}

/**
 * What `<esim-list>` and `<esim-cancel-flow>` share: backend configuration, auth, locale, theme and
 * error reporting. Not registered as an element of its own.
 */
export class EsimElement extends LitElement {
  /** Base URL of the reseller backend (see the backend contract). Relative or absolute; cross-origin works with CORS. */
  @property({ attribute: 'api-base' }) apiBase = '';

  /** An object implementing `EsimBackend`; replaces the HTTP client entirely. */
  @property({ attribute: false }) backend?: EsimBackend;

  /** A bearer token for the backend. Held in memory only, never reflected to an attribute. */
  @property({ attribute: false }) authToken?: string;

  /**
   * An async function returning a bearer token; called before requests and again (with
   * `{ refresh: true }`) after a 401. Without a token source, requests carry cookies.
   */
  @property({ attribute: false }) getAuthToken?: (context: { refresh: boolean }) => Promise<string | null | undefined> | string | null | undefined;

  /** `light` (default), `dark`, or `auto` (follows `prefers-color-scheme`). */
  @property({ reflect: true }) theme: Theme = 'light';

  /** Overrides for any UI string of the current locale, e.g. `{ listEmptyTitle: 'No plans yet' }`. */
  @property({ attribute: false }) strings?: StringOverrides;

  protected readonly localize = new LocalizeController(this);

  /** A token from the built-in sign-in step; memory only. */
  protected sessionToken?: string;

  private httpBackend?: { apiBase: string; backend: EsimBackend };

  /** The backend in use: the `backend` property, else an HTTP client for `api-base`. */
  protected get api(): EsimBackend {
    if (this.backend) return this.backend;
    if (!this.apiBase) {
      throw new NotConfiguredError('Set the api-base attribute or the backend property.');
    }
    if (this.httpBackend?.apiBase !== this.apiBase) {
      this.httpBackend = {
        apiBase: this.apiBase,
        backend: createHttpBackend({
          apiBase: this.apiBase,
          locale: () => this.localize.intlLocale,
          getAuthToken: (context) => this.resolveToken(context),
        }),
      };
    }
    return this.httpBackend.backend;
  }

  private async resolveToken(context: { refresh: boolean }): Promise<string | null | undefined> {
    if (this.getAuthToken) return this.getAuthToken(context);
    return this.authToken ?? this.sessionToken;
  }

  /** The current locale's strings. */
  protected get t(): Catalogue {
    return this.localize.t;
  }

  /**
   * Reports a failure the customer sees: fires `esim-error` and returns the localized message.
   * Aborts are ours (detached, superseded) and are never reported.
   */
  protected reportError(error: unknown, step?: FlowStep): string | undefined {
    if (isAbort(error)) return undefined;
    const message = this.errorMessage(error);
    const apiError = error instanceof NotConfiguredError ? undefined : toEsimApiError(error);
    const detail: EsimErrorDetail = {
      code: apiError ? apiError.code : 'not_configured',
      message,
      retryable: apiError?.retryable ?? false,
      ...(step ? { step } : {}),
    };
    emit(this, 'esim-error', detail);
    return message;
  }

  /** The localized message for an error, by code; the backend's own text is never trusted as markup. */
  protected errorMessage(error: unknown): string {
    const t = this.t;
    if (error instanceof NotConfiguredError) return t.errorNotConfigured;
    const e = toEsimApiError(error);
    switch (e.code) {
      case 'network':
        return t.errorNetwork;
      case 'timeout':
        return t.errorTimeout;
      case 'invalid_response':
        return t.errorInvalidResponse;
      case 'unauthenticated':
        return t.errorUnauthenticated;
      case 'forbidden':
        return t.errorForbidden;
      case 'not_found':
        return t.errorNotFound;
      case 'not_eligible':
        return t.errorNotEligible;
      case 'duplicate_request':
        return t.errorDuplicate;
      case 'already_cancelled':
        return t.errorAlreadyCancelled;
      case 'validation_failed':
        return t.errorValidation;
      case 'rate_limited':
        return t.errorRateLimited(e.retryAfter === undefined ? undefined : Math.ceil(e.retryAfter));
      case 'upstream_unavailable':
        return t.errorUpstream;
      case 'idempotency_mismatch':
        return t.errorIdempotency;
      case 'aborted':
      case 'internal':
        return t.errorInternal;
    }
  }

  /** True when the error means the customer must sign in again. */
  protected static isUnauthenticated(error: unknown): boolean {
    return error instanceof EsimApiError && error.code === 'unauthenticated';
  }
}
