import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { EsimBackend } from '../api/backend.js';
import type { Session } from '../api/schemas.js';
import type { Catalogue } from '../i18n/en.js';
import type { SignInController } from './sign-in-form.js';

/* A shape check that catches typos early; the backend validates for real. Here, in the script-tag
 * entry with the form's loader, because the flow's chunk and the form's both use it: a module only they
 * shared would be a chunk of its own, one more request before either can run. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmail(value: string): boolean {
  return EMAIL.test(value.trim());
}

/** A session from the built-in form, with the email the customer signed in with. */
export type SignedIn = Session & { email: string };

export interface SignInOptions {
  backend: () => EsimBackend;
  t: () => Catalogue;
  onSignedIn: (session: SignedIn) => void;
  /** Reports an unexpected failure (fires `esim-error`) and returns its localized message. */
  reportError: (error: unknown) => string | undefined;
}

/* The form's code (src/internal/sign-in-form.ts): only a 401 needs it, so it is a chunk of its own in
 * the script-tag build, fetched when the backend first answers 401 (EsimElement holds that answer
 * until the code is in, so the form renders at once). */
let form: typeof import('./sign-in-form.js') | undefined;
let loading: Promise<void> | undefined;

/** Fetches the sign-in form's code, once; resolves when it is in hand (or could not be fetched). */
export function loadSignInForm(): Promise<void> {
  loading ??= import('./sign-in-form.js').then(
    (module) => {
      form = module;
    },
    (error: unknown) => {
      loading = undefined;
      console.warn('esim-elements: the sign-in form did not load.', error);
    },
  );
  return loading;
}

/** An element's built-in sign-in form, as the element renders it. */
export interface SignIn {
  /** The form (empty until its code is in, then rendered again). */
  render(): TemplateResult;
}

/**
 * The built-in sign-in form ("forgot password" included), shared by both elements: a stand-in until
 * the form's code is in, then its {@link SignInController} (src/internal/sign-in-form.ts), created at
 * the first render, which keeps what the customer typed across failed attempts and never says
 * whether an account exists. Hosts must include `formStyles` (src/internal/form.styles.ts) in their
 * `static styles`.
 */
export function signInForm(host: ReactiveControllerHost & HTMLElement, options: SignInOptions): SignIn {
  let controller: SignInController | undefined;
  let fetching = false;
  /** The form's code could not be fetched (the last attempt). */
  let failed = false;
  return {
    render() {
      if (form) return (controller ??= new form.SignInController(host, options)).render();
      // Normally in hand already (see loadSignInForm); otherwise it renders once it is. A fetch that
      // failed is tried again every few seconds, never in a loop (Chromium keeps a failed import's
      // failure for the page's life, so there the customer's way forward is the reload the message
      // asks for).
      if (!fetching) {
        fetching = true;
        void loadSignInForm().then(() => {
          failed = !form;
          host.requestUpdate();
          // Again in a few seconds while the element is on the page (a removed one tries again when
          // it renders next, back on the page).
          setTimeout(() => {
            fetching = false;
            if (failed && host.isConnected) host.requestUpdate();
          }, 3000);
        });
      }
      const t = options.t();
      return failed
        ? html`<p class="form-error" part="error" role="alert">${t.errorNetwork}</p>`
        : html`<p role="status"><span class="spinner" aria-hidden="true"></span> ${t.loading}</p>`;
    },
  };
}
