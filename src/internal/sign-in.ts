import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { EsimBackend } from '../api/backend.js';
import { EsimApiError, isAbort } from '../api/errors.js';
import type { Session } from '../api/schemas.js';
import type { Catalogue } from '../i18n/en.js';
import { isEmail } from './email.js';

/** A session from the built-in form, with the email the customer signed in with. */
export type SignedIn = Session & { email: string };

export interface SignInOptions {
  backend: () => EsimBackend;
  t: () => Catalogue;
  onSignedIn: (session: SignedIn) => void;
  /** Reports an unexpected failure (fires `esim-error`) and returns its localized message. */
  reportError: (error: unknown) => string | undefined;
}

/**
 * The built-in sign-in form ("forgot password" included), shared by both elements. It keeps what the
 * customer typed across failed attempts and never says whether an account exists.
 * Hosts must include `formStyles` (src/internal/form.styles.ts) in their `static styles`.
 */
export class SignInController implements ReactiveController {
  email = '';
  private password = '';
  private mode: 'sign-in' | 'reset' | 'reset-sent' = 'sign-in';
  private busy = false;
  private error = '';
  private fieldErrors: { email?: string; password?: string } = {};
  private abort?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: SignInOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /** Moves focus to the form's heading (after a step change). */
  focus(): void {
    this.host.shadowRoot?.querySelector<HTMLElement>('[data-sign-in-heading]')?.focus();
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const t = this.options.t();
    const resetting = this.mode === 'reset';
    this.fieldErrors = {
      email: isEmail(this.email) ? undefined : t.emailInvalid,
      password: resetting || this.password ? undefined : t.passwordRequired,
    };
    this.error = '';
    if (this.fieldErrors.email || this.fieldErrors.password) {
      this.host.requestUpdate();
      await this.host.updateComplete;
      this.host.shadowRoot?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.busy = true;
    this.host.requestUpdate();
    this.abort = new AbortController();
    const backend = this.options.backend();
    const email = this.email.trim();
    try {
      if (resetting) {
        await backend.requestPasswordReset?.(email, { signal: this.abort.signal });
        this.mode = 'reset-sent';
        // The focused button is gone with the form: put focus on the heading that says what happened.
        void this.host.updateComplete.then(() => this.focus());
      } else {
        if (!backend.signIn) throw new EsimApiError({ code: 'forbidden', message: 'Sign-in is not available.' });
        const session = await backend.signIn(email, this.password, { signal: this.abort.signal });
        this.password = '';
        this.options.onSignedIn({ ...session, email });
      }
    } catch (error) {
      if (isAbort(error)) return;
      if (error instanceof EsimApiError && error.code === 'unauthenticated') {
        this.error = t.signInWrong;
      } else if (error instanceof EsimApiError && error.code === 'validation_failed' && error.details?.email) {
        this.fieldErrors = { email: t.emailInvalid };
      } else {
        this.error = this.options.reportError(error) ?? t.errorInternal;
      }
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  private setMode(mode: SignInController['mode']): void {
    this.mode = mode;
    this.error = '';
    this.fieldErrors = {};
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.focus());
  }

  private field(
    name: 'email' | 'password',
    label: string,
    value: string,
    onInput: (value: string) => void,
  ): TemplateResult {
    const error = this.fieldErrors[name];
    return html`<div class="field" part="field">
      <label part="label" for="sign-in-${name}">${label}</label>
      <input
        part="input"
        id="sign-in-${name}"
        name=${name}
        type=${name}
        autocomplete=${name === 'email' ? 'email' : 'current-password'}
        .value=${value}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `sign-in-${name}-error` : nothing}
        @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)}
      />
      ${error ? html`<p class="field-error" part="error" id="sign-in-${name}-error">${error}</p>` : nothing}
    </div>`;
  }

  render(): TemplateResult {
    const t = this.options.t();
    const { mode, busy } = this;
    const heading = mode === 'sign-in' ? t.signInTitle : t.resetTitle;
    return html`<form class="sign-in" part="sign-in" novalidate @submit=${(e: Event) => this.submit(e)}>
      <h2 part="heading" tabindex="-1" data-sign-in-heading>${heading}</h2>
      ${mode === 'reset-sent'
        ? html`<p role="status" part="notice">${t.resetSent(this.email.trim())}</p>
            <button type="button" class="btn btn-primary" part="button" @click=${() => this.setMode('sign-in')}>
              ${t.backToSignIn}
            </button>`
        : html`<p>${mode === 'sign-in' ? t.signInIntro : t.resetIntro}</p>
            ${this.field('email', t.emailLabel, this.email, (v) => (this.email = v))}
            ${mode === 'sign-in'
              ? this.field('password', t.passwordLabel, this.password, (v) => (this.password = v))
              : nothing}
            ${this.error ? html`<p class="form-error" part="error" role="alert">${this.error}</p>` : nothing}
            <div class="actions" part="actions">
              <button type="submit" class="btn btn-primary" part="button submit-button" aria-disabled=${busy ? 'true' : 'false'}>
                ${busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
                ${mode === 'sign-in' ? (busy ? t.signingIn : t.signInButton) : busy ? t.resetSending : t.resetSend}
              </button>
              ${mode === 'reset' || this.options.backend().requestPasswordReset
                ? html`<button
                    type="button"
                    class="btn btn-link"
                    part="button link-button"
                    @click=${() => this.setMode(mode === 'sign-in' ? 'reset' : 'sign-in')}
                  >
                    ${mode === 'sign-in' ? t.forgotPassword : t.backToSignIn}
                  </button>`
                : nothing}
            </div>`}
    </form>`;
  }
}
