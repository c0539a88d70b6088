import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { isAbort, toEsimApiError } from '../../api/errors.js';
import { ESIM_STATUSES, type Cancellation, type Esim, type EsimStatus } from '../../api/schemas.js';
import type { EsimCancelFlow } from '../esim-cancel-flow/esim-cancel-flow.js';
import type { EsimAuthRequiredDetail, EsimCancelRequestDetail, EsimListLoadDetail } from '../events.js';
import {
  cancellationStatusLabel,
  dataUsage,
  deviceName,
  displayName,
  esimLabel,
  ineligibleReasonText,
  installStateLabel,
  planBesideNickname,
  regionName,
  statusBadge,
  statusLabel,
  validity,
} from '../../internal/esim-display.js';
import { EsimElement } from '../../internal/esim-element.js';
import { emit } from '../../internal/events.js';
import { formatDate, lastFour, maskIccid } from '../../internal/format.js';
import { formStyles } from '../../internal/form.styles.js';
import { icon } from '../../internal/icons.js';
import { SignInController } from '../../internal/sign-in.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { VirtualWindow } from '../../internal/virtual-window.js';
import { listStyles } from './esim-list.styles.js';

/** The flow's parts, re-exported under a `flow-` prefix so one `::part()` reaches inside the dialog. */
const EXPORT_PARTS = 'base header progress heading body footer button back-button close-button next-button submit-button retry-button more-button check-button withdraw-button withdraw-confirm-button withdraw-cancel-button copy-button print-button save-button field label input choice error summary warning notice reference status support sign-in actions link-button'
  .replace(/\S+/g, '$&:flow-$&')
  .replace(/ /g, ',');

