import type { ReactiveControllerHost } from 'lit';
import { ESTIMATE, RENDER_ALL } from './virtual-sizes.js';
import type { VirtualWindow, WindowRange } from './virtual-window.js';

/** Rendered distance (px) beyond each edge of the viewport. */
const OVERSCAN = 600;

/**
 * The windowing of a {@link VirtualWindow} whose list has grown past the rows it renders whole:
 * which rows are near the visible part, from their measured sizes. Its code is fetched when a list
 * first grows that long (the first paint of a list of a page or two does without it).
 *
 * Each frame after a render or a scroll, the rendered rows are measured and their sizes remembered
 * by key; unmeasured rows count as the first row measured. The visible area is the viewport: in a
 * scrolling panel that is a little more than is on screen, which costs a few rows and no code.
 * Scroll events are caught in the capture phase on the window and on every shadow root above the
 * host, so scrolling ancestors anywhere are followed; listeners exist only while the host is
 * connected.
 */
export class VirtualScroll<T extends { id: string }> {
  private readonly sizes = new Map<string, number>();
  private estimate = ESTIMATE;
  private width = 0;
  private frame = 0;
  private targets: EventTarget[] = [];
  private readonly host: ReactiveControllerHost & HTMLElement;

  constructor(private readonly owner: VirtualWindow<T>) {
    this.host = owner.host;
    if (this.host.isConnected) this.connect();
  }

  connect(): void {
    this.targets = [window];
    for (let root = this.host.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) this.targets.push(root);
    for (const target of this.targets) target.addEventListener('scroll', this.schedule, true);
    addEventListener('resize', this.schedule);
    this.schedule();
  }

  disconnect(): void {
    for (const target of this.targets) target.removeEventListener('scroll', this.schedule, true);
    removeEventListener('resize', this.schedule);
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  /*
   * At most one measure-and-update per frame, however many scroll events arrive. Measuring happens
   * in the next animation frame rather than in the host's update: asking for another render from
   * inside an update is a Lit anti-pattern (and a dev-mode warning), and in the frame callback the
   * correction still lands before that frame is painted.
   */
  readonly schedule = (): void => {
    if (this.host.isConnected) {
      this.frame ||= requestAnimationFrame(() => {
        this.frame = 0;
        this.measure();
        const next = this.compute();
        if (JSON.stringify(next) !== JSON.stringify(this.owner.range)) {
          this.owner.range = next;
          this.host.requestUpdate();
        }
      });
    }
  };

  private measure(): void {
    const container = this.owner.list;
    // A hidden list (display: none somewhere above, or gone) has no sizes to learn.
    if (!container?.clientWidth || this.owner.items.length <= RENDER_ALL) return;
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

  /** The rows near the viewport, with spacers for the rest, and the focused (or kept) row pinned. */
  compute(): WindowRange {
    const { items, keep, list } = this.owner;
    const all = items.length <= RENDER_ALL;
    const top = all || !list?.isConnected ? 0 : -list.getBoundingClientRect().top;
    const from = all ? -Infinity : top - OVERSCAN;
    const to = all ? Infinity : top + innerHeight + OVERSCAN;
    const focused = keep ?? this.host.shadowRoot?.activeElement?.closest<HTMLElement>('[data-key]')?.dataset.key;
    const range: WindowRange = { rows: [], before: 0, after: 0 };
    let y = 0;
    items.forEach((item, i) => {
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
