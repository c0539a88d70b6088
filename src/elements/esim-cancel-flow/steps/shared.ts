/**
 * What the step modules share: the context they render from and the templates more than one step
 * uses (summaries, fields, radio groups, warnings, buttons), so each template exists once.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Money } from '../../../api/schemas.js';
import type { Quote } from '../../../api/quote-schemas.js';
import type { Catalogue } from '../../../i18n/en.js';
import { formatDate, ltrIn } from '../../../internal/format.js';
import { formatMoney } from '../../../internal/money.js';
import { icon } from '../../../internal/icons.js';
import { findReason, NOTE_MAX, type Field, type FieldProblems, type FlowEvent, type FlowState } from '../flow-machine.js';
import type { CancelReason, DefaultReason } from '../reasons.js';
import { isolate } from '../../../internal/isolate.js';

export interface StepContext {
  /** The machine's state. */
  s: FlowState;
  t: Catalogue;
  /** BCP 47 locale for `Intl`. */
  locale: string;
  reasons: readonly CancelReason[];
  /** Problems to show now: empty until the customer tried to go on. */
  problems: FieldProblems;
  send: (event: FlowEvent) => void;
  /** Copies the request's reference (the element announces the outcome). */
  copy: (reference: string) => Promise<void>;
}

/** What a step renders. Typed as templates, not `unknown`: `cond && html…` would print "false". */
export interface StepView {
  body: TemplateResult | typeof nothing;
  /** The step's own buttons, shown at the end of the footer. */
  actions?: TemplateResult | typeof nothing;
}

/** A summary row, or a falsy placeholder for one that does not apply. */
export type Row = readonly [label: string, value: unknown] | false | null | undefined | '';

/** A summary as a description list; rows without a value are left out. */
export const rows = (items: readonly Row[]): TemplateResult =>
  html`<dl class="summary" part="summary">
    ${items.map((r) =>
      r && r[1]
        ? html`<dt>${r[0]}</dt>
            <dd>${r[1]}</dd>`
        : nothing,
    )}
  </dl>`;

/** An amount for the locale, kept left to right inside right-to-left text. */
export const money = (c: StepContext, amount: Money): string => ltrIn(c.locale, formatMoney(c.locale, amount));

export const date = (c: StepContext, iso: string): string => formatDate(c.locale, iso);

/** "€8.00 to your original payment method"; a method the contract does not name shows the amount only. */
export function refundText(c: StepContext, refund: Money, method: string | null | undefined): string {
  const { t } = c;
  const amount = money(c, refund);
  return method === 'none' || !Number(refund.amount)
    ? t.refundNone
    : method === 'store_credit'
      ? t.refundAsCredit(amount)
      : method === 'original_payment'
        ? t.refundToCard(amount)
        : amount;
}

/** What cancelling costs and when it takes effect: on the review and again on the confirmation. */
export function quoteRows(c: StepContext, quote: Quote): Row[] {
  const { t } = c;
  return [
    [t.labelFee, money(c, quote.fee)],
    [t.labelRefund, refundText(c, quote.refund, quote.refundMethod)],
    [t.labelEffective, quote.effective === 'after_review' ? t.effectiveAfterReview(quote.reviewBusinessDays ?? undefined) : t.effectiveNow],
  ];
}

export const reasonLabel = (c: StepContext, value: string): string =>
  value ? (findReason(c.reasons, value)?.label ?? c.t.reasonLabels[value as DefaultReason] ?? value) : c.t.reasonNotGiven;

