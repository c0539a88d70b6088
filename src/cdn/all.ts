/**
 * dist/esim-elements.all.js, the one-file build for hosts that can upload a single file: every
 * element and `en`, nothing fetched later, as a classic script (`<script src="…">`) that defines the
 * `EsimElements` global at once. Another locale is a file of its own, dist/locales/<code>.js, added
 * with a script tag of its own before or after this one (src/cdn/locale-file.ts).
 */
import '../elements/esim-cancel-declaration/define.js';
import '../elements/esim-cancel-flow/define.js';
import '../elements/esim-list/define.js';
import type { Catalogue } from '../i18n/en.js';
import { registerLocale } from '../internal/localize.js';
import { LOCALE_QUEUE, type LocaleQueue } from './locale-file.js';

/* Locale files that ran before this one queued their catalogue; those that run after it register at
 * once. A second copy of this file leaves the first one's queue alone (its elements are the first's). */
const scope = globalThis as Record<string, unknown>;
const queued = scope[LOCALE_QUEUE] ?? [];
if (Array.isArray(queued)) {
  for (const [code, catalogue] of queued as [string, Partial<Catalogue>][]) registerLocale(code, catalogue);
  const queue: LocaleQueue = {
    push: (...entries) => entries.forEach(([code, catalogue]) => registerLocale(code, catalogue)),
  };
  scope[LOCALE_QUEUE] = queue;
}

export { EsimCancelDeclaration } from '../elements/esim-cancel-declaration/esim-cancel-declaration.js';
export { EsimCancelFlow } from '../elements/esim-cancel-flow/esim-cancel-flow.js';
export { DEFAULT_REASONS } from '../elements/esim-cancel-flow/reasons.js';
export { EsimList } from '../elements/esim-list/esim-list.js';
export { registerLocale } from '../internal/localize.js';
export { createHttpBackend, newIdempotencyKey } from '../api/http-backend.js';
export { EsimApiError, toEsimApiError } from '../api/errors.js';
