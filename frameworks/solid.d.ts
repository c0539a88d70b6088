// Generated from custom-elements.json by scripts/frameworks.mjs (custom-element-solidjs-integration, Solid). Do not edit: run `npm run build`.
import type {
  JSX,
} from "solid-js";
import type {
  EsimCancelDeclaration,
  EsimCancelStepDetail,
  EsimDeclarationSubmitDetail,
  EsimDeclarationDetail,
  EsimErrorDetail,
  EsimCancelFlow,
  EsimCancelSubmitDetail,
  EsimCancellationDetail,
  EsimCancelAlternativesDetail,
  EsimCancelAlternativeSelectDetail,
  EsimCancelCloseDetail,
  EsimAuthRequiredDetail,
  EsimList,
  EsimListLoadDetail,
  EsimCancelRequestDetail,
} from "../dist/index.js";

/**
 * This type can be used to create scoped tags for your components.
 *
 * Usage:
 *
 * ```ts
 * import type {
  ScopedElements,
} from "my-app/solid";
 *
 * declare module "solid-js" {
 *   namespace JSX {
 *     interface IntrinsicElements
 *       extends ScopedElements<'prefix-', '-suffix'> {}
 *   }
 * }
 * ```
 *
 */
export type ScopedElements<Prefix extends string = "", Suffix extends string = ""> = {
  [Key in keyof CustomElements as `${Prefix}${Key}${Suffix}`]: CustomElements[Key];
};

type BaseProps = {
  /** Content added between the opening and closing tags of the element */
  children?: JSX.Element;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  class?: string;
  /** Takes an object where the key is the class name(s) and the value is a boolean expression. When true, the class is applied, and when false, it is removed. */
  classList?: Record<string, boolean | undefined>;
  /** Specifies the text direction of the element. */
  dir?: "ltr" | "rtl";
  /** Contains a space-separated list of the part names of the element that should be exposed on the host element. */
  exportparts?: string;
  /** Specifies whether the element should be hidden. */
  hidden?: boolean | string;
  /** A unique identifier for the element. */
  id?: string;
  /** Sets the HTML or XML markup contained within the element. */
  innerHTML?: string;
  /** Specifies the language of the element. */
  lang?: string;
  /** Contains a space-separated list of the part names of the element. Part names allows CSS to select and style specific elements in a shadow tree via the ::part pseudo-element. */
  part?: string;
  /** Use the ref attribute with a variable to assign a DOM element to the variable once the element is rendered. */
  ref?: unknown | ((e: unknown) => void);
  /** Adds a reference for a custom element slot */
  slot?: string;
  /** Prop for setting inline styles */
  style?: JSX.CSSProperties;
  /** Overrides the default Tab button behavior. Avoid using values other than -1 and 0. */
  tabIndex?: number;
  /** Sets the text content of the element */
  textContent?: string;
  /** Specifies the tooltip text for the element. */
  title?: string;
  /** Passing 'no' excludes the element content from being translated. */
  translate?: "yes" | "no";
} & JSX.DirectiveAttributes &
  JSX.PropAttributes &
  JSX.AttrAttributes;

type BaseEvents = {};

type EsimCancelDeclarationProps = {
  /** `cancellation` (default): end the contract; `withdrawal`: withdraw from the purchase within the withdrawal period. */
  kind?: EsimCancelDeclaration["kind"];
  /** Base URL of the reseller backend (see the backend contract). Relative or absolute; cross-origin works with CORS. */
  "api-base"?: EsimCancelDeclaration["apiBase"];
  /** Locale (`en`, `zh-CN`, …); otherwise the nearest ancestor's `lang`, then `<html lang>`, then `en`.
Reactive, so changing it re-renders in the new language. */
  lang?: EsimCancelDeclaration["lang"];
  /** `light` (default), `dark`, or `auto` (follows `prefers-color-scheme`). */
  theme?: EsimCancelDeclaration["theme"];
  /** Fills in what the host knows (`{ name, email, iccid, orderReference }`), e.g. for a signed-in
customer; the customer can change it. Applied to fields the customer has not typed in. */
  "prop:prefill"?: EsimCancelDeclaration["prefill"];
  /** The step shown: `declare` (the form), `declared` (the receipt). */
  "prop:step"?: EsimCancelDeclaration["step"];
  /** The backend's receipt, once the declaration is recorded. */
  "prop:declaration"?: EsimCancelDeclaration["declaration"];
  /** An object implementing `EsimBackend`; replaces the HTTP client entirely. */
  "prop:backend"?: EsimCancelDeclaration["backend"];
  /** A bearer token for the backend. Held in memory only, never reflected to an attribute. */
  "prop:authToken"?: EsimCancelDeclaration["authToken"];
  /** An async function returning a bearer token; called before requests and again (with
`{ refresh: true }`) after a 401. Without a token source, requests carry cookies. */
  "prop:getAuthToken"?: EsimCancelDeclaration["getAuthToken"];
  /** Overrides for any UI string of the current locale, e.g. `{ listEmptyTitle: 'No plans yet' }`. */
  "prop:strings"?: EsimCancelDeclaration["strings"];
  /** `declare` when the form shows, `declared` when the receipt does. */
  "on:esim-cancel-step"?: (e: CustomEvent<EsimCancelStepDetail>) => void;
  /** Just before the declaration is sent: `{ declaration }` (the request); cancelable (the host may veto it, the form stays as it is). */
  "on:esim-cancel-submit"?: (e: CustomEvent<EsimDeclarationSubmitDetail>) => void;
  /** The backend recorded it: `{ declaration }` (its receipt). */
  "on:esim-cancel-submitted"?: (e: CustomEvent<EsimDeclarationDetail>) => void;
  /** A failure is shown to the customer (`step: 'declare'`). */
  "on:esim-error"?: (e: CustomEvent<EsimErrorDetail>) => void;
} & JSX.DirectiveFunctionAttributes<EsimCancelDeclaration> &
  JSX.OnAttributes<EsimCancelDeclaration> &
  JSX.OnCaptureAttributes<EsimCancelDeclaration>;

