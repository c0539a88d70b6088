import { render, type ReactiveController, type ReactiveControllerHost } from 'lit';

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

/** Lists up to this long are rendered whole: cheap, and they print and find-in-page completely. */
const RENDER_ALL = 60;
/** Rendered distance (px) beyond each edge of the viewport. */
const OVERSCAN = 600;

/**
 * Renders only the rows near the visible part of a long list, so 10,000 rows cost what 20 do.
 *
 * Rows stay in normal flow between two spacers (no absolute positioning, so grid layouts inside a
 * row just work). Each frame after a render or a scroll, the rendered rows are measured and their
 * sizes remembered by key; unmeasured rows count as the first row measured. The visible area is the
 * viewport: in a scrolling panel that is a little more than is on screen, which costs a few rows and
 * no code. Scroll events are caught in the capture phase on the window and on every shadow root
 * above the host, so scrolling ancestors anywhere are followed; listeners exist only while the host
 * is connected.
 */
export class VirtualWindow<T extends { id: string }> implements ReactiveController {
  /** The range to render now. */
  range: WindowRange = { rows: [], before: 0, after: 0 };
  private items: readonly T[] = [];
  /** A row kept rendered out of view (see setItems). */
  private keep?: string;
  private readonly sizes = new Map<string, number>();
  private estimate = 180;
  private width = 0;
  private frame = 0;
  private targets: EventTarget[] = [];
  /** The element holding the rows, from the last renderInto(). */
  private list?: HTMLElement;

  /** Items are keyed by `id` (each row carries it as `data-key`): sizes and focus follow the item. */
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
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
    // Computed now, so the render that shows new items already shows the right rows.
    this.range = this.compute();
  }

  hostConnected(): void {
    this.targets = [window];
    for (let root = this.host.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) this.targets.push(root);
    for (const target of this.targets) target.addEventListener('scroll', this.schedule, true);
    addEventListener('resize', this.schedule);
    this.schedule();
  }

  hostDisconnected(): void {
    for (const target of this.targets) target.removeEventListener('scroll', this.schedule, true);
    removeEventListener('resize', this.schedule);
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  /*
   * Measuring happens in the next animation frame rather than right here: asking for another render
   * from inside an update is a Lit anti-pattern (and a dev-mode warning), and in the frame callback
   * the correction still lands before that frame is painted.
   */
  hostUpdated(): void {
    this.schedule();
  }

  /** At most one measure-and-update per frame, however many scroll events arrive. */
  private readonly schedule = (): void => {
    if (this.host.isConnected) {
      this.frame ||= requestAnimationFrame(() => {
        this.frame = 0;
        this.measure();
        const next = this.compute();
        if (JSON.stringify(next) !== JSON.stringify(this.range)) {
          this.range = next;
          this.host.requestUpdate();
        }
      });
    }
  };

  private measure(): void {
    const container = this.list;
    // A hidden list (display: none somewhere above, or gone) has no sizes to learn.
    if (!container?.clientWidth || this.items.length <= RENDER_ALL) return;
    // A new width re-flows every row: forget the sizes.
    if (container.clientWidth !== this.width) {
      this.width = container.clientWidth;
      this.sizes.clear();
    }
    const gap = parseFloat(getComputedStyle(container).rowGap) || 0;
    for (const row of container.children as HTMLCollectionOf<HTMLElement>) {
      const key = row.dataset.key;
      if (key && row.dataset.pinned == null) {
        if (!this.sizes.size) this.estimate = row.offsetHeight + gap;
        this.sizes.set(key, row.offsetHeight + gap);
      }
    }
  }

  private compute(): WindowRange {
    const all = this.items.length <= RENDER_ALL;
    const top = all || !this.list?.isConnected ? 0 : -this.list.getBoundingClientRect().top;
    const from = all ? -Infinity : top - OVERSCAN;
    const to = all ? Infinity : top + innerHeight + OVERSCAN;
    const focused = this.keep ?? this.host.shadowRoot?.activeElement?.closest<HTMLElement>('[data-key]')?.dataset.key;
    const range: WindowRange = { rows: [], before: 0, after: 0 };
    let y = 0;
    this.items.forEach((item, i) => {
      const key = item.id;
      const size = this.sizes.get(key) ?? this.estimate;
      if (y + size <= from || y >= to) {
        if (y < to) range.before = y + size;
        else range.after += size;
        if (key === focused) {
          range.pinned = i;
          range.pinnedAt = y;
        }
      } else range.rows.push(i);
      y += size;
    });
    const { rows, pinned } = range;
    if (pinned !== undefined) {
      if (rows[0]! > pinned) rows.unshift(pinned);
      else rows.push(pinned);
    }
    return range;
  }
}
