// Over 350 lines: ~80 are the public JSDoc the manifest is built from; the rest is paging and focus glue on the element's own state.
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { isAbort, toEsimApiError } from '../../api/errors.js';
import type { Esim, EsimStatus } from '../../api/schemas.js';
import type { EsimCancelFlow } from '../esim-cancel-flow/esim-cancel-flow.js';
import { copyText } from '../../internal/clipboard.js';
import { esimLabel } from '../../internal/esim-display.js';
import { EsimElement } from '../../internal/esim-element.js';
import { loadElement, loadElementWhenIdle } from '../../internal/element-loader.js';
import { emit } from '../../internal/events.js';
import { loadLocale } from '../../internal/localize.js';
import { formStyles } from '../../internal/form.styles.js';
import type { ModalState } from '../../internal/modal.js';
import { RetryAfterController } from '../../internal/retry-after.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { VirtualWindow } from '../../internal/virtual-window.js';
import { CancellationCache } from './cancellation-cache.js';
import { cancelDialog } from './cancel-dialog.js';
import { listStyles } from './esim-list.styles.js';
import { renderRow } from './row.js';
import { esimMatcher } from './search.js';
import { retryButton, skeleton, stateMessage } from './states.js';
import { toolbar } from './toolbar.js';

/**
 * The signed-in customer's eSIMs, each with what a customer needs to recognise it and its state, a
 * cancel action when it can be cancelled online, and in words why not when it cannot. Pages through
 * the backend's cursor as the customer scrolls; keeps only the rows on screen in the DOM, so support
 * desks with 10,000 eSIMs scroll as smoothly as a customer with two.
 *
 * The layout follows the element's own width (container queries), not the window's: cards below
 * 30rem, two columns from 30rem, one row per eSIM in four columns from 48rem. A dark `theme` expects
 * a dark page behind it (text outside the rows sits on the page); give the element a background
 * otherwise.
 *
 * @summary Lists a customer's eSIMs with status, usage, validity and a cancel action.
 * @tag esim-list
 *
 * @fires {CustomEvent<EsimListLoadDetail>} esim-list-load - After each page of eSIMs is loaded: `{ items, hasMore }` (`items` is that page).
 * @fires {CustomEvent<EsimCancelRequestDetail>} esim-cancel-request - The cancel action of an eSIM was activated: `{ esim }`. Cancelable: `preventDefault()` to run your own flow instead of the built-in dialog.
 * @fires {CustomEvent<EsimAuthRequiredDetail>} esim-auth-required - The backend answered 401. Cancelable: `preventDefault()`, sign the customer in, set `authToken`/`getAuthToken`, then call `detail.retry()`. Otherwise the built-in sign-in form is shown.
 * @fires {CustomEvent<EsimErrorDetail>} esim-error - Any failure shown to the customer: `{ code, message, retryable }`.
 *
 * @csspart base - The wrapper around everything.
 * @csspart toolbar - The search, filter and count above the rows.
 * @csspart search - The search input.
 * @csspart filter - The status filter select.
 * @csspart count - How many eSIMs are shown and loaded.
 * @csspart list - The element with `role="list"` holding the rows.
 * @csspart row - One eSIM (a card in a narrow container, a row in a wide one).
 * @csspart name - The eSIM's nickname, else its plan name.
 * @csspart plan - The plan name and region.
 * @csspart iccid - The masked ICCID with its copy button.
 * @csspart copy-button - Copies the full ICCID.
 * @csspart status - The status (icon and text); carries `data-tone`: success, info, warning or neutral.
 * @csspart install-state - Whether the eSIM is installed on a device.
 * @csspart usage - Data used, the meter and when the figures were updated.
 * @csspart meter - The data meter's track.
 * @csspart validity - When the eSIM expires or expired.
 * @csspart withdrawal - "You can withdraw until …": the eSIM is in its statutory withdrawal period (`withdrawal.until`).
 * @csspart device - The device it is installed on.
 * @csspart cancel-button - The cancel action of a cancellable eSIM.
 * @csspart ineligible-reason - Why an eSIM cannot be cancelled online.
 * @csspart cancellation - An open cancellation request's status.
 * @csspart empty - The "no eSIMs" and "no matches" states.
 * @csspart unreadable - The line saying how many eSIMs could not be shown, when the backend sent records that break the contract.
 * @csspart clear-button - In the "no matches" state: clears the search and the status filter.
 * @csspart error - The error state and the inline error banners.
 * @csspart retry-button - The "Try again" buttons.
 * @csspart skeleton - The placeholder rows while loading.
 * @csspart load-more - The "Load more" button.
 * @csspart footer - Below the rows: load more, end of list, search hint.
 * @csspart signed-out - The message shown while the host page signs the customer in.
 * @csspart dialog - The modal dialog in which the list runs `<esim-cancel-flow>` for the chosen eSIM.
 * @csspart dialog-close - The dialog's close button (asks first when typed input would be lost; so does Escape).
 * @csspart dialog-discard - The "discard your answers?" question shown before closing.
 * @csspart flow-base - The nested flow's parts, all re-exported with a `flow-` prefix: `flow-base`, `flow-header`, `flow-progress`, `flow-heading`, `flow-body`, `flow-footer`, `flow-button`, `flow-back-button`, `flow-close-button`, `flow-next-button`, `flow-submit-button`, `flow-retry-button`, `flow-more-button`, `flow-check-button`, `flow-withdraw-button`, `flow-withdraw-confirm-button`, `flow-withdraw-cancel-button`, `flow-copy-button`, `flow-print-button`, `flow-save-button`, `flow-other-esim-button`, `flow-field`, `flow-label`, `flow-input`, `flow-choice`, `flow-error`, `flow-summary`, `flow-warning`, `flow-notice`, `flow-reference`, `flow-status`, `flow-support`, `flow-sign-in`, `flow-actions`, `flow-link-button`, `flow-withdrawal`, `flow-withdraw-instead-button`, `flow-declaration`, `flow-intro`, `flow-form`, `flow-hint`, `flow-alternatives`, `flow-alternative`, `flow-alternative-title`, `flow-alternative-action`, `flow-continue-button`.
 * @csspart sign-in - The built-in sign-in form (with `heading`, `field`, `label`, `input`, `button`, `submit-button`, `link-button`, `notice`, `actions`).
 *
 * @cssprop [--esim-list-gap=var(--esim-spacing-m, 0.75rem)] - Space between rows.
 * @cssprop [--esim-list-row-padding=var(--esim-spacing-m, 0.75rem)] - Padding inside a row.
 * @cssprop [--esim-list-row-background=var(--esim-color-surface, #ffffff)] - Row background.
 * @cssprop [--esim-list-row-border=var(--esim-color-border, #c9ced6)] - Row border colour.
 * @cssprop [--esim-list-row-radius=var(--esim-radius, 0.5rem)] - Row corner radius.
 * @cssprop [--esim-list-meter-color=var(--esim-color-primary, #1f5fd1)] - Fill of the data meter.
 * @cssprop [--esim-list-meter-track=var(--esim-color-surface-alt, #f4f5f7)] - Track of the data meter.
 */
