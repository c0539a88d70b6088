import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en, type Catalogue } from '../i18n/en.js';
import { catalogueOf, LOCALE_LOADERS, resolveLocale as resolveAmong, SHIPPED_LOCALES, type LocaleSection } from '../i18n/locales.js';

/** Strings in hand, by lower-case code: `en`, the sections loaded, and what a page registered. */
const catalogues = new Map<string, Partial<Catalogue>>([['en', en]]);
/** Sections in hand (loaded, or failed and left to English), by lower-case code. */
const sectionsInHand = new Map<string, Set<LocaleSection>>();
/** Codes a page registered: they count as complete (a key they lack reads in English). */
const registered = new Map<string, string>();
/** Section loads in flight or done, by `code/section`: each is fetched at most once per page. */
const loads = new Map<string, Promise<void>>();
/** Locales whose strings failed to load and were warned about. */
const warned = new Set<string>();
/** Each locale's strings over English (for a key a registered or failed catalogue lacks), built once. */
const complete = new Map<string, Catalogue>();

/** Strings changed: drop the merged catalogues and re-render every element. */
function changed(): void {
  complete.clear();
  connected.forEach((host) => host.requestUpdate());
}

/**
 * Adds or replaces a locale for every element on the page, e.g. `registerLocale('fr-CA', frCA)`,
 * whether or not we ship it. A key the catalogue lacks reads in English. Elements already on the
 * page pick it up on their next render.
 */
export function registerLocale(code: string, catalogue: Partial<Catalogue>): void {
  resolved.clear();
  const key = code.toLowerCase();
  registered.set(key, code);
  catalogues.set(key, { ...catalogues.get(key), ...catalogue });
  changed();
}

/**
 * Adds strings to a locale in hand without registering it: an element's chunk brings its English
 * strings this way (the script-tag entry carries only the list's).
 * @internal
 */
export function addStrings(code: string, strings: Partial<Catalogue>): void {
  Object.assign(catalogues.get(code.toLowerCase()) ?? {}, strings);
  changed();
}

/**
 * The locale a tag resolves to among the shipped and the registered ones (see `resolveLocale` in
 * src/i18n/locales.ts): `zh-Hans-CN` → `zh-CN`, `de-AT` → `de`, `pt` → `pt-BR`, unknown → `en`.
 */
export function resolveLocale(requested: string): string {
  let locale = resolved.get(requested);
  if (!locale) {
    locale = resolveAmong(requested, [...SHIPPED_LOCALES, ...registered.values()]);
    resolved.set(requested, locale);
  }
  return locale;
}
/** Resolutions so far (a render asks for each row's strings), until a page registers a locale. */
const resolved = new Map<string, string>();

/** A section of a locale is in hand: always for `en` and a registered locale. */
function inHand(key: string, section: LocaleSection): boolean {
  return key === 'en' || registered.has(key) || Boolean(sectionsInHand.get(key)?.has(section));
}

/**
 * Fetches a shipped locale's sections (`base` unless told otherwise), each once, in parallel;
 * resolves when all are in hand. A failed fetch (offline, a missing chunk) leaves that section in
 * English for the page's life, with one warning, so nothing retries in a loop.
 */
export function loadLocale(code: string, sections: readonly LocaleSection[] = ['base']): Promise<void> {
  return Promise.all(sections.map((section) => loadSection(code, section))).then(() => undefined);
}

function loadSection(code: string, section: LocaleSection): Promise<void> {
  const key = code.toLowerCase();
  if (inHand(key, section)) return Promise.resolve();
  const id = `${key}/${section}`;
  let load = loads.get(id);
  if (!load) {
    const loader = LOCALE_LOADERS[code]?.[section];
    // Never rejects: whatever happens, the element shows something once this settles.
    load = (loader ? loader() : Promise.reject(new Error(`no loader for ${code}`)))
      .then(
        (module) => catalogueOf(module),
        (error: unknown) => {
          // One warning per locale, however many of its sections fail.
          if (!warned.has(key)) console.warn(`esim-elements: the ${code} strings did not load; showing English.`, error);
          warned.add(key);
        },
      )
      .then((strings) => {
        // Strings the page registered meanwhile win. None (the one-file build ships none, a page
        // adds dist/locales/<code>.js): English until a catalogue is registered.
        catalogues.set(key, { ...strings, ...catalogues.get(key) });
        let sections = sectionsInHand.get(key);
        if (!sections) sectionsInHand.set(key, (sections = new Set()));
        sections.add(section);
        changed();
      });
    loads.set(id, load);
  }
  return load;
}

