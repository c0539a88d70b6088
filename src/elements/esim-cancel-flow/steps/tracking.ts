import { html, nothing } from 'lit';
import { newIdempotencyKey } from '../../../api/http-backend.js';
import { cancellationBadge, cancellationStatusLabel, esimLabel } from '../../../internal/esim-display.js';
import { download } from '../../../internal/download.js';
import { icon } from '../../../internal/icons.js';
import { isolate } from '../../../internal/isolate.js';
import type { StepData } from '../flow-machine.js';
import { busyLabel, button, date, money, refundText, rows, type Row, type StepContext, type StepView } from './shared.js';

type Tracking = Extract<StepData, { cancellation: unknown }>;

/**
 * What is known of the request, as label and text: shown on every tracking step (reference and
 * status get their copy button and badge there) and written to the saved confirmation.
 */
function facts(c: StepContext, { step, cancellation: r }: Tracking): Row[] {
  const { t, s } = c;
  // Fee and refund apply to a request that goes (or went) through.
  const through = step === 'pending' || step === 'completed';
  return [
    [t.labelReference, isolate(r.reference)],
    [t.labelStatus, cancellationStatusLabel(t, r.status)],
    s.esim?.id === r.esimId && [t.labelEsim, esimLabel(t, s.esim)],
    [t.labelSubmitted, date(c, r.createdAt)],
    step === 'pending' && r.expectedDecisionBy && [t.labelDecision, date(c, r.expectedDecisionBy)],
    step === 'completed' && [t.labelCancelledOn, date(c, r.updatedAt)],
    [t.labelRejection, r.rejectionReason && isolate(r.rejectionReason)],
    through && r.fee && [t.labelFee, money(c, r.fee)],
    through && r.refund && [t.labelRefund, refundText(c, r.refund, r.refundMethod)],
  ];
}

/** Downloads the confirmation as a text file. */
function save(c: StepContext, data: Tracking): void {
  const { t } = c;
  const r = data.cancellation;
  const lines = facts(c, data).map((row) => (row && row[1] ? `${row[0]}: ${row[1]}` : ''));
  const text = [t.saveTitle, '', ...lines, `${t.labelContact}: ${r.contactEmail}`]
    .filter((line, i) => line || i === 1)
    .join('\n')
    // A plain text file has no page around it to isolate from.
    .replace(/[\u2068\u2069]/g, '');
  download(r.reference, text);
}

/**
 * The steps after submission, one template: `pending` (the request is with the reseller: expected
 * decision, where it goes, check status now, withdraw after an inline confirmation), `completed`
 * (verified cancelled: final fee and refund), `rejected` (the reviewers' reason, backend text shown
 * as text, and what to do next) and `withdrawn` (the eSIM stays active). Each shows the reference
 * (copyable) and the status, and offers to print or save the confirmation.
 */
export function trackingStep(c: StepContext, data: Tracking): StepView {
  const { t, s, send } = c;
  const { busy } = s;
  const { step, cancellation: r } = data;
  const [, , ...rest] = facts(c, data);
  const pending = step === 'pending';
  const asking = pending && s.confirmingWithdraw;
  const withdrawing = busy === 'withdraw';
  const checking = busy === 'check' || busy === 'verify';
  return {
    body: html`<p>${t[`${step}Intro`]}</p>
      ${rows([
        [
          t.labelReference,
          html`<span class="reference" part="reference" dir="ltr">${isolate(r.reference)}</span>
            ${button(html`${icon('copy')}${t.copyReference}`, () => void c.copy(r.reference), 'btn-link no-print', 'copy-button')}`,
        ],
        [t.labelStatus, cancellationBadge(t, r.status)],
        ...rest,
      ])}
      ${pending ? html`<p>${t.emailNotice(isolate(r.contactEmail))}</p>` : step === 'rejected' ? html`<p>${t.rejectedNext}</p>` : nothing}
      <div class="actions no-print">
        ${button(t.print, () => print(), '', 'print-button')} ${button(t.save, () => save(c, data), '', 'save-button')}
      </div>
      ${
        asking
          ? html`<div class="notice ask no-print" part="notice" role="group" aria-labelledby="withdraw-question">
              <p id="withdraw-question">${t.withdrawQuestion}</p>
              <div class="actions">
                ${button(busyLabel(withdrawing, t.withdrawYes, t.withdrawing), () => send({ type: 'withdraw-confirm', key: newIdempotencyKey() }), 'btn-danger', 'withdraw-confirm-button', withdrawing)}
                ${withdrawing ? nothing : button(t.withdrawNo, () => send({ type: 'withdraw-cancel' }), '', 'withdraw-cancel-button')}
              </div>
            </div>`
          : nothing
      }`,
    actions: pending
      ? html`${r.withdrawable && !asking ? button(t.withdraw, () => send({ type: 'withdraw' }), '', 'withdraw-button') : nothing}
        ${button(busyLabel(checking, t.checkStatus, t.checking), () => send({ type: 'check' }), 'btn-primary', 'check-button', checking)}`
      : nothing,
  };
}
