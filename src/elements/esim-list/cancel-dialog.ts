/** The modal dialog in which `<esim-list>` runs `<esim-cancel-flow>` for one eSIM. */
import { html, nothing, type TemplateResult } from 'lit';
import type { EsimBackend } from '../../api/backend.js';
import type { AuthTokenGetter } from '../../api/http-backend.js';
import type { Esim } from '../../api/schemas.js';
import type { Catalogue } from '../../i18n/en.js';
import type { Theme } from '../../internal/esim-element.js';
import type { StringOverrides } from '../../internal/localize.js';
import type { ModalController } from '../../internal/modal.js';
import { FLOW_PARTS } from '../esim-cancel-flow/parts.js';

/** The flow's parts, re-exported under a `flow-` prefix so one `::part()` reaches inside the dialog. */
const EXPORT_PARTS = FLOW_PARTS.map((part) => `${part}:flow-${part}`).join(',');

/** What the list hands the flow it opens (the list itself), besides the token. */
export interface FlowSettings {
  apiBase: string;
  backend?: EsimBackend;
  getAuthToken?: AuthTokenGetter;
  lang: string;
  theme: Theme;
  strings?: StringOverrides;
  supportUrl: string;
  supportEmail: string;
}

export function cancelDialog(
  t: Catalogue,
  modal: ModalController<Esim>,
  flow: FlowSettings,
  authToken: string | undefined,
): TemplateResult | typeof nothing {
  const esim = modal.item;
  if (!esim) return nothing;
  return html`<dialog
    part="dialog"
    class="dialog"
    aria-label=${t.flowLabel}
    @keydown=${modal.onEscape}
    @cancel=${modal.onEscape}
    @close=${modal.close}
    @esim-cancel-close=${modal.close}
  >
    <button class="btn btn-link dialog-close" part="dialog-close" aria-label=${t.close} @click=${modal.requestClose}>×</button>
    ${
      modal.discarding
        ? html`<div
            class="discard"
            part="dialog-discard"
            role="alertdialog"
            aria-labelledby="discard-title"
            aria-describedby="discard-body"
          >
            <h2 id="discard-title">${t.listDiscardTitle}</h2>
            <p id="discard-body">${t.listDiscardBody}</p>
            <div class="actions">
              <button class="btn btn-primary" part="button" @click=${modal.keepEditing}>${t.listKeepEditing}</button>
              <button class="btn" part="button" @click=${modal.close}>${t.listDiscard}</button>
            </div>
          </div>`
        : nothing
    }
    <esim-cancel-flow
      exportparts=${EXPORT_PARTS}
      esim-id=${esim.id}
      api-base=${flow.apiBase}
      lang=${flow.lang || nothing}
      theme=${flow.theme}
      support-url=${flow.supportUrl || nothing}
      support-email=${flow.supportEmail || nothing}
      .backend=${flow.backend}
      .authToken=${authToken}
      .getAuthToken=${flow.getAuthToken}
      .strings=${flow.strings}
    ></esim-cancel-flow>
  </dialog>`;
}