export class EsimList extends EsimElement {
  /** Reactive properties and attributes (declared here rather than with decorators: smaller in the script-tag build). */
  static override properties: PropertyDeclarations = {
    supportUrl: { attribute: 'support-url' },
    supportEmail: { attribute: 'support-email' },
    pageSize: { type: Number, attribute: 'page-size' },
    statusFilter: { attribute: 'status-filter' },
    items: { state: true, attribute: false },
    nextCursor: { state: true, attribute: false },
    search: { state: true, attribute: false },
    auth: { state: true, attribute: false },
    error: { state: true, attribute: false },
    moreError: { state: true, attribute: false },
    copiedId: { state: true, attribute: false },
    revealedId: { state: true, attribute: false },
    live: { state: true, attribute: false },
    unreadable: { state: true, attribute: false },
  };

  static override styles = [themeStyles, formStyles, listStyles];

  /** Support page passed to the cancellation flow the list opens. */
  supportUrl = '';

  /** Support email address passed to the cancellation flow the list opens. */
  supportEmail = '';

  /** How many eSIMs to ask for per page; the backend may send fewer. */
  pageSize = 50;

  /** Only eSIMs with this status (asked of the backend); `''` for all. The toolbar's filter sets it too. */
  statusFilter: EsimStatus | '' = '';

  private items: Esim[] = [];
  /** The backend's cursor for the page after the last one loaded; null at the end. */
  private nextCursor: string | null = null;
  /** The search as applied (the box's text, trimmed, once typing pauses). */
  private search = '';
  /** Who signs the customer in after a 401: nobody needed, the built-in form, or the host page. */
  private auth: 'signed-in' | 'form' | 'host' = 'signed-in';
  /** Why the first page failed: the error state without rows, a banner above them otherwise. */
  private error = '';
  private moreError = '';
  /** The eSIM whose ICCID was just copied. */
  private copiedId?: string;
  /** The eSIM whose full ICCID is shown for selecting (the clipboard was refused). */
  private revealedId?: string;
  /** The live region's text. */
  private live = '';
  /** Records of the pages loaded that broke the contract and are not shown. */
  private unreadable = 0;

