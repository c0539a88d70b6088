import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { Task, TaskStatus } from '@lit/task';
import { isAbort, toEsimApiError } from '../../api/errors.js';
import { ESIM_STATUSES, type Cancellation, type Esim, type EsimPage, type EsimStatus } from '../../api/schemas.js';
import type { EsimAuthRequiredDetail, EsimCancelRequestDetail, EsimListLoadDetail } from '../events.js';
import {
  cancellationStatusLabel,
  dataUsage,
  deviceName,
  displayName,
  esimLabel,
  ineligibleReasonText,
  installStateLabel,
  regionName,
  statusBadge,
  statusLabel,
  validity,
} from '../../internal/esim-display.js';
import { EsimElement } from '../../internal/esim-element.js';
import { emit } from '../../internal/events.js';
import { formatDate, lastFour, maskIccid } from '../../internal/format.js';
import { formStyles } from '../../internal/form.styles.js';
import { styleProps } from '../../internal/style-props.js';
import { icon } from '../../internal/icons.js';
import { SignInController } from '../../internal/sign-in.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { VirtualWindow } from '../../internal/virtual-window.js';
import { cancelDialogStyles, CancelDialogController } from './cancel-dialog.js';
import { listStyles } from './esim-list.styles.js';

/** How long "Copied" stays on the copy button. */
const COPIED_MS = 2000;
/** Typing pauses this long before the search runs. */
const SEARCH_DEBOUNCE_MS = 200;

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
 * @csspart device - The device it is installed on.
 * @csspart cancel-button - The cancel action of a cancellable eSIM.
 * @csspart ineligible-reason - Why an eSIM cannot be cancelled online.
 * @csspart cancellation - An open cancellation request's status.
 * @csspart empty - The "no eSIMs" and "no matches" states.
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
 * @csspart flow-base - The nested flow's parts, all re-exported with a `flow-` prefix: `flow-base`, `flow-header`, `flow-progress`, `flow-heading`, `flow-body`, `flow-footer`, `flow-button`, `flow-back-button`, `flow-close-button`, `flow-next-button`, `flow-submit-button`, `flow-retry-button`, `flow-more-button`, `flow-check-button`, `flow-withdraw-button`, `flow-withdraw-confirm-button`, `flow-withdraw-cancel-button`, `flow-copy-button`, `flow-print-button`, `flow-save-button`, `flow-field`, `flow-label`, `flow-input`, `flow-choice`, `flow-error`, `flow-summary`, `flow-warning`, `flow-notice`, `flow-reference`, `flow-status`, `flow-support`, `flow-sign-in`, `flow-actions`, `flow-link-button`.
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
  static override styles = [themeStyles, formStyles, listStyles, cancelDialogStyles];


  /** Support page passed to the cancellation flow the list opens. */
  @property({ attribute: 'support-url' }) supportUrl = '';

  /** Support email address passed to the cancellation flow the list opens. */
  @property({ attribute: 'support-email' }) supportEmail = '';

  /** How many eSIMs to ask for per page; the backend may send fewer. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;

  /** Only eSIMs with this status (asked of the backend); `''` for all. The toolbar's filter sets it too. */
  @property({ attribute: 'status-filter' }) statusFilter: EsimStatus | '' = '';

  @state() private items: Esim[] = [];
  @state() private nextCursor: string | null = null;
  @state() private searchInput = '';
  @state() private search = '';
  @state() private auth: 'ok' | 'form' | 'host' = 'ok';
  @state() private loadError = '';
  @state() private refreshError = '';
  @state() private moreError = '';
  @state() private copied?: string;
  @state() private revealed?: string;
  @state() private announcement = '';

  @query('[part~="list"]') private listEl?: HTMLElement;
  @query('.sentinel') private sentinel?: HTMLElement;

  private filtered: Esim[] = [];
  private pagesLoaded = 0;
  private toolbarShown = false;
  private source?: { apiBase: string; backend: unknown; status: string };
  private readonly cancellations = new Map<string, Cancellation | null>();
  private retryAt = 0;
  private retryTimer?: ReturnType<typeof setTimeout>;
  private readonly dialog = new CancelDialogController(
    this,
    () => this.t,
    () => this.authToken ?? this.sessionToken,
  );
  private rowRequests = new AbortController();
  private observer?: IntersectionObserver;
  private observed?: Element;
  private sentinelVisible = false;
  private searchTimer?: ReturnType<typeof setTimeout>;
  private copiedTimer?: ReturnType<typeof setTimeout>;
  private hadFocus = false;
  private focusPending = false;

  private readonly rows = new VirtualWindow<Esim>(this, {
    key: (esim) => esim.id,
    container: () => this.listEl,
    estimate: 180,
  });

  private readonly signIn = new SignInController(this, {
    backend: () => this.api,
    t: () => this.t,
    onSignedIn: (session) => {
      this.sessionToken = session.token ?? undefined;
      this.auth = 'ok';
      void this.reload();
    },
    reportError: (error) => this.reportError(error),
  });

  private readonly firstPage = new Task(this, {
    args: () => [this.apiBase, this.backend, this.localize.locale, this.statusFilter, this.pageSize] as const,
    task: ([apiBase, backend, , status], { signal }) => this.loadFirstPage(apiBase, backend, status, signal),
  });

  private readonly nextPage = new Task(this, {
    autoRun: false,
    args: () => [this.nextCursor] as const,
    task: ([cursor], { signal }) => this.loadNextPage(cursor, signal),
  });

  /** Refetches from the first page. Rows already shown stay until the new ones arrive (and if that fails). */
  reload(): Promise<void> {
    this.auth = 'ok';
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
      if (old.cancellation.openRequestId) this.cancellations.delete(old.cancellation.openRequestId);
      this.items = this.items.map((esim) => (esim.id === esimId ? fresh : esim));
    } catch (error) {
      if (isAbort(error)) return;
      if (toEsimApiError(error).code === 'not_found') {
        this.items = this.items.filter((esim) => esim.id !== esimId);
        return;
      }
      this.refreshError = this.reportError(error) ?? '';
    }
  }

  /**
   * Opens `<esim-cancel-flow>` for `esim` in a modal dialog; called when `esim-cancel-request` was
   * not prevented. A subclass may override it to open its own flow instead.
   */
  protected openCancelFlow(esim: Esim): void {
    void this.dialog.open(esim);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.observer = new IntersectionObserver(
      (entries) => {
        this.sentinelVisible = entries.some((entry) => entry.isIntersecting);
        this.autoLoad();
      },
      { rootMargin: '0px 0px 600px 0px' },
    );
    this.observed = undefined;
    if (this.rowRequests.signal.aborted) this.rowRequests = new AbortController();
    // Back in the page after a detach aborted the loading: load again.
    if (this.hasUpdated && this.firstPage.status !== TaskStatus.COMPLETE && !this.loadError) {
      void this.firstPage.run();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.firstPage.abort();
    this.nextPage.abort();
    this.rowRequests.abort();
    this.observer?.disconnect();
    clearTimeout(this.searchTimer);
    clearTimeout(this.copiedTimer);
    clearTimeout(this.retryTimer);
  }

  private async loadFirstPage(apiBase: string, backend: unknown, status: EsimStatus | '', signal: AbortSignal): Promise<void> {
    // Removed before its first render: nothing would abort the request (connectedCallback loads
    // again if the list comes back).
    if (!this.isConnected) throw new DOMException('The list left the page.', 'AbortError');
    const source = { apiBase, backend, status };
    const same = this.source?.apiBase === apiBase && this.source.backend === backend;
    if (!same || this.source?.status !== status) {
      // Another account or another filter: the old rows would mislead while the new ones load.
      this.items = [];
      this.nextCursor = null;
      this.cancellations.clear();
      if (!same) this.toolbarShown = false;
    }
    this.source = source;
    this.nextPage.abort();
    this.moreError = '';
    this.loadError = '';
    try {
      const page = await this.api.listEsims({ limit: this.pageSize, status: status || undefined }, { signal });
      signal.throwIfAborted();
      this.pagesLoaded = 1;
      this.refreshError = '';
      this.items = page.items;
      this.nextCursor = page.nextCursor;
      if (page.items.length > 0) this.toolbarShown = true;
      this.pageLoaded(page);
    } catch (error) {
      if (!isAbort(error)) {
        const message = this.fail(error);
        if (this.items.length > 0) this.refreshError = message;
        else this.loadError = message;
      }
      throw error;
    }
  }

  private async loadNextPage(cursor: string | null, signal: AbortSignal): Promise<void> {
    if (!cursor) return;
    this.moreError = '';
    try {
      const page = await this.api.listEsims(
        { cursor, limit: this.pageSize, status: this.statusFilter || undefined },
        { signal },
      );
      signal.throwIfAborted();
      this.pagesLoaded++;
      this.items = this.items.concat(page.items);
      this.nextCursor = page.nextCursor;
      this.announcement = this.t.listLoaded(page.items.length);
      this.pageLoaded(page);
    } catch (error) {
      if (!isAbort(error)) this.moreError = this.fail(error);
      throw error;
    }
  }

  private pageLoaded(page: EsimPage): void {
    const detail: EsimListLoadDetail = { items: page.items, hasMore: page.nextCursor !== null };
    emit(this, 'esim-list-load', detail);
    // The sentinel may still be in view after a short page: observing it afresh reports that anew.
    if (this.observed) {
      this.observer?.unobserve(this.observed);
      this.observer?.observe(this.observed);
    }
  }

  /** Reports the failure and, for a 401, asks the host (or the customer) to sign in. */
  private fail(error: unknown): string {
    const message = this.reportError(error) ?? this.t.errorInternal;
    const wait = toEsimApiError(error).retryAfter;
    if (wait) {
      // "Try again in N seconds": the retry buttons wait as long as the message says.
      this.retryAt = Date.now() + wait * 1000;
      clearTimeout(this.retryTimer);
      this.retryTimer = setTimeout(() => this.requestUpdate(), wait * 1000);
    }
    if (EsimElement.isUnauthenticated(error)) {
      const detail: EsimAuthRequiredDetail = { retry: () => void this.reload() };
      const handled = !emit(this, 'esim-auth-required', detail, { cancelable: true });
      // A custom backend without signIn cannot use the built-in form: the host must sign in.
      this.auth = handled || !this.api.signIn ? 'host' : 'form';
    }
    return message;
  }

  /** Loads the next page when the end of the list comes into view (not while searching: see listSearchLoadedOnly). */
  private autoLoad(): void {
    if (
      this.sentinelVisible &&
      this.nextCursor &&
      !this.search &&
      !this.moreError &&
      this.auth === 'ok' &&
      this.firstPage.status === TaskStatus.COMPLETE &&
      this.nextPage.status !== TaskStatus.PENDING
    ) {
      void this.nextPage.run();
    }
  }

  private loadMore(): void {
    if (this.nextPage.status !== TaskStatus.PENDING) void this.nextPage.run();
  }

  private onSearchInput(event: Event): void {
    this.searchInput = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.applySearch(), SEARCH_DEBOUNCE_MS);
  }

  private applySearch(): void {
    clearTimeout(this.searchTimer);
    this.search = this.searchInput.trim();
  }

  private onFilterChange(event: Event): void {
    this.statusFilter = (event.target as HTMLSelectElement).value as EsimStatus | '';
  }

  private clearFilters(): void {
    this.searchInput = '';
    this.search = '';
    this.statusFilter = '';
  }

  private requestCancel(esim: Esim): void {
    const detail: EsimCancelRequestDetail = { esim };
    if (emit(this, 'esim-cancel-request', detail, { cancelable: true })) this.openCancelFlow(esim);
  }

  private async copyIccid(esim: Esim): Promise<void> {
    const label = esimLabel(this.t, esim);
    try {
      await navigator.clipboard.writeText(esim.iccid);
      this.copied = esim.id;
      this.announcement = this.t.listCopiedAnnounce(label);
      clearTimeout(this.copiedTimer);
      this.copiedTimer = setTimeout(() => (this.copied = undefined), COPIED_MS);
    } catch {
      // No clipboard here (plain http page, permission refused): show the number to select instead.
      this.revealed = esim.id;
      this.announcement = this.t.listCopyFallback;
    }
  }

  /** Open cancellation requests of the rows on screen, fetched once each for their status line. */
  private lookUpCancellations(rows: readonly Esim[]): void {
    for (const esim of rows) {
      const id = esim.cancellation.openRequestId;
      if (!id || this.cancellations.has(id)) continue;
      this.cancellations.set(id, null);
      this.api.getCancellation(id, { signal: this.rowRequests.signal }).then(
        (cancellation) => {
          this.cancellations.set(id, cancellation);
          this.requestUpdate();
        },
        // The row still says a request is open; its status line is a bonus, asked for once. Only a
        // detach (abort) forgets the attempt, so the line loads when the list comes back.
        (error) => {
          if (isAbort(error)) this.cancellations.delete(id);
        },
      );
    }
  }

  /** Matches names, plans and regions, ICCID digits anywhere, or a masked ICCID as shown ("8981 •••• •••• 0019"). */
  private searchPredicate(query: string): (esim: Esim) => boolean {
    const text = query.toLowerCase();
    const digits = (part: string) => part.replace(/[\s-]/g, '');
    const masked = text.includes('•');
    const head = digits(masked ? text.slice(0, text.indexOf('•')) : text);
    const tail = masked ? digits(text.slice(text.lastIndexOf('•') + 1)) : '';
    const byIccid = /^\d+$/.test(head + tail);
    return (esim) =>
      (byIccid && (masked ? esim.iccid.startsWith(head) && esim.iccid.endsWith(tail) : esim.iccid.includes(head))) ||
      displayName(esim).toLowerCase().includes(text) ||
      esim.planName.toLowerCase().includes(text) ||
      (regionName(esim)?.toLowerCase().includes(text) ?? false);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('items') || changed.has('search')) {
      this.filtered = this.search ? this.items.filter(this.searchPredicate(this.search)) : this.items;
      if (changed.has('search')) {
        this.announcement = this.t.listCount(this.filtered.length, this.items.length, this.nextCursor !== null);
      }
    }
    this.rows.setItems(this.filtered);
    this.hadFocus = this.shadowRoot?.activeElement != null;
  }

  protected override updated(): void {
    if (this.sentinel !== this.observed) {
      if (this.observed) this.observer?.unobserve(this.observed);
      this.observed = this.sentinel;
      if (this.observed) this.observer?.observe(this.observed);
    }
    const { start, end, pinned } = this.rows.range;
    const shown = this.filtered.slice(start, end);
    if (pinned !== undefined) shown.push(this.filtered[pinned]!);
    this.lookUpCancellations(shown);
    this.restoreFocus();
  }

  /**
   * When this render removed the focused control (the retry button once loading starts), focus
   * moves to what replaces it, possibly renders later (after the skeleton), unless the customer
   * has meanwhile moved on to something else on the page.
   */
  private restoreFocus(): void {
    const root = this.shadowRoot!;
    if (this.hadFocus && root.activeElement == null) this.focusPending = true;
    if (!this.focusPending) return;
    const active = document.activeElement;
    if (active && active !== document.body) {
      this.focusPending = false;
    } else if (this.auth === 'form') {
      this.focusPending = false;
      this.signIn.focus();
    } else {
      const target = root.querySelector<HTMLElement>('[data-focus-fallback]');
      if (target) {
        this.focusPending = false;
        target.focus();
      }
    }
  }

  override render(): TemplateResult {
    const t = this.t;
    const loading = this.firstPage.status !== TaskStatus.COMPLETE && !this.loadError && this.auth === 'ok';
    return html`<div part="base" class="base" aria-busy=${loading ? 'true' : 'false'}>
      ${this.auth === 'form'
        ? this.signIn.render()
        : this.auth === 'host'
          ? html`<div part="signed-out" class="state" tabindex="-1" data-focus-fallback>
              <h2 class="state-title">${t.signedOutTitle}</h2>
              <p>${t.signedOutWaiting}</p>
            </div>`
          : this.renderContent(loading)}
      <div class="visually-hidden" role="status">${this.announcement}</div>
    </div>
    ${this.dialog.render()}`;
  }

  private renderContent(loading: boolean): TemplateResult {
    const t = this.t;
    const { items } = this;
    const toolbar = this.toolbarShown || this.statusFilter !== '' || this.search !== '';
    let body: TemplateResult;
    if (items.length === 0 && loading) body = this.renderSkeleton();
    else if (items.length === 0 && this.loadError) {
      body = html`<div part="error" class="state state-error" role="alert">
        <h2 class="state-title">${icon('alert')}<span>${t.listLoadErrorTitle}</span></h2>
        <p>${this.loadError}</p>
        ${this.retryButton(this.reload, 'btn btn-primary')}
      </div>`;
    } else if (this.filtered.length === 0) {
      const filtering = this.statusFilter !== '' || this.search !== '';
      body = html`<div part="empty" class="state" tabindex="-1" data-focus-fallback>
        <h2 class="state-title">${filtering ? t.listNoMatchesTitle : t.listEmptyTitle}</h2>
        <p>${filtering ? t.listNoMatchesBody : t.listEmptyBody}</p>
        ${filtering
          ? html`<button class="btn" part="clear-button" @click=${this.clearFilters}>${t.listClearFilters}</button>`
          : nothing}
      </div>`;
    } else body = this.renderRows();
    return html`${toolbar ? this.renderToolbar() : nothing}
      ${this.refreshError && items.length > 0 ? this.renderBanner(this.refreshError, t.listRefreshError, this.reload) : nothing}
      ${body}
      ${items.length > 0 ? this.renderFooter() : nothing}`;
  }

  private renderBanner(message: string, lead: string, retry: () => void): TemplateResult {
    return html`<div part="error" class="banner" role="alert">
      ${icon('alert')}
      <p><span>${lead}</span> <span>${message}</span></p>
      ${this.retryButton(retry, 'btn')}
    </div>`;
  }

  /** Disabled (but focusable and announced) while a `Retry-After` is running. */
  private retryButton(retry: () => void, classes: string): TemplateResult {
    const waiting = this.retryAt > Date.now();
    return html`<button
      class=${classes}
      part="retry-button"
      ?data-focus-fallback=${classes.includes('btn-primary')}
      aria-disabled=${waiting ? 'true' : 'false'}
      @click=${() => this.retryAt <= Date.now() && retry.call(this)}
    >
      ${this.t.retry}
    </button>`;
  }

  private renderToolbar(): TemplateResult {
    const t = this.t;
    return html`<div part="toolbar" class="toolbar">
      <div class="field search">
        <label for="search">${t.listSearchLabel}</label>
        <span class="search-box">
          ${icon('search')}
          <input
            part="search"
            id="search"
            type="search"
            autocomplete="off"
            spellcheck="false"
            .value=${this.searchInput}
            @input=${this.onSearchInput}
            @search=${this.applySearch}
          />
        </span>
      </div>
      <div class="field filter">
        <label for="filter">${t.listFilterLabel}</label>
        <select part="filter" id="filter" @change=${this.onFilterChange}>
          <option value="" ?selected=${this.statusFilter === ''}>${t.listFilterAll}</option>
          ${/* "unknown" is the client's own fallback: no backend filters by it. */ ESIM_STATUSES.filter((s) => s !== 'unknown').map(
            (status) => html`<option value=${status} ?selected=${this.statusFilter === status}>${statusLabel(t, status)}</option>`,
          )}
        </select>
      </div>
      ${this.items.length > 0
        ? html`<p part="count" class="count">${t.listCount(this.filtered.length, this.items.length, this.nextCursor !== null)}</p>`
        : nothing}
    </div>`;
  }

  private renderSkeleton(): TemplateResult {
    return html`<div class="skeletons" aria-hidden="true">
        ${[0, 1, 2].map(
          () => html`<div part="skeleton" class="skeleton">
            <span class="bone wide"></span><span class="bone"></span><span class="bone short"></span>
          </div>`,
        )}
      </div>
      <p class="visually-hidden">${this.t.listLoading}</p>`;
  }

  private renderRows(): TemplateResult {
    const { start, end, before, after, pinned, pinnedOffset } = this.rows.range;
    const rows = this.filtered.slice(start, end);
    const indexed = rows.map((esim, i) => [esim, start + i] as const);
    if (pinned !== undefined) {
      const entry = [this.filtered[pinned]!, pinned] as const;
      if (pinned < start) indexed.unshift(entry);
      else indexed.push(entry);
    }
    return html`<div
      part="list"
      class="list"
      role="list"
      aria-label=${this.t.listLabel}
      tabindex="-1"
      data-focus-fallback
      ${styleProps({ 'padding-block-start': `${before}px`, 'padding-block-end': `${after}px` })}
    >
      ${repeat(
        indexed,
        ([esim]) => esim.id,
        ([esim, index]) => this.renderRow(esim, index, index === pinned ? pinnedOffset : undefined),
      )}
    </div>`;
  }

  private renderRow(esim: Esim, index: number, pinnedAt: number | undefined): TemplateResult {
    const t = this.t;
    const locale = this.localize.intlLocale;
    const name = displayName(esim);
    const label = esimLabel(t, esim);
    const region = regionName(esim);
    const plan = esim.nickname?.trim() ? esim.planName : '';
    const usage = dataUsage(t, locale, esim);
    const valid = validity(t, locale, esim);
    const device = deviceName(esim);
    const requestId = esim.cancellation.openRequestId;
    const request = requestId ? this.cancellations.get(requestId) : undefined;
    const copied = this.copied === esim.id;
    const revealed = this.revealed === esim.id;
    return html`<div
      part="row"
      class="row"
      role="listitem"
      aria-posinset=${index + 1}
      aria-setsize=${this.filtered.length}
      data-key=${esim.id}
      data-pinned=${pinnedAt === undefined ? nothing : ''}
      ${styleProps({ 'inset-block-start': pinnedAt === undefined ? undefined : `${pinnedAt}px` })}
    >
      <div class="identity">
        <span part="name" class="name">${name}</span>
        ${plan || region
          ? html`<span part="plan" class="plan">${plan}${plan && region ? html`<span aria-hidden="true"> · </span>` : nothing}${region}</span>`
          : nothing}
        <span part="iccid" class="iccid">
          <span class="label">${t.listIccid}</span>
          ${revealed
            ? html`<span class="iccid-full" dir="ltr">${esim.iccid}</span>`
            : html`<span class="mask" dir="ltr" aria-hidden="true">${maskIccid(esim.iccid)}</span><span class="visually-hidden"
                  >${t.iccidEnding(lastFour(esim.iccid))}</span
                >`}
          <button
            part="copy-button"
            class="copy"
            type="button"
            aria-label=${copied ? nothing : t.listCopyLabel(label)}
            @click=${() => this.copyIccid(esim)}
          >
            ${icon(copied ? 'check' : 'copy')}<span>${copied ? t.listCopied : t.listCopy}</span>
          </button>
        </span>
        ${revealed ? html`<span class="hint">${t.listCopyFallback}</span>` : nothing}
      </div>
      <div class="state-cell">
        ${statusBadge(t, esim.status)}
        <span part="install-state" class="install">${installStateLabel(t, esim.installState)}</span>
      </div>
      <div part="usage" class="usage">
        <span class="label">${t.listData}</span>
        ${usage
          ? html`<span class="amount">${usage.amount}</span>
              ${usage.unlimited
                ? html`<span class="unlimited">${t.dataUnlimited}</span>`
                : html`<span part="meter" class="meter" data-level=${usage.fraction! >= 0.9 ? 'high' : 'normal'}
                    ><span class="fill" ${styleProps({ '--_fill': String(usage.fraction) })}></span
                  ></span>`}
              <span class="updated">${usage.updated}</span>`
          : html`<span class="amount">${t.dataNone}</span>`}
      </div>
      <div class="dates">
        ${valid
          ? html`<span part="validity" class="validity" data-state=${valid.expired ? 'expired' : valid.soon ? 'soon' : 'ok'}
              >${valid.text}</span
            >`
          : nothing}
        ${device
          ? html`<span part="device" class="device"><span class="label">${t.listDevice}</span> <span>${device}</span></span>`
          : nothing}
      </div>
      <div class="action">
        ${requestId
          ? html`<p part="cancellation" class="cancellation">
              ${icon('clock')}
              <span
                >${request
                  ? t.cancellationLine(request.reference, cancellationStatusLabel(t, request.status))
                  : t.cancellationOpen}
                ${request?.expectedDecisionBy
                  ? html`<span class="decision">${t.decisionBy(formatDate(locale, request.expectedDecisionBy))}</span>`
                  : nothing}</span
              >
            </p>`
          : esim.cancellation.eligible
            ? html`<button
                part="cancel-button"
                class="btn btn-danger-outline"
                type="button"
                aria-label=${t.listCancelLabel(label)}
                @click=${() => this.requestCancel(esim)}
              >
                ${t.listCancel}
              </button>`
            : html`<p part="ineligible-reason" class="reason">${ineligibleReasonText(t, esim.cancellation.ineligibleReason)}</p>`}
      </div>
    </div>`;
  }

  private renderFooter(): TemplateResult {
    const t = this.t;
    const more = this.nextCursor !== null;
    const busy = this.nextPage.status === TaskStatus.PENDING;
    return html`<div class="sentinel" aria-hidden="true"></div>
      <div part="footer" class="footer">
        ${this.moreError ? this.renderBanner(this.moreError, t.listLoadMoreError, this.loadMore) : nothing}
        ${more && this.search ? html`<p class="hint">${t.listSearchLoadedOnly}</p>` : nothing}
        ${more
          ? html`<button part="load-more" class="btn" type="button" aria-disabled=${busy ? 'true' : 'false'} @click=${this.loadMore}>
              ${busy ? html`<span class="spinner" aria-hidden="true"></span>${t.listLoadingMore}` : t.listLoadMore}
            </button>`
          : this.pagesLoaded > 1
            ? html`<p class="end">${t.listAllLoaded}</p>`
            : nothing}
      </div>`;
  }
}
