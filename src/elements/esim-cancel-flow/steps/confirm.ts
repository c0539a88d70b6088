import { html } from 'lit';
import { newIdempotencyKey } from '../../../api/http-backend.js';
import { esimLabel } from '../../../internal/esim-display.js';
import { lastFour, ltrIn, maskIccid } from '../../../internal/format.js';
import { hasProblems, problems, type StepData } from '../flow-machine.js';
import {
  busyLabel,
  button,
  fieldError,
  quoteRows,
  reasonLabel,
  rows,
  technicalAdvice,
  textField,
  type StepContext,
  type StepView,
} from './shared.js';

/**
 * `confirm`: everything chosen so far, one explicit confirmation (checkbox plus the ICCID's last four
 * digits) and a submit button that says what will happen. The button stays focusable while not
 * ready (`aria-disabled`), so activating it early explains what is missing.
 */
export function confirmStep(c: StepContext, { esim, quote }: Extract<StepData, { step: 'confirm' }>): StepView {
  const { t, s } = c;
  const { form, busy } = s;
  // A submission waiting for a fresh quote (the last one expired) is already under way.
  const working = busy === 'submit' || busy === 'resolve' || busy === 'verify' || (busy === 'quote' && !!s.requote);
  const ack = fieldError(c, 'acknowledged');
  return {
    body: html`${rows([
        [t.labelEsim, esimLabel(t, esim)],
        ...quoteRows(c, quote),
        [t.labelReason, reasonLabel(c, form.reason)],
        [t.labelNote, form.note.trim()],
        [t.labelContact, form.contactEmail.trim() && html`<span dir="ltr">${form.contactEmail.trim()}</span>`],
      ])}
      ${technicalAdvice(c)}
      <div class="field check" part="field">
        <label part="label">
          <input
            type="checkbox"
            .checked=${form.acknowledged}
            aria-invalid=${ack.invalid}
            aria-describedby=${ack.describedBy}
            @change=${(e: Event) => c.send({ type: 'edit', field: 'acknowledged', value: (e.target as HTMLInputElement).checked })}
          />
          ${t.confirmAcknowledge}
        </label>
        ${ack.error}
      </div>
      ${textField(c, 'lastFour', t.confirmDigits, t.confirmDigitsHint(ltrIn(c.locale, maskIccid(esim.iccid))))}`,
    actions: button(
      busyLabel(
        working,
        quote.mode === 'instant' ? t.submitInstant(lastFour(esim.iccid)) : t.submitReview,
        busy === 'verify' ? t.verifying : t.submitting,
      ),
      () => c.send({ type: 'submit', key: newIdempotencyKey(), now: Date.now() }),
      'btn-danger',
      'submit-button',
      working || hasProblems(problems(s, c.reasons)),
    ),
  };
}
