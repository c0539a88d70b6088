// Generated from custom-elements.json by scripts/frameworks.mjs (React 18+ components through @lit/react). Do not edit: run `npm run build`.

import type { EventName, ReactWebComponent } from '@lit/react';
import type { EsimCancelDeclaration as EsimCancelDeclarationElement, EsimCancelFlow as EsimCancelFlowElement, EsimList as EsimListElement, EsimAuthRequiredDetail, EsimCancelAlternativeSelectDetail, EsimCancelAlternativesDetail, EsimCancelCloseDetail, EsimCancelRequestDetail, EsimCancelStepDetail, EsimCancelSubmitDetail, EsimCancellationDetail, EsimDeclarationDetail, EsimDeclarationSubmitDetail, EsimErrorDetail, EsimListLoadDetail } from '../dist/index.js';

/** Events of `<esim-cancel-declaration>` as React props. */
export type EsimCancelDeclarationEvents = {
  /** `declare` when the form shows, `declared` when the receipt does. */
  onEsimCancelStep: EventName<CustomEvent<EsimCancelStepDetail>>;
  /** Just before the declaration is sent: `{ declaration }` (the request); cancelable (the host may veto it, the form stays as it is). */
  onEsimCancelSubmit: EventName<CustomEvent<EsimDeclarationSubmitDetail>>;
  /** The backend recorded it: `{ declaration }` (its receipt). */
  onEsimCancelSubmitted: EventName<CustomEvent<EsimDeclarationDetail>>;
  /** A failure is shown to the customer (`step: 'declare'`). */
  onEsimError: EventName<CustomEvent<EsimErrorDetail>>;
};
/** `<esim-cancel-declaration>` as a React component: its properties as props (objects and functions too), its events as `onEsim…` props. */
export declare const EsimCancelDeclaration: ReactWebComponent<EsimCancelDeclarationElement, EsimCancelDeclarationEvents>;

/** Events of `<esim-cancel-flow>` as React props. */
export type EsimCancelFlowEvents = {
  /** On every step change, including the first step shown. */
  onEsimCancelStep: EventName<CustomEvent<EsimCancelStepDetail>>;
  /** Just before the cancellation is sent; cancelable (the host may veto it). */
  onEsimCancelSubmit: EventName<CustomEvent<EsimCancelSubmitDetail>>;
  /** The backend accepted the request. */
  onEsimCancelSubmitted: EventName<CustomEvent<EsimCancellationDetail>>;
  /** The request's status changed from the last one seen (polling, check status, withdrawal). */
  onEsimCancelStatus: EventName<CustomEvent<EsimCancellationDetail>>;
  /** The cancellation is verified: the eSIM reads back as cancelled (or is gone); also when a completed request is opened. Fired just before the step changes to `completed`. */
  onEsimCancelComplete: EventName<CustomEvent<EsimCancellationDetail>>;
  /** The alternatives step is shown: `{ esimId, reason, alternatives }`. */
  onEsimCancelAlternatives: EventName<CustomEvent<EsimCancelAlternativesDetail>>;
  /** An alternative is chosen: `{ esimId, reason, alternative }`; cancelable (the host handles it: no link opens, the flow stays). Otherwise its link opens, or (without one) the flow ends with `esim-cancel-close`. */
  onEsimCancelAlternativeSelect: EventName<CustomEvent<EsimCancelAlternativeSelectDetail>>;
  /** The customer leaves the flow ("Keep my eSIM", "Close", "Done"). */
  onEsimCancelClose: EventName<CustomEvent<EsimCancelCloseDetail>>;
  /** The backend answered 401; cancelable: prevent it to sign the customer in yourself, then call `detail.retry()`. Otherwise the built-in sign-in step shows (when the backend supports it). */
  onEsimAuthRequired: EventName<CustomEvent<EsimAuthRequiredDetail>>;
  /** A failure is shown to the customer. */
  onEsimError: EventName<CustomEvent<EsimErrorDetail>>;
};
/** `<esim-cancel-flow>` as a React component: its properties as props (objects and functions too), its events as `onEsim…` props. */
export declare const EsimCancelFlow: ReactWebComponent<EsimCancelFlowElement, EsimCancelFlowEvents>;

/** Events of `<esim-list>` as React props. */
export type EsimListEvents = {
  /** After each page of eSIMs is loaded: `{ items, hasMore }` (`items` is that page). */
  onEsimListLoad: EventName<CustomEvent<EsimListLoadDetail>>;
  /** The cancel action of an eSIM was activated: `{ esim }`. Cancelable: `preventDefault()` to run your own flow instead of the built-in dialog. */
  onEsimCancelRequest: EventName<CustomEvent<EsimCancelRequestDetail>>;
  /** The backend answered 401. Cancelable: `preventDefault()`, sign the customer in, set `authToken`/`getAuthToken`, then call `detail.retry()`. Otherwise the built-in sign-in form is shown. */
  onEsimAuthRequired: EventName<CustomEvent<EsimAuthRequiredDetail>>;
  /** Any failure shown to the customer: `{ code, message, retryable }`. */
  onEsimError: EventName<CustomEvent<EsimErrorDetail>>;
  /** Bubbles out of the nested `<esim-cancel-flow>`: On every step change, including the first step shown. */
  onEsimCancelStep: EventName<CustomEvent<EsimCancelStepDetail>>;
  /** Bubbles out of the nested `<esim-cancel-flow>`: Just before the cancellation is sent; cancelable (the host may veto it). */
  onEsimCancelSubmit: EventName<CustomEvent<EsimCancelSubmitDetail>>;
  /** Bubbles out of the nested `<esim-cancel-flow>`: The backend accepted the request. */
  onEsimCancelSubmitted: EventName<CustomEvent<EsimCancellationDetail>>;
  /** Bubbles out of the nested `<esim-cancel-flow>`: The request's status changed from the last one seen (polling, check status, withdrawal). */
  onEsimCancelStatus: EventName<CustomEvent<EsimCancellationDetail>>;
  /** Bubbles out of the nested `<esim-cancel-flow>`: The cancellation is verified: the eSIM reads back as cancelled (or is gone); also when a completed request is opened. Fired just before the step changes to `completed`. */
  onEsimCancelComplete: EventName<CustomEvent<EsimCancellationDetail>>;
  /** Bubbles out of the nested `<esim-cancel-flow>`: The alternatives step is shown: `{ esimId, reason, alternatives }`. */
  onEsimCancelAlternatives: EventName<CustomEvent<EsimCancelAlternativesDetail>>;
  /** Bubbles out of the nested `<esim-cancel-flow>`: An alternative is chosen: `{ esimId, reason, alternative }`; cancelable (the host handles it: no link opens, the flow stays). Otherwise its link opens, or (without one) the flow ends with `esim-cancel-close`. */
  onEsimCancelAlternativeSelect: EventName<CustomEvent<EsimCancelAlternativeSelectDetail>>;
  /** Bubbles out of the nested `<esim-cancel-flow>`: The customer leaves the flow ("Keep my eSIM", "Close", "Done"). */
  onEsimCancelClose: EventName<CustomEvent<EsimCancelCloseDetail>>;
};
/** `<esim-list>` as a React component: its properties as props (objects and functions too), its events as `onEsim…` props. */
export declare const EsimList: ReactWebComponent<EsimListElement, EsimListEvents>;
