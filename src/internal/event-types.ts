/** The events both elements fire: names, detail types, and their entries in `GlobalEventHandlersEventMap`. */
import type { Cancellation, Esim } from '../api/schemas.js';
import type { EsimErrorCode } from '../api/errors.js';
import type { Declaration, DeclarationRequest } from '../api/declaration-schemas.js';

/** The steps of `<esim-cancel-flow>`, in order; the value of `detail.step` in `esim-cancel-step`. */
export type FlowStep =
  'sign-in' | 'select' | 'review' | 'reason' | 'alternatives' | 'confirm' | 'pending' | 'completed' | 'rejected' | 'withdrawn';

/** The steps of `<esim-cancel-declaration>`: the form, then the receipt. */
export type DeclarationStep = 'declare' | 'declared';

/** A step of either element, as `esim-cancel-step`, `esim-cancel-close` and `esim-error` report it. */
export type CancelStep = FlowStep | DeclarationStep;

export interface EsimCancelStepDetail {
  step: CancelStep;
  previousStep: CancelStep | null;
  esimId: string | null;
  cancellationId: string | null;
}

export interface EsimCancelSubmitDetail {
  esimId: string;
  reason: string;
  note: string;
  contactEmail: string;
}

export interface EsimCancellationDetail {
  cancellation: Cancellation;
}

/** `esim-cancel-submit` from `<esim-cancel-declaration>`: the request about to be sent. Tell it from the flow's by `'declaration' in detail`. */
export interface EsimDeclarationSubmitDetail {
  declaration: DeclarationRequest;
}

/** `esim-cancel-submitted` from `<esim-cancel-declaration>`: the backend's receipt. */
export interface EsimDeclarationDetail {
  declaration: Declaration;
}

export interface EsimCancelCloseDetail {
  step: CancelStep;
  /** The alternative the customer chose instead of cancelling (its `id`), when they left through one. */
  alternative?: string;
}

/** An alternative to cancelling, as the `alternatives` step shows it (see the flow's `alternatives` property). */
export interface CancelAlternative {
  /** Identifies it in events (`esim-cancel-alternative-select`, `esim-cancel-close`). */
  id: string;
  /** Its heading. Text, never HTML. */
  title: string;
  /** What it offers, in a sentence or two. Text, never HTML. */
  text: string;
  /** Steps to follow, shown as a numbered list. */
  steps?: readonly string[];
  /** A link (http, https or mailto) opened when it is chosen; without one, choosing it ends the flow (the host acts on `esim-cancel-close`). */
  href?: string;
  /**
   * Where an http(s) `href` opens: `_blank` (a new tab, the default) or `_self`, `_parent`, `_top`
   * (this page or the page around it). A `mailto:` link always opens the mail app.
   */
  target?: '_blank' | '_self' | '_parent' | '_top';
  /** Its button's label. */
  action: string;
}

export interface EsimCancelAlternativesDetail {
  esimId: string | null;
  reason: string;
  alternatives: readonly CancelAlternative[];
}

export interface EsimCancelAlternativeSelectDetail {
  esimId: string | null;
  reason: string;
  alternative: CancelAlternative;
}

export interface EsimCancelRequestDetail {
  esim: Esim;
}

export interface EsimListLoadDetail {
  items: Esim[];
  hasMore: boolean;
}

export interface EsimAuthRequiredDetail {
  /** Call after signing the customer in (and setting `authToken`/`getAuthToken`) to repeat the request. */
  retry: () => void;
}

/** `not_configured`: neither `api-base` nor `backend` was given. */
export type EsimErrorEventCode = EsimErrorCode | 'not_configured';

export interface EsimErrorDetail {
  code: EsimErrorEventCode;
  message: string;
  step?: CancelStep;
  retryable: boolean;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'esim-cancel-step': CustomEvent<EsimCancelStepDetail>;
    'esim-cancel-submit': CustomEvent<EsimCancelSubmitDetail | EsimDeclarationSubmitDetail>;
    'esim-cancel-submitted': CustomEvent<EsimCancellationDetail | EsimDeclarationDetail>;
    'esim-cancel-status': CustomEvent<EsimCancellationDetail>;
    'esim-cancel-complete': CustomEvent<EsimCancellationDetail>;
    'esim-cancel-close': CustomEvent<EsimCancelCloseDetail>;
    'esim-cancel-request': CustomEvent<EsimCancelRequestDetail>;
    'esim-list-load': CustomEvent<EsimListLoadDetail>;
    'esim-auth-required': CustomEvent<EsimAuthRequiredDetail>;
    'esim-error': CustomEvent<EsimErrorDetail>;
    'esim-cancel-alternatives': CustomEvent<EsimCancelAlternativesDetail>;
    'esim-cancel-alternative-select': CustomEvent<EsimCancelAlternativeSelectDetail>;
  }
}

/** The names of the events this library fires. */
export type EsimEventName = Extract<keyof GlobalEventHandlersEventMap, `esim-${string}`>;
