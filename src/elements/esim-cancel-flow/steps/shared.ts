/**
 * What the step modules share: the context they render from and the templates more than one step
 * uses (summary rows, fields, radio groups, warnings, money), so each template exists once.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Cancellation, CancellationStatus, Money, Quote } from '../../../api/schemas.js';
import type { Catalogue } from '../../../i18n/en.js';
import { cancellationStatusLabel } from '../../../internal/esim-display.js';
import { formatDate, formatMoney } from '../../../internal/format.js';
import { icon, type IconName } from '../../../internal/icons.js';
import {
  NOTE_MAX,
  type Field,
  type FieldProblems,
  type FlowEvent,
  type FlowState,
} from '../flow-machine.js';
import type { CancelReason, DefaultReason } from '../reasons.js';

export interface StepContext {
  state: FlowState;
  t: Catalogue;
  /** BCP 47 locale for `Intl`. */
  locale: string;
  reasons: readonly CancelReason[];
  /** Problems to show now: empty until the customer tried to go on. */
  problems: FieldProblems;
  send: (event: FlowEvent) => void;
  /** Browser-side actions of the tracking steps. */
  copyReference: () => void;
  print: () => void;
  save: () => void;
}

export interface StepView {
  title: string;
  body: TemplateResult;
  /** The step's own buttons, shown in the footer after Back. */
  actions?: TemplateResult;
}

export type Row = readonly [label: string, value: unknown];
/** A row, or a falsy placeholder for one that does not apply. */
export type MaybeRow = Row | false | null | undefined | '';

/** A summary as a description list; rows without a value are left out. */
export function rows(items: readonly MaybeRow[]): TemplateResult {
  return html`<dl class="summary" part="summary">
    ${items.map((row) => (row && row[1] !== undefined && row[1] !== '' ? html`<div><dt>${row[0]}</dt><dd>${row[1]}</dd></div>` : nothing))}
  </dl>`;
}

export function money(ctx: StepContext, amount: Money): string {
  return formatMoney(ctx.locale, amount);
}

/** "€8.00 to your original payment method"; a method the contract does not name shows the amount only. */
export function refundText(ctx: StepContext, refund: Money, method: string | null | undefined): string {
  const { t } = ctx;
  if (method === 'none' || Number(refund.amount) === 0) return t.refundNone;
  const amount = money(ctx, refund);
  if (method === 'store_credit') return t.refundAsCredit(amount);
  return method === 'original_payment' ? t.refundToCard(amount) : amount;
}

export function reasonLabel(ctx: StepContext, value: string): string {
  const reason = ctx.reasons.find((r) => r.value === value);
  return reason?.label ?? ctx.t.reasonLabels[value as DefaultReason] ?? value;
}

/** Backend URLs (policy links) end up in `href`: only http(s) may, never `javascript:`. */
export function safeUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url, document.baseURI);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

export function warnings(items: readonly string[]): TemplateResult {
  return html`<ul class="warnings" part="warning">
    ${items.map((text) => html`<li>${icon('alert')}<span>${text}</span></li>`)}
  </ul>`;
}

/** The quote's warnings in words; backing up first always applies. */
export function quoteWarnings(ctx: StepContext, quote: Quote, deadline: string | null | undefined): string[] {
  const { t } = ctx;
  const items = [t.warnBackup];
  for (const warning of quote.warnings) {
    if (warning === 'irreversible') items.push(t.warnIrreversible);
    else if (warning === 'data_forfeited') items.push(t.warnDataForfeited);
    else if (warning === 'keep_installed_for_support') items.push(t.warnKeepInstalled);
    else if (warning === 'refund_as_credit') items.push(t.warnCredit);
    else items.push(t.warnDeadline(deadline ? date(ctx, deadline) : undefined));
  }
  return items;
}

export function date(ctx: StepContext, iso: string): string {
  return formatDate(ctx.locale, iso);
}

/** What the customer must fix in `field`: the backend's words (422) first, else ours. */
export function problemText(ctx: StepContext, field: Field): string | undefined {
  const server = ctx.state.serverProblems[field];
  if (server) return server;
  const problem = ctx.problems[field];
  const { t } = ctx;
  if (problem === 'tooLong') return t.problemNoteLong(NOTE_MAX);
  if (problem === 'email') return t.emailInvalid;
  if (problem === 'mismatch') return t.problemDigitsMismatch;
  return problem ? t.problemRequired[field] : undefined;
}

export function fieldError(id: string, text: string | undefined): TemplateResult | typeof nothing {
  return text ? html`<p class="field-error" part="error" id=${id}>${text}</p>` : nothing;
}

/** ids for aria-describedby, skipping the absent ones. */
export function describedBy(...ids: (string | false | undefined)[]): string | typeof nothing {
  return ids.filter(Boolean).join(' ') || nothing;
}

export interface TextFieldOptions {
  field: 'note' | 'contactEmail' | 'lastFour';
  label: string;
  hint?: string;
  type?: 'text' | 'email';
  autocomplete?: string;
  numeric?: boolean;
  multiline?: boolean;
}

