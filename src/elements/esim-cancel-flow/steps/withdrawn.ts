import { html } from 'lit';
import { cancellationRows, type StepContext, type StepView } from './shared.js';

/** `withdrawn`: the customer withdrew the request; the eSIM stays active. */
export function withdrawnStep(ctx: StepContext): StepView {
  const { t } = ctx;
  return {
    title: t.withdrawnTitle,
    body: html`<p>${t.withdrawnIntro}</p>
      ${cancellationRows(ctx, ctx.state.cancellation!, [])}`,
  };
}
