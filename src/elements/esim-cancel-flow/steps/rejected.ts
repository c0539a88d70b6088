import { html } from 'lit';
import { cancellationRows, type StepContext, type StepView } from './shared.js';

/** `rejected`: the reviewers' reason (backend text, shown as text) and what to do next. */
export function rejectedStep(ctx: StepContext): StepView {
  const { t } = ctx;
  const c = ctx.state.cancellation!;
  return {
    title: t.rejectedTitle,
    body: html`<p>${t.rejectedIntro}</p>
      ${cancellationRows(ctx, c, [c.rejectionReason && [t.labelRejection, c.rejectionReason]])}
      <p>${t.rejectedNext}</p>`,
  };
}
