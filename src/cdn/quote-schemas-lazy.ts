/**
 * The quote's schema in the split script-tag build: it comes with the flow's chunk, which hands it
 * over (src/cdn/esim-cancel-flow.ts) as it does the list's dialog, so it is fetched, and could fail,
 * only with the flow's code (Chromium keeps a failed import's failure for the page's life: a chunk of
 * its own that failed once would fail every quote after it). scripts/build-bundles.mjs resolves the
 * validated backend's `./quote-loader.js` to this file there.
 */
import type * as QuoteSchemas from '../api/quote-schemas.js';
import { loadElement } from '../internal/element-loader.js';

let provided: typeof QuoteSchemas | undefined;

/** Called by the flow's chunk when it loads. */
export function provideQuoteSchemas(module: typeof QuoteSchemas): void {
  provided = module;
}

/** The quote's schema: in hand once the flow's code is (fetched now if it is not yet). */
export async function loadQuoteSchemas(): Promise<typeof QuoteSchemas> {
  if (!provided) await loadElement('esim-cancel-flow');
  if (!provided) throw new Error("The quote's schema did not load.");
  return provided;
}
