import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { EsimBackend } from '../../api/backend.js';
import { EsimApiError } from '../../api/errors.js';
import type { Cancellation } from '../../api/schemas.js';
import { cancellationStatusLabel, esimLabel } from '../../internal/esim-display.js';
import { EsimElement } from '../../internal/esim-element.js';
import { emit } from '../../internal/events.js';
import { formatDate } from '../../internal/format.js';
import { formStyles } from '../../internal/form.styles.js';
import { SignInController } from '../../internal/sign-in.js';
import { themeStyles } from '../../internal/theme.styles.js';
import type { FlowStep } from '../events.js';
import { flowStyles } from './esim-cancel-flow.styles.js';
import {
  initialState,
  problems,
  REASON_FIELDS,
  stepsBefore,
  transition,
  type FlowEvent,
  type FlowState,
  type Op,
  type Source,
} from './flow-machine.js';
import { DEFAULT_REASONS, type CancelReason } from './reasons.js';
import { completedStep } from './steps/completed.js';
import { confirmStep } from './steps/confirm.js';
import { pendingStep } from './steps/pending.js';
import { reasonStep } from './steps/reason.js';
import { rejectedStep } from './steps/rejected.js';
import { reviewStep } from './steps/review.js';
import { selectStep } from './steps/select.js';
import { button, safeUrl, type StepContext, type StepView } from './steps/shared.js';
import { withdrawnStep } from './steps/withdrawn.js';

export type { CancelReason } from './reasons.js';

const PAGE_SIZE = 20;
const MAX_POLL_MS = 60_000;
/** Loads that replace the step's content with a loading line until they answer. */
const LOADS: ReadonlySet<Op | null> = new Set<Op | null>(['esims', 'esim', 'quote', 'cancellation']);
/* One render module per step; sign-in is the shared SignInController's form. */
const STEPS: Partial<Record<FlowStep, (ctx: StepContext) => StepView>> = {
  select: selectStep,
  review: reviewStep,
  reason: reasonStep,
  confirm: confirmStep,
  pending: pendingStep,
  completed: completedStep,
  rejected: rejectedStep,
  withdrawn: withdrawnStep,
};
const FINAL: ReadonlySet<FlowStep | null> = new Set<FlowStep | null>(['completed', 'rejected', 'withdrawn']);

