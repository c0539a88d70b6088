import { render, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { VirtualScroll } from './virtual-scroll.js';
import { ESTIMATE, RENDER_ALL } from './virtual-sizes.js';

/** What to render: the indices of `rows` in order, with spacers standing in for the rest. */
export interface WindowRange {
  rows: number[];
  /** Space (px) standing in for the rows before the first rendered one. */
  before: number;
  /** Space (px) standing in for the rows after the last rendered one. */
  after: number;
  /**
   * A row outside the window that holds focus: it stays rendered (absolutely positioned at
   * `pinnedAt` px) so focus is not lost, and it is listed in `rows` in index order.
   */
  pinned?: number;
  pinnedAt?: number;
}

/* The windowing itself (src/internal/virtual-scroll.ts) is fetched when a list first grows past
 * RENDER_ALL rows: a customer's list of a page or two never needs it, so the first paint does without
 * its ~0.5 KB. A chunk of its own in the script-tag build, split by a consumer's bundler too. */
let Scroll: typeof VirtualScroll | undefined;
let loading: Promise<typeof VirtualScroll | undefined> | undefined;
/** The windowing code could not be fetched: long lists are rendered whole. */
let unavailable = false;

/**
 * Fetches the windowing code, once; resolves to it, or to nothing when it could not be fetched (one
 * warning). A failure is not tried again: Chromium keeps a failed import's failure for the page's life.
 */
export function loadWindowing(): Promise<typeof VirtualScroll | undefined> {
  return (loading ??= import('./virtual-scroll.js').then(
    (module) => (Scroll = module.VirtualScroll),
    (error: unknown) => {
      console.warn('esim-elements: the windowing code did not load; long lists are rendered whole.', error);
      unavailable = true;
      return undefined;
    },
  ));
}

/**
 * Renders only the rows near the visible part of a long list, so 10,000 rows cost what 20 do.
 *
 * Rows stay in normal flow between two spacers (no absolute positioning, so grid layouts inside a
 * row just work). A list of up to RENDER_ALL rows is rendered whole. A longer one is windowed by
 * {@link VirtualScroll}, whose code is fetched when a list first grows that long; until it is in, the
 * first RENDER_ALL rows are rendered with space standing in for the rest (every row, if the code
 * cannot be fetched: slower, but nothing is out of reach).
 */
export class VirtualWindow<T extends { id: string }> implements ReactiveController {
  /** The range to render now. */
  range: WindowRange = { rows: [], before: 0, after: 0 };
  /** @internal The rows to window over (see setItems). */
  items: readonly T[] = [];
  /** @internal A row kept rendered out of view (see setItems). */
  keep?: string;
  /** @internal The element holding the rows, from the last renderInto(). */
  list?: HTMLElement;
  /** The windowing, once the list has been long enough to need it. */
  private scroll?: VirtualScroll<T>;
  /** The windowing code is on its way for this window. */
  private waiting = false;

  /** Items are keyed by `id` (each row carries it as `data-key`): sizes and focus follow the item. */
  constructor(readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /**
   * Renders the window into `list` (call after each host render): one `<div part="row"
   * role="listitem">` per row, keyed by `data-key`, with `content` rendered inside by Lit. Rows that
   * leave are removed first, so rows that stay are never moved (a moved node loses focus).
   */
  renderInto(list: HTMLElement, content: (item: T) => unknown): void {
    const { items } = this;
    const { rows, pinned, pinnedAt } = this.range;
    const keys = rows.map((i) => items[i]!.id);
    this.list = list;
    const old = new Map<string, HTMLElement>();
    for (const row of [...list.children] as HTMLElement[]) {
      if (keys.includes(row.dataset.key!)) old.set(row.dataset.key!, row);
      else row.remove();
    }
    let next = list.firstElementChild;
    rows.forEach((i, n) => {
      let row = old.get(keys[n]!);
      if (!row) {
        row = document.createElement('div');
        row.className = 'row';
        row.setAttribute('part', 'row');
        row.setAttribute('role', 'listitem');
        row.dataset.key = keys[n];
      }
      // Attributes, not ARIA reflection (Firefox before 119 has none).
      row.setAttribute('aria-posinset', `${i + 1}`);
      row.setAttribute('aria-setsize', `${items.length}`);
      row.toggleAttribute('data-pinned', i === pinned);
      row.style.insetBlockStart = i === pinned ? `${pinnedAt}px` : '';
      render(content(items[i]!), row);
      if (row === next) next = row.nextElementSibling;
      else list.insertBefore(row, next);
    });
  }

  /**
   * The rows to window over, and the key of a row to keep rendered out of view like a focused one
   * (the row a dialog will hand focus back to); call before each render that may have changed them.
   */
  setItems(items: readonly T[], keep?: string): void {
    if (items === this.items && keep === this.keep) return;
    this.items = items;
    this.keep = keep;
    if (items.length > RENDER_ALL && !this.scroll && !unavailable) {
      if (Scroll) this.scroll = new Scroll(this);
      else if (!this.waiting) {
        this.waiting = true;
        void loadWindowing().then((scroll) => {
          if (scroll) this.scroll ??= new scroll(this);
          this.refresh();
        });
      }
    }
    // Computed now, so the render that shows new items already shows the right rows.
    this.range = this.compute();
  }

  hostConnected(): void {
    this.scroll?.connect();
  }

  hostDisconnected(): void {
    this.scroll?.disconnect();
  }

  hostUpdated(): void {
    this.scroll?.schedule();
  }

  /** The range again, rendered. */
  private refresh(): void {
    this.range = this.compute();
    this.host.requestUpdate();
  }

  private compute(): WindowRange {
    if (this.scroll) return this.scroll.compute();
    const { length } = this.items;
    const shown = unavailable ? length : Math.min(length, RENDER_ALL);
    return { rows: [...Array(shown).keys()], before: 0, after: (length - shown) * ESTIMATE };
  }
}