  /** The search box's text. */
  private query = '';
  private filtered: Esim[] = [];
  private pages = 0;
  /** What the rows on screen were loaded for: [apiBase, backend, statusFilter]. */
  private source: readonly unknown[] = [];
  /** The toolbar was up when this first page started loading for the same account. */
  private keepToolbar = false;
  private rowRequests = new AbortController();
  private readonly timers: Record<string, ReturnType<typeof setTimeout>> = {};
  /** What had focus when this render started. */
  private focused?: Element | null;
  /** The row (its key) that held focus when this render started. */
  private focusedRow?: string;
  /** A first page just loaded: the live region says how many eSIMs there are. */
  private announceCount = false;
  /** What to focus once this render is done. */
  private focusNext?: string;
  /** The eSIM whose row gets focus back from the dialog just closed. */
  private returnTo?: string;

  private readonly cancellations = new CancellationCache(
    (id, signal) => this.api.getCancellation(id, { signal }),
    () => this.requestUpdate(),
  );

  /** Loads the next page when the end of the list comes near, that is the Load more button (not while searching: see listSearchLoadedOnly). */
  private readonly io = new IntersectionObserver(
    (entries) => {
      if (
        entries.some((entry) => entry.isIntersecting) &&
        this.firstPageLoaded &&
        !this.search &&
        !this.moreError &&
        this.auth === 'signed-in'
      ) {
        this.loadMore();
      }
    },
    { rootMargin: '0px 0px 600px' },
  );

  private readonly rows = new VirtualWindow<Esim>(this);

  private readonly retryAfter = new RetryAfterController(this);

  private readonly signIn = this.createSignIn(() => void this.reload());

  /**
   * The cancellation flow's dialog: the eSIM it is open for; its behaviour comes with its template
   * (./cancel-dialog.ts). Closing it re-reads the eSIM, since the flow may have changed it.
   */
  private readonly dialog: ModalState<Esim> = {
    hasUnsavedInput: () => !!this.renderRoot.querySelector<EsimCancelFlow>('esim-cancel-flow')?.hasUnsavedInput,
    closed: (esim) => {
      this.returnTo = esim.id;
      void this.refreshEsim(esim.id);
      return `[data-key="${CSS.escape(esim.id)}"] [part~="cancel-button"]`;
    },
    focusAfterRender: (selector) => (this.focusNext = selector),
    content: 'esim-cancel-flow',
  };

  /** The first page. Its arguments are what it depends on: a change loads it again (and aborts the last). */
  private readonly firstPage = new Task(this, {
    args: () => [this.apiBase, this.backend, this.statusFilter, this.localize.locale, this.pageSize] as const,
    task: (source, { signal }) => this.loadPage(signal, source),
  });

  /** The next page: asked for by the Load more button or by scrolling near it. */
  private readonly nextPage = new Task(this, {
    autoRun: false,
    args: () => [] as const,
    task: (_, { signal }) => this.loadPage(signal),
  });

  /** The first page is being (re)loaded. */
  private get loading(): boolean {
    return this.firstPage.status === TaskStatus.PENDING;
  }

  /** A next page is being loaded. */
  private get paging(): boolean {
    return this.nextPage.status === TaskStatus.PENDING;
  }

  /** The first page loaded: paging may start, and a re-attach need not load again. */
  private get firstPageLoaded(): boolean {
    return this.firstPage.status === TaskStatus.COMPLETE;
  }

  /** Refetches from the first page. Rows already shown stay until the new ones arrive (and if that fails). */
  reload(): Promise<void> {
    this.auth = 'signed-in';
    return this.firstPage.run();
  }

  /**
   * Re-reads one eSIM with `getEsim` and replaces its row (the cancellation flow calls this when it
   * ends). An eSIM the backend no longer knows (404 after a cancellation) leaves the list.
   */
  async refreshEsim(esimId: string): Promise<void> {
    const old = this.items.find((esim) => esim.id === esimId);
    if (!old) return;
    try {
      const fresh = await this.api.getEsim(esimId, { signal: this.rowRequests.signal });
      this.cancellations.forget(old.cancellation.openRequestId ?? '');
      this.items = this.items.map((esim) => (esim.id === esimId ? fresh : esim));
    } catch (error) {
      if (toEsimApiError(error).code === 'not_found') this.items = this.items.filter((esim) => esim.id !== esimId);
      else this.error = this.reportError(error) ?? this.error;
    }
  }