/** The strings in hand for a resolved locale; `undefined` before any of its sections arrived. */
export function catalogueFor(locale: string): Partial<Catalogue> | undefined {
  return catalogues.get(locale.toLowerCase());
}

/** A locale's strings with English under them, for a key its catalogue lacks. */
function completeCatalogue(locale: string): Catalogue {
  const key = locale.toLowerCase();
  if (key === 'en') return en;
  let strings = complete.get(key);
  if (!strings) complete.set(key, (strings = { ...en, ...catalogues.get(key) }));
  return strings;
}

/* What an element shows while its locale's strings are on their way: no text at all, rather than
 * English the customer would see flash (the elements render their skeletons meanwhile). Read through
 * `en`, whose keys may grow when an element's chunk brings its strings. */
function blankCatalogue(overrides: StringOverrides | undefined): Catalogue {
  return new Proxy(en, {
    get: (target, key: string) =>
      overrides && key in overrides
        ? overrides[key as keyof Catalogue]
        : typeof target[key as keyof Catalogue] === 'function'
          ? () => ''
          : '',
  });
}

/* One observer for the whole page, started by the first connected element (never at import), so a
 * change of <html lang> or dir re-renders every element. */
const connected = new Set<ReactiveControllerHost>();
let htmlObserver: MutationObserver | undefined;

function observeHtml(): void {
  if (htmlObserver) return;
  htmlObserver = new MutationObserver(() => connected.forEach((host) => host.requestUpdate()));
  htmlObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'] });
}

/** The nearest `lang`, looking through shadow roots up to <html>. */
function inheritedLang(el: Element): string {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang')!;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return '';
}

export type StringOverrides = Partial<Catalogue>;

/**
 * Gives an element its locale and strings. The locale is the element's own `lang`, else the nearest
 * ancestor's, else `<html lang>`, else `en`; `zh-Hans-CN` falls back to `zh-CN`, then `zh`, then `en`.
 */
export class LocalizeController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement & { strings?: StringOverrides };
  /** The sections of each locale this element shows (`base`, plus its own). */
  private readonly sections: readonly LocaleSection[];

  constructor(host: ReactiveControllerHost & HTMLElement & { strings?: StringOverrides }, sections: readonly LocaleSection[] = ['base']) {
    this.host = host;
    this.sections = sections;
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this.host);
    observeHtml();
  }

  /* Before each render, so a locale's chunk starts loading before the data does (in parallel). */
  hostUpdate(): void {
    void this.ready();
  }

  /** Resolves once the current locale's strings are in hand (at once when they are). */
  ready(): Promise<void> {
    return loadLocale(this.locale, this.sections);
  }

  /** The current locale's strings (every section this element shows) are in hand. */
  get loaded(): boolean {
    const key = this.locale.toLowerCase();
    return this.sections.every((section) => inHand(key, section));
  }

  hostDisconnected(): void {
    connected.delete(this.host);
    if (connected.size === 0) {
      htmlObserver?.disconnect();
      htmlObserver = undefined;
    }
  }

  /* The host's own `lang` property first: Lit renders before it reflects the attribute. */
  private get requested(): string {
    return this.host.lang || inheritedLang(this.host);
  }

  /** The resolved locale code, e.g. `en` or `zh-CN`. */
  get locale(): string {
    return resolveLocale(this.requested || 'en');
  }

  /** The BCP 47 tag for `Intl`: the requested one when it resolves to the same catalogue. */
  get intlLocale(): string {
    const requested = this.requested;
    return requested && resolveLocale(requested) === this.locale ? requested : this.locale;
  }

  /** The catalogue for the current locale with the host's overrides on top. */
  get t(): Catalogue {
    const overrides = this.host.strings;
    if (!this.loaded) return blankCatalogue(overrides);
    const strings = completeCatalogue(this.locale);
    return overrides ? { ...strings, ...overrides } : strings;
  }
}
