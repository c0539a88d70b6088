/** The events both elements fire: names, detail types, and their entries in `GlobalEventHandlersEventMap`. */
import type { Cancellation, Esim } from '../api/schemas.js';
import type { EsimErrorCode } from '../api/errors.js';

/** The steps of `<esim-cancel-flow>`, in order; the value of `detail.step` in `esim-cancel-step`. */
export type FlowStep = 'sign-in' | 'select' | 'review' | 'reason' | 'confirm' | 'pending' | 'completed' | 'rejected' | 'withdrawn';

export interface EsimCancelStepDetail {
  step: FlowStep;
  previousStep: FlowStep | null;
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

export interface EsimCancelCloseDetail {
  step: FlowStep;
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
  step?: FlowStep;
  retryable: boolean;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'esim-cancel-step': CustomEvent<EsimCancelStepDetail>;
    'esim-cancel-submit': CustomEvent<EsimCancelSubmitDetail>;
    'esim-cancel-submitted': CustomEvent<EsimCancellationDetail>;
    'esim-cancel-status': CustomEvent<EsimCancellationDetail>;
    'esim-cancel-complete': CustomEvent<EsimCancellationDetail>;
    'esim-cancel-close': CustomEvent<EsimCancelCloseDetail>;
    'esim-cancel-request': CustomEvent<EsimCancelRequestDetail>;
    'esim-list-load': CustomEvent<EsimListLoadDetail>;
    'esim-auth-required': CustomEvent<EsimAuthRequiredDetail>;
    'esim-error': CustomEvent<EsimErrorDetail>;
  }
}

/** The names of the events this library fires. */
export type EsimEventName = Extract<keyof GlobalEventHandlersEventMap, `esim-${string}`>;
