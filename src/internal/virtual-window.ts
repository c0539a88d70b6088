import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What to render: rows `start` to `end - 1` in the flow, spacers for the rest, maybe one pinned row. */
export interface WindowRange {
  start: number;
  end: number;
  /** Space (px) standing in for the rows before `start`. */
  before: number;
  /** Space (px) standing in for the rows from `end` on. */
  after: number;
  /** A row outside the window that holds focus: it stays rendered (at `pinnedOffset`) so focus is not lost. */
  pinned?: number;
  pinnedOffset: number;
}

export interface VirtualWindowOptions<T> {
  /** A stable key per item: sizes and focus follow the item when the list is filtered. */
  key: (item: T) => string;
  /** The element holding the rows; each rendered row carries `data-key`. */
  container: () => HTMLElement | null | undefined;
  /** Row size (px, gap included) until a row has been measured. */
  estimate: number;
  /** Rendered distance (px) beyond each edge of the visible area. */
  overscan?: number;
  /**
   * Lists up to this long are rendered whole: cheap enough, and they print completely and work
   * with the browser's find-in-page. Default 60.
   */
  renderAllUpTo?: number;
}

/**
 * Renders only the rows near the visible part of a long list, so 10,000 rows cost what 20 do.
 *
 * Rows stay in normal flow between two spacers (no absolute positioning, so layouts like CSS grid
 * inside a row just work); their sizes are measured after each render and remembered by key, and
 * unmeasured rows count as the typical measured size. The visible area is the viewport clipped by
 * every scrolling ancestor, found across shadow roots, so the list works inside a page, a scrolling
 * panel or a dialog alike. Scroll and resize listeners exist only while the host is connected.
 */