/** Matches names, plans and regions, ICCID digits anywhere, or a masked ICCID as shown ("8981 •••• •••• 0019"). */
function matcher(query: string): (esim: Esim) => boolean {
  const text = query.toLowerCase();
  const digits = text.replace(/[\s-]/g, '');
  // Digits only (so the pattern is safe); each run of dots stands for any digits.
  const iccid =
    /^[\d•]*\d[\d•]*$/.test(digits) &&
    RegExp(digits.includes('•') ? `^${digits.replace(/•+/g, '\\d*')}$` : digits);
  return (esim) =>
    (iccid && iccid.test(esim.iccid)) ||
    [displayName(esim), esim.planName, regionName(esim)].some((field) => field?.toLowerCase().includes(text));
}

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
  static override styles = [themeStyles, formStyles, listStyles];

  /** Support page passed to the cancellation flow the list opens. */
  @property({ attribute: 'support-url' }) supportUrl = '';

  /** Support email address passed to the cancellation flow the list opens. */
  @property({ attribute: 'support-email' }) supportEmail = '';

  /** How many eSIMs to ask for per page; the backend may send fewer. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;

  /** Only eSIMs with this status (asked of the backend); `''` for all. The toolbar's filter sets it too. */
  @property({ attribute: 'status-filter' }) statusFilter: EsimStatus | '' = '';

  @state() private items: Esim[] = [];
  @state() private next: string | null = null;
  /** The search as applied (the box's text, trimmed, once typing pauses). */
  @state() private search = '';
  @state() private auth: 'ok' | 'form' | 'host' = 'ok';
  /** Why the first page failed: the error state without rows, a banner above them otherwise. */
  @state() private error = '';
  @state() private moreError = '';
  @state() private copied?: string;
  @state() private revealed?: string;
  /** The live region's text. */
  @state() private live = '';
  /** The eSIM whose cancellation flow is open in the dialog. */
  @state() private dialogEsim?: Esim;
  @state() private discarding = false;

  /** The search box's text. */
  private query = '';
  private filtered: Esim[] = [];
  private pages = 0;
  /** What the rows on screen were loaded for: [apiBase, backend, statusFilter]. */
  private source: readonly unknown[] = [];
  /** The toolbar was up when this first page started loading for the same account. */
  private keepToolbar = false;
  private rowRequests = new AbortController();
  private readonly cancellations = new Map<string, Cancellation | null>();
  private retryAt = 0;
  private readonly timers: Record<string, ReturnType<typeof setTimeout>> = {};
  /** What had focus when this render started. */
  private focused?: Element | null;
  /** What to focus once this render is done. */
  private focusNext?: string;
  /** The eSIM whose row gets focus back from the dialog just closed. */
  private returnTo?: string;

  /** Loads the next page when the end of the list comes near, that is the Load more button (not while searching: see listSearchLoadedOnly). */
  private readonly io = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting) && this.ok && !this.search && !this.moreError && this.auth === 'ok') {
        this.loadMore();
      }
    },
    { rootMargin: '0px 0px 600px' },
  );

  private readonly rows = new VirtualWindow<Esim>(this);

  private readonly signIn = new SignInController(this, {
    backend: () => this.api,
    t: () => this.t,
    onSignedIn: (session) => {
      this.sessionToken = session.token ?? undefined;
      void this.reload();
    },
    reportError: (error) => this.reportError(error),
  });

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
  private get ok(): boolean {
    return this.firstPage.status === TaskStatus.COMPLETE;
  }

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
      this.cancellations.delete(old.cancellation.openRequestId ?? '');
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
    this.dialogEsim = esim;
    this.discarding = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.rowRequests.signal.aborted) this.rowRequests = new AbortController();
    // Back in the page after a detach aborted the loading: load again. Otherwise render once, so
    // updated() observes the Load more button again (a detach disconnected the observer).
    if (this.hasUpdated && !this.ok && !this.error) void this.firstPage.run();
    else this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.firstPage.abort();
    this.nextPage.abort();
    this.rowRequests.abort();
    this.io.disconnect();
    Object.values(this.timers).forEach(clearTimeout);
    // A list that leaves the page closes its dialog; it renders without one if it comes back.
    this.dialogEsim = undefined;
  }

  private loadMore(): void {
    if (!this.loading && !this.paging && this.next) void this.nextPage.run();
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
    if (source) {
      const sameAccount = source[0] === this.source[0] && source[1] === this.source[1];
      // A new filter on the same account keeps the toolbar up while it loads: the customer is in it.
      this.keepToolbar = sameAccount && (this.items.length > 0 || !!this.source[2] || !!this.search);
      if (source.slice(0, 3).some((value, i) => value !== this.source[i])) {
        // Another account or another filter: the old rows would mislead while the new ones load.
        this.items = [];
        this.next = null;
        this.cancellations.clear();
      }
      this.source = source;
      this.nextPage.abort();
      this.error = '';
    }
    try {
      const page = await this.api.listEsims(
        { cursor: more ? this.next : undefined, limit: this.pageSize, status: this.statusFilter || undefined },
        { signal },
      );
      signal.throwIfAborted();
      this.items = more ? this.items.concat(page.items) : page.items;
      this.next = page.nextCursor;
      if (more) {
        this.pages++;
        this.live = this.t.listLoaded(page.items.length);
      } else {
        this.pages = 1;
      }
      emit<EsimListLoadDetail>(this, 'esim-list-load', { items: page.items, hasMore: page.nextCursor !== null });
    } catch (error) {
      if (!isAbort(error)) {
        const message = this.fail(error);
        if (more) this.moreError = message;
        else this.error = message;
      }
      throw error;
    }
  }

  /** Reports the failure and, for a 401, asks the host (or the customer) to sign in. */
  private fail(error: unknown): string {
    const message = this.reportError(error)!;
    const wait = toEsimApiError(error).retryAfter;
    if (wait) {
      // "Try again in N seconds": the retry buttons wait as long as the message says.
      this.retryAt = Date.now() + wait * 1000;
      this.later('retry', wait * 1000, () => this.requestUpdate());
    }
    if (EsimElement.isUnauthenticated(error)) {
      const handled = !emit<EsimAuthRequiredDetail>(this, 'esim-auth-required', { retry: () => void this.reload() }, { cancelable: true });
      // A custom backend without signIn cannot use the built-in form: the host must sign in.
      this.auth = handled || !this.api.signIn ? 'host' : 'form';
    }
    return message;
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

  private requestCancel(esim: Esim): void {
    if (emit<EsimCancelRequestDetail>(this, 'esim-cancel-request', { esim }, { cancelable: true })) this.openCancelFlow(esim);
  }

  private async copyIccid(esim: Esim): Promise<void> {
    try {
      await navigator.clipboard.writeText(esim.iccid);
      this.copied = esim.id;
      this.live = this.t.listCopiedAnnounce(esimLabel(this.t, esim));
      this.later('copied', 2000, () => (this.copied = undefined));
    } catch {
      // No clipboard here (plain http page, permission refused): show the number to select instead.
      this.revealed = esim.id;
      this.live = this.t.listCopyFallback;
    }
  }

  /**
   * An open cancellation request, fetched once when its row first renders, for the row's status
   * line. The row says a request is open either way; only a detach (abort) forgets the attempt, so
   * the line loads when the list comes back.
   */
  private cancellation(id: string): Cancellation | null | undefined {
    const known = this.cancellations;
    if (!known.has(id)) {
      known.set(id, null);
      this.api.getCancellation(id, { signal: this.rowRequests.signal }).then(
        (cancellation) => {
          known.set(id, cancellation);
          this.requestUpdate();
        },
        (error) => isAbort(error) && known.delete(id),
      );
    }
    return known.get(id);
  }

  /**
   * Escape is handled on keydown as well as on "cancel": Chromium makes a repeated Escape's cancel
   * event uncancelable, and the question must be able to stop the close.
   */
  private onEscape(event: Event): void {
    if ((event as KeyboardEvent).key === 'Escape' || (event.type === 'cancel' && event.cancelable)) {
      event.preventDefault();
      this.requestClose();
    }
  }

  /** Escape or the close button: ask first when closing would lose what the customer typed. */
  private requestClose(): void {
    if (!this.discarding && this.renderRoot.querySelector<EsimCancelFlow>('esim-cancel-flow')?.hasUnsavedInput) {
      this.discarding = true;
      this.focusNext = '[part="dialog-discard"] button';
    } else this.closeDialog();
  }

  /** Closes now; the list then re-reads the eSIM, since the flow may have changed it. */
  private closeDialog(): void {
    const esim = this.dialogEsim;
    if (!esim) return;
    this.dialogEsim = undefined;
    this.discarding = false;
    this.renderRoot.querySelector('dialog')?.close();
    this.returnTo = esim.id;
    this.focusNext = `[data-key="${CSS.escape(esim.id)}"] [part~="cancel-button"]`;
    void this.refreshEsim(esim.id);
  }

  private keepEditing(): void {
    this.discarding = false;
    this.focusNext = 'esim-cancel-flow';
  }

  /* In update() rather than willUpdate(): the first page's task, a controller, runs in between and
   * may clear the rows (another account or filter), which this render must already show. */
  protected override update(changed: PropertyValues): void {
    if (changed.has('items') || changed.has('search')) {
      this.filtered = this.search ? this.items.filter(matcher(this.search)) : this.items;
      if (changed.has('search')) this.live = this.count();
    }
    // The dialog's row stays rendered, scrolled out of view or not, until focus is back on its button.
    this.rows.setItems(this.filtered, this.dialogEsim?.id ?? this.returnTo);
    this.focused = this.shadowRoot?.activeElement;
    super.update(changed);
  }

  protected override updated(): void {
    // A render after leaving the page (closing the dialog) must not observe or fetch anything.
    if (!this.isConnected) return;
    const list = this.renderRoot.querySelector<HTMLElement>('[part~="list"]');
    if (list) this.rows.renderInto(list, (esim) => this.renderRow(esim));
    // The Load more button is there while there is more; observed afresh after every render, as it
    // may be new, or still in view after a short page.
    this.io.disconnect();
    const more = this.renderRoot.querySelector('[part="load-more"]');
    if (more) this.io.observe(more);
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open) dialog.showModal();
    this.restoreFocus();
    if (this.focusNext) this.renderRoot.querySelector<HTMLElement>(this.focusNext)?.focus();
    this.focusNext = this.returnTo = undefined;
  }

  /**
   * When this render took focus away: a row that was moved gets it back where it is; a control that
   * is gone (the retry button once loading starts) hands it to what replaces it (in each state the
   * first element with `tabindex="-1"`, or the error's retry button), unless the customer has meanwhile moved on elsewhere.
   */
  private restoreFocus(): void {
    const root = this.shadowRoot!;
    const focused = this.focused as HTMLElement | null | undefined;
    const active = document.activeElement;
    if (focused && !root.activeElement && (!active || active === document.body)) {
      (focused.isConnected
        ? focused
        : root.querySelector<HTMLElement>('[tabindex="-1"], .btn-primary')
      )?.focus({ preventScroll: true });
    }
  }

  private count(): string {
    return this.t.listCount(this.filtered.length, this.items.length, this.next !== null);
  }

  override render(): TemplateResult {
    const t = this.t;
    const { items, auth } = this;
    const filtering = this.statusFilter || this.search;
    return html`<div part="base" class="base" aria-busy=${this.loading}>
        ${auth === 'form'
          ? this.signIn.render()
          : auth === 'host'
            ? this.box('signed-out', t.signedOutTitle, t.signedOutWaiting)
            : html`${items.length || filtering || (this.loading && this.keepToolbar) ? this.renderToolbar() : nothing}
              ${this.error && items.length ? this.box('error', t.listRefreshError, this.error, this.retryButton(this.reload)) : nothing}
              ${!items.length && this.loading
                ? this.renderSkeleton()
                : !items.length && this.error
                  ? this.box('error', t.listLoadErrorTitle, this.error, this.retryButton(this.reload, true))
                  : !this.filtered.length
                    ? this.box(
                        'empty',
                        filtering ? t.listNoMatchesTitle : t.listEmptyTitle,
                        filtering ? t.listNoMatchesBody : t.listEmptyBody,
                        filtering
                          ? html`<button class="btn" part="clear-button" @click=${this.clearFilters}>${t.listClearFilters}</button>`
                          : nothing,
                      )
                    : this.renderRows()}
              ${items.length ? this.renderFooter() : nothing}`}
        <div class="visually-hidden" role="status">${this.live}</div>
      </div>
      ${this.renderDialog()}`;
  }

  /**
   * The error, empty and signed-out states, and the error banners above or below rows (class
   * `banner`). Only errors are announced; the others can take focus.
   */
  private box(part: string, title: string, body: string, action: unknown = nothing): TemplateResult {
    const error = part === 'error';
    return html`<div part=${part} class="state ${error ? 'banner' : ''}" role=${error ? 'alert' : nothing} tabindex=${error ? nothing : -1}>
      <h2>${error ? icon('alert') : nothing} ${title}</h2>
      <p>${body}</p>
      ${action}
    </div>`;
  }

  /** Disabled (but focusable and announced) while a `Retry-After` is running. */
  private retryButton(retry: () => unknown, primary = false): TemplateResult {
    return html`<button
      class="btn ${primary ? 'btn-primary' : ''}"
      part="retry-button"
      aria-disabled=${this.retryAt > Date.now()}
      @click=${() => this.retryAt <= Date.now() && retry.call(this)}
    >
      ${this.t.retry}
    </button>`;
  }

  private renderToolbar(): TemplateResult {
    const t = this.t;
    return html`<div part="toolbar" class="toolbar">
      <div class="field">
        <label for="search">${t.listSearchLabel}</label>
        <input
          part="search"
          id="search"
          type="search"
          autocomplete="off"
          spellcheck="false"
          .value=${this.query}
          @input=${(event: Event) => {
            this.query = (event.target as HTMLInputElement).value;
            this.later('search', 200, () => this.applySearch());
          }}
          @search=${this.applySearch}
        />
      </div>
      <div class="field filter">
        <label for="filter">${t.labelStatus}</label>
        <select part="filter" id="filter" @change=${(event: Event) => (this.statusFilter = (event.target as HTMLSelectElement).value as EsimStatus)}>
          ${/* "unknown" is the client's own fallback: no backend filters by it. */ ['' as const, ...ESIM_STATUSES.filter((s) => s !== 'unknown')].map(
            (status) => html`<option value=${status} ?selected=${this.statusFilter === status}>${status ? statusLabel(t, status) : t.listFilterAll}</option>`,
          )}
        </select>
      </div>
      ${this.items.length ? html`<p part="count" class="count">${this.count()}</p>` : nothing}
    </div>`;
  }

  private renderSkeleton(): TemplateResult {
    return html`<div class="skeletons" aria-hidden="true">
        ${[0, 1, 2].map(() => html`<div part="skeleton" class="skeleton"><i></i><i></i><i></i></div>`)}
      </div>
      <p class="visually-hidden" tabindex="-1">${this.t.listLoading}</p>`;
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

  /** One row's content (the row element itself belongs to the virtual window). */
  private renderRow(esim: Esim): TemplateResult {
    const t = this.t;
    const locale = this.localize.intlLocale;
    const label = esimLabel(t, esim);
    const region = regionName(esim);
    const plan = planBesideNickname(esim) ?? '';
    const usage = dataUsage(t, locale, esim);
    const valid = validity(t, locale, esim);
    const device = deviceName(esim);
    const requestId = esim.cancellation.openRequestId;
    const request = requestId ? this.cancellation(requestId) : undefined;
    const copied = this.copied === esim.id;
    return html`<div>
        <span part="name" class="name">${displayName(esim)}</span>
        ${plan || region
          ? html`<span part="plan">${plan}${plan && region ? html`<span aria-hidden="true"> · </span>` : nothing}${region}</span>`
          : nothing}
        <span part="iccid" class="iccid">
          <small>${t.labelIccid}</small>
          ${this.revealed === esim.id
            ? html`<span class="iccid-full" dir="ltr">${esim.iccid}</span>`
            : html`<span dir="ltr" aria-hidden="true">${maskIccid(esim.iccid)}</span
                ><span class="visually-hidden">${t.iccidEnding(lastFour(esim.iccid))}</span>`}
          <button
            part="copy-button"
            class="btn btn-link copy"
            aria-label=${copied ? nothing : t.listCopyLabel(label)}
            @click=${() => this.copyIccid(esim)}
          >
            ${icon(copied ? 'check' : 'copy')}${copied ? t.listCopied : t.listCopy}
          </button>
        </span>
        ${this.revealed === esim.id ? html`<span class="hint">${t.listCopyFallback}</span>` : nothing}
      </div>
      <div class="state-cell">
        ${statusBadge(t, esim.status)}
        <span part="install-state">${installStateLabel(t, esim.installState)}</span>
      </div>
      <div part="usage" class="usage">
        <small>${t.labelData}</small>
        ${usage
          ? html`<span>${usage.amount}</span>
              ${usage.unlimited
                ? html`<span class="status">${t.dataUnlimited}</span>`
                : html`<span part="meter" class="meter" ?data-high=${usage.fraction! >= 0.9}
                    ><span class="fill" .style=${`--_fill:${usage.fraction}`}></span
                  ></span>`}
              <small class="updated">${usage.updated}</small>`
          : html`<span>${t.dataNone}</span>`}
      </div>
      <div class="dates">
        ${valid
          ? html`<span part="validity" ?data-soon=${valid.soon}>${valid.text}</span>`
          : nothing}
        ${device ? html`<span part="device"><small>${t.listDevice}</small> ${device}</span>` : nothing}
      </div>
      <div class="action">
        ${requestId
          ? html`<p part="cancellation" class="cancellation">
              ${icon('clock')}
              <span
                >${request ? t.cancellationLine(request.reference, cancellationStatusLabel(t, request.status)) : t.cancellationOpen}
                ${request?.expectedDecisionBy
                  ? html`<small>${t.decisionBy(formatDate(locale, request.expectedDecisionBy))}</small>`
                  : nothing}</span
              >
            </p>`
          : esim.cancellation.eligible
            ? html`<button
                part="cancel-button"
                class="btn danger"
                aria-label=${t.listCancelLabel(label)}
                @click=${() => this.requestCancel(esim)}
              >
                ${t.listCancel}
              </button>`
            : html`<small part="ineligible-reason">${ineligibleReasonText(t, esim.cancellation.ineligibleReason)}</small>`}
      </div>`;
  }

  private renderFooter(): TemplateResult {
    const t = this.t;
    const more = this.next !== null;
    return html`<div part="footer" class="footer">${this.moreError
          ? this.box('error', t.listLoadMoreError, this.moreError, this.retryButton(() => this.loadMore()))
          : nothing}${more && this.search ? html`<p class="hint">${t.listSearchLoadedOnly}</p>` : nothing}${more
          ? html`<button part="load-more" class="btn" aria-disabled=${this.paging} @click=${() => this.loadMore()}>
              ${this.paging ? html`<span class="spinner" aria-hidden="true"></span>${t.loading}` : t.listLoadMore}
            </button>`
          : this.pages > 1
            ? html`<small>${t.listAllLoaded}</small>`
            : nothing}</div>`;
  }

  private renderDialog(): TemplateResult | typeof nothing {
    const esim = this.dialogEsim;
    if (!esim) return nothing;
    const t = this.t;
    return html`<dialog
      part="dialog"
      class="dialog"
      aria-label=${t.flowLabel}
      @keydown=${this.onEscape}
      @cancel=${this.onEscape}
      @close=${this.closeDialog}
      @esim-cancel-close=${this.closeDialog}
    >
      <button class="btn btn-link dialog-close" part="dialog-close" aria-label=${t.close} @click=${this.requestClose}>×</button>
      ${this.discarding
        ? html`<div class="discard" part="dialog-discard" role="alertdialog" aria-labelledby="discard-title" aria-describedby="discard-body">
            <h2 id="discard-title">${t.listDiscardTitle}</h2>
            <p id="discard-body">${t.listDiscardBody}</p>
            <div class="actions">
              <button class="btn btn-primary" part="button" @click=${this.keepEditing}>${t.listKeepEditing}</button>
              <button class="btn" part="button" @click=${this.closeDialog}>${t.listDiscard}</button>
            </div>
          </div>`
        : nothing}
      <esim-cancel-flow
        exportparts=${EXPORT_PARTS}
        esim-id=${esim.id}
        api-base=${this.apiBase}
        lang=${this.lang || nothing}
        theme=${this.theme}
        support-url=${this.supportUrl || nothing}
        support-email=${this.supportEmail || nothing}
        .backend=${this.backend}
        .authToken=${this.authToken ?? this.sessionToken}
        .getAuthToken=${this.getAuthToken}
        .strings=${this.strings}
      ></esim-cancel-flow>
    </dialog>`;
  }
}
