import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en, type Catalogue } from '../i18n/en.js';
import { zhCN } from '../i18n/zh-CN.js';

const catalogues = new Map<string, Catalogue>([
  ['en', en],
  ['zh-cn', zhCN],
]);

/**
 * Adds or replaces a locale for every element on the page, e.g. `registerLocale('zh-TW', zhTW)`.
 * Elements already on the page pick it up on their next render.
 */
export function registerLocale(code: string, catalogue: Catalogue): void {
  catalogues.set(code.toLowerCase(), catalogue);
  for (const host of connected) host.requestUpdate();
}

/** `zh-Hans-CN` → `zh-hans-cn`, `zh-hans`, `zh` …; then the region-only form `zh-cn`; then `en`. */
export function resolveLocale(requested: string): string {
  const parts = requested.toLowerCase().split(/[-_]/).filter(Boolean);
  const tries: string[] = [];
  for (let i = parts.length; i > 0; i--) tries.push(parts.slice(0, i).join('-'));
  const region = parts.slice(1).find((p) => p.length === 2);
  if (region) tries.push(`${parts[0]}-${region}`);
  if (parts[0] === 'zh') tries.push('zh-cn');
  for (const code of tries) if (catalogues.has(code)) return code === 'zh-cn' ? 'zh-CN' : code;
  for (const code of tries) {
    for (const known of catalogues.keys()) if (known.startsWith(`${code}-`)) return known;
  }
  return 'en';
}

export function catalogueFor(locale: string): Catalogue {
  return catalogues.get(locale.toLowerCase()) ?? en;
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
    return overrides ? { ...base, ...overrides } : base;
  }
}
