/**
 * The locales we ship and how each is loaded. `en` is built in (every element needs it as the
 * fallback); every other catalogue is fetched on demand through a dynamic `import()`, so the
 * script-tag build makes it a chunk of its own beside the entry and a consumer's bundler splits it
 * too. Adding a locale is one line in `LOCALE_LOADERS` (its module `src/i18n/<code>.ts` exports the
 * catalogue, as its only or default export).
 *
 * Resolution (which catalogue a requested tag gets) lives here too, since it decides which chunk is
 * fetched.
 */
import type { Catalogue } from './en.js';

/** A catalogue module: the catalogue as its default export or as its only named export. */
export type CatalogueModule = { readonly default?: Catalogue } & Readonly<Record<string, unknown>>;

/** Every shipped locale besides `en`: code → its loader. One line per locale. */
export const LOCALE_LOADERS: Readonly<Record<string, () => Promise<CatalogueModule>>> = {
  'zh-CN': () => import('./zh-CN.js'),
  'zh-TW': () => import('./zh-TW.js'),
  ja: () => import('./ja.js'),
  ko: () => import('./ko.js'),
  th: () => import('./th.js'),
  vi: () => import('./vi.js'),
  id: () => import('./id.js'),
  es: () => import('./es.js'),
  fr: () => import('./fr.js'),
  de: () => import('./de.js'),
  'pt-BR': () => import('./pt-BR.js'),
  ar: () => import('./ar.js'),
};

/** The shipped locale codes, `en` first. */
export const SHIPPED_LOCALES: readonly string[] = ['en', ...Object.keys(LOCALE_LOADERS)];

/** The catalogue a loaded module holds (its default export, else its first exported object). */
export function catalogueOf(module: CatalogueModule): Catalogue | undefined {
  return module.default ?? (Object.values(module).find((value) => value && typeof value === 'object') as Catalogue | undefined);
}

/**
 * Tags that name a shipped locale by another route: a script (`zh-Hant`), a region that reads the
 * other Chinese script, a legacy code (`in`, `iw`), or a language we ship in one variety only (`pt`).
 * Keys are lower case; a key matches a tag's leading subtags (`zh-hant` matches `zh-Hant-HK`).
 */
const ALIASES: Readonly<Record<string, string>> = {
  'zh-hant': 'zh-TW',
  'zh-tw': 'zh-TW',
  'zh-hk': 'zh-TW',
  'zh-mo': 'zh-TW',
  'zh-hans': 'zh-CN',
  'zh-cn': 'zh-CN',
  'zh-sg': 'zh-CN',
  zh: 'zh-CN',
  pt: 'pt-BR',
  in: 'id',
  iw: 'he',
  ji: 'yi',
  no: 'nb',
};

/**
 * The locale a requested BCP 47 tag gets, among `available` codes (the shipped ones and those a
 * page registered), matched without regard to case; `en` when none fits.
 * - an exact match: `zh-CN`, a registered `fr-CA`;
 * - the tag without its trailing subtags: `zh-Hans-CN` → `zh-Hans` → `zh`, `de-AT` → `de`;
 * - an alias: `zh-Hant`, `zh-HK`, `zh-TW` → `zh-TW`; `zh`, `zh-Hans`, `zh-SG` → `zh-CN`;
 *   `pt`, `pt-PT` → `pt-BR`; `in` → `id`; `iw` → `he`;
 * - the language alone with any region we have: `es-MX` → `es`, else an `es-…` we have.
 */
export function resolveLocale(requested: string, available: Iterable<string> = SHIPPED_LOCALES): string {
  const codes = new Map<string, string>();
  for (const code of available) codes.set(code.toLowerCase(), code);
  const parts = requested.toLowerCase().split(/[-_]/).filter(Boolean);
  if (!parts.length) return 'en';
  // Chinese by script or region: a region alone says which script (zh-HK reads Traditional).
  const zhRegion = parts[0] === 'zh' ? parts.slice(1).find((part) => part.length === 2) : undefined;
  for (let i = parts.length; i > 0; i--) {
    const tag = parts.slice(0, i).join('-');
    const exact = codes.get(tag);
    if (exact) return exact;
    // zh-Hant-CN is Traditional (the script decides); zh-CN-… is Simplified.
    const alias = (i === 1 && zhRegion ? ALIASES[`zh-${zhRegion}`] : undefined) ?? ALIASES[tag];
    if (alias && codes.has(alias.toLowerCase())) return codes.get(alias.toLowerCase())!;
  }
  // The language with a region we have (pt-PT → pt-BR when only pt-BR is shipped).
  const language = ALIASES[parts[0]!]?.split('-')[0]?.toLowerCase() ?? parts[0]!;
  for (const [lower, code] of codes) if (lower === language || lower.startsWith(`${language}-`)) return code;
  return 'en';
}
