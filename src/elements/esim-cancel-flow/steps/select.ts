import { html, nothing } from 'lit';
import { displayName, ineligibleReasonText, statusBadge, statusLabel } from '../../../internal/esim-display.js';
import { maskIccid } from '../../../internal/format.js';
import { busyLabel, button, radioGroup, type StepContext, type StepView } from './shared.js';

/** `select`: the customer's eSIMs; only eligible ones can be chosen, the others say why not. */
export function selectStep(ctx: StepContext): StepView {
  const { t, state } = ctx;
  const { esims, busy } = state;
  const eligible = esims.some((esim) => esim.cancellation.eligible);
  const choices = esims.map((esim) => {
    const name = displayName(esim);
    // "Expired" under an "Expired" badge says nothing new.
    const whyNot = esim.cancellation.eligible ? '' : ineligibleReasonText(t, esim.cancellation.ineligibleReason);
    return {
      value: esim.id,
      label: name,
      disabled: !esim.cancellation.eligible,
      detail: html`${name === esim.planName ? nothing : html`<span>${esim.planName}</span>`}
        <span>${maskIccid(esim.iccid)}</span> ${statusBadge(t, esim.status)}
        ${whyNot && whyNot !== statusLabel(t, esim.status) ? html`<span class="why-not">${whyNot}</span>` : nothing}`,
    };
  });
  return {
    title: t.selectTitle,
    body: html`${!esims.length && !state.failure ? html`<p>${t.selectEmpty}</p>` : nothing}
      ${esims.length && !eligible && !state.nextCursor ? html`<p>${t.selectNoneEligible}</p>` : nothing}
      ${esims.length
        ? radioGroup(ctx, 'selection', choices, state.selection, (esimId) => ctx.send({ type: 'choose', esimId }))
        : nothing}
      ${state.nextCursor
        ? html`<div class="actions">
            ${button(busyLabel(busy === 'more', t.selectMore, t.loading), () => ctx.send({ type: 'more' }), '', 'more-button', busy === 'more')}
          </div>`
        : nothing}`,
    actions: eligible ? button(t.flowNext, () => ctx.send({ type: 'next' }), 'btn-primary', 'next-button') : undefined,
  };
}
