/**
 * The schemas only one element needs, in the split script-tag build: each comes with its element's
 * chunk, which hands it over (src/cdn/esim-cancel-flow.ts, src/cdn/esim-cancel-declaration.ts) as the
 * flow's does the list's dialog. So it is fetched, and could fail, only with that element's code:
 * Chromium keeps a failed import's failure for the page's life, and a schema chunk of its own that
 * failed once would fail every answer after it. scripts/build-bundles.mjs resolves the validated
 * backend's `./schema-loader.js` to this file there.
 */
import type * as DeclarationSchemas from '../api/declaration-schemas.js';
import type * as QuoteSchemas from '../api/quote-schemas.js';
import { loadElement } from '../internal/element-loader.js';

/* What the validated backend takes of each module (plain objects: namespace objects would need a
 * runtime helper the chunks would share as a file of its own). */
interface Schemas {
  'esim-cancel-flow'?: Pick<typeof QuoteSchemas, 'QuoteSchema' | 'normalizeQuote'>;
  'esim-cancel-declaration'?: Pick<typeof DeclarationSchemas, 'DeclarationSchema'>;
}

const provided: Schemas = {};

/** Called by an element's chunk when it loads. */
export function provideSchemas(schemas: Schemas): void {
  Object.assign(provided, schemas);
}

/** The schemas `tag`'s chunk brings: in hand once its code is (fetched now if it is not yet). */
async function schemasOf<K extends keyof Schemas>(tag: K): Promise<NonNullable<Schemas[K]>> {
  if (!provided[tag]) await loadElement(tag);
  const schemas = provided[tag];
  if (!schemas) throw new Error(`The code of <${tag}> did not load.`);
  return schemas;
}

export const loadQuoteSchemas = () => schemasOf('esim-cancel-flow');
export const loadDeclarationSchemas = () => schemasOf('esim-cancel-declaration');
