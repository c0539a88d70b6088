// Over 350 lines: ~60 are the public JSDoc the manifest is built from; the rest is one form whose fields, send, retry and receipt share the state of one attempt (its key must not be split from its inputs).
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Declaration, DeclarationKind, DeclarationRequest } from '../../api/declaration-schemas.js';
import { toEsimApiError } from '../../api/errors.js';
import { newIdempotencyKey } from '../../api/http-backend.js';
import { DECLARATION_FIELD_MAX, NOTE_MAX } from '../../api/limits.js';
import type { LocaleSection } from '../../i18n/locales.js';
import { download } from '../../internal/download.js';
import { EsimElement, NotConfiguredError } from '../../internal/esim-element.js';
import type { DeclarationStep } from '../../internal/event-types.js';
import { emit } from '../../internal/events.js';
import { formStyles } from '../../internal/form.styles.js';
import { isolate } from '../../internal/isolate.js';
import { panelStyles } from '../../internal/panel.styles.js';
import { RetryAfterController } from '../../internal/retry-after.js';
import { themeStyles } from '../../internal/theme.styles.js';
import {
  emptyForm,
  fieldsOf,
  problemsOf,
  requestOf,
  SERVER_FIELDS,
  today,
  type DeclarationField,
  type DeclarationForm,
  type DeclarationProblem,
} from './declaration-form.js';
import { declarationStyles } from './esim-cancel-declaration.styles.js';
import { facts, madeWith, receiptText } from './receipt.js';

/** What the host may fill in for the customer (e.g. a signed-in customer withdrawing from the list's flow). */
export type DeclarationPrefill = Partial<Pick<DeclarationForm, 'name' | 'email' | 'iccid' | 'orderReference'>>;

/** A submission: its request and key, kept until the backend answers, so a retry sends the same declaration. */
interface Attempt {
  key: string;
  request: DeclarationRequest;
}

/** Codes after which the backend recorded nothing, for sure: the customer may change the form and send anew. */
const NOT_RECORDED = new Set(['validation_failed', 'idempotency_mismatch', 'not_found', 'forbidden', 'unauthenticated', 'not_configured']);

/**
 * Cancel a contract, or withdraw from a purchase, without signing in: the confirmation page that a
 * host's always-visible "Cancel contracts here" link leads to (Germany, BGB §312k; the EU's
 * withdrawal function, Directive 2023/2673). It asks only what the rules allow (name, email for the
 * confirmation, the contract by ICCID or order reference, and for a cancellation its type and when
 * it takes effect), sends the declaration exactly once (`Idempotency-Key`, reused on every retry),
 * and shows the receipt at once: reference, what was declared, when it was received, where the
 * confirmation goes, with Save (a text file) and Print.
 *
 * It needs `api-base` (the backend's `POST /cancellation-declarations`) or a `backend` with
 * `submitDeclaration`; no sign-in, no token. The customer's answers are never lost: a failed send
 * keeps them, a retry sends the same declaration, and a declaration whose fate is unknown is never
 * sent a second time as a new one.
 *
 * @summary Cancel or withdraw without signing in, with an immediate receipt to save or print.
 * @tag esim-cancel-declaration
 *
 * @fires {CustomEvent<EsimCancelStepDetail>} esim-cancel-step - `declare` when the form shows, `declared` when the receipt does.
 * @fires {CustomEvent<EsimDeclarationSubmitDetail>} esim-cancel-submit - Just before the declaration is sent: `{ declaration }` (the request); cancelable (the host may veto it, the form stays as it is).
 * @fires {CustomEvent<EsimDeclarationDetail>} esim-cancel-submitted - The backend recorded it: `{ declaration }` (its receipt).
 * @fires {CustomEvent<EsimErrorDetail>} esim-error - A failure is shown to the customer (`step: 'declare'`).
 *
 * @csspart base - The whole element (a labelled region).
 * @csspart header - Holds the heading.
 * @csspart heading - The heading (focused when the receipt shows).
 * @csspart body - The form, or the receipt.
 * @csspart intro - The sentence under the heading.
 * @csspart form - The form.
 * @csspart field - A form field: label, input, hint and error.
 * @csspart label - A field's label or a group's legend.
 * @csspart input - A text, email or date input, or the reason's textarea.
 * @csspart hint - A field's hint.
 * @csspart choice - One option of a radio group (type of cancellation, when it takes effect).
 * @csspart error - A field's error, or a failed send with its way forward.
 * @csspart notice - Why the form is locked after a send whose outcome is unknown.
 * @csspart actions - The row of buttons.
 * @csspart button - Every button.
 * @csspart submit-button - "Cancel now" / "Confirm withdrawal" (or "Try again" after a failed send).
 * @csspart summary - The receipt's details.
 * @csspart reference - The declaration's reference.
 * @csspart save-button - Saves the receipt as a text file.
 * @csspart print-button - Prints the receipt.
 *
 * @cssprop [--esim-declaration-background=var(--esim-color-surface, #ffffff)] - Background of the element.
 * @cssprop [--esim-declaration-padding=var(--esim-spacing-l, 1.25rem)] - Inner spacing.
 * @cssprop [--esim-declaration-gap=var(--esim-spacing-m, 0.75rem)] - Space between blocks.
 * @cssprop [--esim-declaration-border=1px solid var(--esim-color-border, #c9ced6)] - Border of the element.
 * @cssprop [--esim-declaration-radius=var(--esim-radius, 0.5rem)] - Corner radius.
 * @cssprop [--esim-declaration-max-inline-size=40rem] - Widest the element grows.
 * @cssprop [--esim-declaration-heading-size=var(--esim-font-size-l, 1.25rem)] - Size of the heading.
 * @cssprop [--esim-color-primary=#1f5fd1] - The main button, links, focus (shared token; see the theme tokens for the rest).
 */
