// Over 350 lines: ~90 are the public JSDoc the manifest is built from; the rest runs the machine's effects (requests, polling, events), the alternatives and the embedded withdrawal declaration.
import type { LocaleSection } from '../../i18n/locales.js';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { EsimApiError, toEsimApiError } from '../../api/errors.js';
import type { Cancellation } from '../../api/schemas.js';
import { copyText } from '../../internal/clipboard.js';
import { cancellationStatusLabel } from '../../internal/esim-display.js';
import { formatDate } from '../../internal/format.js';
import { loadElement } from '../../internal/element-loader.js';
import { EsimElement } from '../../internal/esim-element.js';
import { isolate } from '../../internal/isolate.js';
import { emit } from '../../internal/events.js';
import { formStyles } from '../../internal/form.styles.js';
import { panelStyles } from '../../internal/panel.styles.js';
import { RetryAfterController } from '../../internal/retry-after.js';
import { themeStyles } from '../../internal/theme.styles.js';
import type { FlowStep } from '../../internal/event-types.js';
import { flowStyles } from './esim-cancel-flow.styles.js';
import {
  canGoBack,
  closeStep,
  hasUnsavedInput,
  initialState,
  isFinal,
  isLoading,
  problems,
  REASON_FIELDS,
  stepData,
  stepsBefore,
  stepTitle,
  submissionOf,
  submitting,
  transition,
  type Attempt,
  type FlowEvent,
  type FlowState,
  type Op,
  type Source,
  type Submission,
} from './flow-machine.js';
import { DECLARATION_PARTS } from '../esim-cancel-declaration/parts.js';
import { alternativesFor, defaultAlternatives, type AlternativesOption, type CancelAlternative } from './alternatives.js';
import { DEFAULT_REASONS, type CancelReason } from './reasons.js';
import { alternativesStep } from './steps/alternatives.js';
import { confirmStep } from './steps/confirm.js';
import { reasonStep } from './steps/reason.js';
import { reviewStep } from './steps/review.js';
import { selectStep } from './steps/select.js';
import { button, safeUrl, type StepView } from './steps/shared.js';
import { trackingStep } from './steps/tracking.js';

export type { CancelReason } from './reasons.js';
export type { AlternativesContext, AlternativesOption, CancelAlternative } from './alternatives.js';

const MAX_POLL_MS = 60_000;

/** The withdrawal declaration's parts, under the flow's names (its `base` as `declaration`). */
const DECLARATION_EXPORTS = DECLARATION_PARTS.map((part) => (part === 'base' ? 'base:declaration' : part)).join(',');

