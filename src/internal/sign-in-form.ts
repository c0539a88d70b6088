/**
 * The built-in sign-in form's state, template and submission, loaded on demand by
 * src/internal/sign-in.ts: only a 401 needs it.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { EsimApiError, isAbort } from '../api/errors.js';
import { signin } from '../i18n/en/signin.js';
import { addStrings } from './localize.js';
import { isEmail, type SignInOptions } from './sign-in.js';

/* The form's English strings come with its code: the script-tag entry carries none of them (see
 * scripts/build-bundles.mjs); in the npm build `en` has them already and this changes nothing. */
addStrings('en', signin);

/** The form's state: what the customer typed (kept across failed attempts), the mode, the errors. */
export class SignInController implements ReactiveController {
  email = '';
  password = '';
  mode: 'sign-in' | 'reset' | 'reset-sent' = 'sign-in';
  busy = false;
  error = '';
  fieldErrors: { email?: string; password?: string } = {};
  abort?: AbortController;

  constructor(
    readonly host: ReactiveControllerHost & HTMLElement,
    readonly options: SignInOptions,
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

  render(): TemplateResult {
    return renderSignIn(this);
  }
}

async function submit(c: SignInController, event: Event): Promise<void> {
  event.preventDefault();
  if (c.busy) return;
  const { host, options } = c;
  const t = options.t();
  const resetting = c.mode === 'reset';
  c.fieldErrors = {
    email: isEmail(c.email) ? undefined : t.emailInvalid,
    password: resetting || c.password ? undefined : t.passwordRequired,
  };
  c.error = '';
  if (c.fieldErrors.email || c.fieldErrors.password) {
    host.requestUpdate();
    await host.updateComplete;
    host.shadowRoot?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    return;
  }
  c.busy = true;
  host.requestUpdate();
  c.abort = new AbortController();
  const backend = options.backend();
  const email = c.email.trim();
  try {
    if (resetting) {
      await backend.requestPasswordReset?.(email, { signal: c.abort.signal });
      c.mode = 'reset-sent';
      // The focused button is gone with the form: put focus on the heading that says what happened.
      void host.updateComplete.then(() => c.focus());
    } else {
      if (!backend.signIn) throw new EsimApiError({ code: 'forbidden', message: 'Sign-in is not available.' });
      const session = await backend.signIn(email, c.password, { signal: c.abort.signal });
      c.password = '';
      options.onSignedIn({ ...session, email });
    }
  } catch (error) {
    if (isAbort(error)) return;
    if (error instanceof EsimApiError && error.code === 'unauthenticated') {
      c.error = t.signInWrong;
    } else if (error instanceof EsimApiError && error.code === 'validation_failed' && error.details?.email) {
      c.fieldErrors = { email: t.emailInvalid };
    } else {
      c.error = options.reportError(error) ?? t.errorInternal;
    }
  } finally {
    c.busy = false;
    host.requestUpdate();
  }
}

function setMode(c: SignInController, mode: SignInController['mode']): void {
  c.mode = mode;
  c.error = '';
  c.fieldErrors = {};
  c.host.requestUpdate();
  void c.host.updateComplete.then(() => c.focus());
}

function field(
  c: SignInController,
  name: 'email' | 'password',
  label: string,
  value: string,
  onInput: (value: string) => void,
): TemplateResult {
  const error = c.fieldErrors[name];
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

function renderSignIn(c: SignInController): TemplateResult {
  const t = c.options.t();
  const { mode, busy } = c;
  const heading = mode === 'sign-in' ? t.signInTitle : t.resetTitle;
  return html`<form class="sign-in" part="sign-in" novalidate @submit=${(e: Event) => submit(c, e)}>
    <h2 part="heading" tabindex="-1" data-sign-in-heading>${heading}</h2>
    ${
      mode === 'reset-sent'
        ? html`<p role="status" part="notice">${t.resetSent(c.email.trim())}</p>
            <button type="button" class="btn btn-primary" part="button" @click=${() => setMode(c, 'sign-in')}>${t.backToSignIn}</button>`
        : html`<p>${mode === 'sign-in' ? t.signInIntro : t.resetIntro}</p>
            ${field(c, 'email', t.emailLabel, c.email, (v) => (c.email = v))}
            ${mode === 'sign-in' ? field(c, 'password', t.passwordLabel, c.password, (v) => (c.password = v)) : nothing}
            ${c.error ? html`<p class="form-error" part="error" role="alert">${c.error}</p>` : nothing}
            <div class="actions" part="actions">
              <button type="submit" class="btn btn-primary" part="button submit-button" aria-disabled=${busy ? 'true' : 'false'}>
                ${busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
                ${mode === 'sign-in' ? (busy ? t.signingIn : t.signInButton) : busy ? t.resetSending : t.resetSend}
              </button>
              ${
                mode === 'reset' || c.options.backend().requestPasswordReset
                  ? html`<button
                      type="button"
                      class="btn btn-link"
                      part="button link-button"
                      @click=${() => setMode(c, mode === 'sign-in' ? 'reset' : 'sign-in')}
                    >
                      ${mode === 'sign-in' ? t.forgotPassword : t.backToSignIn}
                    </button>`
                  : nothing
              }
            </div>`
    }
  </form>`;
}
