// Over 350 lines: one pure transition table for every step; split, the rules of one event would sit in several files.
/**
 * The cancellation flow as a plain state machine: no DOM, no fetch, no timers. `transition()` takes
 * the current state and an event (something the customer did, or the result of a backend call) and
 * returns the next state. The element renders the state and performs its effects: whenever `busy`
 * names an operation, the element runs it and sends the outcome back as an event.
 *
 * What each step needs:
 * - `select`: the customer's eSIMs (`busy: 'esims'`, then `'more'` per further page);
 * - `review`: the chosen eSIM and its quote (`'esim'` when opened by id, then `'quote'`);
 * - `reason`, `confirm`: only the form;
 * - `pending`, `rejected`, `withdrawn`: the cancellation (`'cancellation'`, `'check'`, polling);
 * - `completed`: the cancellation plus the eSIM read back as cancelled (`'verify'`).
 */
import { isEmail } from '../../internal/email.js';
import { EsimApiError } from '../../api/errors.js';
import { NOTE_MAX } from '../../api/limits.js';
import type { Cancellation, Esim, EsimPage } from '../../api/schemas.js';
import type { Quote } from '../../api/quote-schemas.js';
import { withdrawalUntil } from '../../internal/withdrawal.js';
import type { CancelStep, FlowStep } from '../../internal/event-types.js';
import type { CancelReason } from './reasons.js';

/** Data the flow loads. */
export type Load = 'esims' | 'more' | 'esim' | 'quote' | 'cancellation' | 'verify';
/**
 * Things the customer asks for. `resolve` finds out what became of a submission whose outcome is
 * unknown before anything else is submitted (see `FlowState.attempt`).
 */
export type Action = 'submit' | 'resolve' | 'withdraw' | 'check';
/** A foreground operation; the element runs at most one at a time. */
export type Op = Load | Action;
/** `poll` is the background status check: it never blocks the customer. */
export type Source = Op | 'poll';

export interface FlowForm {
  reason: string;
  note: string;
  contactEmail: string;
  /** "I understand this cannot be undone". */
  acknowledged: boolean;
  /** The ICCID's last four digits, typed by the customer. */
  lastFour: string;
}

export type FormField = keyof FlowForm;
/** A field the customer must fix; `selection` is the eSIM chosen on `select`. */
export type Field = FormField | 'selection';
export type FieldProblem = 'required' | 'email' | 'tooLong' | 'mismatch';
export type FieldProblems = Partial<Record<Field, FieldProblem>>;

export interface Failure {
  source: Source;
  error: unknown;
}

export interface FlowState {
  /** The step shown; null while the first data is loading (nothing to show yet). */
  step: FlowStep | null;
  /** How the flow was opened: decides the progress count and whether `select` exists. */
  origin: 'select' | 'esim' | 'tracking';
  /** Steps Back returns to, most recent last. Emptied on submission: there is no way back. */
  history: FlowStep[];
  esimId: string | null;
  cancellationId: string | null;
  /** The eSIM picked on `select` (not yet confirmed with Next). */
  selection?: string | null;
  esims: Esim[];
  nextCursor?: string | null;
  esim?: Esim | null;
  quote?: Quote | null;
  cancellation: Cancellation | null;
  form: FlowForm;
  /** The customer tried to go on with invalid fields: show what to fix. */
  showProblems: boolean;
  /** Field messages from a 422 `validation_failed`, by field name, in the backend's words. */
  serverProblems: Record<string, string>;
  busy: Op | null;
  failure?: Failure | null;
  /** One key per confirmation, reused on every retry so the backend creates one cancellation. */
  submitKey?: string | null;
  withdrawKey?: string | null;
  /**
   * A submission whose outcome is unknown (no answer, no answer in time, an unreadable one, a server
   * error): the backend may have made the cancellation. Its key and body, kept through Back, so that
   * before anything else is submitted the flow resolves what became of it.
   */
  attempt?: Attempt | null;
  /** A refusal (`not_eligible`, `already_cancelled`) to show if resolving the attempt finds nothing. */
  refusal?: unknown;
  confirmingWithdraw?: boolean;
  /**
   * On `review` of an eSIM in its withdrawal period, the customer chose to withdraw instead: the
   * withdrawal declaration shows (`form`), then its receipt (`done`, no way back).
   */
  declaring?: 'form' | 'done' | null;
  /** The reason given has alternatives to show: the `alternatives` step comes between reason and confirm. */
  alternatives?: boolean;
  /** `direct-cancel`: no alternatives step, and the reason is optional. */
  direct?: boolean;
  /**
   * Why the flow is tracking a request the customer did not just submit (`duplicate`, `resumed`), or
   * why it asks to confirm again: the quote expired and the fresh one has other terms.
   */
  notice?: 'duplicate' | 'resumed' | 'terms-changed' | null;
  /** The quote had expired when the customer submitted: the key to submit with once a fresh one is in. */
  requote?: string | null;
  /** Where to go back to, and what to run again, after the built-in sign-in. */
  resume?: { step: FlowStep | null; source: Source | null } | null;
}