type EsimCancelFlowProps = {
  /** Start on this eSIM (its review); without it the flow starts by choosing one. */
  "esim-id"?: EsimCancelFlow["esimId"];
  /** Open the tracking view of an existing request (e.g. from the link in the confirmation email). Wins over `esim-id`. */
  "cancellation-id"?: EsimCancelFlow["cancellationId"];
  /** Support page, linked from every step. */
  "support-url"?: EsimCancelFlow["supportUrl"];
  /** Support email address, linked from every step. */
  "support-email"?: EsimCancelFlow["supportEmail"];
  /** Prefills the email the decision is sent to (the customer can change it). */
  "contact-email"?: EsimCancelFlow["contactEmail"];
  /** For hosts under rules that allow no step between the cancel button and the confirmation: no
alternatives step, and the reason is optional (none given is sent as `unspecified`). */
  "direct-cancel"?: EsimCancelFlow["directCancel"];
  /** First wait between status checks while a request is pending, in ms; it grows ×1.5 up to 60 s. */
  "poll-interval"?: EsimCancelFlow["pollInterval"];
  /** Base URL of the reseller backend (see the backend contract). Relative or absolute; cross-origin works with CORS. */
  "api-base"?: EsimCancelFlow["apiBase"];
  /** Locale (`en`, `zh-CN`, …); otherwise the nearest ancestor's `lang`, then `<html lang>`, then `en`.
Reactive, so changing it re-renders in the new language. */
  lang?: EsimCancelFlow["lang"];
  /** `light` (default), `dark`, or `auto` (follows `prefers-color-scheme`). */
  theme?: EsimCancelFlow["theme"];
  /** The reasons offered, in order: `{ value, label?, requiresNote?, technical? }`. `value` is sent to
the backend; `label` is shown (the defaults are translated); `requiresNote` makes the note
mandatory; `technical` adds the advice to keep the eSIM installed until support has looked at it. */
  "prop:reasons"?: EsimCancelFlow["reasons"];
  /** Alternatives to cancelling, shown after the reason when one fits it (the `alternatives` step):
per reason value a list of `{ id, title, text, steps?, href?, target?, action }` that replaces the
defaults for that reason (`[]` shows none), or a function `({ reason, esim, defaults }) => list`
that adds to, replaces or removes them. Texts are shown as text, never HTML. An alternative with
`href` (http, https or mailto) opens it as a link (`target`, default `_blank`); one without
ends the flow (`esim-cancel-close` with its `alternative` id) for the host to act on. Defaults: moving the eSIM to a new phone (changed device), support with the eSIM's details
(a technical reason, when `support-email` or `support-url` is set), keeping it for a later trip
(no longer needed, while it stays valid for a week or more). "Continue cancelling" is always one
activation away. */
  "prop:alternatives"?: EsimCancelFlow["alternatives"];
  /** The step shown, or null while the first data loads. */
  "prop:step"?: EsimCancelFlow["step"];
  /** True while the customer has typed or chosen something that closing the flow would lose. */
  "prop:hasUnsavedInput"?: EsimCancelFlow["hasUnsavedInput"];
  /** The request being tracked, once there is one. */
  "prop:cancellation"?: EsimCancelFlow["cancellation"];
  /** An object implementing `EsimBackend`; replaces the HTTP client entirely. */
  "prop:backend"?: EsimCancelFlow["backend"];
  /** A bearer token for the backend. Held in memory only, never reflected to an attribute. */
  "prop:authToken"?: EsimCancelFlow["authToken"];
  /** An async function returning a bearer token; called before requests and again (with
`{ refresh: true }`) after a 401. Without a token source, requests carry cookies. */
  "prop:getAuthToken"?: EsimCancelFlow["getAuthToken"];
  /** Overrides for any UI string of the current locale, e.g. `{ listEmptyTitle: 'No plans yet' }`. */
  "prop:strings"?: EsimCancelFlow["strings"];
  /** On every step change, including the first step shown. */
  "on:esim-cancel-step"?: (e: CustomEvent<EsimCancelStepDetail>) => void;
  /** Just before the cancellation is sent; cancelable (the host may veto it). */
  "on:esim-cancel-submit"?: (e: CustomEvent<EsimCancelSubmitDetail>) => void;
  /** The backend accepted the request. */
  "on:esim-cancel-submitted"?: (e: CustomEvent<EsimCancellationDetail>) => void;
  /** The request's status changed from the last one seen (polling, check status, withdrawal). */
  "on:esim-cancel-status"?: (e: CustomEvent<EsimCancellationDetail>) => void;
  /** The cancellation is verified: the eSIM reads back as cancelled (or is gone); also when a completed request is opened. Fired just before the step changes to `completed`. */
  "on:esim-cancel-complete"?: (e: CustomEvent<EsimCancellationDetail>) => void;
  /** The alternatives step is shown: `{ esimId, reason, alternatives }`. */
  "on:esim-cancel-alternatives"?: (e: CustomEvent<EsimCancelAlternativesDetail>) => void;
  /** An alternative is chosen: `{ esimId, reason, alternative }`; cancelable (the host handles it: no link opens, the flow stays). Otherwise its link opens, or (without one) the flow ends with `esim-cancel-close`. */
  "on:esim-cancel-alternative-select"?: (e: CustomEvent<EsimCancelAlternativeSelectDetail>) => void;
  /** The customer leaves the flow ("Keep my eSIM", "Close", "Done"). */
  "on:esim-cancel-close"?: (e: CustomEvent<EsimCancelCloseDetail>) => void;
  /** The backend answered 401; cancelable: prevent it to sign the customer in yourself, then call `detail.retry()`. Otherwise the built-in sign-in step shows (when the backend supports it). */
  "on:esim-auth-required"?: (e: CustomEvent<EsimAuthRequiredDetail>) => void;
  /** A failure is shown to the customer. */
  "on:esim-error"?: (e: CustomEvent<EsimErrorDetail>) => void;
} & JSX.DirectiveFunctionAttributes<EsimCancelFlow> &
  JSX.OnAttributes<EsimCancelFlow> &
  JSX.OnCaptureAttributes<EsimCancelFlow>;

