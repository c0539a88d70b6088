import { html } from 'lit';
import {
  dataUsage,
  esimLabel,
  ineligibleReasonText,
  installStateLabel,
  statusBadge,
  validity,
} from '../../../internal/esim-display.js';
import { maskIccid } from '../../../internal/format.js';
import { button, date, money, quoteWarnings, refundText, rows, safeUrl, warnings, type StepContext, type StepView } from './shared.js';

/**
 * `review`: the eSIM and what cancelling it now means (the backend's quote), with the warnings in
 * words. An ineligible eSIM says why and offers support, with no way forward.
 */
export function reviewStep(ctx: StepContext): StepView {
  const { t, state, locale } = ctx;
  const esim = state.esim!;
  const quote = state.quote;
  const usage = dataUsage(t, locale, esim);
  const details = rows([
    [t.labelEsim, esimLabel(t, esim)],
    [t.labelIccid, maskIccid(esim.iccid)],
    [t.labelStatus, statusBadge(t, esim.status)],
    [t.labelInstall, installStateLabel(t, esim.installState)],
    usage && [t.labelData, html`${usage.amount} <span class="muted">${usage.updated}</span>`],
    [t.labelValidity, validity(t, locale, esim)?.text],
  ]);
  if (!quote) return { title: t.reviewTitle, body: details };
  if (!quote.eligible) {
    return {
      title: t.reviewIneligibleTitle,
      body: html`<p class="notice" part="notice">${ineligibleReasonText(t, quote.ineligibleReason)}</p>
        <p>${t.reviewIneligibleHelp}</p>
        ${details}`,
    };
  }
  const review = quote.effective === 'after_review';
  const deadline = esim.cancellation.deadline;
  const policy = safeUrl(quote.policyUrl);
  return {
    title: t.reviewTitle,
    body: html`${details}
      ${rows([
        [t.labelFee, money(ctx, quote.fee)],
        [t.labelRefund, refundText(ctx, quote.refund, quote.refundMethod)],
        [t.labelEffective, review ? t.effectiveAfterReview(quote.reviewBusinessDays ?? undefined) : t.effectiveNow],
        quote.expectedDecisionBy && [t.labelDecision, date(ctx, quote.expectedDecisionBy)],
        deadline && [t.labelDeadline, date(ctx, deadline)],
      ])}
      ${warnings(quoteWarnings(ctx, quote, deadline))}
      ${policy ? html`<p><a href=${policy} target="_blank" rel="noopener noreferrer">${t.policyLink}</a></p>` : ''}`,
    actions: button(t.flowNext, () => ctx.send({ type: 'next' }), 'btn-primary', 'next-button'),
  };
}
