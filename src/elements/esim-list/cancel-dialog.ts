/**
 * The modal dialog in which `<esim-list>` runs `<esim-cancel-flow>` for one eSIM: its template, its
 * behaviour (ModalController) and its styles. Only a cancellation needs them, so in the script-tag
 * build they come with the flow's chunk (src/cdn/cancel-dialog-lazy.ts).
 */
import { adoptStyles, css, html, nothing, supportsAdoptingStyleSheets, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { EsimBackend } from '../../api/backend.js';
import type { AuthTokenGetter } from '../../api/http-backend.js';
import type { Esim } from '../../api/schemas.js';
import type { Catalogue } from '../../i18n/en.js';
import type { Theme } from '../../internal/esim-element.js';
import type { StringOverrides } from '../../internal/localize.js';
import { ModalController, type ModalState } from '../../internal/modal.js';
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

/** The dialog's styles, added to the list's own by the first dialog it renders, as Lit adopts styles. */
const dialogStyles = css`
  .dialog {
    inline-size: min(40rem, 100vw - 1rem);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
  }
  .dialog::backdrop {
    background: #0008;
  }
  .dialog-close {
    position: absolute;
    inset-inline-end: 0;
    z-index: 1;
    font-size: 1.5rem;
    text-decoration: none;
  }
  .discard {
    margin: var(--_space-l) var(--_space-l) 0;
    padding: var(--_space-m);
    border-radius: var(--_radius-s);
    background: var(--_warning-soft);
  }
  .discard :is(h2, p) {
    margin: 0;
    font-size: 1em;
  }
`;

/** Each list's dialog behaviour, created with its first dialog. */
const controllers = new WeakMap<ModalState<Esim>, ModalController<Esim>>();

export function cancelDialog(
  t: Catalogue,
  state: ModalState<Esim>,
  flow: FlowSettings & ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment },
  authToken: string | undefined,
): TemplateResult | typeof nothing {
  const esim = state.item;
  if (!esim) return nothing;
  let modal = controllers.get(state);
  if (!modal) {
    controllers.set(state, (modal = new ModalController(flow, state)));
    const root = flow.renderRoot;
    // A constructable stylesheet beside the list's own (no `<style>` element: no CSP exception); a
    // browser without them gets a `<style>` with the page's `litNonce`, as Lit does it. (A subclass
    // rendering into its light DOM styles the dialog itself.)
    if (root instanceof ShadowRoot) {
      if (supportsAdoptingStyleSheets) root.adoptedStyleSheets = [...root.adoptedStyleSheets, dialogStyles.styleSheet!];
      else adoptStyles(root, [dialogStyles]);
    }
  }
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