/** Backend URLs (policy links) end up in `href`: only http(s) may, never `javascript:`. */
export function safeUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url, document.baseURI);
    return /^https?:$/.test(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

export const warnings = (items: readonly string[]): TemplateResult =>
  html`<ul class="warnings" part="warning">
    ${items.map((text) => html`<li>${icon('alert')}<span>${text}</span></li>`)}
  </ul>`;

/** The advice for a technical reason, on the reason and confirm steps. */
export const technicalAdvice = (c: StepContext) =>
  findReason(c.reasons, c.s.form.reason)?.technical ? warnings([c.t.warnKeepInstalled]) : nothing;

/** What the customer must fix in `field`: the backend's words (422) first, else ours. */
export function problemText(c: StepContext, field: Field): string | undefined {
  const { t } = c;
  const problem = c.problems[field];
  return (
    (c.s.serverProblems[field] && isolate(c.s.serverProblems[field])) ??
    (problem === 'tooLong'
      ? t.problemNoteLong(NOTE_MAX)
      : problem === 'email'
        ? t.emailInvalid
        : problem === 'mismatch'
          ? t.problemDigitsMismatch
          : problem && t.problemRequired[field])
  );
}

/**
 * A field's error, with the attributes that tie it to its control: `aria-invalid`, and
 * `aria-describedby` naming the error (after `hint`, the id of the field's hint, when given).
 */
export function fieldError(c: StepContext, field: Field, hint = '') {
  const error = problemText(c, field);
  const id = `f-${field}-error`;
  return {
    invalid: error ? 'true' : 'false',
    describedBy: [hint, error && id].filter(Boolean).join(' ') || nothing,
    error: error ? html`<p class="field-error" part="error" id=${id}>${error}</p>` : nothing,
  };
}

/** A text field; `note` is a textarea, `lastFour` takes four digits, `contactEmail` an email. */
export function textField(c: StepContext, field: 'note' | 'contactEmail' | 'lastFour', label: string, hint: string): TemplateResult {
  const id = `f-${field}`;
  const { invalid, describedBy, error } = fieldError(c, field, `${id}-hint`);
  const value = c.s.form[field];
  const input = (e: Event) => c.send({ type: 'edit', field, value: (e.target as HTMLInputElement).value });
  return html`<div class="field" part="field">
    <label part="label" for=${id}>${label}</label>
    ${
      field === 'note'
        ? html`<textarea
            part="input"
            id=${id}
            rows="4"
            .value=${value}
            aria-invalid=${invalid}
            aria-describedby=${describedBy}
            @input=${input}
          ></textarea>`
        : html`<input
            part="input"
            id=${id}
            type=${field === 'contactEmail' ? 'email' : 'text'}
            autocomplete=${field === 'contactEmail' ? 'email' : 'off'}
            inputmode=${field === 'lastFour' ? 'numeric' : nothing}
            maxlength=${field === 'lastFour' ? 4 : nothing}
            .value=${value}
            aria-invalid=${invalid}
            aria-describedby=${describedBy}
            @input=${input}
          />`
    }
    <p class="hint" id="${id}-hint">${hint}</p>
    ${error}
  </div>`;
}

export interface Choice {
  value: string;
  label: unknown;
  detail?: unknown;
  disabled?: boolean;
}

/**
 * A required radio group; the step's heading (which asks the question) names it, and the error is
 * tied to the group and to each radio.
 */
export function radioGroup(
  c: StepContext,
  field: 'selection' | 'reason',
  choices: readonly Choice[],
  selected: string | null | undefined,
  choose: (value: string) => void,
): TemplateResult {
  const { invalid, describedBy, error } = fieldError(c, field);
  return html`<fieldset class="field choices" part="field" aria-labelledby="heading" aria-describedby=${describedBy}>
    ${error}
    ${choices.map(
      (o) =>
        html`<label class="choice" part="choice">
          <input
            type="radio"
            name=${field}
            .value=${o.value}
            .checked=${o.value === selected}
            ?disabled=${o.disabled}
            aria-invalid=${invalid}
            @change=${() => choose(o.value)}
          />
          <span><b>${o.label}</b>${o.detail ? html`<small>${o.detail}</small>` : nothing}</span>
        </label>`,
    )}
  </fieldset>`;
}

/** A button; a `disabled` one stays focusable (`aria-disabled`), so activating it can explain why. */
export const button = (label: unknown, click: () => void, kind: string, part: string, disabled?: boolean): TemplateResult =>
  html`<button type="button" class="btn ${kind}" part="button ${part}" aria-disabled=${!!disabled} @click=${click}>${label}</button>`;

/** A button's label while its operation runs: a spinner and what is happening. */
export const busyLabel = (busy: boolean, idle: string, working: string): unknown =>
  busy ? html`<span class="spinner" aria-hidden="true"></span>${working}` : idle;

/** Continue to the next step. */
export const nextButton = (c: StepContext): TemplateResult =>
  button(c.t.flowNext, () => c.send({ type: 'next' }), 'btn-primary', 'next-button');
