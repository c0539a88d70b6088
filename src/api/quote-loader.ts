/**
 * The quote's schema module, fetched with the first quote: only the flow asks for quotes. The
 * script-tag build replaces this module with src/cdn/quote-schemas-lazy.ts, where the schema comes
 * with the flow's own chunk instead of a chunk of its own.
 */
export const loadQuoteSchemas = (): Promise<typeof import('./quote-schemas.js')> => import('./quote-schemas.js');
