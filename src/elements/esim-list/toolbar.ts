/** Above the rows: the search box, the status filter and the count. */
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
          (status) =>
            html`<option value=${status} ?selected=${c.statusFilter === status}>
              ${status ? statusLabel(t, status) : t.listFilterAll}
            </option>`,
        )}
      </select>
    </div>
    ${c.count ? html`<p part="count" class="count">${c.count}</p>` : nothing}
  </div>`;
}