export type FlowEvent =
  | { type: 'open'; esimId?: string | null; cancellationId?: string | null; contactEmail?: string; direct?: boolean }
  /** `direct-cancel` set or cleared by the host. */
  | { type: 'direct'; value: boolean }
  | { type: 'page'; page: EsimPage; append: boolean }
  | { type: 'esim'; esim: Esim }
  | { type: 'quote'; quote: Quote }
  | { type: 'cancellation'; cancellation: Cancellation; source: Source }
  | { type: 'verified'; cancelled: boolean }
  | { type: 'failed'; source: Source; error: unknown }
  | { type: 'choose'; esimId: string }
  | { type: 'edit'; field: 'reason' | 'note' | 'contactEmail' | 'lastFour'; value: string }
  | { type: 'edit'; field: 'acknowledged'; value: boolean }
  | { type: 'more' }
  /** `alternatives`: leaving `reason`, whether the reason given has alternatives to show (the element knows them). */
  | { type: 'next'; alternatives?: boolean }
  | { type: 'back' }
  /** `now` (ms since the epoch) tells whether the quote has expired. */
  | { type: 'submit'; key: string; now?: number }
  | { type: 'vetoed' }
  /** What became of `attempt`: the cancellation it made, or null when it made none. */
  | { type: 'resolved'; cancellation: Cancellation | null }
  /** The backend or the auth changed: load again, keeping what the customer typed. */
  | { type: 'reload' }
  | { type: 'check' }
  | { type: 'withdraw' }
  | { type: 'withdraw-cancel' }
  | { type: 'withdraw-confirm'; key: string }
  | { type: 'retry' }
  | { type: 'sign-in' }
  | { type: 'signed-in'; email?: string }
  /** Withdraw instead of cancelling (review, within the withdrawal period; `now` in ms since the epoch). */
  | { type: 'declare'; now?: number }
  /** The withdrawal declaration was recorded. */
  | { type: 'declared' };

export { NOTE_MAX };

/** The steps after submission: they show a cancellation request. */
export type TrackingStep = 'pending' | 'completed' | 'rejected' | 'withdrawn';

/** The step shown with the data it shows, present by type (the state holds them as optional fields). */
export type StepData =
  | { step: 'sign-in' | 'select' | 'reason' }
  | { step: 'review'; esim: Esim; quote: Quote | null }
  | { step: 'alternatives'; esim: Esim }
  | { step: 'confirm'; esim: Esim; quote: Quote }
  | { step: TrackingStep; cancellation: Cancellation };

/** The step on screen and its data; null while the first data loads (or a step's data is missing). */
export function stepData(state: FlowState): StepData | null {
  const { step, esim, quote, cancellation } = state;
  switch (step) {
    case null:
      return null;
    case 'sign-in':
    case 'select':
    case 'reason':
      return { step };
    case 'review':
      return esim ? { step, esim, quote: quote ?? null } : null;
    case 'alternatives':
      return esim ? { step, esim } : null;
    case 'confirm':
      return esim && quote ? { step, esim, quote } : null;
    default:
      return cancellation ? { step, cancellation } : null;
  }
}

/** The catalogue key of a step's heading. */
export function stepTitle(data: StepData): `${Exclude<FlowStep, 'sign-in'> | 'reviewIneligible' | 'signIn'}Title` {
  if (data.step === 'review' && data.quote && !data.quote.eligible) return 'reviewIneligibleTitle';
  return data.step === 'sign-in' ? 'signInTitle' : `${data.step}Title`;
}

/** Loads that replace the step's content with a loading line until they answer. */
const LOADS: ReadonlySet<Op | null> = new Set(['esims', 'esim', 'quote', 'cancellation']);

/** The step's content waits for a load. A fresh quote fetched on submit keeps the confirm step on screen (its button says it is sending). */
export function isLoading(state: FlowState): boolean {
  return LOADS.has(state.busy) && !state.requote;
}

