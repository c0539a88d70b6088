/** Above the rows: the search box, the status filter and the count; below them: load more and end of list. */
import { html, nothing, type TemplateResult } from 'lit';
import { ESIM_STATUSES, type EsimStatus } from '../../api/schemas.js';
import type { Catalogue } from '../../i18n/en.js';
import { statusLabel } from '../../internal/esim-display.js';

export interface ToolbarContext {
  t: Catalogue;
  /** The search box's text. */
  query: string;
  statusFilter: EsimStatus | '';
  /** "3 of 120 eSIMs", or empty while nothing is loaded. */
  count: string;
  typed: (query: string) => void;
  /** The search box's own "search" event (Enter, the clear button): apply now. */
  search: () => void;
  filter: (status: EsimStatus | '') => void;
}

/** "unknown" is the client's own fallback: no backend filters by it. */
const FILTERS = ['' as const, ...ESIM_STATUSES.filter((s) => s !== 'unknown')];

export function toolbar(c: ToolbarContext): TemplateResult {
  const { t } = c;
  return html`<div part="toolbar" class="toolbar">
    <div class="field">
      <label for="search">${t.listSearchLabel}</label>
      <input
        part="search"
        id="search"
        type="search"
        autocomplete="off"
        spellcheck="false"
        .value=${c.query}
        @input=${(event: Event) => c.typed((event.target as HTMLInputElement).value)}
        @search=${c.search}
      />
    </div>
    <div class="field filter">
      <label for="filter">${t.labelStatus}</label>
      <select part="filter" id="filter" @change=${(event: Event) => c.filter((event.target as HTMLSelectElement).value as EsimStatus)}>
        ${FILTERS.map(
          (status) => html`<option value=${status} ?selected=${c.statusFilter === status}>${status ? statusLabel(t, status) : t.listFilterAll}</option>`,
        )}
      </select>
    </div>
    ${c.count ? html`<p part="count" class="count">${c.count}</p>` : nothing}
  </div>`;
}

export interface FooterContext {
  t: Catalogue;
  /** Why the last next page failed, with its retry button. */
  moreError: TemplateResult | typeof nothing;
  /** There are pages not loaded yet. */
  more: boolean;
  searching: boolean;
  paging: boolean;
  /** More than one page was loaded, and there are no more: say the end is reached. */
  allLoaded: boolean;
  loadMore: () => void;
}

export function footer(c: FooterContext): TemplateResult {
  const { t, more } = c;
  return html`<div part="footer" class="footer">${c.moreError}${more && c.searching
      ? html`<p class="hint">${t.listSearchLoadedOnly}</p>`
      : nothing}${more
      ? html`<button part="load-more" class="btn" aria-disabled=${c.paging} @click=${c.loadMore}>
          ${c.paging ? html`<span class="spinner" aria-hidden="true"></span>${t.loading}` : t.listLoadMore}
        </button>`
      : c.allLoaded
        ? html`<small>${t.listAllLoaded}</small>`
        : nothing}</div>`;
}
