import { html } from 'lit';
import { cancellationRows, date, keepRecord, moneyRows, type StepContext, type StepView } from './shared.js';

/** `completed`: verified cancelled (the eSIM reads back as cancelled, or is gone). Final figures. */
export function completedStep(ctx: StepContext): StepView {
  const { t } = ctx;
  const c = ctx.state.cancellation!;
  return {
    title: t.completedTitle,
    body: html`<p>${t.completedIntro}</p>
      ${cancellationRows(ctx, c, [[t.labelCancelledOn, date(ctx, c.updatedAt)], ...moneyRows(ctx, c)])}
      ${keepRecord(ctx)}`,
  };
}