/** What the machine set before asking for a call (an id, a key); reported as a failure if it ever is not. */
function required<T>(value: T | null | undefined): T {
  if (value == null) throw new Error('Missing id');
  return value;
}

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
 * @fires {CustomEvent<EsimCancelAlternativesDetail>} esim-cancel-alternatives - The alternatives step is shown: `{ esimId, reason, alternatives }`.
 * @fires {CustomEvent<EsimCancelAlternativeSelectDetail>} esim-cancel-alternative-select - An alternative is chosen: `{ esimId, reason, alternative }`; cancelable (the host handles it: no link opens, the flow stays). Otherwise its link opens, or (without one) the flow ends with `esim-cancel-close`.
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
 * @csspart other-esim-button - Goes on to the eSIM the page asked for while a submission was finishing (`esim-id` changed mid-submission).
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
 * @csspart alternatives - The list of alternatives on the alternatives step.
 * @csspart alternative - One alternative: title, text, steps and its action.
 * @csspart alternative-title - An alternative's title.
 * @csspart alternative-action - An alternative's button or link.
 * @csspart continue-button - "Continue cancelling" on the alternatives step (also a `next-button`).
 * @csspart withdrawal - The review's note that the eSIM is in its withdrawal period (also a `notice`), with "Withdraw instead".
 * @csspart withdraw-instead-button - On the review of an eSIM in its withdrawal period: withdraw instead of cancelling.
 * @csspart declaration - The withdrawal declaration shown after "Withdraw instead" (`<esim-cancel-declaration>`); its other parts come out under the flow's names (`field`, `input`, `submit-button`, `summary`…) plus `intro`, `form` and `hint`.
 * @csspart intro - The withdrawal declaration's opening sentence.
 * @csspart form - The withdrawal declaration's form.
 * @csspart hint - A hint under a field of the withdrawal declaration.
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
  static override styles = [themeStyles, formStyles, panelStyles, flowStyles];
  protected static override localeSections: readonly LocaleSection[] = ['base', 'flow'];

  /** Reactive properties and attributes (declared here rather than with decorators: no decorator code in the chunk). */
  static override properties: PropertyDeclarations = {
    esimId: { attribute: 'esim-id' },
    cancellationId: { attribute: 'cancellation-id' },
    supportUrl: { attribute: 'support-url' },
    supportEmail: { attribute: 'support-email' },
    contactEmail: { attribute: 'contact-email' },
    reasons: { attribute: false },
    alternatives: { attribute: false },
    directCancel: { type: Boolean, attribute: 'direct-cancel' },
    pollInterval: { type: Number, attribute: 'poll-interval' },
    flow: { state: true, attribute: false },
  };

  /** Start on this eSIM (its review); without it the flow starts by choosing one. */
  esimId = '';

  /** Open the tracking view of an existing request (e.g. from the link in the confirmation email). Wins over `esim-id`. */
  cancellationId = '';

  /** Support page, linked from every step. */
  supportUrl = '';

  /** Support email address, linked from every step. */
  supportEmail = '';

  /** Prefills the email the decision is sent to (the customer can change it). */
  contactEmail = '';

  /**
   * The reasons offered, in order: `{ value, label?, requiresNote?, technical? }`. `value` is sent to
   * the backend; `label` is shown (the defaults are translated); `requiresNote` makes the note
   * mandatory; `technical` adds the advice to keep the eSIM installed until support has looked at it.
   */
  reasons: readonly CancelReason[] = DEFAULT_REASONS;

  /**
   * Alternatives to cancelling, shown after the reason when one fits it (the `alternatives` step):
   * per reason value a list of `{ id, title, text, steps?, href?, target?, action }` that replaces the
   * defaults for that reason (`[]` shows none), or a function `({ reason, esim, defaults }) => list`
   * that adds to, replaces or removes them. Texts are shown as text, never HTML. An alternative with
   * `href` (http, https or mailto) opens it as a link (`target`, default `_blank`); one without
   * ends the flow (`esim-cancel-close` with its `alternative` id) for the host to act on. Defaults: moving the eSIM to a new phone (changed device), support with the eSIM's details
   * (a technical reason, when `support-email` or `support-url` is set), keeping it for a later trip
   * (no longer needed, while it stays valid for a week or more). "Continue cancelling" is always one
   * activation away.
   */
  alternatives?: AlternativesOption;

  /**
   * For hosts under rules that allow no step between the cancel button and the confirmation: no
   * alternatives step, and the reason is optional (none given is sent as `unspecified`).
   */
  directCancel = false;

  /** First wait between status checks while a request is pending, in ms; it grows ×1.5 up to 60 s. */
  pollInterval = 5000;

  private flow: FlowState = initialState();
  /* Set together with a change of `flow`, or followed by requestUpdate(): not reactive themselves. */
  /** What the live region says. */
  private announcement = '';
  /** The outcome of copying the reference, shown under the step. */
  private copyNote = '';

  /** The foreground operation in flight (at most one). */
  private running?: { op: Op; abort: AbortController };
  private pollTimer?: ReturnType<typeof setTimeout>;
  private pollAbort?: AbortController;
  private pollDelay = 0;
  private lastStep: FlowStep | null = null;
  private interacted = false;
  /** What to focus after the next render (a selector). */
  private focusTarget = '';
  private readonly retryAfter = new RetryAfterController(this);
  /** The key whose submission `esim-cancel-submit` announced: a retry of it is not a new submission. */
  private announcedKey?: string;
  /** Ids the host set during a submission: opened once the submission is finished or resolved. */
  private switchTo?: { esimId: string; cancellationId: string };

  private readonly signIn = this.createSignIn((session) => this.send({ type: 'signed-in', email: session.email }), 'sign-in');

  /** The step shown, or null while the first data loads. */
  get step(): FlowStep | null {
    return this.flow.step;
  }

  /** True while the customer has typed or chosen something that closing the flow would lose. */
  get hasUnsavedInput(): boolean {
    return hasUnsavedInput(this.flow);
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
    // A pointer or a key activating something shows up as a click; typing as keydown.
    for (const type of ['click', 'keydown']) this.addEventListener(type, () => (this.interacted = true));
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
    this.running?.abort.abort();
    this.running = undefined;
    this.stopPolling();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('esimId') || changed.has('cancellationId')) {
      const ids = { esimId: this.esimId, cancellationId: this.cancellationId };
      // The backend may be making a cancellation: finish or resolve it first, and say so.
      if (submitting(this.flow)) this.switchTo = ids;
      else this.open(ids);
    } else if (
      this.hasUpdated &&
      (changed.has('apiBase') || changed.has('backend') || (this.stalled() && (changed.has('authToken') || changed.has('getAuthToken'))))
    ) {
      // Configuration is live: a backend set (or changed) later loads again (see `reload`). Auth is
      // read on every request, so new auth reloads only what it held up; a framework handing a new
      // getAuthToken function on each render must not send the customer back to the start.
      this.send({ type: 'reload' });
    } else if (changed.has('directCancel') && this.hasUpdated) {
      this.send({ type: 'direct', value: this.directCancel });
    } else if (changed.has('contactEmail') && !this.flow.form.contactEmail) {
      this.send({ type: 'edit', field: 'contactEmail', value: this.contactEmail });
    }
  }

  /** Nothing loaded yet, or what was asked for failed: the state a change of auth may unblock. */
  private stalled(): boolean {
    return this.flow.step === null || !!this.flow.failure;
  }

  /** Starts a new flow on these ids; its first step has no previous one. */
  private open(ids: { esimId: string; cancellationId: string }): void {
    this.switchTo = undefined;
    this.lastStep = null;
    this.send({ type: 'open', ...ids, contactEmail: this.contactEmail, direct: this.directCancel });
  }

  protected override updated(): void {
    const target = this.focusTarget;
    this.focusTarget = '';
    if (target) this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }

  /** Feeds an event to the machine, then fires the events and runs the effects of the change. */
  private send = (event: FlowEvent): void => {
    const prev = this.flow;
    // Leaving the reason: the machine decides the next step from whether this reason has alternatives.
    if (event.type === 'next' && prev.step === 'reason') event = { type: 'next', alternatives: this.currentAlternatives().length > 0 };
    const next = transition(prev, event, this.reasons);
    if (next === prev) return;
    this.flow = next;
    const t = this.t;
    if (this.switchTo && !submitting(next)) {
      // Nothing was made: on to the eSIM the host asked for. Something was: it shows, with a notice.
      if (!next.cancellation) return this.open(this.switchTo);
      if (!prev.cancellation) this.announcement = t.noticeSubmittedFirst;
    }
    const { step, cancellation: c } = next;
    if (next.notice === 'terms-changed' && prev.notice !== 'terms-changed') this.announcement = t.noticeTermsChanged;
    if (c && prev.cancellation?.id === c.id && prev.cancellation.status !== c.status) {
      emit(this, 'esim-cancel-status', { cancellation: c });
      this.announcement = t.statusNow(cancellationStatusLabel(t, c.status));
    }
    if (next.declaring !== prev.declaring) {
      // Into the withdrawal declaration: its heading takes focus once it is there; back out: the review's.
      if (next.declaring === 'form') void this.focusDeclaration();
      else if (!next.declaring) this.focusTarget = 'h2';
    }
    if (step && step !== prev.step) {
      if (step === 'completed' && c) emit(this, 'esim-cancel-complete', { cancellation: c });
      if (step === 'alternatives') {
        emit(this, 'esim-cancel-alternatives', { esimId: next.esimId, reason: next.form.reason, alternatives: this.currentAlternatives() });
      }
      // Focus follows the customer: after they used the flow, or when they opened it (dialog,
      // autofocus). A flow that changes step on its own while the page loads (a 401 → sign-in)
      // must not pull focus and scroll the page.
      if (this.interacted || this.autofocus || this.closest('dialog')) this.focusTarget = 'h2';
      emit(this, 'esim-cancel-step', { step, previousStep: this.lastStep, esimId: next.esimId, cancellationId: next.cancellationId });
      this.lastStep = step;
      const steps = stepsBefore(next);
      const index = steps.indexOf(step);
      this.announcement = index < 0 ? this.heading() : t.flowProgress(index + 1, steps.length);
      this.copyNote = '';
      this.pollDelay = this.pollInterval;
    } else if (next.showProblems && (event.type === 'next' || event.type === 'submit')) {
      // The field's own error is read with it.
      this.focusTarget = '[aria-invalid="true"]';
    }
    this.effects();
  };

  /** Starts what the state asks for: the busy operation, and polling while a request is pending. */
  private effects(): void {
    const busy = this.flow.busy;
    if (busy !== (this.running?.op ?? null)) {
      this.running?.abort.abort();
      this.running = undefined;
      if (busy && this.isConnected) void this.run(busy);
    }
    this.syncPolling();
  }

  private async run(op: Op): Promise<void> {
    const abort = new AbortController();
    this.running = { op, abort };
    const event = await this.call(op, abort.signal);
    if (!event) return;
    this.running = undefined;
    this.deliver(event);
  }

  /** `source`'s backend call, as the event that reports its outcome; undefined once superseded (aborted). */
  private async call(source: Source, signal: AbortSignal): Promise<FlowEvent | undefined> {
    const event = await this.perform(source, this.flow, signal).catch((error: unknown): FlowEvent => ({ type: 'failed', source, error }));
    return signal.aborted ? undefined : event;
  }

  private async perform(source: Source, s: FlowState, signal: AbortSignal): Promise<FlowEvent> {
    const api = this.api;
    const options = { signal };
    if (source === 'esims' || source === 'more') {
      const append = source === 'more';
      return { type: 'page', page: await api.listEsims({ cursor: append ? s.nextCursor : null, limit: 20 }, options), append };
    }
    if (source === 'resolve') return this.resolve(required(s.attempt), signal);
    if (source !== 'esim' && source !== 'quote' && source !== 'verify' && source !== 'submit') {
      const id = required(s.cancellationId);
      const cancellation =
        source === 'withdraw'
          ? await api.withdrawCancellation(id, { signal, idempotencyKey: required(s.withdrawKey) })
          : await api.getCancellation(id, options);
      return { type: 'cancellation', cancellation, source };
    }
    const esimId = required(s.esimId);
    if (source === 'esim') return { type: 'esim', esim: await api.getEsim(esimId, options) };
    if (source === 'quote') return { type: 'quote', quote: await api.getCancellationQuote(esimId, options) };
    if (source === 'verify') return { type: 'verified', cancelled: (await api.getEsim(esimId, options)).status === 'cancelled' };
    const submission = submissionOf(s);
    const key = required(s.submitKey);
    // Once per submission: a retry of it (Try again, back in the page after a detach) is not a new one.
    if (this.announcedKey !== key) {
      const { quoteId: _quoteId, ...detail } = submission;
      if (!emit(this, 'esim-cancel-submit', detail)) return { type: 'vetoed' };
      this.announcedKey = key;
    }
    return { type: 'cancellation', cancellation: await this.sendSubmission(submission, key, signal), source };
  }

  private async sendSubmission({ quoteId, ...detail }: Submission, key: string, signal: AbortSignal): Promise<Cancellation> {
    const cancellation = await this.api.submitCancellation(
      detail.esimId,
      { ...detail, note: detail.note || undefined, quoteId, acknowledged: true },
      { signal, idempotencyKey: key },
    );
    if (!signal.aborted) emit(this, 'esim-cancel-submitted', { cancellation });
    return cancellation;
  }

  /**
   * What became of a submission whose outcome is unknown. An eSIM still untouched (cancellable, no
   * open request) shows it made nothing. Otherwise the attempt itself is sent again with its key:
   * the backend answers with what it made of it (or, if the change was someone else's, refuses it).
   */
  private async resolve({ key, submission }: Attempt, signal: AbortSignal): Promise<FlowEvent> {
    const esim = await this.api.getEsim(submission.esimId, { signal }).catch((error: unknown) => {
      // Some providers remove a cancelled eSIM.
      if (toEsimApiError(error).code === 'not_found') return null;
      throw error;
    });
    if (esim?.cancellation.eligible && !esim.cancellation.openRequestId) return { type: 'resolved', cancellation: null };
    return { type: 'resolved', cancellation: await this.sendSubmission(submission, key, signal) };
  }

  private deliver(event: FlowEvent): void {
    if (event.type !== 'failed') {
      this.send(event);
      // Resolving found nothing: the refusal that started it is now shown, and reported.
      if (event.type === 'resolved' && this.flow.failure) this.reportError(this.flow.failure.error, this.flow.step ?? undefined);
      return;
    }
    const { source, error } = event;
    const repeated = source === 'poll' && this.flow.failure?.source === 'poll';
    this.send(event);
    // The machine may have turned the failure into progress (a duplicate to track, a removed eSIM).
    if (this.flow.failure?.error !== error || repeated) return;
    if (EsimElement.isUnauthenticated(error) && this.offerSignIn(() => this.send({ type: 'retry' }))) {
      return this.send({ type: 'sign-in' });
    }
    this.reportError(error, this.flow.step ?? undefined);
    this.retryAfter.hold(error);
  }

  private syncPolling(): void {
    const { step, cancellation } = this.flow;
    if (!this.isConnected || step !== 'pending' || !cancellation || document.visibilityState === 'hidden') this.stopPolling();
    else if (!this.pollTimer && !this.pollAbort) this.pollTimer = setTimeout(() => void this.poll(), this.pollDelay);
  }

  private stopPolling(): void {
    clearTimeout(this.pollTimer);
    this.pollTimer = undefined;
    this.pollAbort?.abort();
    this.pollAbort = undefined;
  }

  private async poll(): Promise<void> {
    this.pollTimer = undefined;
    const abort = (this.pollAbort = new AbortController());
    const event = await this.call('poll', abort.signal);
    if (!event) return;
    this.pollAbort = undefined;
    // Back off, and never ask again sooner than a 429's Retry-After says.
    const error = event.type === 'failed' && event.error;
    const retryAfter = (error instanceof EsimApiError && error.retryAfter) || 0;
    this.pollDelay = Math.min(Math.max(this.pollDelay * 1.5, retryAfter * 1000), MAX_POLL_MS);
    // A foreground request (check, withdraw) is newer than this answer: let it decide.
    if (!this.flow.busy) this.deliver(event);
    this.syncPolling();
  }

  private onVisibility = (): void => {
    this.stopPolling();
    // Back in view: check at once rather than after the remaining wait.
    if (document.visibilityState === 'visible' && this.flow.step === 'pending') void this.poll();
  };

  /**
   * The withdrawal declaration's code (a chunk of its own in the script-tag build, split by a
   * bundler from the npm entries), then its heading focused.
   */
  private async focusDeclaration(): Promise<void> {
    const tag = 'esim-cancel-declaration';
    if (!customElements.get(tag))
      await Promise.all([loadElement(tag), customElements.get(tag) || import('../esim-cancel-declaration/define.js')]);
    await this.updateComplete;
    const declaration = this.renderRoot.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>(tag);
    if (!declaration) return;
    await customElements.whenDefined(tag);
    // Its first render waits for its strings: focus its heading once it has one.
    for (let i = 0; i < 50 && !declaration.shadowRoot?.querySelector('h2'); i++) await new Promise((r) => setTimeout(r, 20));
    declaration.focus();
  }

  /** `<esim-cancel-declaration kind="withdrawal">` for this eSIM, with the flow's backend, locale and theme, prefilled. */
  private declaration(): TemplateResult {
    const { esim, form } = this.flow;
    return html`<esim-cancel-declaration
      kind="withdrawal"
      exportparts=${DECLARATION_EXPORTS}
      lang=${this.localize.locale}
      theme=${this.theme}
      api-base=${this.apiBase || nothing}
      .backend=${this.backend}
      .strings=${this.strings}
      .prefill=${{ iccid: esim?.iccid, email: form.contactEmail || this.contactEmail || undefined }}
      @esim-cancel-submitted=${(event: CustomEvent<object>) => 'declaration' in event.detail && this.send({ type: 'declared' })}
    ></esim-cancel-declaration>`;
  }

  /** The alternatives for the reason given now (none under `direct-cancel`). */
  private currentAlternatives(): CancelAlternative[] {
    const { esim, form } = this.flow;
    if (this.directCancel || !esim || !form.reason) return [];
    const locale = this.localize.intlLocale;
    const defaults = defaultAlternatives({
      t: this.t,
      date: (iso) => formatDate(locale, iso),
      reason: form.reason,
      reasons: this.reasons,
      esim,
      supportUrl: safeUrl(this.supportUrl),
      supportEmail: this.supportEmail,
    });
    return alternativesFor(this.alternatives, { reason: form.reason, esim, defaults });
  }

  /** An alternative chosen: the host may take it over; otherwise a link opens, an action ends the flow. */
  private chooseAlternative = (alternative: CancelAlternative, event?: Event): void => {
    const { esimId, form } = this.flow;
    if (!emit(this, 'esim-cancel-alternative-select', { esimId, reason: form.reason, alternative })) {
      event?.preventDefault();
      return;
    }
    if (!alternative.href) emit(this, 'esim-cancel-close', { step: 'alternatives', alternative: alternative.id });
  };

  /** The current step's content and buttons; undefined while there is none (loading, sign-in). */
  private view(): StepView | undefined {
    const s = this.flow;
    const data = stepData(s);
    const reasons = this.reasons;
    const c = {
      s,
      t: this.t,
      locale: this.localize.intlLocale,
      reasons,
      problems: s.showProblems ? problems(s, reasons) : {},
      send: this.send,
      copy: this.copy,
    };
    switch (data?.step) {
      case 'select':
        return selectStep(c);
      case 'review':
        return reviewStep(c, data);
      case 'reason':
        return reasonStep(c);
      case 'alternatives':
        return alternativesStep(c, this.currentAlternatives(), this.chooseAlternative);
      case 'confirm':
        return confirmStep(c, data);
      case 'pending':
      case 'completed':
      case 'rejected':
      case 'withdrawn':
        return trackingStep(c, data);
      default:
        return undefined;
    }
  }

  /** The current step's heading. */
  private heading(): string {
    const data = stepData(this.flow);
    return data ? this.t[stepTitle(data)] : this.t.flowLabel;
  }

  /** Copies `reference`; clipboard access may be refused: say so rather than fail silently. */
  private copy = async (reference: string): Promise<void> => {
    const t = this.t;
    this.copyNote = this.announcement = (await copyText(reference)) ? t.copied : t.copyFailed;
    this.requestUpdate();
  };

  private failure(): TemplateResult | typeof nothing {
    const { failure, serverProblems, step } = this.flow;
    if (!failure) return nothing;
    const t = this.t;
    const error = failure.error instanceof EsimApiError ? failure.error : undefined;
    const auth = error?.code === 'unauthenticated';
    // Field messages the current step cannot show next to one of its fields.
    const stray = Object.entries(serverProblems).filter(([field]) => step !== 'reason' || !REASON_FIELDS.has(field));
    const waiting = this.retryAfter.waiting;
    return html`<div class="form-error failure" part="error" role="alert">
      ${failure.source === 'poll' ? html`<p>${t.statusRefreshFailed}</p>` : nothing}
      <p>${this.errorMessage(failure.error)}</p>
      ${auth ? html`<p>${t.signedOutWaiting}</p>` : nothing}
      ${
        stray.length
          ? html`<ul>
              ${stray.map(([, text]) => html`<li>${isolate(text)}</li>`)}
            </ul>`
          : nothing
      }
      ${
        error?.retryable || auth
          ? html`<div class="actions">${button(t.retry, () => waiting || this.send({ type: 'retry' }), '', 'retry-button', waiting)}</div>`
          : this.supportLinks()
      }
    </div>`;
  }

  private supportLinks(): TemplateResult | typeof nothing {
    const t = this.t;
    const url = safeUrl(this.supportUrl);
    const email = this.supportEmail;
    return url || email
      ? html`<p class="links">
          ${url ? html`<a href=${url} target="_blank" rel="noopener">${t.contactSupport}</a>` : nothing}
          ${email ? html`<a href="mailto:${email}">${t.supportEmailLink(email)}</a>` : nothing}
        </p>`
      : nothing;
  }

  protected override render(): TemplateResult {
    const s = this.flow;
    const { step, cancellation } = s;
    const t = this.t;
    const loading = isLoading(s);
    const view = this.view();
    const steps = stepsBefore(s);
    const index = step ? steps.indexOf(step) : -1;
    const support = this.supportLinks();
    const switchTo = cancellation && this.switchTo;
    const notice = switchTo
      ? t.noticeSubmittedFirst
      : s.notice === 'terms-changed'
        ? step === 'confirm' && t.noticeTermsChanged
        : cancellation && s.notice && t[s.notice === 'duplicate' ? 'noticeDuplicate' : 'noticeResumed'];
    const before = !cancellation && s.origin !== 'tracking' && s.declaring !== 'done';
    const final = isFinal(s) || s.declaring === 'done';
    const leave = button(
      before ? t.flowKeep : final ? t.flowDone : t.close,
      () => emit(this, 'esim-cancel-close', { step: closeStep(s, this.lastStep) }),
      before ? 'btn-link' : final ? 'btn-primary' : '',
      'close-button',
    );
    return html`<section class="base" part="base" aria-label=${t.flowLabel} aria-busy=${loading}>
      ${
        step === 'sign-in' || s.declaring
          ? html`<div class="body" part="body">${s.declaring ? this.declaration() : this.signIn.render()}</div>`
          : html`<header part="header">
                ${
                  index < 0
                    ? nothing
                    : html`<p class="progress" part="progress">${t.flowProgress(index + 1, steps.length)}</p>
                        <ol class="bar" aria-hidden="true">
                          ${steps.map((_, i) => html`<li ?data-done=${i <= index}></li>`)}
                        </ol>`
                }
                <h2 id="heading" part="heading" tabindex="-1">${this.heading()}</h2>
              </header>
              <div class="body" part="body">
                ${notice ? html`<p class="notice" part="notice">${notice}</p>` : nothing}
                ${loading ? html`<p class="loading"><span class="spinner" aria-hidden="true"></span>${t.loading}</p>` : view?.body}
                ${this.failure()} ${this.copyNote ? html`<p class="hint">${this.copyNote}</p>` : nothing}
              </div>`
      }
      <footer part="footer">
        ${!canGoBack(s) ? nothing : button(t.flowBack, () => this.send({ type: 'back' }), '', 'back-button')} ${final ? nothing : leave}
        <span
          >${loading || s.declaring ? nothing : view?.actions}${
            switchTo && !s.busy ? button(t.otherEsim, () => this.open(switchTo), '', 'other-esim-button') : nothing
          }${final ? leave : nothing}</span
        >
      </footer>
      <div class="support" part="support">
        <slot name="support">${support === nothing ? nothing : html`<span>${t.flowNeedHelp}</span>${support}`}</slot>
      </div>
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </section>`;
  }
}