type EsimListProps = {
  /** Support page passed to the cancellation flow the list opens. */
  "support-url"?: EsimList["supportUrl"];
  /** Support email address passed to the cancellation flow the list opens. */
  "support-email"?: EsimList["supportEmail"];
  /** How many eSIMs to ask for per page; the backend may send fewer. */
  "page-size"?: EsimList["pageSize"];
  /** Only eSIMs with this status (asked of the backend); `''` for all. The toolbar's filter sets it too. */
  "status-filter"?: EsimList["statusFilter"];
  /** Base URL of the reseller backend (see the backend contract). Relative or absolute; cross-origin works with CORS. */
  "api-base"?: EsimList["apiBase"];
  /** Locale (`en`, `zh-CN`, …); otherwise the nearest ancestor's `lang`, then `<html lang>`, then `en`.
Reactive, so changing it re-renders in the new language. */
  lang?: EsimList["lang"];
  /** `light` (default), `dark`, or `auto` (follows `prefers-color-scheme`). */
  theme?: EsimList["theme"];
  /** An object implementing `EsimBackend`; replaces the HTTP client entirely. */
  "prop:backend"?: EsimList["backend"];
  /** A bearer token for the backend. Held in memory only, never reflected to an attribute. */
  "prop:authToken"?: EsimList["authToken"];
  /** An async function returning a bearer token; called before requests and again (with
`{ refresh: true }`) after a 401. Without a token source, requests carry cookies. */
  "prop:getAuthToken"?: EsimList["getAuthToken"];
  /** Overrides for any UI string of the current locale, e.g. `{ listEmptyTitle: 'No plans yet' }`. */
  "prop:strings"?: EsimList["strings"];
  /** After each page of eSIMs is loaded: `{ items, hasMore }` (`items` is that page). */
  "on:esim-list-load"?: (e: CustomEvent<EsimListLoadDetail>) => void;
  /** The cancel action of an eSIM was activated: `{ esim }`. Cancelable: `preventDefault()` to run your own flow instead of the built-in dialog. */
  "on:esim-cancel-request"?: (e: CustomEvent<EsimCancelRequestDetail>) => void;
  /** The backend answered 401. Cancelable: `preventDefault()`, sign the customer in, set `authToken`/`getAuthToken`, then call `detail.retry()`. Otherwise the built-in sign-in form is shown. */
  "on:esim-auth-required"?: (e: CustomEvent<EsimAuthRequiredDetail>) => void;
  /** Any failure shown to the customer: `{ code, message, retryable }`. */
  "on:esim-error"?: (e: CustomEvent<EsimErrorDetail>) => void;
  /** Bubbles out of the nested `<esim-cancel-flow>`: On every step change, including the first step shown. */
  "on:esim-cancel-step"?: (e: CustomEvent<EsimCancelStepDetail>) => void;
  /** Bubbles out of the nested `<esim-cancel-flow>`: Just before the cancellation is sent; cancelable (the host may veto it). */
  "on:esim-cancel-submit"?: (e: CustomEvent<EsimCancelSubmitDetail>) => void;
  /** Bubbles out of the nested `<esim-cancel-flow>`: The backend accepted the request. */
  "on:esim-cancel-submitted"?: (e: CustomEvent<EsimCancellationDetail>) => void;
  /** Bubbles out of the nested `<esim-cancel-flow>`: The request's status changed from the last one seen (polling, check status, withdrawal). */
  "on:esim-cancel-status"?: (e: CustomEvent<EsimCancellationDetail>) => void;
  /** Bubbles out of the nested `<esim-cancel-flow>`: The cancellation is verified: the eSIM reads back as cancelled (or is gone); also when a completed request is opened. Fired just before the step changes to `completed`. */
  "on:esim-cancel-complete"?: (e: CustomEvent<EsimCancellationDetail>) => void;
  /** Bubbles out of the nested `<esim-cancel-flow>`: The alternatives step is shown: `{ esimId, reason, alternatives }`. */
  "on:esim-cancel-alternatives"?: (e: CustomEvent<EsimCancelAlternativesDetail>) => void;
  /** Bubbles out of the nested `<esim-cancel-flow>`: An alternative is chosen: `{ esimId, reason, alternative }`; cancelable (the host handles it: no link opens, the flow stays). Otherwise its link opens, or (without one) the flow ends with `esim-cancel-close`. */
  "on:esim-cancel-alternative-select"?: (e: CustomEvent<EsimCancelAlternativeSelectDetail>) => void;
  /** Bubbles out of the nested `<esim-cancel-flow>`: The customer leaves the flow ("Keep my eSIM", "Close", "Done"). */
  "on:esim-cancel-close"?: (e: CustomEvent<EsimCancelCloseDetail>) => void;
} & JSX.DirectiveFunctionAttributes<EsimList> &
  JSX.OnAttributes<EsimList> &
  JSX.OnCaptureAttributes<EsimList>;