/** The request reached its end: Done is the only way on. */
export function isFinal(state: FlowState): boolean {
  return state.step === 'completed' || state.step === 'rejected' || state.step === 'withdrawn';
}

/** Back leads somewhere: there is a step to return to and nothing under way that it would break. */
export function canGoBack(state: FlowState): boolean {
  if (state.declaring) return state.declaring === 'form';
  return state.history.length > 0 && !state.cancellation && state.busy !== 'submit' && state.busy !== 'resolve' && state.step !== 'sign-in';
}

/**
 * A submission is under way or unresolved: nothing the host changes may start the flow over, since
 * the backend may have made a cancellation the customer must see.
 */
export function submitting(state: FlowState): boolean {
  return state.busy === 'submit' || state.busy === 'resolve' || !!state.attempt;
}

/** The customer has typed or chosen something that closing the flow would lose. */
export function hasUnsavedInput(state: FlowState): boolean {
  const { form, cancellation } = state;
  return !cancellation && (state.declaring === 'form' || Boolean(form.reason || form.note || form.lastFour || form.acknowledged));
}

/** The first step of each way in, reported by a close before it is shown. */
const FIRST_STEP = { select: 'select', esim: 'review', tracking: 'pending' } as const satisfies Record<FlowState['origin'], FlowStep>;

/**
 * The step a close reports: the one shown, else the last one shown, else (before the first step is
 * on screen) the one being loaded; a tracked request starts at pending.
 */
export function closeStep(state: FlowState, lastShown: FlowStep | null): CancelStep {
  if (state.declaring) return state.declaring === 'done' ? 'declared' : 'declare';
  return state.step ?? lastShown ?? (state.busy === 'cancellation' ? 'pending' : FIRST_STEP[state.origin]);
}

/** The reason sent when the customer gave none (`direct-cancel` makes it optional). */
export const UNSPECIFIED_REASON = 'unspecified';

/** What a submission sends (with `acknowledged: true`). */
export interface Submission {
  esimId: string;
  reason: string;
  note: string;
  contactEmail: string;
  quoteId?: string;
}

/** A submission as it was sent: what resolving it sends again, with the same key. */
export interface Attempt {
  key: string;
  submission: Submission;
}

/** The submission the form stands for now. */
export function submissionOf(state: FlowState): Submission {
  const { form } = state;
  return {
    esimId: state.esimId ?? '',
    reason: form.reason || UNSPECIFIED_REASON,
    note: form.note.trim(),
    contactEmail: form.contactEmail.trim(),
    ...(state.quote?.quoteId && { quoteId: state.quote.quoteId }),
  };
}

/** Failures after which a submission may have been carried out: no answer, or none that could be read. */
const UNKNOWN_OUTCOME: ReadonlySet<string> = new Set(['network', 'timeout', 'invalid_response', 'upstream_unavailable', 'internal']);

/** The steps before submission, in order, as the progress indicator counts them. */
export function stepsBefore(state: Pick<FlowState, 'origin' | 'alternatives'>): FlowStep[] {
  const steps: FlowStep[] = ['review', 'reason', ...(state.alternatives ? (['alternatives'] as const) : []), 'confirm'];
  return state.origin === 'select' ? ['select', ...steps] : steps;
}

export function findReason(reasons: readonly CancelReason[], value: string): CancelReason | undefined {
  return reasons.find((reason) => reason.value === value);
}

/** What must be fixed before leaving `step`; empty when the customer may go on. */
export function problems(state: FlowState, reasons: readonly CancelReason[], step = state.step): FieldProblems {
  const out: FieldProblems = {};
  const { form } = state;
  const reason = findReason(reasons, form.reason);
  if (step === 'select' && !state.esims.find((esim) => esim.id === state.selection)?.cancellation.eligible) out.selection = 'required';
  if (step === 'reason' || step === 'confirm') {
    // `direct-cancel`: the reason is optional (none chosen is sent as `unspecified`).
    if (!reason && !(state.direct && !form.reason)) out.reason = 'required';
    if (form.note.length > NOTE_MAX) out.note = 'tooLong';
    else if (reason?.requiresNote && !form.note.trim()) out.note = 'required';
    if (!isEmail(form.contactEmail)) out.contactEmail = form.contactEmail.trim() ? 'email' : 'required';
  }
  if (step === 'confirm') {
    if (!form.acknowledged) out.acknowledged = 'required';
    if (form.lastFour !== state.esim?.iccid.slice(-4)) out.lastFour = form.lastFour ? 'mismatch' : 'required';
  }
  return out;
}

