import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { EsimBackend } from '../api/backend.js';
import type { Session } from '../api/schemas.js';
import type { Catalogue } from '../i18n/en.js';

/* A shape check that catches typos early; the backend validates for real. Here, in the script-tag
 * entry with the controller, because the flow's chunk and the form's both use it: a module only they
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

/**
 * The built-in sign-in form ("forgot password" included), shared by both elements. It keeps what the
 * customer typed across failed attempts and never says whether an account exists.
 * Hosts must include `formStyles` (src/internal/form.styles.ts) in their `static styles`.
 * The state lives here; the form's template and its submission in src/internal/sign-in-form.ts.
 */
export class SignInController implements ReactiveController {
  email = '';
  /** @internal The form's state (src/internal/sign-in-form.ts). */
  password = '';
  /** @internal */
  mode: 'sign-in' | 'reset' | 'reset-sent' = 'sign-in';
  /** @internal */
  busy = false;
  /** @internal */
  error = '';
  /** @internal */
  fieldErrors: { email?: string; password?: string } = {};
  /** @internal */
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
    if (!form) {
      // Normally in hand already (see loadSignInForm); otherwise it renders once it is.
      void loadSignInForm().then(() => this.host.requestUpdate());
      return html``;
    }
    return form.renderSignIn(this);
  }
}
