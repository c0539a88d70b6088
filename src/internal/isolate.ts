/**
 * The one text-isolation rule: every string a backend sent is rendered through {@link isolate}, so
 * it cannot restyle the elements' own text around it.
 *
 * The string becomes a bidi isolate (FSI … PDI, what `<bdi>` does, but usable inside a sentence of
 * the catalogue and in attributes too): a right-to-left nickname or one holding U+202E cannot
 * reorder "(ending 1234)" next to it. Explicit bidi controls inside are dropped first, since a stray
 * PDI would otherwise end the isolate early. Wrapping of long unbroken strings is the stylesheet's
 * half of the rule (`overflow-wrap: anywhere` on the host).
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

export const isolate = (text: string): string => `\u2068${text.replace(BIDI_CONTROLS, '')}\u2069`;
