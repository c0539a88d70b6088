import { LitElement, type PropertyDeclarations } from 'lit';
import type { EsimBackend } from '../api/backend.js';
import { EsimApiError, isAbort, toEsimApiError } from '../api/errors.js';
import { createHttpBackend, type AuthTokenGetter } from '../api/http-backend.js';
import { validatedBackend, type CheckedBackend } from '../api/validated-backend.js';
import type { CancelStep, EsimErrorDetail, FlowStep } from './event-types.js';
import type { Catalogue } from '../i18n/en.js';
import type { LocaleSection } from '../i18n/locales.js';
import { emit } from './events.js';
import { loadLocale, LocalizeController, type StringOverrides } from './localize.js';
import { loadSignInForm, signInForm, type SignedIn, type SignIn } from './sign-in.js';

export type Theme = 'light' | 'dark' | 'auto';

/** Thrown when neither `api-base` nor `backend` is set; shown as a configuration error. */
export class NotConfiguredError extends Error {
  override readonly name = 'NotConfiguredError';
}

/**
 * What `<esim-list>` and `<esim-cancel-flow>` share: backend configuration, auth, locale, theme and
 * error reporting. Not registered as an element of its own.
 *
 * @csspart sign-in - The built-in sign-in form (shown after a 401 unless the host handles `esim-auth-required`).
 * @csspart heading - A section's heading (the sign-in form's, or a step's).
 * @csspart field - A form field: label, input and its error.
 * @csspart label - A field's label.
 * @csspart input - A text, email or password input.
 * @csspart error - An error message (a field's, or a form's).
 * @csspart notice - A confirmation message, e.g. "reset link sent".
 * @csspart actions - A row of buttons.
 * @csspart button - Any button.
 * @csspart submit-button - A form's main button.
 * @csspart link-button - A secondary, link-styled button ("Forgot password?").
 *
 * Colour defaults are `light-dark()` pairs chosen by `color-scheme`, which `theme` sets (`auto` means
 * `light dark`, following the customer's preference); browsers without `light-dark()` get the light
 * defaults.
 *
 * The global design tokens below apply to both elements; each element adds its own `--esim-list-*`
 * or `--esim-flow-*` properties that fall back to these.
 *
 * @cssprop [--esim-color-surface=#ffffff] - Background of the element and its cards. Dark theme default: #16181d.
 * @cssprop [--esim-color-surface-alt=#f4f5f7] - Background of secondary areas (toolbars, summaries, skeletons). Dark theme default: #20232a.
 * @cssprop [--esim-color-text=#1a1d23] - Main text colour. Dark theme default: #eef0f3.
 * @cssprop [--esim-color-text-muted=#555b66] - Secondary text (hints, timestamps). Dark theme default: #b3b9c4.
 * @cssprop [--esim-color-border=#c9ced6] - Borders and dividers. Dark theme default: #4a505c.
 * @cssprop [--esim-color-primary=#1f5fd1] - Primary actions, links and selection. Dark theme default: #8ab4ff.
 * @cssprop [--esim-color-on-primary=#ffffff] - Text on primary buttons. Dark theme default: #0b1a33.
 * @cssprop [--esim-color-danger=#b42318] - Destructive actions and errors. Dark theme default: #ff9b8f.
 * @cssprop [--esim-color-on-danger=#ffffff] - Text on destructive buttons. Dark theme default: #3a0905.
 * @cssprop [--esim-color-success=#17663a] - Success states (completed, active). Dark theme default: #7fd6a0.
 * @cssprop [--esim-color-warning=#8a5300] - Warnings (expiring soon, pending). Dark theme default: #ffc46b.
 * @cssprop [--esim-color-info=#1f5fd1] - Informational notes. Dark theme default: #8ab4ff.
 * @cssprop [--esim-color-focus=#1f5fd1] - Focus ring. Dark theme default: #8ab4ff.
 * @cssprop [--esim-color-danger-soft=#fdecea] - Background of error banners. Dark theme default: #3a1714.
 * @cssprop [--esim-color-warning-soft=#fff4e0] - Background of warnings. Dark theme default: #35270f.
 * @cssprop [--esim-color-success-soft=#e6f4ea] - Background of success notes. Dark theme default: #12301e.
 * @cssprop [--esim-color-info-soft=#e8effc] - Background of informational notes. Dark theme default: #172641.
 * @cssprop [--esim-color-skeleton=#e3e6eb] - Loading placeholders. Dark theme default: #2b2f37.
 * @cssprop [--esim-radius=0.5rem] - Corner radius of cards, buttons and dialogs.
 * @cssprop [--esim-radius-s=0.25rem] - Corner radius of inputs and badges.
 * @cssprop [--esim-spacing-xs=0.25rem] - Smallest gap.
 * @cssprop [--esim-spacing-s=0.5rem] - Small gap.
 * @cssprop [--esim-spacing-m=0.75rem] - Medium gap.
 * @cssprop [--esim-spacing-l=1.25rem] - Large gap (card padding).
 * @cssprop [--esim-font-family=system-ui] - Font stack (the default system stack includes PingFang SC and Microsoft YaHei for Chinese).
 * @cssprop [--esim-font-size=1rem] - Base font size.
 * @cssprop [--esim-font-size-s=0.875rem] - Small text (hints, meta).
 * @cssprop [--esim-font-size-l=1.25rem] - Headings.
 */