export class EsimCancelDeclaration extends EsimElement {
  static override styles = [themeStyles, formStyles, panelStyles, declarationStyles];
  protected static override localeSections: readonly LocaleSection[] = ['base', 'declaration'];

  /** Reactive properties and attributes. */
  static override properties: PropertyDeclarations = {
    kind: { reflect: true },
    prefill: { attribute: false },
    form: { state: true, attribute: false },
    receipt: { state: true, attribute: false },
    sending: { state: true, attribute: false },
    failure: { state: true, attribute: false },
  };

  /** `cancellation` (default): end the contract; `withdrawal`: withdraw from the purchase within the withdrawal period. */
  kind: DeclarationKind = 'cancellation';

  /**
   * Fills in what the host knows (`{ name, email, iccid, orderReference }`), e.g. for a signed-in
   * customer; the customer can change it. Applied to fields the customer has not typed in.
   */
  prefill?: DeclarationPrefill;

  private form: DeclarationForm = emptyForm();
  /** Fields the customer typed in: a later `prefill` leaves them alone. */
  private readonly typed = new Set<DeclarationField>();
  private showProblems = false;
  /** The backend's words for a field (422), until the customer edits it. */
  private serverProblems: Partial<Record<DeclarationField, string>> = {};
  private attempt?: Attempt;
  /** The attempt whose `esim-cancel-submit` has fired: a retry of it is not a new submission. */
  private announcedKey?: string;
  private sending = false;
  private abort?: AbortController;
  private failure?: unknown;
  private receipt?: Declaration;
  private announcement = '';
  private lastStep: DeclarationStep | null = null;
  private reportedUnavailable?: string;
  private focusTarget = '';
  private readonly retryAfter = new RetryAfterController(this);

  /** The step shown: `declare` (the form), `declared` (the receipt). */
  get step(): DeclarationStep {
    return this.receipt ? 'declared' : 'declare';
  }

  /** The backend's receipt, once the declaration is recorded. */
  get declaration(): Declaration | null {
    return this.receipt ?? null;
  }

