/**
 * The list's cancel dialog in the split script-tag build: its template comes with the flow's chunk
 * (src/cdn/esim-cancel-flow.ts hands it over) with its behaviour and styles, since only a cancellation needs it and the flow inside
 * it cannot run without that chunk anyway. scripts/build-bundles.mjs resolves the list's
 * `./cancel-dialog.js` to this file there; the npm build imports the template directly.
 */
import { nothing, type TemplateResult } from 'lit';
import type { cancelDialog as render, FlowSettings } from '../elements/esim-list/cancel-dialog.js';

let template: typeof render | undefined;
/** Lists that asked for the dialog before its template was in: they render again once it is. */
const waiting = new Set<Parameters<typeof render>[2]>();

/** Called by the flow's chunk when it loads. */
export function provideCancelDialog(dialog: typeof render): void {
  template = dialog;
  waiting.forEach((list) => list.requestUpdate());
  waiting.clear();
}

export const cancelDialog: typeof render = (t, modal, flow, authToken): TemplateResult | typeof nothing => {
  if (template) return template(t, modal, flow, authToken);
  // The list fetches the flow's chunk as it opens the dialog (and usually long before).
  if (modal.item) waiting.add(flow);
  return nothing;
};

export type { FlowSettings };