  /**
   * Opens `<esim-cancel-flow>` for `esim` in a modal dialog; called when `esim-cancel-request` was
   * not prevented. A subclass may override it to open its own flow instead.
   */
  protected openCancelFlow(esim: Esim): void {
    this.fetchFlow();
    this.dialog.item = esim;
    this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.rowRequests.signal.aborted) this.rowRequests = new AbortController();
    // Back in the page after a detach aborted the loading: load again. Otherwise render once, so
    // updated() observes the Load more button again (a detach disconnected the observer).
    if (this.hasUpdated && !this.firstPageLoaded && !this.error) void this.firstPage.run();
    else this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.firstPage.abort();
    this.nextPage.abort();
    this.rowRequests.abort();
    this.io.disconnect();
    // Leaving the page closes the dialog, and renders without it (updated() does nothing while
    // detached): its flow must not be connected again with the list, resuming what it was doing.
    this.dialog.item = undefined;
    this.requestUpdate();
    Object.values(this.timers).forEach(clearTimeout);
  }

  private loadMore(): void {
    if (!this.loading && !this.paging && this.nextCursor) void this.nextPage.run();
  }

  /**
   * Loads the first page (given what it is for) or else the next one. Failures are shown (the error
   * state, a banner over the rows, or under them for a next page) and rethrown, so the task's status
   * says the page did not load.
   */
  private async loadPage(signal: AbortSignal, source?: readonly unknown[]): Promise<void> {
    // Removed before its first render: nothing would abort the request (connectedCallback loads
    // again if the list comes back).
    if (!this.isConnected) throw new DOMException('The list left the page.', 'AbortError');
    const more = !source;
    this.moreError = '';
    if (source) this.startOver(source);
    try {
      const page = await this.api.listEsims(
        { cursor: more ? this.nextCursor : undefined, limit: this.pageSize, status: this.statusFilter || undefined },
        { signal },
      );
      signal.throwIfAborted();
      this.items = more ? this.items.concat(page.items) : page.items;
      this.nextCursor = page.nextCursor;
      // Records that broke the contract are left out: each is reported, the line says how many.
      this.unreadable = (more ? this.unreadable : 0) + page.rejected.length;
      for (const rejected of page.rejected) this.reportError(rejected);
      if (more) {
        this.pages++;
        this.live = this.t.listLoaded(page.items.length);
      } else {
        this.pages = 1;
        this.announceCount = true;
      }
      emit(this, 'esim-list-load', { items: page.items, hasMore: page.nextCursor !== null });
    } catch (error) {
      if (!isAbort(error)) {
        const message = this.fail(error);
        if (more) this.moreError = message;
        else this.error = message;
      }
      throw error;
    }
  }

  /** A first page starts loading for `source`: what of the last one's rows and toolbar stays up meanwhile. */
  private startOver(source: readonly unknown[]): void {
    const sameAccount = source[0] === this.source[0] && source[1] === this.source[1];
    // A new filter on the same account keeps the toolbar up while it loads: the customer is in it.
    this.keepToolbar = sameAccount && (this.items.length > 0 || !!this.source[2] || !!this.search);
    if (source.slice(0, 3).some((value, i) => value !== this.source[i])) {
      // Another account or another filter: the old rows would mislead while the new ones load.
      this.items = [];
      this.nextCursor = null;
      this.cancellations.clear();
    }
    this.source = source;
    this.nextPage.abort();
    this.error = '';
  }

  /** Reports the failure, holds the retry buttons for a Retry-After and, for a 401, asks the host (or the customer) to sign in. */
  private fail(error: unknown): string {
    if (EsimElement.isUnauthenticated(error)) {
      const hadSession = !!(this.authToken || this.getAuthToken || this.sessionToken);
      // A custom backend without signIn cannot use the built-in form: the host must sign in.
      this.auth = this.offerSignIn(() => void this.reload()) ? 'form' : 'host';
      // A first visit shows the sign-in form: nothing failed that the customer sees, no session ended.
      if (this.auth === 'form' && !hadSession) return '';
    }
    this.retryAfter.hold(error);
    return this.reportError(error) ?? '';
  }

  private later(name: string, ms: number, run: () => void): void {
    clearTimeout(this.timers[name]);
    this.timers[name] = setTimeout(run, ms);
  }

  private applySearch(): void {
    clearTimeout(this.timers.search);
    this.search = this.query.trim();
  }

  private clearFilters(): void {
    this.query = this.search = this.statusFilter = '';
  }

  /** The customer heads for a cancel button (pointer over it, or focus on it): fetch the flow's code now. */
  private prefetchFlow(event: Event): void {
    if ((event.target as Element).closest?.('[part~="cancel-button"]')) this.fetchFlow();
  }

  /** Fetches the flow's code and its strings in the list's locale (each once; nothing when in hand). */
  private fetchFlow(): void {
    void loadElement('esim-cancel-flow');
    void loadLocale(this.localize.locale, ['flow']);
  }

  private requestCancel(esim: Esim): void {
    if (emit(this, 'esim-cancel-request', { esim })) this.openCancelFlow(esim);
  }

  private async copyIccid(esim: Esim): Promise<void> {
    if (await copyText(esim.iccid)) {
      this.copiedId = esim.id;
      this.live = this.t.listCopiedAnnounce(esimLabel(this.t, esim));
      this.later('copied', 2000, () => (this.copiedId = undefined));
    } else {
      // No clipboard here: show the number to select instead.
      this.revealedId = esim.id;
      this.live = this.t.listCopyFallback;
    }
  }

  /* In update() rather than willUpdate(): the first page's task, a controller, runs in between and
   * may clear the rows (another account or filter), which this render must already show. */
  protected override update(changed: PropertyValues): void {
    if (changed.has('items') || changed.has('search')) {
      this.filtered = this.search ? this.items.filter(esimMatcher(this.search)) : this.items;
    }
    // The count once a first page is in, and after each search (not at the first render: "0 eSIMs").
    if (this.announceCount || (changed.has('search') && this.hasUpdated)) {
      this.live = this.count();
      this.announceCount = false;
    }
    // The dialog's row stays rendered, scrolled out of view or not, until focus is back on its button.
    this.rows.setItems(this.filtered, this.dialog.item?.id ?? this.returnTo);
    this.focused = this.shadowRoot?.activeElement;
    this.focusedRow = this.focused?.closest<HTMLElement>('[data-key]')?.dataset.key;
    super.update(changed);
  }

  protected override updated(): void {
    // A render after leaving the page (closing the dialog) must not observe or fetch anything.
    if (!this.isConnected) return;
    const list = this.renderRoot.querySelector<HTMLElement>('[part~="list"]');
    if (list) this.rows.renderInto(list, (esim) => this.renderRow(esim));
    // Rows are painted: the flow's code (a chunk of the script-tag build) can come now.
    if (list) loadElementWhenIdle('esim-cancel-flow', () => void loadLocale(this.localize.locale, ['flow']));
    // The Load more button is there while there is more; observed afresh after every render, as it
    // may be new, or still in view after a short page.
    this.io.disconnect();
    const more = this.renderRoot.querySelector('[part="load-more"]');
    if (more) this.io.observe(more);
    // A dialog just rendered opens as a modal.
    this.renderRoot.querySelector<HTMLDialogElement>('dialog:not([open])')?.showModal();
    this.restoreFocus();
    if (this.focusNext) this.renderRoot.querySelector<HTMLElement>(this.focusNext)?.focus();
    this.focusNext = this.returnTo = undefined;
  }

  /**
   * When this render took focus away: a row that was moved gets it back where it is; a control that
   * is gone (the retry button once loading starts) hands it to what replaces it (in each state the
   * first element with `tabindex="-1"`, or the error's retry button), unless the customer has
   * meanwhile moved on elsewhere.
   */
  private restoreFocus(): void {
    const root = this.renderRoot as ShadowRoot;
    const focused = this.focused as HTMLElement | null | undefined;
    const active = document.activeElement;
    if (focused && !root.activeElement && (!active || active === document.body)) {
      (focused.isConnected
        ? focused
        : (this.rowElement(this.focusedRow) ?? root.querySelector<HTMLElement>('[tabindex="-1"], .btn-primary'))
      )?.focus({ preventScroll: true });
    }
  }

  /**
   * A row by its eSIM's key, made focusable: a control in it that had focus is gone (the Cancel
   * button of an eSIM just cancelled), and focus stays on the row rather than jumping to the top.
   */
  private rowElement(key: string | undefined): HTMLElement | null {
    const row = key ? this.renderRoot.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`) : null;
    row?.setAttribute('tabindex', '-1');
    return row;
  }

  private count(): string {
    return this.t.listCount(this.filtered.length, this.items.length, this.nextCursor !== null);
  }

  override render(): TemplateResult {
    return html`<div part="base" class="base" aria-busy=${this.loading} @pointerover=${this.prefetchFlow} @focusin=${this.prefetchFlow}>
        ${this.renderContent()}
        <div class="visually-hidden" role="status">${this.live}</div>
      </div>
      ${cancelDialog(this.t, this.dialog, this, this.authToken ?? this.sessionToken)}`;
  }

  private renderContent(): TemplateResult {
    const t = this.t;
    if (this.auth === 'form') return this.signIn.render();
    if (this.auth === 'host') return stateMessage('signed-out', t.signedOutTitle, t.signedOutWaiting);
    const { items } = this;
    const filtering = this.statusFilter || this.search;
    return html`${items.length || filtering || (this.loading && this.keepToolbar) ? this.renderToolbar() : nothing}
    ${
      this.error && items.length
        ? stateMessage(
            'error',
            t.listRefreshError,
            this.error,
            this.retry(() => this.reload()),
          )
        : nothing
    }
    ${this.unreadable ? html`<p class="hint" part="unreadable">${t.listSomeUnreadable(this.unreadable)}</p>` : nothing} ${this.renderMain()}
    ${items.length ? this.renderFooter() : nothing}`;
  }

  /** The rows, or what stands in for them: loading, the error, no eSIMs, no matches. */
  private renderMain(): TemplateResult {
    const t = this.t;
    const empty = !this.items.length;
    if (empty && this.loading) return skeleton(t);
    if (empty && this.error)
      return stateMessage(
        'error',
        t.listLoadErrorTitle,
        this.error,
        this.retry(() => this.reload(), true),
      );
    if (this.filtered.length) return this.renderRows();
    if (!this.statusFilter && !this.search) return stateMessage('empty', t.listEmptyTitle, t.listEmptyBody);
    return stateMessage(
      'empty',
      t.listNoMatchesTitle,
      t.listNoMatchesBody,
      html`<button class="btn" part="clear-button" @click=${this.clearFilters}>${t.listClearFilters}</button>`,
    );
  }

  private retry(run: () => unknown, primary = false): TemplateResult {
    return retryButton(this.t, () => this.retryAfter.waiting, run, primary);
  }

  private renderToolbar(): TemplateResult {
    return toolbar({
      t: this.t,
      query: this.query,
      statusFilter: this.statusFilter,
      count: this.items.length ? this.count() : '',
      typed: (query) => {
        this.query = query;
        this.later('search', 200, () => this.applySearch());
      },
      search: () => this.applySearch(),
      filter: (status) => (this.statusFilter = status),
    });
  }

  private renderRows(): TemplateResult {
    const { before, after } = this.rows.range;
    // The rows inside are rendered by the virtual window (updated()).
    return html`<div
      part="list"
      class="list"
      role="list"
      aria-label=${this.t.listLabel}
      tabindex="-1"
      .style=${`padding-block:${before}px ${after}px`}
    ></div>`;
  }

  private renderRow(esim: Esim): TemplateResult {
    return renderRow(
      {
        t: this.t,
        locale: this.localize.intlLocale,
        copiedId: this.copiedId,
        revealedId: this.revealedId,
        cancellation: (id) => this.cancellations.get(id, this.rowRequests.signal),
        copy: (item) => void this.copyIccid(item),
        cancel: (item) => this.requestCancel(item),
      },
      esim,
    );
  }

  private renderFooter(): TemplateResult {
    const t = this.t;
    const more = this.nextCursor !== null;
    return html`<div part="footer" class="footer">
      ${
        this.moreError
          ? stateMessage(
              'error',
              t.listLoadMoreError,
              this.moreError,
              this.retry(() => this.loadMore()),
            )
          : nothing
      }${more && this.search ? html`<p class="hint">${t.listSearchLoadedOnly}</p>` : nothing}${
        more
          ? html`<button part="load-more" class="btn" aria-disabled=${this.paging} @click=${() => this.loadMore()}>
              ${this.paging ? html`<span class="spinner" aria-hidden="true"></span>${t.loading}` : t.listLoadMore}
            </button>`
          : this.pages > 1
            ? html`<small>${t.listAllLoaded}</small>`
            : nothing
      }
    </div>`;
  }
}