  /** Moves focus to the heading. */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus(options);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after a detach mid-send: finish that send, with its key (not announced again).
    if (this.hasUpdated && this.sending && !this.abort) void this.send();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
    this.abort = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('prefill') && this.prefill) {
      const fill = this.prefill;
      const form = { ...this.form };
      for (const key of ['name', 'email', 'iccid', 'orderReference'] as const) {
        if (!this.typed.has(key) && typeof fill[key] === 'string') form[key] = fill[key];
      }
      this.form = form;
    }
    if (changed.has('kind') && this.kind !== 'cancellation' && this.kind !== 'withdrawal') this.kind = 'cancellation';
  }

  protected override updated(): void {
    if (!this.localize.loaded) return;
    // A page that cannot take declarations says so at once (esim-error too, once per cause).
    const unavailable = this.receipt ? undefined : this.unavailable();
    if (unavailable !== this.reportedUnavailable) {
      this.reportedUnavailable = unavailable;
      if (unavailable) this.reportError(new NotConfiguredError(unavailable), 'declare');
    }
    const step = this.step;
    if (step !== this.lastStep) {
      emit(this, 'esim-cancel-step', { step, previousStep: this.lastStep, esimId: null, cancellationId: null });
      this.lastStep = step;
    }
    const target = this.focusTarget;
    this.focusTarget = '';
    if (target) this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }

  /** Why the page cannot take a declaration, before the customer types anything: no backend, or one without declarations. */
  private unavailable(): string | undefined {
    try {
      return this.api.submitDeclaration ? undefined : this.t.declUnavailable;
    } catch (error) {
      if (error instanceof NotConfiguredError) return this.t.errorNotConfigured;
      throw error;
    }
  }

  private edit(field: DeclarationField, value: string | boolean): void {
    if (this.attempt || this.sending) return;
    this.typed.add(field);
    this.form = { ...this.form, [field]: value };
    if (this.serverProblems[field]) this.serverProblems = { ...this.serverProblems, [field]: undefined };
  }

  private onSubmit = (event: Event): void => {
    event.preventDefault();
    if (this.sending || this.retryAfter.waiting) return;
    if (!this.attempt) {
      const problems = problemsOf(this.kind, this.form);
      if (Object.keys(problems).length) {
        this.showProblems = true;
        this.failure = undefined;
        this.focusTarget = '[aria-invalid="true"]';
        this.requestUpdate();
        return;
      }
      this.attempt = { key: newIdempotencyKey(), request: requestOf(this.kind, this.form) };
    }
    void this.send();
  };

  /** Sends the attempt (again, with its key, after a failure); at most one send at a time. */
  private async send(): Promise<void> {
    const attempt = this.attempt;
    if (!attempt) return;
    if (this.announcedKey !== attempt.key) {
      if (!emit(this, 'esim-cancel-submit', { declaration: attempt.request })) {
        this.attempt = undefined;
        this.requestUpdate();
        return;
      }
      this.announcedKey = attempt.key;
    }
    const abort = (this.abort = new AbortController());
    this.sending = true;
    this.failure = undefined;
    this.announcement = this.t.declSending;
    try {
      const api = this.api;
      if (!api.submitDeclaration) throw new NotConfiguredError('The backend has no submitDeclaration.');
      const declaration = await api.submitDeclaration(attempt.request, { idempotencyKey: attempt.key, signal: abort.signal });
      if (abort.signal.aborted) return;
      this.receipt = declaration;
      this.attempt = undefined;
      this.announcement = this.heading();
      this.focusTarget = 'h2';
      emit(this, 'esim-cancel-submitted', { declaration });
    } catch (error) {
      if (abort.signal.aborted) return;
      this.fail(error);
    } finally {
      if (!abort.signal.aborted) {
        this.sending = false;
        this.abort = undefined;
      }
    }
  }

  private fail(error: unknown): void {
    const code = error instanceof NotConfiguredError ? 'not_configured' : toEsimApiError(error).code;
    this.failure = error;
    if (NOT_RECORDED.has(code)) {
      // Nothing was recorded: the form opens again; a new send is a new declaration.
      this.attempt = undefined;
      const details = code === 'validation_failed' ? (toEsimApiError(error).details ?? {}) : {};
      const problems: Partial<Record<DeclarationField, string>> = {};
      for (const [name, text] of Object.entries(details)) {
        const field = SERVER_FIELDS[name];
        if (field) problems[field] = text;
      }
      this.serverProblems = problems;
      this.showProblems = true;
    }
    this.announcement = '';
    this.focusTarget = '.failure';
    this.reportError(error, 'declare');
    this.retryAfter.hold(error);
  }

  private heading(): string {
    const t = this.t;
    const withdrawal = (this.receipt?.kind ?? this.kind) === 'withdrawal';
    if (this.receipt) return withdrawal ? t.declReceivedWithdrawal : t.declReceivedCancellation;
    return withdrawal ? t.declWithdrawalTitle : t.declCancellationTitle;
  }

  protected override errorMessage(error: unknown): string {
    const code = error instanceof NotConfiguredError ? 'not_configured' : toEsimApiError(error).code;
    // No sign-in here: a backend that wants one, or lacks the endpoint, cannot take declarations on this page.
    if (code === 'unauthenticated' || code === 'not_found' || (error instanceof NotConfiguredError && this.backend)) {
      return this.t.declUnavailable;
    }
    return super.errorMessage(error);
  }

  /** The message for a field, or undefined: the backend's words (422) first, else ours. */
  private problem(field: DeclarationField): string | undefined {
    if (!this.showProblems) return undefined;
    const server = this.serverProblems[field];
    if (server) return isolate(server);
    const problem: DeclarationProblem | undefined = problemsOf(this.kind, this.form)[field];
    const t = this.t;
    switch (problem) {
      case 'name':
        return t.declProblemName;
      case 'email':
        return t.emailInvalid;
      case 'contract':
        return t.declProblemContract;
      case 'iccid':
        return t.declProblemIccid;
      case 'date':
        return t.declProblemDate;
      case 'long':
        return t.declProblemLong(field === 'reason' ? NOTE_MAX : DECLARATION_FIELD_MAX);
      default:
        return undefined;
    }
  }

  private field(
    field: 'name' | 'email' | 'iccid' | 'orderReference' | 'reason' | 'effectiveDate',
    label: string,
    hint: string,
    attrs: { type?: string; autocomplete?: string; inputmode?: string; dir?: string } = {},
  ): TemplateResult {
    const id = `f-${field}`;
    const error = this.problem(field);
    const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || nothing;
    const locked = !!this.attempt || this.sending;
    const input = (e: Event) => this.edit(field, (e.target as HTMLInputElement).value);
    const value = this.form[field];
    return html`<div class="field" part="field">
      <label part="label" for=${id}>${label}</label>
      ${
        field === 'reason'
          ? html`<textarea
              part="input"
              id=${id}
              rows="3"
              .value=${value}
              ?readonly=${locked}
              aria-invalid=${error ? 'true' : 'false'}
              aria-describedby=${describedBy}
              @input=${input}
            ></textarea>`
          : html`<input
              part="input"
              id=${id}
              type=${attrs.type ?? 'text'}
              autocomplete=${attrs.autocomplete ?? 'off'}
              inputmode=${attrs.inputmode ?? nothing}
              dir=${attrs.dir ?? nothing}
              min=${field === 'effectiveDate' ? today() : nothing}
              .value=${value}
              ?readonly=${locked}
              aria-invalid=${error ? 'true' : 'false'}
              aria-describedby=${describedBy}
              @input=${input}
              @change=${input}
            />`
      }
      ${hint ? html`<p class="hint" part="hint" id="${id}-hint">${hint}</p>` : nothing}
      ${error ? html`<p class="field-error" part="error" id="${id}-error">${error}</p>` : nothing}
    </div>`;
  }

  private choices(
    field: 'extraordinary' | 'effective',
    legend: string,
    options: readonly { value: string; label: string; hint?: string }[],
    selected: string,
  ): TemplateResult {
    const locked = !!this.attempt || this.sending;
    return html`<fieldset class="field choices" part="field">
      <legend part="label">${legend}</legend>
      ${options.map(
        (o) =>
          html`<label class="choice" part="choice">
            <input
              type="radio"
              name=${field}
              .value=${o.value}
              .checked=${o.value === selected}
              ?disabled=${locked && o.value !== selected}
              @change=${() => this.edit(field, field === 'extraordinary' ? o.value === 'true' : o.value)}
            />
            <span><b>${o.label}</b>${o.hint ? html`<small>${o.hint}</small>` : nothing}</span>
          </label>`,
      )}
    </fieldset>`;
  }

  private renderForm(): TemplateResult {
    const t = this.t;
    const cancellation = this.kind === 'cancellation';
    const shown = new Set(fieldsOf(this.kind, this.form));
    const unsure = !!this.attempt && !!this.failure && !this.sending;
    const label = this.sending ? t.declSending : unsure ? t.retry : cancellation ? t.declCancelNow : t.declWithdrawNow;
    const waiting = this.retryAfter.waiting;
    return html`<form part="form" novalidate @submit=${this.onSubmit}>
      ${this.field('name', t.declName, t.declNameHint, { autocomplete: 'name' })}
      ${this.field('email', t.declEmail, t.declEmailHint, { type: 'email', autocomplete: 'email' })}
      <fieldset class="field contract" part="field" aria-describedby="contract-hint">
        <legend part="label">${t.declContract}</legend>
        <p class="hint" part="hint" id="contract-hint">${t.declContractHint}</p>
        ${this.field('iccid', t.declIccid, t.declIccidHint, { inputmode: 'numeric', dir: 'ltr' })}
        ${this.field('orderReference', t.declOrderReference, '')}
      </fieldset>
      ${
        cancellation
          ? html`${this.choices(
              'extraordinary',
              t.declType,
              [
                { value: 'false', label: t.declOrdinary, hint: t.declOrdinaryHint },
                { value: 'true', label: t.declExtraordinary, hint: t.declExtraordinaryHint },
              ],
              String(this.form.extraordinary),
            )}
            ${shown.has('reason') ? this.field('reason', t.declReason, t.declReasonHint) : nothing}
            ${this.choices(
              'effective',
              t.declEffective,
              [
                { value: 'asap', label: t.declAsap },
                { value: 'date', label: t.declOnDate },
              ],
              this.form.effective,
            )}
            ${shown.has('effectiveDate') ? this.field('effectiveDate', t.declDate, '', { type: 'date' }) : nothing}`
          : nothing
      }
      ${this.failure ? this.renderFailure(unsure) : nothing}
      <div class="actions" part="actions">
        <button type="submit" class="btn btn-primary" part="button submit-button" aria-disabled=${this.sending || waiting}>
          ${this.sending ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${label}
        </button>
      </div>
    </form>`;
  }

  private renderFailure(unsure: boolean): TemplateResult {
    const t = this.t;
    return html`<div class="form-error failure" part="error" role="alert" tabindex="-1">
      <p>${this.errorMessage(this.failure)}</p>
      ${unsure ? html`<p class="notice" part="notice">${t.declUnsure}</p>` : nothing}
    </div>`;
  }

  private renderReceipt(d: Declaration): TemplateResult {
    const t = this.t;
    const locale = this.localize.intlLocale;
    return html`<p part="intro">${t.declReceivedIntro}</p>
      <dl class="summary" part="summary">
        <dt>${t.declReference}</dt>
        <dd><span class="reference" part="reference" dir="ltr">${isolate(d.reference)}</span></dd>
        ${facts(t, locale, d).map((fact) =>
          fact
            ? html`<dt>${fact[0]}</dt>
                <dd>${fact[1]}</dd>`
            : nothing,
        )}
      </dl>
      <p>${madeWith(t, d)}</p>
      <p>${t.declSentTo(isolate(d.confirmationSentTo))}</p>
      <div class="actions no-print" part="actions">
        <button type="button" class="btn" part="button save-button" @click=${() => download(d.reference, receiptText(t, locale, d))}>
          ${t.declSave}
        </button>
        <button type="button" class="btn" part="button print-button" @click=${() => print()}>${t.declPrint}</button>
      </div>`;
  }

  protected override render(): TemplateResult {
    const t = this.t;
    if (!this.localize.loaded) {
      // The skeleton until the locale's strings are in: never a flash of English.
      return html`<section class="base" part="base" aria-busy="true"><div class="skeleton"></div></section>`;
    }
    const receipt = this.receipt;
    const unavailable = receipt ? undefined : this.unavailable();
    const cancellation = this.kind === 'cancellation';
    return html`<section class="base" part="base" aria-labelledby="heading">
      <header part="header">
        <h2 id="heading" part="heading" tabindex="-1">${this.heading()}</h2>
      </header>
      <div class="body" part="body">
        ${
          receipt
            ? this.renderReceipt(receipt)
            : html`<p part="intro">${cancellation ? t.declCancellationIntro : t.declWithdrawalIntro}</p>
                ${unavailable ? html`<p class="form-error" part="error" role="alert">${unavailable}</p>` : this.renderForm()}`
        }
      </div>
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </section>`;
  }
}