export function hasProblems(found: FieldProblems): boolean {
  return Object.keys(found).length > 0;
}

/** Fields of the reason step that a 422 may name. */
export const REASON_FIELDS: ReadonlySet<string> = new Set(['reason', 'note', 'contactEmail']);

export function initialState(contactEmail = ''): FlowState {
  // The optional fields start out undefined: nothing chosen, loaded, failed or asked yet.
  return {
    step: null,
    origin: 'select',
    history: [],
    esimId: null,
    cancellationId: null,
    esims: [],
    cancellation: null,
    form: { reason: '', note: '', contactEmail, acknowledged: false, lastFour: '' },
    showProblems: false,
    serverProblems: {},
    busy: null,
  };
}

/** Moves forward to `step`, remembering where Back returns to. */
function forward(state: FlowState, step: FlowStep): FlowState {
  return {
    ...state,
    step,
    history: state.step ? [...state.history, state.step] : state.history,
    showProblems: false,
    failure: null,
  };
}

/** Whether two quotes say the same to the customer: eligibility, fee, refund and when it takes effect. */
function sameTerms(before: Quote | null | undefined, after: Quote): boolean {
  const terms = (q: Quote) =>
    JSON.stringify([q.eligible, q.mode, q.fee, q.refund, q.refundMethod ?? null, q.effective, q.reviewBusinessDays ?? null]);
  return !!before && terms(before) === terms(after);
}

/** The outcome of `source` arrived: it no longer blocks, and its old failure is gone. */
function settle(state: FlowState, source: Source): FlowState {
  return {
    ...state,
    busy: state.busy === source ? null : state.busy,
    failure: state.failure?.source === source ? null : state.failure,
  };
}

function onCancellation(state: FlowState, cancellation: Cancellation, source: Source): FlowState {
  const next: FlowState = {
    ...settle(state, source),
    cancellation,
    cancellationId: cancellation.id,
    esimId: cancellation.esimId,
    history: [],
    confirmingWithdraw: false,
    showProblems: false,
    attempt: null,
    refusal: null,
  };
  const { status } = cancellation;
  if (status === 'completed') {
    // Done only once the eSIM itself reads back as cancelled.
    return state.step === 'completed' ? next : { ...next, busy: 'verify' };
  }
  // The step that shows a request in this status.
  const step: FlowStep = status === 'rejected' || status === 'withdrawn' ? status : 'pending';
  // Fresh news of the request answers every earlier failure to get it; only a failed withdrawal on
  // the same step still needs the customer's attention.
  if (step !== state.step || state.failure?.source !== 'withdraw') next.failure = null;
  return { ...next, step };
}

function onFailure(state: FlowState, source: Source, error: unknown): FlowState {
  const settled = settle(state, source);
  const apiError = error instanceof EsimApiError ? error : undefined;
  const code = apiError?.code;
  if (source === 'verify' && code === 'not_found') {
    // The provider removes returned eSIMs: gone counts as cancelled.
    return onVerified(settled, true);
  }
  if ((source === 'submit' || source === 'resolve') && code === 'duplicate_request' && apiError?.existingRequestId) {
    return {
      ...settled,
      cancellationId: apiError.existingRequestId,
      busy: 'cancellation',
      notice: 'duplicate',
      submitKey: null,
      attempt: null,
    };
  }
  if (source === 'submit' && state.attempt && (code === 'not_eligible' || code === 'already_cancelled')) {
    // After an attempt whose outcome is unknown, "cannot be cancelled" may mean "you just did":
    // find out before saying so.
    return { ...settled, busy: 'resolve', refusal: error };
  }
  const failed: FlowState = { ...settled, failure: { source, error } };
  if (source === 'submit') {
    const key = state.submitKey;
    failed.attempt =
      key && code && UNKNOWN_OUTCOME.has(code)
        ? { key, submission: submissionOf(state) }
        : // Refused outright; an earlier attempt (another key) still waits to be resolved.
          state.attempt?.key === key
          ? null
          : state.attempt;
  }
  if (source === 'submit' && code === 'validation_failed') {
    // The same key with a corrected body would be refused as a mismatch: the next try gets a new one.
    const serverProblems = apiError?.details ?? {};
    const at = state.history.lastIndexOf('reason');
    // Messages about the reason step's fields go back there, next to their fields.
    const back = at >= 0 && Object.keys(serverProblems).some((field) => REASON_FIELDS.has(field));
    return {
      ...failed,
      serverProblems,
      submitKey: null,
      ...(back && { showProblems: true, step: 'reason', history: state.history.slice(0, at) }),
    };
  }
  return failed;
}

