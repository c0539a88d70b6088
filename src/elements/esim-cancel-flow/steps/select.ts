import { html, nothing } from 'lit';
import { displayName, ineligibleReasonText, planBesideNickname, statusBadge, statusLabel } from '../../../internal/esim-display.js';
import { maskIccid } from '../../../internal/format.js';
import { busyLabel, button, nextButton, radioGroup, type StepContext, type StepView } from './shared.js';

/** `select`: the customer's eSIMs; only eligible ones can be chosen, the others say why not. */
export function selectStep(c: StepContext): StepView {
  const { t, s } = c;
  const { esims, nextCursor } = s;
  const eligible = esims.some((esim) => esim.cancellation.eligible);
  const choices = esims.map((esim) => {
    const plan = planBesideNickname(esim);
    const ok = esim.cancellation.eligible;
    const whyNot = ok ? '' : ineligibleReasonText(t, esim.cancellation.ineligibleReason);
    return {
      value: esim.id,
      label: displayName(esim),
      disabled: !ok,
      // "Expired" under an "Expired" badge says nothing new.
      detail: html`${plan ? html`<span>${plan}</span>` : nothing}
        <span dir="ltr">${maskIccid(esim.iccid)}</span> ${statusBadge(t, esim.status)}
        ${whyNot && whyNot !== statusLabel(t, esim.status) ? html`<span>${whyNot}</span>` : nothing}`,
    };
  });
  return {
    body: html`${
      esims.length
        ? html`${eligible || nextCursor ? nothing : html`<p>${t.selectNoneEligible}</p>`}
          ${radioGroup(c, 'selection', choices, s.selection, (esimId) => c.send({ type: 'choose', esimId }))}`
        : s.failure
          ? nothing
          : html`<p>${t.selectEmpty}</p>`
    }
    ${
      nextCursor
        ? html`<div class="actions">
            ${button(busyLabel(s.busy === 'more', t.selectMore, t.loading), () => c.send({ type: 'more' }), '', 'more-button', s.busy === 'more')}
          </div>`
        : nothing
    }`,
    actions: eligible ? nextButton(c) : nothing,
  };
}
