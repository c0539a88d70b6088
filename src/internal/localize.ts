import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en, type Catalogue } from '../i18n/en.js';
import { catalogueOf, LOCALE_LOADERS, resolveLocale as resolveAmong, SHIPPED_LOCALES } from '../i18n/locales.js';

/** Catalogues in hand, by lower-case code: `en`, those loaded, and those a page registered. */
const catalogues = new Map<string, Catalogue>([['en', en]]);
/** Codes a page registered (they win over a shipped catalogue that arrives later). */
const registered = new Map<string, string>();
/** Loads in flight or done, by lower-case code: each locale is fetched at most once per page. */
const loads = new Map<string, Promise<void>>();

/**
 * Adds or replaces a locale for every element on the page, e.g. `registerLocale('fr-CA', frCA)`,
 * whether or not we ship it. Elements already on the page pick it up on their next render.
 */
export function registerLocale(code: string, catalogue: Catalogue): void {
  resolved.clear();
  registered.set(code.toLowerCase(), code);
  catalogues.set(code.toLowerCase(), catalogue);
  for (const host of connected) host.requestUpdate();
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

/**
 * Fetches a shipped locale's catalogue once; resolves when it is in hand. A failed fetch (offline,
 * a missing chunk) falls back to `en` for that locale for the page's life, with one warning, so
 * nothing retries in a loop.
 */
export function loadLocale(code: string): Promise<void> {
  const key = code.toLowerCase();
  if (catalogues.has(key)) return Promise.resolve();
  let load = loads.get(key);
  if (!load) {
    const loader = LOCALE_LOADERS[code];
    // Never rejects: whatever happens, the element shows something once this settles.
    load = (loader ? loader() : Promise.reject(new Error(`no loader for ${code}`)))
      .then(
        (module) => catalogueOf(module),
        (error: unknown) => console.warn(`esim-elements: the ${code} strings did not load; showing English.`, error),
      )
      .then((catalogue) => {
        // A catalogue the page registered meanwhile wins. No catalogue (the one-file build ships
        // none, a page adds dist/locales/<code>.js): English until one is registered.
        if (!catalogues.has(key)) catalogues.set(key, catalogue ?? en);
        connected.forEach((host) => host.requestUpdate());
      });
    loads.set(key, load);
  }
  return load;
}

/** The catalogue in hand for a resolved locale; `undefined` while it is being fetched. */
export function catalogueFor(locale: string): Catalogue | undefined {
  return catalogues.get(locale.toLowerCase());
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

  constructor(host: ReactiveControllerHost & HTMLElement & { strings?: StringOverrides }) {
    this.host = host;
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
    return loadLocale(this.locale);
  }

  /** The current locale's strings are in hand. */
  get loaded(): boolean {
    return catalogueFor(this.locale) !== undefined;
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
    const base = catalogueFor(this.locale);
    const overrides = this.host.strings;
    if (!base) return blankCatalogue(overrides);
    return overrides ? { ...base, ...overrides } : base;
  }
}
