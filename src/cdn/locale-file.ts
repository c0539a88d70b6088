/**
 * What a locale file of the one-file build (dist/locales/<code>.js, a classic script) does: hands
 * its catalogue to dist/esim-elements.all.js through a global queue, so the two script tags work in
 * either order (the one-file build drains the queue when it runs and registers later ones at once).
 * The build (scripts/build-bundles.mjs) makes one such file per locale in src/i18n/locales.ts.
 */
import type { Catalogue } from '../i18n/en.js';
import type { CatalogueModule } from '../i18n/locales.js';

/** The global both sides share. */
export const LOCALE_QUEUE = 'EsimElementsLocales';

/** An array of `[code, catalogue]` until the one-file build runs, then an object whose `push` registers. */
export type LocaleQueue = { push(...entries: [string, Partial<Catalogue>][]): unknown };

/** Queues (or, after the one-file build has run, registers) `module`'s catalogue as `code`. */
export function publishLocale(code: string, module: CatalogueModule): void {
  // As catalogueOf (src/i18n/locales.ts), which this file does not import: it would bring every locale's loader.
  const catalogue = module.default ?? (Object.values(module).find((value) => value && typeof value === 'object') as Catalogue | undefined);
  if (!catalogue) return;
  const scope = globalThis as Record<string, unknown>;
  ((scope[LOCALE_QUEUE] ??= []) as LocaleQueue).push([code, catalogue]);
}
