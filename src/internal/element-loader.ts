/**
 * Elements whose code comes later. The script-tag entry (src/cdn/esim-elements.ts) registers a
 * loader per tag it leaves out of the first-paint set; an element that is about to need another
 * (the list, for the flow it opens) calls `loadElement` early, on the customer's intent, so the code
 * is in hand by the time it is needed. With no loader registered (the npm entries, which register
 * their elements statically) `loadElement` does nothing.
 */
const loaders = new Map<string, () => Promise<unknown>>();
const loads = new Map<string, Promise<unknown>>();

/** Declares how to fetch the code that defines `tag` (called by the script-tag entry only). */
export function setElementLoader(tag: string, load: () => Promise<unknown>): void {
  loaders.set(tag, load);
}

/**
 * Starts fetching the code that defines `tag`, once, unless it is defined already or no loader is
 * known. A failed fetch may be tried again by a later call (the customer's next attempt).
 */
export function loadElement(tag: string): Promise<unknown> {
  const load = loaders.get(tag);
  if (!load || customElements.get(tag)) return Promise.resolve();
  let pending = loads.get(tag);
  if (!pending) {
    pending = load().catch((error: unknown) => {
      loads.delete(tag);
      console.warn(`esim-elements: the code of <${tag}> did not load.`, error);
    });
    loads.set(tag, pending);
  }
  return pending;
}

const idle = new Set<string>();

/**
 * Like `loadElement`, once the page is idle (after the first paint, say), at most once per tag;
 * `also` runs then too (the strings the element will need).
 */
export function loadElementWhenIdle(tag: string, also?: () => void): void {
  if (idle.has(tag) || !loaders.has(tag) || customElements.get(tag)) return;
  idle.add(tag);
  const run = () => {
    void loadElement(tag);
    also?.();
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 200);
}