export class VirtualWindow<T> implements ReactiveController {
  private items: readonly T[] = [];
  private readonly sizes = new Map<string, number>();
  private offsets = new Float64Array(1);
  private offsetsValid = false;
  private typical: number;
  private gap = 0;
  private current: WindowRange = { start: 0, end: 0, before: 0, after: 0, pinnedOffset: 0 };
  private focusKey?: string;
  /** True while the host renders: a blur then comes from our own DOM changes, not from the customer. */
  private rendering = false;
  private blurred?: HTMLElement;
  private container?: HTMLElement;
  /** Where scroll events come from: the window, the container and every scrolling ancestor. */
  private scrollers: EventTarget[] = [];
  /** Ancestors (and the container itself) that clip what is visible. */
  private clippers: Element[] = [];
  private resizeObserver?: ResizeObserver;
  private width = 0;
  private frame = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: VirtualWindowOptions<T>,
  ) {
    this.typical = options.estimate;
    host.addController(this);
  }

  /** The rows to window over; call before each render that may have changed them. */
  setItems(items: readonly T[]): void {
    if (items === this.items) return;
    this.items = items;
    this.offsetsValid = false;
    // Computed now, so the render that shows new items already shows the right rows.
    this.current = this.compute();
  }

  /** The range to render now. */
  get range(): WindowRange {
    return this.current;
  }
  hostConnected(): void {
    this.resizeObserver ??= new ResizeObserver(() => this.onResize());
    // Before the first render there is no container yet: hostUpdated attaches then. After a
    // re-attach, Lit does not render again, so attach here.
    const container = this.options.container();
    if (container) {
      this.attach(container);
      this.schedule();
    }
  }

  hostDisconnected(): void {
    this.detach();
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  /*
   * Measuring happens in the next animation frame rather than right here: asking for another render
   * from inside an update is a Lit anti-pattern (and a dev-mode warning), and in the frame callback
   * the correction still lands before that frame is painted.
   */
  hostUpdate(): void {
    this.rendering = true;
  }

  hostUpdated(): void {
    this.rendering = false;
    // Lit may move the focused row's node while re-ordering rows, and a moved node loses focus:
    // give it back, without scrolling to it.
    const blurred = this.blurred;
    this.blurred = undefined;
    if (blurred?.isConnected && (document.activeElement === document.body || !document.activeElement)) {
      blurred.focus({ preventScroll: true });
    }
    // An update can finish after the host left the page: attaching then would leave window
    // listeners (and the element) behind for good.
    if (!this.host.isConnected) return;
    const container = this.options.container() ?? undefined;
    if (container !== this.container) {
      this.detach();
      if (container) this.attach(container);
    }
    this.schedule();
  }

  private attach(container: HTMLElement): void {
    this.container = container;
    this.scrollers = [window, container];
    this.clippers = [];
    for (let node: Node | null = container; node; node = node.parentNode) {
      if (node instanceof ShadowRoot) node = node.host;
      if (!(node instanceof Element) || node === document.documentElement) break;
      if (getComputedStyle(node).overflowY === 'visible') continue;
      this.clippers.push(node);
      if (node !== container) this.scrollers.push(node);
    }
    for (const target of this.scrollers) target.addEventListener('scroll', this.schedule, { passive: true });
    window.addEventListener('resize', this.schedule, { passive: true });
    container.addEventListener('focusin', this.onFocusIn);
    container.addEventListener('focusout', this.onFocusOut);
    this.resizeObserver?.observe(container);
  }

  private detach(): void {
    for (const target of this.scrollers) target.removeEventListener('scroll', this.schedule);
    window.removeEventListener('resize', this.schedule);
    this.container?.removeEventListener('focusin', this.onFocusIn);
    this.container?.removeEventListener('focusout', this.onFocusOut);
    this.resizeObserver?.disconnect();
    this.scrollers = [];
    this.clippers = [];
    this.container = undefined;
  }

  /** At most one measure-and-update per frame, however many scroll events arrive. */
  private readonly schedule = (): void => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.container && !this.renderAll) this.measure(this.container);
      this.update();
    });
  };

  private readonly onFocusIn = (event: FocusEvent): void => {
    const row = (event.target as Element).closest?.('[data-key]');
    this.focusKey = row?.getAttribute('data-key') ?? undefined;
  };

  private readonly onFocusOut = (event: FocusEvent): void => {
    if (this.rendering) {
      this.blurred = event.target as HTMLElement;
      return;
    }
    const next = event.relatedTarget as Node | null;
    if (!next || !this.options.container()?.contains(next)) {
      this.focusKey = undefined;
      this.schedule();
    }
  };

  /** A new width re-flows every row: forget the sizes and measure again. */
  private onResize(): void {
    const width = this.container?.clientWidth ?? 0;
    if (width === this.width) return;
    this.width = width;
    this.sizes.clear();
    this.offsetsValid = false;
    this.schedule();
  }

  private get renderAll(): boolean {
    return this.items.length <= (this.options.renderAllUpTo ?? 60);
  }

  private measure(container: HTMLElement): void {
    // A hidden list (display: none somewhere above) has no sizes to learn.
    if (container.clientWidth === 0) return;
    const rows = container.children;
    let gapRead = false;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as HTMLElement;
      const key = row.dataset.key;
      if (key === undefined || row.dataset.pinned !== undefined) continue;
      if (!gapRead) {
        this.gap = parseFloat(getComputedStyle(container).rowGap) || 0;
        gapRead = true;
      }
      const size = row.offsetHeight + this.gap;
      if (this.sizes.get(key) === size) continue;
      if (this.sizes.size === 0) this.typical = size;
      this.sizes.set(key, size);
      this.offsetsValid = false;
    }
  }

  private ensureOffsets(): void {
    if (this.offsetsValid) return;
    const { items } = this;
    const { key } = this.options;
    if (this.offsets.length < items.length + 1) this.offsets = new Float64Array(items.length + 1);
    let sum = 0;
    for (let i = 0; i < items.length; i++) {
      this.offsets[i] = sum;
      sum += this.sizes.get(key(items[i]!)) ?? this.typical;
    }
    this.offsets[items.length] = sum;
    this.offsetsValid = true;
  }

  /** The first index whose row ends after `y`. */
  private indexAt(y: number): number {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.offsets[mid + 1]! <= y) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The viewport clipped by every scrolling ancestor, in viewport coordinates. */
  private visibleArea(): { top: number; bottom: number } {
    let top = 0;
    let bottom = window.innerHeight;
    for (const clipper of this.clippers) {
      const rect = clipper.getBoundingClientRect();
      top = Math.max(top, rect.top);
      bottom = Math.min(bottom, rect.bottom);
    }
    return { top, bottom };
  }

  private update(): void {
    const next = this.compute();
    const prev = this.current;
    if (
      next.start !== prev.start ||
      next.end !== prev.end ||
      next.before !== prev.before ||
      next.after !== prev.after ||
      next.pinned !== prev.pinned
    ) {
      this.current = next;
      this.host.requestUpdate();
    }
  }

  private compute(): WindowRange {
    const count = this.items.length;
    if (this.renderAll) return { start: 0, end: count, before: 0, after: 0, pinnedOffset: 0 };
    this.ensureOffsets();
    const total = this.offsets[count]!;
    const overscan = this.options.overscan ?? 600;
    const { container } = this;
    let from = 0;
    let to = window.innerHeight;
    if (container) {
      const listTop = container.getBoundingClientRect().top;
      const area = this.visibleArea();
      from = area.top - listTop;
      to = area.bottom - listTop;
    }
    const start = count === 0 ? 0 : Math.min(this.indexAt(Math.max(0, from - overscan)), count - 1);
    const end = Math.max(start + (count ? 1 : 0), Math.min(count, this.indexAt(Math.max(0, to + overscan)) + 1));
    let pinned: number | undefined;
    if (this.focusKey !== undefined) {
      const { key } = this.options;
      const index = this.items.findIndex((item) => key(item) === this.focusKey);
      if (index >= 0 && (index < start || index >= end)) pinned = index;
    }
    return {
      start,
      end,
      before: this.offsets[start]!,
      after: total - this.offsets[end]!,
      pinned,
      pinnedOffset: pinned === undefined ? 0 : this.offsets[pinned]!,
    };
  }
}
