import { html, nothing } from 'lit';
import { dataUsage, esimLabel, ineligibleReasonText, installStateLabel, statusBadge, validity } from '../../../internal/esim-display.js';
import { maskIccid } from '../../../internal/format.js';
import { withdrawalUntil } from '../../../internal/withdrawal.js';
import { button, date, nextButton, quoteRows, rows, safeUrl, warnings, type Row, type StepContext, type StepView } from './shared.js';
import type { StepData } from '../flow-machine.js';

/** Catalogue keys of the quote's warnings; `deadline_soon` is the one not listed (it takes a date). */
const WARNINGS = {
  irreversible: 'warnIrreversible',
  data_forfeited: 'warnDataForfeited',
  keep_installed_for_support: 'warnKeepInstalled',
  refund_as_credit: 'warnCredit',
} as const;

/**
 * `review`: the eSIM and what cancelling it now means (the backend's quote), with the warnings in
 * words (backing up first always applies). An ineligible eSIM says why, with no way forward but the
 * support links every step shows. An eSIM in its withdrawal period offers withdrawing instead, which
 * opens `<esim-cancel-declaration kind="withdrawal">` inside the flow, prefilled.
 */
export function reviewStep(c: StepContext, { esim, quote }: Extract<StepData, { step: 'review' }>): StepView {
  const { t, locale } = c;
  const usage = dataUsage(t, locale, esim);
  const deadline = esim.cancellation.deadline;
  const policy = safeUrl(quote?.policyUrl);
  const details: Row[] = [
    [t.labelEsim, esimLabel(t, esim)],
    [t.labelIccid, html`<span dir="ltr">${maskIccid(esim.iccid)}</span>`],
    [t.labelStatus, statusBadge(t, esim.status)],
    [t.labelInstall, installStateLabel(t, esim.installState)],
    usage && [t.labelData, html`${usage.amount} <span class="hint">${usage.updated}</span>`],
    [t.labelValidity, validity(t, locale, esim)?.text],
  ];
  // Within the statutory withdrawal period: withdrawing is offered beside (or instead of) cancelling.
  const until = withdrawalUntil(esim);
  const withdraw = until
    ? html`<div class="notice" part="notice withdrawal">
        <p>${t.reviewWithdrawable(date(c, until))}</p>
        <div class="actions">${button(t.withdrawInstead, () => c.send({ type: 'declare' }), '', 'withdraw-instead-button')}</div>
      </div>`
    : nothing;
  return !quote?.eligible
    ? {
        body: html`${withdraw}${
          quote
            ? html`<p class="notice" part="notice">${ineligibleReasonText(t, quote.ineligibleReason)}</p>
                <p>${t.reviewIneligibleHelp}</p>`
            : nothing
        }
        ${rows(details)}`,
      }
    : {
        body: html`${rows([
          ...details,
          ...quoteRows(c, quote),
          quote.expectedDecisionBy && [t.labelDecision, date(c, quote.expectedDecisionBy)],
          deadline && [t.labelDeadline, date(c, deadline)],
        ])}
        ${warnings([
          t.warnBackup,
          ...quote.warnings.map((w) => (w === 'deadline_soon' ? t.warnDeadline(deadline ? date(c, deadline) : undefined) : t[WARNINGS[w]])),
        ])}
        ${policy ? html`<p><a href=${policy} target="_blank" rel="noopener noreferrer">${t.policyLink}</a></p>` : ''} ${withdraw}`,
        actions: nextButton(c),
      };
}
