/** A backend string as the elements render it: a bidi isolate (FSI … PDI; see src/internal/isolate.ts). */
export const iso = (text: string): string => `\u2068${text}\u2069`;
