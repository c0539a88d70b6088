import { css, html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Esim } from '../../api/schemas.js';
import type { Catalogue } from '../../i18n/en.js';
import type { EsimCancelFlow } from '../esim-cancel-flow/esim-cancel-flow.js';
import type { EsimList } from './esim-list.js';

/** The flow's parts, re-exported under a `flow-` prefix so one `::part()` reaches inside the dialog. */
const FLOW_PARTS = `base header progress heading body footer button back-button close-button next-button submit-button retry-button more-button check-button withdraw-button withdraw-confirm-button withdraw-cancel-button copy-button print-button save-button field label input choice error summary warning notice reference status support sign-in actions link-button`.split(' ');
const EXPORT_PARTS = FLOW_PARTS.map((name) => `${name}:flow-${name}`).join(', ');

/**
 * The modal `<dialog>` in which `<esim-list>` runs `<esim-cancel-flow>` for one eSIM. A native
 * modal dialog makes the page inert (focus stays inside) and gives Escape; this adds the rest:
 * asking before Escape throws away what the customer typed, returning focus to the row's cancel
 * button, and refreshing that row when the flow ends.
 */
export class CancelDialogController implements ReactiveController {
  esim: Esim | null = null;
  private confirmingDiscard = false;
  private trigger?: string;

  constructor(
    private readonly host: EsimList,
    private readonly t: () => Catalogue,
    /** The token the list holds (the host's, or one from the built-in sign-in), for the flow. */
    private readonly token: () => string | undefined,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    // A list that leaves the page closes its dialog; it renders without one if it comes back.
    this.esim = null;
    this.host.requestUpdate();
  }

  private get dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('dialog');
  }

  private get flow(): EsimCancelFlow | null {
    return this.host.renderRoot.querySelector('esim-cancel-flow');
  }

  async open(esim: Esim): Promise<void> {
    this.trigger = esim.id;
    this.esim = esim;
    this.confirmingDiscard = false;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.dialog;
    if (dialog && !dialog.open) dialog.showModal();
  }

  /** Closes now; the list then re-reads the eSIM, since the flow may have changed it. */
  close(): void {
    const esim = this.esim;
    if (!esim) return;
    this.esim = null;
    this.dialog?.close();
    this.confirmingDiscard = false;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      this.host.renderRoot
        .querySelector<HTMLElement>(`[data-key="${CSS.escape(this.trigger ?? '')}"] [part~="cancel-button"]`)
        ?.focus();
    });
    void this.host.refreshEsim(esim.id);
  }

  /** Escape or the close button: ask first when closing would lose what the customer typed. */
  private requestClose(): void {
    if (this.flow?.hasUnsavedInput && !this.confirmingDiscard) {
      this.confirmingDiscard = true;
      this.host.requestUpdate();
      void this.host.updateComplete.then(() =>
        this.host.renderRoot.querySelector<HTMLElement>('[data-discard] button')?.focus(),
      );
      return;
    }
    this.close();
  }

  private keepEditing(): void {
    this.confirmingDiscard = false;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.flow?.focus());
  }

  render(): TemplateResult | typeof nothing {
    const esim = this.esim;
    if (!esim) return nothing;
    const host = this.host;
    const t = this.t();
    return html`<dialog
      part="dialog"
      class="dialog"
      aria-label=${t.listDialogTitle}
      @keydown=${(event: KeyboardEvent) => {
        // Handled here rather than on "cancel": Chromium makes a repeated Escape's cancel event
        // uncancelable, and the question must be able to stop the close.
        if (event.key !== 'Escape') return;
        event.preventDefault();
        this.requestClose();
      }}
      @cancel=${(event: Event) => {
        if (!event.cancelable) return;
        event.preventDefault();
        this.requestClose();
      }}
      @close=${() => this.close()}
      @esim-cancel-close=${() => this.close()}
    >
      <button class="btn btn-link dialog-close" part="dialog-close" type="button" aria-label=${t.close} @click=${() => this.requestClose()}>
        <span aria-hidden="true">×</span>
      </button>
      ${this.confirmingDiscard
        ? html`<div
            class="discard"
            part="dialog-discard"
            role="alertdialog"
            aria-labelledby="discard-title"
            aria-describedby="discard-body"
            data-discard
          >
            <h2 id="discard-title" class="discard-title">${t.listDiscardTitle}</h2>
            <p id="discard-body">${t.listDiscardBody}</p>
            <div class="actions">
              <button class="btn btn-primary" part="button" type="button" @click=${() => this.keepEditing()}>${t.listKeepEditing}</button>
              <button class="btn" part="button" type="button" @click=${() => this.close()}>${t.listDiscard}</button>
            </div>
          </div>`
        : nothing}
      <esim-cancel-flow
        exportparts=${EXPORT_PARTS}
        esim-id=${esim.id}
        api-base=${host.apiBase}
        lang=${ifDefined(host.lang || undefined)}
        theme=${host.theme}
        support-url=${ifDefined(host.supportUrl || undefined)}
        support-email=${ifDefined(host.supportEmail || undefined)}
        .backend=${host.backend}
        .authToken=${this.token()}
        .getAuthToken=${host.getAuthToken}
        .strings=${host.strings}
      ></esim-cancel-flow>
    </dialog>`;
  }
}

export const cancelDialogStyles = css`
  .dialog {
    inline-size: min(40rem, calc(100vw - 1rem));
    max-block-size: calc(100dvh - 1rem);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .dialog-close {
    position: absolute;
    inset-block-start: var(--_space-xs);
    inset-inline-end: var(--_space-xs);
    z-index: 1;
    font-size: 1.5rem;
    text-decoration: none;
  }
  .discard {
    margin: var(--_space-l);
    margin-block-end: 0;
    padding: var(--_space-m);
    border-radius: var(--_radius-s);
    background: var(--_warning-soft);
  }
  .discard p {
    margin: 0;
  }
  .discard-title {
    margin: 0 0 var(--_space-xs);
    font-size: 1em;
  }
`;