/**
 * The guided cancellation of one eSIM: choose it, review what cancelling means, give a reason,
 * confirm explicitly, then track the request to its end. Every step is announced, has a focusable
 * heading, works by keyboard alone, and offers support.
 *
 * The flow runs by itself once it has a backend (`api-base` or `backend`). It never removes itself:
 * when the customer is done (or keeps the eSIM) it fires `esim-cancel-close`, and the host closes
 * the dialog or navigates. Focus moves to the new step's heading on every step change; on the first
 * step only when the element has the `autofocus` attribute or sits in a `<dialog>` (a flow placed on
 * a page does not steal focus while the page loads). `focus()` moves focus to the current heading.
 *
 * @summary Guided, verified cancellation of an eSIM, with review, reason, confirmation and tracking.
 * @tag esim-cancel-flow
 *
 * @slot support - Replaces the default support links (from `support-url` / `support-email`) shown on every step.
 *
 * @fires {CustomEvent<EsimCancelStepDetail>} esim-cancel-step - On every step change, including the first step shown.
 * @fires {CustomEvent<EsimCancelSubmitDetail>} esim-cancel-submit - Just before the cancellation is sent; cancelable (the host may veto it).
 * @fires {CustomEvent<EsimCancellationDetail>} esim-cancel-submitted - The backend accepted the request.
 * @fires {CustomEvent<EsimCancellationDetail>} esim-cancel-status - The request's status changed from the last one seen (polling, check status, withdrawal).
 * @fires {CustomEvent<EsimCancellationDetail>} esim-cancel-complete - The cancellation is verified: the eSIM reads back as cancelled (or is gone); also when a completed request is opened. Fired just before the step changes to `completed`.
 * @fires {CustomEvent<EsimCancelCloseDetail>} esim-cancel-close - The customer leaves the flow ("Keep my eSIM", "Close", "Done").
 * @fires {CustomEvent<EsimAuthRequiredDetail>} esim-auth-required - The backend answered 401; cancelable: prevent it to sign the customer in yourself, then call `detail.retry()`. Otherwise the built-in sign-in step shows (when the backend supports it).
 * @fires {CustomEvent<EsimErrorDetail>} esim-error - A failure is shown to the customer.
 *
 * @csspart base - The whole flow (a labelled region).
 * @csspart header - Progress and heading.
 * @csspart progress - "Step 2 of 4", before submission.
 * @csspart heading - The step's heading (focused on step changes).
 * @csspart body - The step's content.
 * @csspart footer - Back, leave, and the step's main actions.
 * @csspart button - Every button.
 * @csspart back-button - Back.
 * @csspart close-button - Leaves the flow: "Keep my eSIM", "Close" or "Done".
 * @csspart next-button - Continue to the next step.
 * @csspart submit-button - Sends the cancellation; its text says what happens.
 * @csspart retry-button - Retries a failed request.
 * @csspart more-button - Loads more eSIMs on the select step.
 * @csspart check-button - Checks the request's status now.
 * @csspart withdraw-button - Withdraws the request (asks first).
 * @csspart withdraw-confirm-button - Confirms the withdrawal.
 * @csspart withdraw-cancel-button - Keeps the request.
 * @csspart copy-button - Copies the reference.
 * @csspart print-button - Prints the confirmation.
 * @csspart save-button - Saves the confirmation as a text file.
 * @csspart field - A form field (label, input, hint, error).
 * @csspart label - A field's label or a group's legend.
 * @csspart input - A text input or textarea.
 * @csspart choice - One option of a radio group (an eSIM, a reason).
 * @csspart error - A field's error, or a failed request with its way forward.
 * @csspart summary - A list of details (eSIM, quote, request).
 * @csspart warning - Warnings before cancelling.
 * @csspart notice - A highlighted note (why an eSIM cannot be cancelled, the withdrawal question).
 * @csspart reference - The request's reference number.
 * @csspart status - A status badge (icon and words).
 * @csspart support - Support links (or the `support` slot).
 * @csspart sign-in - The built-in sign-in form.
 * @csspart actions - The sign-in form's buttons.
 * @csspart link-button - "Forgot password?" and "Back to sign in" on the sign-in form.
 *
 * @cssprop [--esim-flow-background=var(--esim-color-surface, #ffffff)] - Background of the flow.
 * @cssprop [--esim-flow-padding=var(--esim-spacing-l, 1.25rem)] - Inner spacing.
 * @cssprop [--esim-flow-gap=var(--esim-spacing-m, 0.75rem)] - Space between blocks.
 * @cssprop [--esim-flow-border=1px solid var(--esim-color-border, #c9ced6)] - Border of the flow.
 * @cssprop [--esim-flow-radius=var(--esim-radius, 0.5rem)] - Corner radius of the flow.
 * @cssprop [--esim-flow-max-inline-size=40rem] - Widest the flow grows.
 * @cssprop [--esim-flow-heading-size=var(--esim-font-size-l, 1.25rem)] - Size of step headings.
 * @cssprop [--esim-flow-progress-color=var(--esim-color-primary, #1f5fd1)] - Completed segments of the progress bar.
 * @cssprop [--esim-color-primary=#1f5fd1] - Primary buttons, links, focus (shared token; see the theme tokens for the rest).
 * @cssprop [--esim-color-danger=#b42318] - The submit button and errors (shared token).
 */
export class EsimCancelFlow extends EsimElement {
  static override styles = [themeStyles, formStyles, flowStyles];

  /** Start on this eSIM (its review); without it the flow starts by choosing one. */
  @property({ attribute: 'esim-id' }) esimId = '';

  /** Open the tracking view of an existing request (e.g. from the link in the confirmation email). Wins over `esim-id`. */
  @property({ attribute: 'cancellation-id' }) cancellationId = '';

  /** Support page, linked from every step. */
  @property({ attribute: 'support-url' }) supportUrl = '';

  /** Support email address, linked from every step. */
  @property({ attribute: 'support-email' }) supportEmail = '';

  /** Prefills the email the decision is sent to (the customer can change it). */
  @property({ attribute: 'contact-email' }) contactEmail = '';

  /**
   * The reasons offered, in order: `{ value, label?, requiresNote?, technical? }`. `value` is sent to
   * the backend; `label` is shown (the defaults are translated); `requiresNote` makes the note
   * mandatory; `technical` adds the advice to keep the eSIM installed until support has looked at it.
   */
  @property({ attribute: false }) reasons: readonly CancelReason[] = DEFAULT_REASONS;

