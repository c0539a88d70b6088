import { html, nothing } from 'lit';
import { newIdempotencyKey } from '../../../api/http-backend.js';
import { button, busyLabel, cancellationRows, date, keepRecord, moneyRows, type StepContext, type StepView } from './shared.js';

/**
 * `pending`: the request is with the reseller. Reference, status, expected decision, where the
 * decision goes; check status now, withdraw (after an inline confirmation), print or save.
 */
export function pendingStep(ctx: StepContext): StepView {
  const { t, state } = ctx;
  const c = state.cancellation!;
  const { busy } = state;
  return {
    title: t.pendingTitle,
    body: html`<p>${t.pendingIntro}</p>
      ${cancellationRows(ctx, c, [
        [t.labelSubmitted, date(ctx, c.createdAt)],
        c.expectedDecisionBy && [t.labelDecision, date(ctx, c.expectedDecisionBy)],
        ...moneyRows(ctx, c),
      ])}
      <p>${t.emailNotice(c.contactEmail)}</p>
      ${keepRecord(ctx)}
      ${state.confirmingWithdraw
        ? html`<div class="confirm-box no-print" part="notice" role="group" aria-labelledby="withdraw-question">
            <p id="withdraw-question">${t.withdrawQuestion}</p>
            <div class="actions">
              ${button(busyLabel(busy === 'withdraw', t.withdrawYes, t.withdrawing), () => ctx.send({ type: 'withdraw-confirm', key: newIdempotencyKey() }), 'btn-danger', 'withdraw-confirm-button', busy === 'withdraw')}
              ${busy === 'withdraw' ? nothing : button(t.withdrawNo, () => ctx.send({ type: 'withdraw-cancel' }), '', 'withdraw-cancel-button')}
            </div>
          </div>`
        : nothing}`,
    actions: html`${c.withdrawable && !state.confirmingWithdraw
        ? button(t.withdraw, () => ctx.send({ type: 'withdraw' }), '', 'withdraw-button')
        : nothing}
      ${button(busyLabel(busy === 'check' || busy === 'verify', t.checkStatus, t.checking), () => ctx.send({ type: 'check' }), 'btn-primary', 'check-button', busy === 'check' || busy === 'verify')}`,
  };
}
