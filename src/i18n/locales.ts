/**
 * The locales we ship and how each is loaded. `en` is built in (every element needs it as the
 * fallback); every other catalogue is fetched on demand through a dynamic `import()`, so the
 * script-tag build makes it a chunk of its own beside the entry and a consumer's bundler splits it
 * too. Each locale comes in sections (`LOCALE_SECTIONS`), one chunk each, so a page with only the
 * list never fetches the flow's strings. Adding a locale is one line in `LOCALE_LOADERS` (its
 * section modules `src/i18n/<code>/<section>.section.ts`; `src/i18n/<code>.ts` holds the whole
 * catalogue, typed `Catalogue`, for the completeness check and the one-file build's locale file).
 *
 * Resolution (which catalogue a requested tag gets) lives here too, since it decides which chunk is
 * fetched.
 */
import type { Catalogue } from './en.js';

/** A catalogue module: the catalogue (or a section of it) as its default export or its only named export. */
export type CatalogueModule = { readonly default?: Partial<Catalogue> } & Readonly<Record<string, unknown>>;

/**
 * A locale's strings come in sections, each a chunk of its own, so a page fetches only what its
 * elements show: `base` (the list's strings and those every element shares), `flow` (what
 * `<esim-cancel-flow>` adds), `signin` (the built-in sign-in form, fetched with its code on a 401), `declaration` (what
 * `<esim-cancel-declaration>` adds). An element waits for the sections it names (`localeSections`).
 */
export const LOCALE_SECTIONS = ['base', 'flow', 'signin', 'declaration'] as const;

/** One section of a locale's strings, e.g. `base`. */
export type LocaleSection = (typeof LOCALE_SECTIONS)[number];

/** A locale's loaders: section → its module (`src/i18n/<code>/<section>.section.ts`). */
export type SectionLoaders = Readonly<Record<LocaleSection, () => Promise<CatalogueModule>>>;

/** Every shipped locale besides `en`: code → its sections' loaders. One line per locale. */
export const LOCALE_LOADERS: Readonly<Record<string, SectionLoaders>> = {
  'zh-CN': {
    base: () => import('./zh-CN/base.section.js'),
    flow: () => import('./zh-CN/flow.section.js'),
    signin: () => import('./zh-CN/signin.section.js'),
    declaration: () => import('./zh-CN/declaration.section.js'),
  },
  'zh-TW': {
    base: () => import('./zh-TW/base.section.js'),
    flow: () => import('./zh-TW/flow.section.js'),
    signin: () => import('./zh-TW/signin.section.js'),
    declaration: () => import('./zh-TW/declaration.section.js'),
  },
  ja: {
    base: () => import('./ja/base.section.js'),
    flow: () => import('./ja/flow.section.js'),
    signin: () => import('./ja/signin.section.js'),
    declaration: () => import('./ja/declaration.section.js'),
  },
  ko: {
    base: () => import('./ko/base.section.js'),
    flow: () => import('./ko/flow.section.js'),
    signin: () => import('./ko/signin.section.js'),
    declaration: () => import('./ko/declaration.section.js'),
  },
  th: {
    base: () => import('./th/base.section.js'),
    flow: () => import('./th/flow.section.js'),
    signin: () => import('./th/signin.section.js'),
    declaration: () => import('./th/declaration.section.js'),
  },
  vi: {
    base: () => import('./vi/base.section.js'),
    flow: () => import('./vi/flow.section.js'),
    signin: () => import('./vi/signin.section.js'),
    declaration: () => import('./vi/declaration.section.js'),
  },
  id: {
    base: () => import('./id/base.section.js'),
    flow: () => import('./id/flow.section.js'),
    signin: () => import('./id/signin.section.js'),
    declaration: () => import('./id/declaration.section.js'),
  },
  es: {
    base: () => import('./es/base.section.js'),
    flow: () => import('./es/flow.section.js'),
    signin: () => import('./es/signin.section.js'),
    declaration: () => import('./es/declaration.section.js'),
  },
  fr: {
    base: () => import('./fr/base.section.js'),
    flow: () => import('./fr/flow.section.js'),
    signin: () => import('./fr/signin.section.js'),
    declaration: () => import('./fr/declaration.section.js'),
  },
  de: {
    base: () => import('./de/base.section.js'),
    flow: () => import('./de/flow.section.js'),
    signin: () => import('./de/signin.section.js'),
    declaration: () => import('./de/declaration.section.js'),
  },
  'pt-BR': {
    base: () => import('./pt-BR/base.section.js'),
    flow: () => import('./pt-BR/flow.section.js'),
    signin: () => import('./pt-BR/signin.section.js'),
    declaration: () => import('./pt-BR/declaration.section.js'),
  },
  ar: {
    base: () => import('./ar/base.section.js'),
    flow: () => import('./ar/flow.section.js'),
    signin: () => import('./ar/signin.section.js'),
    declaration: () => import('./ar/declaration.section.js'),
  },
};

/** The shipped locale codes, `en` first. */
export const SHIPPED_LOCALES: readonly string[] = ['en', ...Object.keys(LOCALE_LOADERS)];

/** The strings a loaded module holds (its default export, else its first exported object). */
export function catalogueOf(module: CatalogueModule): Partial<Catalogue> | undefined {
  return module.default ?? (Object.values(module).find((value) => value && typeof value === 'object') as Partial<Catalogue> | undefined);
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