export type CustomElements = {
  /**
   * Cancel or withdraw without signing in, with an immediate receipt to save or print.
   * ---
   *
   *
   * ### **Events:**
   *  - **esim-cancel-step** - `declare` when the form shows, `declared` when the receipt does.
   * - **esim-cancel-submit** - Just before the declaration is sent: `{ declaration }` (the request); cancelable (the host may veto it, the form stays as it is).
   * - **esim-cancel-submitted** - The backend recorded it: `{ declaration }` (its receipt).
   * - **esim-error** - A failure is shown to the customer (`step: 'declare'`).
   *
   * ### **Methods:**
   *  - **focus(options: _FocusOptions_): _void_** - Moves focus to the heading.
   *
   *
   *
   *
   * ### **CSS Properties:**
   *  - **--esim-declaration-background** - Background of the element. _(default: var(--esim-color-surface, #ffffff))_
   * - **--esim-declaration-padding** - Inner spacing. _(default: var(--esim-spacing-l, 1.25rem))_
   * - **--esim-declaration-gap** - Space between blocks. _(default: var(--esim-spacing-m, 0.75rem))_
   * - **--esim-declaration-border** - Border of the element. _(default: 1px solid var(--esim-color-border, #c9ced6))_
   * - **--esim-declaration-radius** - Corner radius. _(default: var(--esim-radius, 0.5rem))_
   * - **--esim-declaration-max-inline-size** - Widest the element grows. _(default: 40rem)_
   * - **--esim-declaration-heading-size** - Size of the heading. _(default: var(--esim-font-size-l, 1.25rem))_
   * - **--esim-color-primary** - The main button, links, focus (shared token; see the theme tokens for the rest). _(default: #1f5fd1)_
   * - **--esim-color-surface** - Background of the element and its cards. Dark theme default: #16181d. _(default: #ffffff)_
   * - **--esim-color-surface-alt** - Background of secondary areas (toolbars, summaries, skeletons). Dark theme default: #20232a. _(default: #f4f5f7)_
   * - **--esim-color-text** - Main text colour. Dark theme default: #eef0f3. _(default: #1a1d23)_
   * - **--esim-color-text-muted** - Secondary text (hints, timestamps). Dark theme default: #b3b9c4. _(default: #555b66)_
   * - **--esim-color-border** - Borders and dividers. Dark theme default: #4a505c. _(default: #c9ced6)_
   * - **--esim-color-on-primary** - Text on primary buttons. Dark theme default: #0b1a33. _(default: #ffffff)_
   * - **--esim-color-danger** - Destructive actions and errors. Dark theme default: #ff9b8f. _(default: #b42318)_
   * - **--esim-color-on-danger** - Text on destructive buttons. Dark theme default: #3a0905. _(default: #ffffff)_
   * - **--esim-color-success** - Success states (completed, active). Dark theme default: #7fd6a0. _(default: #17663a)_
   * - **--esim-color-warning** - Warnings (expiring soon, pending). Dark theme default: #ffc46b. _(default: #8a5300)_
   * - **--esim-color-info** - Informational notes. Dark theme default: #8ab4ff. _(default: #1f5fd1)_
   * - **--esim-color-focus** - Focus ring. Dark theme default: #8ab4ff. _(default: #1f5fd1)_
   * - **--esim-color-danger-soft** - Background of error banners. Dark theme default: #3a1714. _(default: #fdecea)_
   * - **--esim-color-warning-soft** - Background of warnings. Dark theme default: #35270f. _(default: #fff4e0)_
   * - **--esim-color-success-soft** - Background of success notes. Dark theme default: #12301e. _(default: #e6f4ea)_
   * - **--esim-color-info-soft** - Background of informational notes. Dark theme default: #172641. _(default: #e8effc)_
   * - **--esim-color-skeleton** - Loading placeholders. Dark theme default: #2b2f37. _(default: #e3e6eb)_
   * - **--esim-radius** - Corner radius of cards, buttons and dialogs. _(default: 0.5rem)_
   * - **--esim-radius-s** - Corner radius of inputs and badges. _(default: 0.25rem)_
   * - **--esim-spacing-xs** - Smallest gap. _(default: 0.25rem)_
   * - **--esim-spacing-s** - Small gap. _(default: 0.5rem)_
   * - **--esim-spacing-m** - Medium gap. _(default: 0.75rem)_
   * - **--esim-spacing-l** - Large gap (card padding). _(default: 1.25rem)_
   * - **--esim-font-family** - Font stack (the default system stack includes PingFang SC and Microsoft YaHei for Chinese). _(default: system-ui)_
   * - **--esim-font-size** - Base font size. _(default: 1rem)_
   * - **--esim-font-size-s** - Small text (hints, meta). _(default: 0.875rem)_
   * - **--esim-font-size-l** - Headings. _(default: 1.25rem)_
   *
   * ### **CSS Parts:**
   *  - **base** - The whole element (a labelled region).
   * - **header** - Holds the heading.
   * - **heading** - The heading (focused when the receipt shows).
   * - **body** - The form, or the receipt.
   * - **intro** - The sentence under the heading.
   * - **form** - The form.
   * - **field** - A form field: label, input, hint and error.
   * - **label** - A field's label or a group's legend.
   * - **input** - A text, email or date input, or the reason's textarea.
   * - **hint** - A field's hint.
   * - **choice** - One option of a radio group (type of cancellation, when it takes effect).
   * - **error** - A field's error, or a failed send with its way forward.
   * - **notice** - Why the form is locked after a send whose outcome is unknown.
   * - **actions** - The row of buttons.
   * - **button** - Every button.
   * - **submit-button** - "Cancel now" / "Confirm withdrawal" (or "Try again" after a failed send).
   * - **summary** - The receipt's details.
   * - **reference** - The declaration's reference.
   * - **save-button** - Saves the receipt as a text file.
   * - **print-button** - Prints the receipt.
   * - **sign-in** - The built-in sign-in form (shown after a 401 unless the host handles `esim-auth-required`).
   * - **link-button** - A secondary, link-styled button ("Forgot password?"). Colour defaults are `light-dark()` pairs chosen by `color-scheme`, which `theme` sets (`auto` means `light dark`, following the customer's preference); browsers without `light-dark()` get the light defaults. The global design tokens below apply to both elements; each element adds its own `--esim-list-*` or `--esim-flow-*` properties that fall back to these.
   */
  "esim-cancel-declaration": Partial<EsimCancelDeclarationProps & BaseProps & BaseEvents>;

  /**
   * Guided, verified cancellation of an eSIM, with review, reason, confirmation and tracking.
   * ---
   *
   *
   * ### **Events:**
   *  - **esim-cancel-step** - On every step change, including the first step shown.
   * - **esim-cancel-submit** - Just before the cancellation is sent; cancelable (the host may veto it).
   * - **esim-cancel-submitted** - The backend accepted the request.
   * - **esim-cancel-status** - The request's status changed from the last one seen (polling, check status, withdrawal).
   * - **esim-cancel-complete** - The cancellation is verified: the eSIM reads back as cancelled (or is gone); also when a completed request is opened. Fired just before the step changes to `completed`.
   * - **esim-cancel-alternatives** - The alternatives step is shown: `{ esimId, reason, alternatives }`.
   * - **esim-cancel-alternative-select** - An alternative is chosen: `{ esimId, reason, alternative }`; cancelable (the host handles it: no link opens, the flow stays). Otherwise its link opens, or (without one) the flow ends with `esim-cancel-close`.
   * - **esim-cancel-close** - The customer leaves the flow ("Keep my eSIM", "Close", "Done").
   * - **esim-auth-required** - The backend answered 401; cancelable: prevent it to sign the customer in yourself, then call `detail.retry()`. Otherwise the built-in sign-in step shows (when the backend supports it).
   * - **esim-error** - A failure is shown to the customer.
   *
   * ### **Methods:**
   *  - **focus(options: _FocusOptions_): _void_** - Moves focus to the current step's heading.
   *
   *
   *
   *
   * ### **Slots:**
   *  - **support** - Replaces the default support links (from `support-url` / `support-email`) shown on every step.
   *
   * ### **CSS Properties:**
   *  - **--esim-flow-background** - Background of the flow. _(default: var(--esim-color-surface, #ffffff))_
   * - **--esim-flow-padding** - Inner spacing. _(default: var(--esim-spacing-l, 1.25rem))_
   * - **--esim-flow-gap** - Space between blocks. _(default: var(--esim-spacing-m, 0.75rem))_
   * - **--esim-flow-border** - Border of the flow. _(default: 1px solid var(--esim-color-border, #c9ced6))_
   * - **--esim-flow-radius** - Corner radius of the flow. _(default: var(--esim-radius, 0.5rem))_
   * - **--esim-flow-max-inline-size** - Widest the flow grows. _(default: 40rem)_
   * - **--esim-flow-heading-size** - Size of step headings. _(default: var(--esim-font-size-l, 1.25rem))_
   * - **--esim-flow-progress-color** - Completed segments of the progress bar. _(default: var(--esim-color-primary, #1f5fd1))_
   * - **--esim-color-primary** - Primary buttons, links, focus (shared token; see the theme tokens for the rest). _(default: #1f5fd1)_
   * - **--esim-color-danger** - The submit button and errors (shared token). _(default: #b42318)_
   * - **--esim-color-surface** - Background of the element and its cards. Dark theme default: #16181d. _(default: #ffffff)_
   * - **--esim-color-surface-alt** - Background of secondary areas (toolbars, summaries, skeletons). Dark theme default: #20232a. _(default: #f4f5f7)_
   * - **--esim-color-text** - Main text colour. Dark theme default: #eef0f3. _(default: #1a1d23)_
   * - **--esim-color-text-muted** - Secondary text (hints, timestamps). Dark theme default: #b3b9c4. _(default: #555b66)_
   * - **--esim-color-border** - Borders and dividers. Dark theme default: #4a505c. _(default: #c9ced6)_
   * - **--esim-color-on-primary** - Text on primary buttons. Dark theme default: #0b1a33. _(default: #ffffff)_
   * - **--esim-color-on-danger** - Text on destructive buttons. Dark theme default: #3a0905. _(default: #ffffff)_
   * - **--esim-color-success** - Success states (completed, active). Dark theme default: #7fd6a0. _(default: #17663a)_
   * - **--esim-color-warning** - Warnings (expiring soon, pending). Dark theme default: #ffc46b. _(default: #8a5300)_
   * - **--esim-color-info** - Informational notes. Dark theme default: #8ab4ff. _(default: #1f5fd1)_
   * - **--esim-color-focus** - Focus ring. Dark theme default: #8ab4ff. _(default: #1f5fd1)_
   * - **--esim-color-danger-soft** - Background of error banners. Dark theme default: #3a1714. _(default: #fdecea)_
   * - **--esim-color-warning-soft** - Background of warnings. Dark theme default: #35270f. _(default: #fff4e0)_
   * - **--esim-color-success-soft** - Background of success notes. Dark theme default: #12301e. _(default: #e6f4ea)_
   * - **--esim-color-info-soft** - Background of informational notes. Dark theme default: #172641. _(default: #e8effc)_
   * - **--esim-color-skeleton** - Loading placeholders. Dark theme default: #2b2f37. _(default: #e3e6eb)_
   * - **--esim-radius** - Corner radius of cards, buttons and dialogs. _(default: 0.5rem)_
   * - **--esim-radius-s** - Corner radius of inputs and badges. _(default: 0.25rem)_
   * - **--esim-spacing-xs** - Smallest gap. _(default: 0.25rem)_
   * - **--esim-spacing-s** - Small gap. _(default: 0.5rem)_
   * - **--esim-spacing-m** - Medium gap. _(default: 0.75rem)_
   * - **--esim-spacing-l** - Large gap (card padding). _(default: 1.25rem)_
   * - **--esim-font-family** - Font stack (the default system stack includes PingFang SC and Microsoft YaHei for Chinese). _(default: system-ui)_
   * - **--esim-font-size** - Base font size. _(default: 1rem)_
   * - **--esim-font-size-s** - Small text (hints, meta). _(default: 0.875rem)_
   * - **--esim-font-size-l** - Headings. _(default: 1.25rem)_
   *
   * ### **CSS Parts:**
   *  - **base** - The whole flow (a labelled region).
   * - **header** - Progress and heading.
   * - **progress** - "Step 2 of 4", before submission.
   * - **heading** - The step's heading (focused on step changes).
   * - **body** - The step's content.
   * - **footer** - Back, leave, and the step's main actions.
   * - **button** - Every button.
   * - **back-button** - Back.
   * - **close-button** - Leaves the flow: "Keep my eSIM", "Close" or "Done".
   * - **next-button** - Continue to the next step.
   * - **submit-button** - Sends the cancellation; its text says what happens.
   * - **retry-button** - Retries a failed request.
   * - **more-button** - Loads more eSIMs on the select step.
   * - **other-esim-button** - Goes on to the eSIM the page asked for while a submission was finishing (`esim-id` changed mid-submission).
   * - **check-button** - Checks the request's status now.
   * - **withdraw-button** - Withdraws the request (asks first).
   * - **withdraw-confirm-button** - Confirms the withdrawal.
   * - **withdraw-cancel-button** - Keeps the request.
   * - **copy-button** - Copies the reference.
   * - **print-button** - Prints the confirmation.
   * - **save-button** - Saves the confirmation as a text file.
   * - **field** - A form field (label, input, hint, error).
   * - **label** - A field's label or a group's legend.
   * - **input** - A text input or textarea.
   * - **choice** - One option of a radio group (an eSIM, a reason).
   * - **error** - A field's error, or a failed request with its way forward.
   * - **summary** - A list of details (eSIM, quote, request).
   * - **warning** - Warnings before cancelling.
   * - **notice** - A highlighted note (why an eSIM cannot be cancelled, the withdrawal question).
   * - **reference** - The request's reference number.
   * - **status** - A status badge (icon and words).
   * - **support** - Support links (or the `support` slot).
   * - **sign-in** - The built-in sign-in form.
   * - **actions** - The sign-in form's buttons.
   * - **link-button** - "Forgot password?" and "Back to sign in" on the sign-in form.
   * - **alternatives** - The list of alternatives on the alternatives step.
   * - **alternative** - One alternative: title, text, steps and its action.
   * - **alternative-title** - An alternative's title.
   * - **alternative-action** - An alternative's button or link.
   * - **continue-button** - "Continue cancelling" on the alternatives step (also a `next-button`).
   * - **withdrawal** - The review's note that the eSIM is in its withdrawal period (also a `notice`), with "Withdraw instead".
   * - **withdraw-instead-button** - On the review of an eSIM in its withdrawal period: withdraw instead of cancelling.
   * - **declaration** - The withdrawal declaration shown after "Withdraw instead" (`<esim-cancel-declaration>`); its other parts come out under the flow's names (`field`, `input`, `submit-button`, `summary`…) plus `intro`, `form` and `hint`.
   * - **intro** - The withdrawal declaration's opening sentence.
   * - **form** - The withdrawal declaration's form.
   * - **hint** - A hint under a field of the withdrawal declaration.
   */
  "esim-cancel-flow": Partial<EsimCancelFlowProps & BaseProps & BaseEvents>;

  /**
   * Lists a customer's eSIMs with status, usage, validity and a cancel action.
   * ---
   *
   *
   * ### **Events:**
   *  - **esim-list-load** - After each page of eSIMs is loaded: `{ items, hasMore }` (`items` is that page).
   * - **esim-cancel-request** - The cancel action of an eSIM was activated: `{ esim }`. Cancelable: `preventDefault()` to run your own flow instead of the built-in dialog.
   * - **esim-auth-required** - The backend answered 401. Cancelable: `preventDefault()`, sign the customer in, set `authToken`/`getAuthToken`, then call `detail.retry()`. Otherwise the built-in sign-in form is shown.
   * - **esim-error** - Any failure shown to the customer: `{ code, message, retryable }`.
   * - **esim-cancel-step** - Bubbles out of the nested `<esim-cancel-flow>`: On every step change, including the first step shown.
   * - **esim-cancel-submit** - Bubbles out of the nested `<esim-cancel-flow>`: Just before the cancellation is sent; cancelable (the host may veto it).
   * - **esim-cancel-submitted** - Bubbles out of the nested `<esim-cancel-flow>`: The backend accepted the request.
   * - **esim-cancel-status** - Bubbles out of the nested `<esim-cancel-flow>`: The request's status changed from the last one seen (polling, check status, withdrawal).
   * - **esim-cancel-complete** - Bubbles out of the nested `<esim-cancel-flow>`: The cancellation is verified: the eSIM reads back as cancelled (or is gone); also when a completed request is opened. Fired just before the step changes to `completed`.
   * - **esim-cancel-alternatives** - Bubbles out of the nested `<esim-cancel-flow>`: The alternatives step is shown: `{ esimId, reason, alternatives }`.
   * - **esim-cancel-alternative-select** - Bubbles out of the nested `<esim-cancel-flow>`: An alternative is chosen: `{ esimId, reason, alternative }`; cancelable (the host handles it: no link opens, the flow stays). Otherwise its link opens, or (without one) the flow ends with `esim-cancel-close`.
   * - **esim-cancel-close** - Bubbles out of the nested `<esim-cancel-flow>`: The customer leaves the flow ("Keep my eSIM", "Close", "Done").
   *
   * ### **Methods:**
   *  - **reload(): _Promise<void>_** - Refetches from the first page. Rows already shown stay until the new ones arrive (and if that fails).
   * - **refreshEsim(esimId: _string_): _Promise<void>_** - Re-reads one eSIM with `getEsim` and replaces its row (the cancellation flow calls this when it
   * ends). An eSIM the backend no longer knows (404 after a cancellation) leaves the list.
   *
   *
   *
   *
   *
   * ### **CSS Properties:**
   *  - **--esim-list-gap** - Space between rows. _(default: var(--esim-spacing-m, 0.75rem))_
   * - **--esim-list-row-padding** - Padding inside a row. _(default: var(--esim-spacing-m, 0.75rem))_
   * - **--esim-list-row-background** - Row background. _(default: var(--esim-color-surface, #ffffff))_
   * - **--esim-list-row-border** - Row border colour. _(default: var(--esim-color-border, #c9ced6))_
   * - **--esim-list-row-radius** - Row corner radius. _(default: var(--esim-radius, 0.5rem))_
   * - **--esim-list-meter-color** - Fill of the data meter. _(default: var(--esim-color-primary, #1f5fd1))_
   * - **--esim-list-meter-track** - Track of the data meter. _(default: var(--esim-color-surface-alt, #f4f5f7))_
   * - **--esim-color-surface** - Background of the element and its cards. Dark theme default: #16181d. _(default: #ffffff)_
   * - **--esim-color-surface-alt** - Background of secondary areas (toolbars, summaries, skeletons). Dark theme default: #20232a. _(default: #f4f5f7)_
   * - **--esim-color-text** - Main text colour. Dark theme default: #eef0f3. _(default: #1a1d23)_
   * - **--esim-color-text-muted** - Secondary text (hints, timestamps). Dark theme default: #b3b9c4. _(default: #555b66)_
   * - **--esim-color-border** - Borders and dividers. Dark theme default: #4a505c. _(default: #c9ced6)_
   * - **--esim-color-primary** - Primary actions, links and selection. Dark theme default: #8ab4ff. _(default: #1f5fd1)_
   * - **--esim-color-on-primary** - Text on primary buttons. Dark theme default: #0b1a33. _(default: #ffffff)_
   * - **--esim-color-danger** - Destructive actions and errors. Dark theme default: #ff9b8f. _(default: #b42318)_
   * - **--esim-color-on-danger** - Text on destructive buttons. Dark theme default: #3a0905. _(default: #ffffff)_
   * - **--esim-color-success** - Success states (completed, active). Dark theme default: #7fd6a0. _(default: #17663a)_
   * - **--esim-color-warning** - Warnings (expiring soon, pending). Dark theme default: #ffc46b. _(default: #8a5300)_
   * - **--esim-color-info** - Informational notes. Dark theme default: #8ab4ff. _(default: #1f5fd1)_
   * - **--esim-color-focus** - Focus ring. Dark theme default: #8ab4ff. _(default: #1f5fd1)_
   * - **--esim-color-danger-soft** - Background of error banners. Dark theme default: #3a1714. _(default: #fdecea)_
   * - **--esim-color-warning-soft** - Background of warnings. Dark theme default: #35270f. _(default: #fff4e0)_
   * - **--esim-color-success-soft** - Background of success notes. Dark theme default: #12301e. _(default: #e6f4ea)_
   * - **--esim-color-info-soft** - Background of informational notes. Dark theme default: #172641. _(default: #e8effc)_
   * - **--esim-color-skeleton** - Loading placeholders. Dark theme default: #2b2f37. _(default: #e3e6eb)_
   * - **--esim-radius** - Corner radius of cards, buttons and dialogs. _(default: 0.5rem)_
   * - **--esim-radius-s** - Corner radius of inputs and badges. _(default: 0.25rem)_
   * - **--esim-spacing-xs** - Smallest gap. _(default: 0.25rem)_
   * - **--esim-spacing-s** - Small gap. _(default: 0.5rem)_
   * - **--esim-spacing-m** - Medium gap. _(default: 0.75rem)_
   * - **--esim-spacing-l** - Large gap (card padding). _(default: 1.25rem)_
   * - **--esim-font-family** - Font stack (the default system stack includes PingFang SC and Microsoft YaHei for Chinese). _(default: system-ui)_
   * - **--esim-font-size** - Base font size. _(default: 1rem)_
   * - **--esim-font-size-s** - Small text (hints, meta). _(default: 0.875rem)_
   * - **--esim-font-size-l** - Headings. _(default: 1.25rem)_
   *
   * ### **CSS Parts:**
   *  - **base** - The wrapper around everything.
   * - **toolbar** - The search, filter and count above the rows.
   * - **search** - The search input.
   * - **filter** - The status filter select.
   * - **count** - How many eSIMs are shown and loaded.
   * - **list** - The element with `role="list"` holding the rows.
   * - **row** - One eSIM (a card in a narrow container, a row in a wide one).
   * - **name** - The eSIM's nickname, else its plan name.
   * - **plan** - The plan name and region.
   * - **iccid** - The masked ICCID with its copy button.
   * - **copy-button** - Copies the full ICCID.
   * - **status** - The status (icon and text); carries `data-tone`: success, info, warning or neutral.
   * - **install-state** - Whether the eSIM is installed on a device.
   * - **usage** - Data used, the meter and when the figures were updated.
   * - **meter** - The data meter's track.
   * - **validity** - When the eSIM expires or expired.
   * - **withdrawal** - "You can withdraw until …": the eSIM is in its statutory withdrawal period (`withdrawal.until`).
   * - **device** - The device it is installed on.
   * - **cancel-button** - The cancel action of a cancellable eSIM.
   * - **ineligible-reason** - Why an eSIM cannot be cancelled online.
   * - **cancellation** - An open cancellation request's status.
   * - **empty** - The "no eSIMs" and "no matches" states.
   * - **unreadable** - The line saying how many eSIMs could not be shown, when the backend sent records that break the contract.
   * - **clear-button** - In the "no matches" state: clears the search and the status filter.
   * - **error** - The error state and the inline error banners.
   * - **retry-button** - The "Try again" buttons.
   * - **skeleton** - The placeholder rows while loading.
   * - **load-more** - The "Load more" button.
   * - **footer** - Below the rows: load more, end of list, search hint.
   * - **signed-out** - The message shown while the host page signs the customer in.
   * - **dialog** - The modal dialog in which the list runs `<esim-cancel-flow>` for the chosen eSIM.
   * - **dialog-close** - The dialog's close button (asks first when typed input would be lost; so does Escape).
   * - **dialog-discard** - The "discard your answers?" question shown before closing.
   * - **flow-base** - The nested flow's parts, all re-exported with a `flow-` prefix: `flow-base`, `flow-header`, `flow-progress`, `flow-heading`, `flow-body`, `flow-footer`, `flow-button`, `flow-back-button`, `flow-close-button`, `flow-next-button`, `flow-submit-button`, `flow-retry-button`, `flow-more-button`, `flow-check-button`, `flow-withdraw-button`, `flow-withdraw-confirm-button`, `flow-withdraw-cancel-button`, `flow-copy-button`, `flow-print-button`, `flow-save-button`, `flow-other-esim-button`, `flow-field`, `flow-label`, `flow-input`, `flow-choice`, `flow-error`, `flow-summary`, `flow-warning`, `flow-notice`, `flow-reference`, `flow-status`, `flow-support`, `flow-sign-in`, `flow-actions`, `flow-link-button`, `flow-withdrawal`, `flow-withdraw-instead-button`, `flow-declaration`, `flow-intro`, `flow-form`, `flow-hint`, `flow-alternatives`, `flow-alternative`, `flow-alternative-title`, `flow-alternative-action`, `flow-continue-button`.
   * - **sign-in** - The built-in sign-in form (with `heading`, `field`, `label`, `input`, `button`, `submit-button`, `link-button`, `notice`, `actions`).
   * - **heading** - A section's heading (the sign-in form's, or a step's).
   * - **field** - A form field: label, input and its error.
   * - **label** - A field's label.
   * - **input** - A text, email or password input.
   * - **notice** - A confirmation message, e.g. "reset link sent".
   * - **actions** - A row of buttons.
   * - **button** - Any button.
   * - **submit-button** - A form's main button.
   * - **link-button** - A secondary, link-styled button ("Forgot password?"). Colour defaults are `light-dark()` pairs chosen by `color-scheme`, which `theme` sets (`auto` means `light dark`, following the customer's preference); browsers without `light-dark()` get the light defaults. The global design tokens below apply to both elements; each element adds its own `--esim-list-*` or `--esim-flow-*` properties that fall back to these.
   */
  "esim-list": Partial<EsimListProps & BaseProps & BaseEvents>;
};

declare module 'solid-js' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}