  /** First wait between status checks while a request is pending, in ms; it grows ×1.5 up to 60 s. */
  @property({ type: Number, attribute: 'poll-interval' }) pollInterval = 5000;

  @state() private flow: FlowState = initialState();
  @state() private announcement = '';
  @state() private copyNote = '';

  private running?: { op: Op; controller: AbortController };
  private pollTimer?: ReturnType<typeof setTimeout>;
  private pollAbort?: AbortController;
  private pollDelay = 0;
  private lastStep: FlowStep | null = null;
  private interacted = false;
  private focusTarget: 'heading' | 'invalid' | null = null;
  private retryAt = 0;
  private retryTimer?: ReturnType<typeof setTimeout>;

  private readonly signIn = new SignInController(this, {
    backend: () => this.api,
    t: () => this.t,
    onSignedIn: (session) => {
      this.sessionToken = session.token ?? undefined;
      this.send({ type: 'signed-in', email: session.email });
    },
    reportError: (error) => this.reportError(error, 'sign-in'),
  });

  /** The step shown, or null while the first data loads. */
  get step(): FlowStep | null {
    return this.flow.step;
  }

  /** True while the customer has typed or chosen something that closing the flow would lose. */
  get hasUnsavedInput(): boolean {
    const { form, cancellation } = this.flow;
    return !cancellation && Boolean(form.reason || form.note || form.lastFour || form.acknowledged);
  }

  /** The request being tracked, once there is one. */
  get cancellation(): Cancellation | null {
    return this.flow.cancellation;
  }