export class EsimElement extends LitElement {
  /** Reactive properties and attributes (declared here rather than with decorators: smaller in the script-tag build). */
  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base' },
    backend: { attribute: false },
    authToken: { attribute: false },
    getAuthToken: { attribute: false },
    lang: { reflect: true },
    theme: { reflect: true },
    strings: { attribute: false },
  };

  /** Base URL of the reseller backend (see the backend contract). Relative or absolute; cross-origin works with CORS. */
  apiBase = '';

  /** An object implementing `EsimBackend`; replaces the HTTP client entirely. */
  backend?: EsimBackend;

  /** A bearer token for the backend. Held in memory only, never reflected to an attribute. */
  authToken?: string;

  /**
   * An async function returning a bearer token; called before requests and again (with
   * `{ refresh: true }`) after a 401. Without a token source, requests carry cookies.
   */
  getAuthToken?: AuthTokenGetter;

  /**
   * Locale (`en`, `zh-CN`, …); otherwise the nearest ancestor's `lang`, then `<html lang>`, then `en`.
   * Reactive, so changing it re-renders in the new language.
   */
  override lang!: string;

  /** `light` (default), `dark`, or `auto` (follows `prefers-color-scheme`). */
  theme: Theme = 'light';

  /** Overrides for any UI string of the current locale, e.g. `{ listEmptyTitle: 'No plans yet' }`. */
  strings?: StringOverrides;

  /** The sections of each locale's strings this element shows (see src/i18n/locales.ts). */
  protected static localeSections: readonly LocaleSection[] = ['base'];

  /** Locale resolution and strings for this element (internal). */
  protected readonly localize = new LocalizeController(this, (this.constructor as typeof EsimElement).localeSections);

  /** A token from the built-in sign-in step; memory only. */
  protected sessionToken?: string;

  private httpBackend?: { apiBase: string; backend: CheckedBackend };

  /**
   * The backend in use: the `backend` property, else an HTTP client for `api-base`. Either way its
   * answers pass the one validation boundary (`validatedBackend`): a host's object is not trusted as
   * is. Each of its
   * answers (or failures) is held until what showing it needs is in hand: the locale's strings, so
   * the data and the strings load in parallel and the element shows its skeleton, never English,
   * until both are in; and after a 401, the sign-in form's code (a chunk of its own).
   */
  protected get api(): CheckedBackend {
    const backend = this.configuredBackend;
    if (this.held?.backend !== backend) this.held = { backend, api: this.holdAnswers(backend) };
    return this.held.api;
  }

  private held?: { backend: CheckedBackend; api: CheckedBackend };

  private holdAnswers(backend: CheckedBackend): CheckedBackend {
    const localize = this.localize;
    return new Proxy(backend, {
      get(target, key) {
        const value: unknown = Reflect.get(target, key);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          const strings = localize.loaded ? undefined : localize.ready();
          return Promise.resolve(value.apply(target, args)).then(
            async (answer: unknown) => {
              await strings;
              return answer;
            },
            async (error: unknown) => {
              await strings;
              // The form's code and its strings in the element's locale, in parallel.
              if (toEsimApiError(error).code === 'unauthenticated') {
                await Promise.all([loadSignInForm(), loadLocale(localize.locale, ['signin'])]);
              }
              throw error;
            },
          );
        };
      },
    });
  }

  private get configuredBackend(): CheckedBackend {
    if (this.backend) return validatedBackend(this.backend);
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
  protected reportError(error: unknown, step?: CancelStep): string | undefined {
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

  /**
   * The built-in sign-in form, wired to this element's backend and strings: a successful sign-in
   * keeps the session token (memory only), then `signedIn` runs.
   * @internal
   */
  protected createSignIn(signedIn: (session: SignedIn) => void, step?: FlowStep): SignIn {
    return signInForm(this, {
      backend: () => this.api,
      t: () => this.t,
      onSignedIn: (session) => {
        this.sessionToken = session.token ?? undefined;
        signedIn(session);
      },
      reportError: (error) => this.reportError(error, step),
    });
  }

  /**
   * After a 401: asks the host page to sign the customer in (`esim-auth-required`, whose `retry`
   * runs `retry`). True when the built-in form should show instead: the host did not take it on and
   * the backend can sign in.
   * @internal
   */
  protected offerSignIn(retry: () => void): boolean {
    if (!emit(this, 'esim-auth-required', { retry })) return false;
    try {
      return !!this.api.signIn;
    } catch {
      return false;
    }
  }

  /** True when the error means the customer must sign in again. */
  protected static isUnauthenticated(error: unknown): boolean {
    return error instanceof EsimApiError && error.code === 'unauthenticated';
  }
}
