import { html } from 'lit';
import { findReason, NOTE_MAX } from '../flow-machine.js';
import { nextButton, radioGroup, reasonLabel, technicalAdvice, textField, type StepContext, type StepView } from './shared.js';

/** `reason`: why (required), a note (required for some reasons), and where to send the decision. */
export function reasonStep(c: StepContext): StepView {
  const { t, s, reasons } = c;
  const { form } = s;
  return {
    body: html`${s.direct ? html`<p class="hint">${t.reasonOptional}</p>` : ''}${radioGroup(
      c,
      'reason',
      reasons.map((r) => ({ value: r.value, label: reasonLabel(c, r.value) })),
      form.reason,
      (value) => c.send({ type: 'edit', field: 'reason', value }),
    )}
    ${technicalAdvice(c)}
    ${textField(c, 'note', findReason(reasons, form.reason)?.requiresNote ? t.labelNote : t.noteLabel, t.noteCount(form.note.length, NOTE_MAX))}
    ${textField(c, 'contactEmail', t.contactLabel, t.contactHint)}`,
    actions: nextButton(c),
  };
}
