/**
 * The schemas only one element needs, fetched with the first answer that needs them: the quote's
 * (only the flow asks for quotes) and the declaration's. The script-tag build replaces this module
 * with src/cdn/schemas-lazy.ts, where each comes with its element's own chunk instead of a chunk of
 * its own.
 */
export const loadQuoteSchemas = (): Promise<typeof import('./quote-schemas.js')> => import('./quote-schemas.js');
export const loadDeclarationSchemas = (): Promise<typeof import('./declaration-schemas.js')> => import('./declaration-schemas.js');