function onVerified(state: FlowState, cancelled: boolean): FlowState {
  const settled = settle(state, 'verify');
  // Not cancelled yet: the provider is still catching up; the pending step keeps checking.
  return { ...settled, step: cancelled ? 'completed' : 'pending', history: [], failure: null };
}

export function transition(state: FlowState, event: FlowEvent, reasons: readonly CancelReason[]): FlowState {
  switch (event.type) {
    case 'open': {
      const fresh: FlowState = { ...initialState(event.contactEmail ?? state.form.contactEmail), direct: event.direct ?? state.direct };
      if (event.cancellationId) {
        return { ...fresh, origin: 'tracking', cancellationId: event.cancellationId, busy: 'cancellation' };
      }
      if (event.esimId) return { ...fresh, origin: 'esim', esimId: event.esimId, busy: 'esim' };
      return { ...fresh, step: 'select', busy: 'esims' };
    }

    case 'page': {
      const settled = settle(state, event.append ? 'more' : 'esims');
      return {
        ...settled,
        esims: event.append ? [...state.esims, ...event.page.items] : event.page.items,
        nextCursor: event.page.nextCursor,
      };
    }

    case 'esim': {
      const settled: FlowState = { ...settle(state, 'esim'), esim: event.esim, esimId: event.esim.id };
      const open = event.esim.cancellation.openRequestId;
      if (open) return { ...settled, cancellationId: open, busy: 'cancellation', notice: 'resumed' };
      return { ...settled, step: 'review', busy: 'quote' };
    }

    case 'quote': {
      const settled: FlowState = { ...settle(state, 'quote'), quote: event.quote, requote: null };
      if (!state.requote) return settled;
      // Submitting after the quote expired: the fresh quote goes through when its terms are the ones
      // the customer confirmed; otherwise they see the new terms and confirm again.
      if (sameTerms(state.quote, event.quote)) return { ...settled, busy: 'submit', submitKey: state.requote };
      const changed: FlowState = { ...settled, notice: 'terms-changed', form: { ...settled.form, acknowledged: false } };
      // No longer cancellable online: back to the review, which says why and where to get help.
      if (!event.quote.eligible) {
        const at = state.history.lastIndexOf('review');
        return { ...changed, notice: null, step: 'review', history: at < 0 ? state.history : state.history.slice(0, at) };
      }
      return changed;
    }

    case 'cancellation':
      return onCancellation(state, event.cancellation, event.source);

    case 'verified':
      return onVerified(state, event.cancelled);

    case 'failed':
      return onFailure(state, event.source, event.error);

    case 'choose':
      return state.step === 'select' ? { ...state, selection: event.esimId } : state;

    case 'edit': {
      if (state.cancellation) return state;
      const { [event.field]: _cleared, ...serverProblems } = state.serverProblems;
      return { ...state, form: { ...state.form, [event.field]: event.value }, serverProblems };
    }

    case 'more':
      return state.step === 'select' && state.nextCursor && !state.busy ? { ...state, busy: 'more' } : state;

    case 'next': {
      const { step } = state;
      if (state.busy === 'submit' || state.busy === 'resolve' || state.busy === 'verify') return state;
      if (step === 'review') return state.quote?.eligible && !state.busy ? forward(state, 'reason') : state;
      // "Continue cancelling": one activation from every alternatives screen.
      if (step === 'alternatives') return forward(state, 'confirm');
      if (step !== 'select' && step !== 'reason') return state;
      if (hasProblems(problems(state, reasons))) return { ...state, showProblems: true };
      if (step === 'reason') {
        const alternatives = !!event.alternatives && !state.direct;
        return { ...forward(state, alternatives ? 'alternatives' : 'confirm'), alternatives, serverProblems: {} };
      }
      const esim = state.esims.find((item) => item.id === state.selection);
      if (!esim) return state;
      const next = forward(state, 'review');
      return state.esim?.id === esim.id && state.quote
        ? { ...next, busy: null }
        : {
            ...next,
            esim,
            esimId: esim.id,
            quote: null,
            busy: 'quote',
            // The confirmation belongs to one eSIM: choosing another asks for it again.
            form: { ...state.form, acknowledged: false, lastFour: '' },
          };
    }

    case 'declare':
      return state.step === 'review' && state.esim && withdrawalUntil(state.esim, event.now) && !state.busy && !state.declaring
        ? { ...state, declaring: 'form', failure: null }
        : state;

    case 'direct':
      // Set while the alternatives are on screen or behind: they go, and the way back skips them.
      return state.direct === event.value
        ? state
        : {
            ...state,
            direct: event.value,
            ...(event.value && {
              alternatives: false,
              history: state.history.filter((step) => step !== 'alternatives'),
              ...(state.step === 'alternatives' && { step: 'confirm' as const }),
            }),
          };

    case 'declared':
      return state.declaring ? { ...state, declaring: 'done' } : state;

    case 'back': {
      if (state.declaring === 'form') return { ...state, declaring: null };
      const previous = state.history[state.history.length - 1];
      if (!previous || !canGoBack(state)) return state;
      return {
        ...state,
        step: previous,
        history: state.history.slice(0, -1),
        // Loads of the step being left are dropped (the element aborts them), a submission waiting
        // for a fresh quote with them.
        busy: null,
        requote: null,
        notice: null,
        failure: null,
        showProblems: false,
        submitKey: state.step === 'confirm' ? null : state.submitKey,
      };
    }

    case 'submit': {
      if (state.step !== 'confirm' || state.busy) return state;
      if (hasProblems(problems(state, reasons))) return { ...state, showProblems: true };
      const ready = { ...state, failure: null, showProblems: false, notice: null };
      const key = state.submitKey ?? event.key;
      // An earlier attempt may have made the cancellation: resolve it before sending other answers.
      if (state.attempt && state.attempt.key !== key) return { ...ready, busy: 'resolve', submitKey: key };
      // Before the first attempt only: a retry keeps its key and body, so the backend can match it.
      const expiresAt = state.quote?.expiresAt;
      if (!state.submitKey && expiresAt && event.now !== undefined && Date.parse(expiresAt) <= event.now) {
        return { ...ready, busy: 'quote', requote: event.key };
      }
      return { ...ready, busy: 'submit', submitKey: state.submitKey ?? event.key };
    }

    case 'vetoed':
      return settle(state, 'submit');

    case 'resolved': {
      // It made one: that is the customer's cancellation; the new answers' key is not needed.
      if (event.cancellation) return onCancellation({ ...state, notice: null, submitKey: null }, event.cancellation, 'resolve');
      // It made nothing: the refusal stands as it was, or the new answers go out with their key.
      const settled: FlowState = { ...settle(state, 'resolve'), attempt: null, refusal: null };
      if (state.refusal) return { ...settled, failure: { source: 'submit', error: state.refusal } };
      return state.step === 'confirm' && state.submitKey ? { ...settled, busy: 'submit' } : settled;
    }

    case 'reload': {
      if (submitting(state)) return state;
      const opened = transition(
        state,
        state.cancellation || state.origin === 'tracking'
          ? { type: 'open', cancellationId: state.cancellationId }
          : { type: 'open', esimId: state.origin === 'esim' ? state.esimId : null },
        reasons,
      );
      return state.cancellation ? opened : { ...opened, form: state.form };
    }

    case 'check':
      return state.step === 'pending' && !state.busy ? { ...state, busy: 'check' } : state;

    case 'withdraw':
      return state.step === 'pending' && state.cancellation?.withdrawable && !state.busy ? { ...state, confirmingWithdraw: true } : state;

    case 'withdraw-cancel':
      return { ...state, confirmingWithdraw: false };

    case 'withdraw-confirm':
      return state.confirmingWithdraw && !state.busy
        ? { ...state, busy: 'withdraw', withdrawKey: state.withdrawKey ?? event.key, failure: null }
        : state;

    case 'retry': {
      const source = state.failure?.source;
      if (!source || state.busy) return state;
      // A failed poll is retried as a check the customer can see.
      return { ...state, failure: null, busy: source === 'poll' ? 'check' : source };
    }

    case 'sign-in':
      return state.step === 'sign-in'
        ? state
        : {
            ...state,
            resume: { step: state.step, source: state.failure?.source ?? null },
            step: 'sign-in',
            failure: null,
            busy: null,
          };

    case 'signed-in': {
      if (state.step !== 'sign-in') return state;
      const resume = state.resume;
      const source = resume?.source;
      return {
        ...state,
        step: resume?.step ?? null,
        resume: null,
        busy: source && source !== 'poll' ? source : null,
        form: event.email && !state.form.contactEmail ? { ...state.form, contactEmail: event.email } : state.form,
      };
    }
  }
}
