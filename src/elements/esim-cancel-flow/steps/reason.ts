import { html, nothing } from 'lit';
import { findReason, NOTE_MAX } from '../flow-machine.js';
import { button, radioGroup, reasonLabel, textField, warnings, type StepContext, type StepView } from './shared.js';

/** `reason`: why (required), a note (required for some reasons), and where to send the decision. */
export function reasonStep(ctx: StepContext): StepView {
  const { t, state, reasons } = ctx;
  const { form } = state;
  const chosen = findReason(reasons, form.reason);
  return {
    title: t.reasonTitle,
    body: html`${radioGroup(
        ctx,
        'reason',
        reasons.map((reason) => ({ value: reason.value, label: reasonLabel(ctx, reason.value) })),
        form.reason || null,
        (value) => ctx.send({ type: 'edit', field: 'reason', value }),
      )}
      ${chosen?.technical ? warnings([t.warnKeepInstalled]) : nothing}
      ${textField(ctx, {
        field: 'note',
        label: chosen?.requiresNote ? t.noteLabelRequired : t.noteLabel,
        hint: t.noteCount(form.note.length, NOTE_MAX),
        multiline: true,
      })}
      ${textField(ctx, { field: 'contactEmail', label: t.contactLabel, hint: t.contactHint, type: 'email', autocomplete: 'email' })}`,
    actions: button(t.flowNext, () => ctx.send({ type: 'next' }), 'btn-primary', 'next-button'),
  };
}