  /** Moves focus to the current step's heading. */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus(options);
  }

  constructor() {
    super();
    const markInteracted = () => (this.interacted = true);
    for (const type of ['pointerdown', 'click', 'keydown']) this.addEventListener(type, markInteracted);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.onVisibility);
    // Back on the page after a detach: pick up what was interrupted (a submission reuses its key).
    if (this.hasUpdated) this.effects();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.running?.controller.abort();
    this.running = undefined;
    this.stopPolling();
    clearTimeout(this.retryTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('esimId') || changed.has('cancellationId')) {
      // A new flow: its first step has no previous one.
      this.lastStep = null;
      this.send({
        type: 'open',
        esimId: this.esimId || null,
        cancellationId: this.cancellationId || null,
        contactEmail: this.contactEmail,
      });
    } else if (changed.has('contactEmail') && !this.flow.form.contactEmail && !this.flow.cancellation) {
      this.send({ type: 'edit', field: 'contactEmail', value: this.contactEmail });
    }
  }

  protected override updated(): void {
    const target = this.focusTarget;
    this.focusTarget = null;
    if (target === 'heading') this.focus();
    else if (target === 'invalid') this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  /** Feeds an event to the machine, then fires the events and runs the effects of the change. */
  private send = (event: FlowEvent): void => {
    const prev = this.flow;
    const next = transition(prev, event, this.reasons);
    if (next === prev) return;
    this.flow = next;
    const t = this.t;
    const c = next.cancellation;
    if (c && prev.cancellation?.id === c.id && prev.cancellation.status !== c.status) {
      emit(this, 'esim-cancel-status', { cancellation: c });
      this.announcement = t.statusNow(cancellationStatusLabel(t, c.status));
    }
    if (next.step !== prev.step && next.step) {
      if (next.step === 'completed' && c) emit(this, 'esim-cancel-complete', { cancellation: c });
      // Focus follows the customer: after they used the flow, or when they opened it (dialog,
      // autofocus). A flow that changes step on its own while the page loads (a 401 → sign-in)
      // must not pull focus and scroll the page.
      const userOpened = this.autofocus || this.closest('dialog') !== null;
      if (this.interacted || userOpened) this.focusTarget = 'heading';
      emit(this, 'esim-cancel-step', {
        step: next.step,
        previousStep: this.lastStep,
        esimId: next.esimId,
        cancellationId: next.cancellationId,
      });
      this.lastStep = next.step;
      const steps = stepsBefore(next);
      const index = steps.indexOf(next.step);
      this.announcement = index >= 0 ? t.flowProgress(index + 1, steps.length) : this.titleOf(next.step);
      this.copyNote = '';
      if (next.step === 'pending') this.pollDelay = this.pollInterval;
    } else if (next.showProblems && (event.type === 'next' || event.type === 'submit')) {
      // The field's own error is read with it.
      this.focusTarget = 'invalid';
    }
    this.effects();
  };

  /** Starts what the state asks for: the busy operation, and polling while a request is pending. */
  private effects(): void {
    const busy = this.flow.busy;
    if (busy !== (this.running?.op ?? null)) {
      this.running?.controller.abort();
      this.running = undefined;
      if (busy && this.isConnected) void this.run(busy);
    }
    this.syncPolling();
  }

  private async run(op: Op): Promise<void> {
    const controller = new AbortController();
    this.running = { op, controller };
    try {
      const event = await this.perform(op, this.flow, controller.signal);
      if (this.running?.controller !== controller) return;
      this.running = undefined;
      if (event.type === 'cancellation' && op === 'submit') {
        emit(this, 'esim-cancel-submitted', { cancellation: event.cancellation });
      }
      this.send(event);
    } catch (error) {
      // Superseded or detached: the abort was ours and the outcome no longer matters.
      if (this.running?.controller !== controller) return;
      this.running = undefined;
      this.fail(op, error);
    }
  }

  /** The backend call behind each operation, as the event that reports its outcome. */
  private async perform(op: Op, s: FlowState, signal: AbortSignal): Promise<FlowEvent> {
    const api: EsimBackend = this.api;
    const esimId = s.esimId!;
    switch (op) {
      case 'esims':
      case 'more': {
        const cursor = op === 'more' ? s.nextCursor : null;
        const page = await api.listEsims({ cursor, limit: PAGE_SIZE }, { signal });
        return { type: 'page', page, append: op === 'more' };
      }
      case 'esim':
        return { type: 'esim', esim: await api.getEsim(esimId, { signal }) };
      case 'quote':
        return { type: 'quote', quote: await api.getCancellationQuote(esimId, { signal }) };
      case 'verify':
        return { type: 'verified', cancelled: (await api.getEsim(esimId, { signal })).status === 'cancelled' };
      case 'cancellation':
      case 'check':
        return { type: 'cancellation', cancellation: await api.getCancellation(s.cancellationId!, { signal }), source: op };
      case 'withdraw': {
        const cancellation = await api.withdrawCancellation(s.cancellationId!, { signal, idempotencyKey: s.withdrawKey! });
        return { type: 'cancellation', cancellation, source: op };
      }
      case 'submit': {
        const { form } = s;
        const detail = { esimId, reason: form.reason, note: form.note.trim(), contactEmail: form.contactEmail.trim() };
        if (!emit(this, 'esim-cancel-submit', detail, { cancelable: true })) return { type: 'vetoed' };
        const cancellation = await api.submitCancellation(
          esimId,
          {
            reason: detail.reason,
            note: detail.note || undefined,
            contactEmail: detail.contactEmail,
            quoteId: s.quote?.quoteId,
            acknowledged: true,
          },
          { signal, idempotencyKey: s.submitKey! },
        );
        return { type: 'cancellation', cancellation, source: op };
      }
    }
  }

  private fail(source: Source, error: unknown): void {
    const repeated = source === 'poll' && this.flow.failure?.source === 'poll';
    this.send({ type: 'failed', source, error });
    // The machine may have turned the failure into progress (a duplicate to track, a removed eSIM).
    if (this.flow.failure?.error !== error || repeated) return;
    if (EsimElement.isUnauthenticated(error)) {
      const hostSignsIn = !emit(this, 'esim-auth-required', { retry: () => this.send({ type: 'retry' }) }, { cancelable: true });
      if (!hostSignsIn && this.canSignIn()) {
        this.send({ type: 'sign-in' });
        return;
      }
    }
    this.reportError(error, this.flow.step ?? undefined);
    const wait = error instanceof EsimApiError ? error.retryAfter : undefined;
    if (wait) {
      this.retryAt = Date.now() + wait * 1000;
      clearTimeout(this.retryTimer);
      this.retryTimer = setTimeout(() => this.requestUpdate(), wait * 1000);
    }
  }

  private canSignIn(): boolean {
    try {
      return typeof this.api.signIn === 'function';
    } catch {
      return false;
    }
  }

  private syncPolling(): void {
    const { step, cancellation } = this.flow;
    const wanted = this.isConnected && step === 'pending' && cancellation !== null && document.visibilityState !== 'hidden';
    if (!wanted) this.stopPolling();
    else if (this.pollTimer === undefined && !this.pollAbort) {
      this.pollTimer = setTimeout(() => void this.poll(), this.pollDelay);
    }
  }

  private stopPolling(): void {
    clearTimeout(this.pollTimer);
    this.pollTimer = undefined;
    this.pollAbort?.abort();
    this.pollAbort = undefined;
  }

  private async poll(): Promise<void> {
    this.pollTimer = undefined;
    const controller = new AbortController();
    this.pollAbort = controller;
    let event: FlowEvent | undefined;
    let failed: unknown;
    try {
      const cancellation = await this.api.getCancellation(this.flow.cancellationId!, { signal: controller.signal });
      event = { type: 'cancellation', cancellation, source: 'poll' };
    } catch (error) {
      failed = error;
    }
    if (this.pollAbort !== controller) return;
    this.pollAbort = undefined;
    // Back off, and never ask again sooner than a 429's Retry-After says.
    const retryAfter = failed instanceof EsimApiError ? (failed.retryAfter ?? 0) : 0;
    this.pollDelay = Math.min(Math.max(this.pollDelay * 1.5, retryAfter * 1000), MAX_POLL_MS);
    // A foreground request (check, withdraw) is newer than this answer: let it decide.
    if (!this.flow.busy) {
      if (event) this.send(event);
      else this.fail('poll', failed);
    }
    this.syncPolling();
  }

  private onVisibility = (): void => {
    this.stopPolling();
    // Back in view: check at once rather than after the remaining wait.
    if (document.visibilityState === 'visible' && this.flow.step === 'pending') void this.poll();
  };

  private titleOf(step: FlowStep): string {
    const t = this.t;
    return step === 'sign-in' ? t.signInTitle : this.view(step)?.title ?? t.flowLabel;
  }

  private context(): StepContext {
    const s = this.flow;
    return {
      state: s,
      t: this.t,
      locale: this.localize.intlLocale,
      reasons: this.reasons,
      problems: s.showProblems ? problems(s, this.reasons) : {},
      send: this.send,
      copyReference: this.copyReference,
      print: () => window.print(),
      save: this.save,
    };
  }

  private view(step: FlowStep | null): StepView | undefined {
    return step ? STEPS[step]?.(this.context()) : undefined;
  }

  private copyReference = (): void => {
    const reference = this.flow.cancellation?.reference ?? '';
    const done = (note: string) => {
      this.copyNote = note;
      this.announcement = note;
    };
    // Clipboard access needs a secure context and may be refused: say so rather than fail silently.
    const t = this.t;
    Promise.resolve()
      .then(() => navigator.clipboard.writeText(reference))
      .then(
        () => done(t.copied),
        () => done(t.copyFailed),
      );
  };

  private save = (): void => {
    const c = this.flow.cancellation;
    if (!c) return;
    const t = this.t;
    const locale = this.localize.intlLocale;
    const esim = this.flow.esim;
    const lines = [
      t.saveTitle,
      '',
      `${t.labelReference}: ${c.reference}`,
      `${t.labelStatus}: ${cancellationStatusLabel(t, c.status)}`,
      esim ? `${t.labelEsim}: ${esimLabel(t, esim)}` : '',
      `${t.labelSubmitted}: ${formatDate(locale, c.createdAt, 'datetime')}`,
      c.expectedDecisionBy ? `${t.labelDecision}: ${formatDate(locale, c.expectedDecisionBy)}` : '',
      `${t.labelContact}: ${c.contactEmail}`,
    ];
    const url = URL.createObjectURL(new Blob([lines.filter(Boolean).join('\n')], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${c.reference.replace(/[^\w-]+/g, '_')}.txt`;
    link.click();
    // The download has started from the click; the URL is only needed that long.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  private failure(): TemplateResult | typeof nothing {
    const failure = this.flow.failure;
    if (!failure) return nothing;
    const t = this.t;
    const error = failure.error instanceof EsimApiError ? failure.error : undefined;
    const waiting = this.retryAt > Date.now();
    // Field messages the current step cannot show next to one of its fields.
    const stray = Object.entries(this.flow.serverProblems).filter(([field]) => !(this.flow.step === 'reason' && REASON_FIELDS.has(field)));
    return html`<div class="form-error failure" part="error" role="alert">
      ${failure.source === 'poll' ? html`<p>${t.statusRefreshFailed}</p>` : nothing}
      <p>${this.errorMessage(failure.error)}</p>
      ${error?.code === 'unauthenticated' ? html`<p>${t.signedOutWaiting}</p>` : nothing}
      ${stray.length ? html`<ul>${stray.map(([, text]) => html`<li>${text}</li>`)}</ul>` : nothing}
      ${error?.retryable || error?.code === 'unauthenticated'
        ? html`<div class="actions">
            <button
              type="button"
              class="btn"
              part="button retry-button"
              aria-disabled=${waiting ? 'true' : 'false'}
              @click=${() => this.retryAt <= Date.now() && this.send({ type: 'retry' })}
            >
              ${t.retry}
            </button>
          </div>`
        : this.supportLinks()}
    </div>`;
  }

  private supportLinks(): TemplateResult | typeof nothing {
    const t = this.t;
    const url = safeUrl(this.supportUrl);
    const email = this.supportEmail;
    if (!url && !email) return nothing;
    return html`<p class="support-links">
      ${url ? html`<a href=${url} target="_blank" rel="noopener">${t.contactSupport}</a>` : nothing}
      ${email ? html`<a href="mailto:${email}">${t.supportEmailLink(email)}</a>` : nothing}
    </p>`;
  }

  private footer(view: StepView | undefined, loading: boolean): TemplateResult {
    const s = this.flow;
    const t = this.t;
    const before = !s.cancellation && s.origin !== 'tracking';
    const canGoBack = s.history.length > 0 && !s.cancellation && s.busy !== 'submit' && s.step !== 'sign-in';
    const final = FINAL.has(s.step);
    const leave = button(
      before ? t.flowKeep : final ? t.flowDone : t.close,
      () => emit(this, 'esim-cancel-close', { step: s.step ?? this.lastStep ?? 'select' }),
      before ? 'btn-link' : final ? 'btn-primary' : '',
      'close-button',
    );
    return html`<footer class="footer" part="footer">
      ${canGoBack ? button(t.flowBack, () => this.send({ type: 'back' }), '', 'back-button') : nothing}
      ${final ? nothing : leave}
      <span class="end">${loading ? nothing : view?.actions}${final ? leave : nothing}</span>
    </footer>`;
  }

  protected override render(): TemplateResult {
    const s = this.flow;
    const t = this.t;
    const loading = LOADS.has(s.busy);
    const view = this.view(s.step);
    const steps = stepsBefore(s);
    const index = s.step ? steps.indexOf(s.step) : -1;
    const support = this.supportLinks();
    const notice = s.notice && s.cancellation ? (s.notice === 'duplicate' ? t.noticeDuplicate : t.noticeResumed) : '';
    return html`<section class="base" part="base" aria-label=${t.flowLabel} aria-busy=${loading ? 'true' : 'false'}>
      ${s.step === 'sign-in'
        ? html`<div class="body" part="body">${this.signIn.render()}</div>
            ${this.footer(undefined, false)}`
        : html`<header class="header" part="header">
              ${index >= 0
                ? html`<p class="progress" part="progress">${t.flowProgress(index + 1, steps.length)}</p>
                    <ol class="bar" aria-hidden="true">
                      ${steps.map((_, i) => html`<li ?data-done=${i <= index}></li>`)}
                    </ol>`
                : nothing}
              <h2 id="heading" part="heading" tabindex="-1">${view?.title ?? t.flowLabel}</h2>
            </header>
            <div class="body" part="body">
              ${notice ? html`<p class="notice" part="notice">${notice}</p>` : nothing}
              ${loading
                ? html`<p class="loading"><span class="spinner" aria-hidden="true"></span>${t.loading}</p>`
                : view?.body}
              ${this.failure()}
              ${this.copyNote ? html`<p class="hint">${this.copyNote}</p>` : nothing}
            </div>
            ${this.footer(view, loading)}`}
      <div class="support" part="support">
        <slot name="support">${support === nothing ? nothing : html`<span>${t.flowNeedHelp}</span>${support}`}</slot>
      </div>
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </section>`;
  }
}
