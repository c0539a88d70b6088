import { declaration } from './declaration.js';

/** What `<esim-cancel-declaration>` adds to the base strings, fetched with its code. */
export const declarationSection = { ...declaration };
