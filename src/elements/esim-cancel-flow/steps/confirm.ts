import { html, nothing } from 'lit';
import { newIdempotencyKey } from '../../../api/http-backend.js';
import { esimLabel } from '../../../internal/esim-display.js';
import { lastFour, maskIccid } from '../../../internal/format.js';
import { findReason, hasProblems, problems } from '../flow-machine.js';
import {
  busyLabel,
  describedBy,
  fieldError,
  money,
  problemText,
  reasonLabel,
  refundText,
  rows,
  textField,
  warnings,
  type StepContext,
  type StepView,
} from './shared.js';

/**
 * `confirm`: everything chosen so far, one explicit confirmation (checkbox plus the ICCID's last four
 * digits) and a submit button that says what will happen. The button stays focusable while not
 * ready (`aria-disabled`), so activating it early explains what is missing.
 */
export function confirmStep(ctx: StepContext): StepView {
  const { t, state } = ctx;
  const ready = !hasProblems(problems(state, ctx.reasons));
  const { form, busy } = state;
  const esim = state.esim!;
  const quote = state.quote!;
  const last4 = lastFour(esim.iccid);
  const working = busy === 'submit' || busy === 'verify';
  const ackError = problemText(ctx, 'acknowledged');
  return {
    title: t.confirmTitle,
    body: html`${rows([
        [t.labelEsim, esimLabel(t, esim)],
        [t.labelFee, money(ctx, quote.fee)],
        [t.labelRefund, refundText(ctx, quote.refund, quote.refundMethod)],
        [t.labelEffective, quote.effective === 'after_review' ? t.effectiveAfterReview(quote.reviewBusinessDays ?? undefined) : t.effectiveNow],
        [t.labelReason, reasonLabel(ctx, form.reason)],
        [t.labelNote, form.note.trim()],
        [t.labelContact, form.contactEmail.trim()],
      ])}
      ${findReason(ctx.reasons, form.reason)?.technical ? warnings([t.warnKeepInstalled]) : nothing}
      <div class="field check" part="field">
        <label part="label">
          <input
            type="checkbox"
            .checked=${form.acknowledged}
            aria-invalid=${ackError ? 'true' : 'false'}
            aria-describedby=${describedBy(ackError && 'f-ack-error')}
            @change=${(e: Event) => ctx.send({ type: 'edit', field: 'acknowledged', value: (e.target as HTMLInputElement).checked })}
          />
          <span>${t.confirmAcknowledge}</span>
        </label>
        ${fieldError('f-ack-error', ackError)}
      </div>
      ${textField(ctx, { field: 'lastFour', label: t.confirmDigits, hint: t.confirmDigitsHint(maskIccid(esim.iccid)), numeric: true })}`,
    actions: html`<button
      type="button"
      class="btn btn-danger"
      part="button submit-button"
      aria-disabled=${ready && !working ? 'false' : 'true'}
      @click=${() => ctx.send({ type: 'submit', key: newIdempotencyKey() })}
    >
      ${busyLabel(working, quote.mode === 'instant' ? t.submitInstant(last4) : t.submitReview, busy === 'verify' ? t.verifying : t.submitting)}
    </button>`,
  };
}