export function textField(ctx: StepContext, o: TextFieldOptions): TemplateResult {
  const id = `f-${o.field}`;
  const error = problemText(ctx, o.field);
  const value = ctx.state.form[o.field];
  const onInput = (event: Event) =>
    ctx.send({ type: 'edit', field: o.field, value: (event.target as HTMLInputElement | HTMLTextAreaElement).value });
  const invalid = error ? 'true' : 'false';
  const described = describedBy(o.hint && `${id}-hint`, error && `${id}-error`);
  return html`<div class="field" part="field">
    <label part="label" for=${id}>${o.label}</label>
    ${o.multiline
      ? html`<textarea part="input" id=${id} rows="4" .value=${value} aria-invalid=${invalid} aria-describedby=${described} @input=${onInput}></textarea>`
      : html`<input
          part="input"
          id=${id}
          type=${o.type ?? 'text'}
          inputmode=${o.numeric ? 'numeric' : nothing}
          maxlength=${o.numeric ? 4 : nothing}
          autocomplete=${o.autocomplete ?? 'off'}
          .value=${value}
          aria-invalid=${invalid}
          aria-describedby=${described}
          @input=${onInput}
        />`}
    ${o.hint ? html`<p class="hint" id="${id}-hint">${o.hint}</p>` : nothing}
    ${fieldError(`${id}-error`, error)}
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
  ctx: StepContext,
  field: 'selection' | 'reason',
  choices: readonly Choice[],
  selected: string | null,
  choose: (value: string) => void,
): TemplateResult {
  const error = problemText(ctx, field);
  const errorId = `${field}-error`;
  return html`<fieldset class="field choices" part="field" aria-labelledby="heading" aria-describedby=${describedBy(error && errorId)}>
    ${fieldError(errorId, error)}
    ${choices.map(
      (choice) => html`<label class="choice" part="choice" ?data-disabled=${choice.disabled}>
        <input
          type="radio"
          name=${field}
          .value=${choice.value}
          .checked=${choice.value === selected}
          ?disabled=${choice.disabled}
          aria-invalid=${error ? 'true' : 'false'}
          @change=${() => choose(choice.value)}
        />
        <span class="choice-text">
          <span class="choice-label">${choice.label}</span>
          ${choice.detail ? html`<span class="choice-detail">${choice.detail}</span>` : nothing}
        </span>
      </label>`,
    )}
  </fieldset>`;
}

const CANCELLATION_ICON: Record<CancellationStatus, [IconName, string]> = {
  pending: ['clock', 'info'],
  processing: ['clock', 'warning'],
  completed: ['check-circle', 'success'],
  rejected: ['x-circle', 'danger'],
  withdrawn: ['x-circle', 'neutral'],
};

/** A request's status as icon plus words, never by colour alone. */
export function cancellationBadge(t: Catalogue, status: CancellationStatus): TemplateResult {
  const [name, tone] = CANCELLATION_ICON[status];
  return html`<span class="status" part="status" data-tone=${tone}>${icon(name)}<span>${cancellationStatusLabel(t, status)}</span></span>`;
}

/** Reference (copyable) and status: what every tracking step starts with. */
export function cancellationRows(ctx: StepContext, c: Cancellation, extra: readonly MaybeRow[]): TemplateResult {
  const { t } = ctx;
  return rows([
    [
      t.labelReference,
      html`<span class="reference" part="reference">${c.reference}</span>
        ${button(html`${icon('copy')}${t.copyReference}`, ctx.copyReference, 'btn-link no-print', 'copy-button')}`,
    ],
    [t.labelStatus, cancellationBadge(t, c.status)],
    ...extra,
  ]);
}

/** Fee and refund of a request that goes (or went) through. */
export function moneyRows(ctx: StepContext, c: Cancellation): (Row | undefined)[] {
  const { t } = ctx;
  return [
    c.fee ? [t.labelFee, money(ctx, c.fee)] : undefined,
    c.refund ? [t.labelRefund, refundText(ctx, c.refund, c.refundMethod)] : undefined,
  ];
}

/** Print or save the confirmation. */
export function keepRecord(ctx: StepContext): TemplateResult {
  const { t } = ctx;
  return html`<div class="actions no-print">
    ${button(t.print, ctx.print, '', 'print-button')} ${button(t.save, ctx.save, '', 'save-button')}
  </div>`;
}

/** `busy`: the button's operation is running; it stays focusable, and says so to assistive tech. */
export function button(label: unknown, onClick: () => void, kind = '', part = '', busy = false): TemplateResult {
  return html`<button
    type="button"
    class="btn ${kind}"
    part="button ${part}"
    aria-disabled=${busy ? 'true' : nothing}
    @click=${onClick}
  >
    ${label}
  </button>`;
}

export function busyLabel(busy: boolean, idle: string, working: string): TemplateResult {
  return busy ? html`<span class="spinner" aria-hidden="true"></span>${working}` : html`${idle}`;
}
