/**
 * The script-tag entry (dist/esim-elements.js, and through the classic loader
 * dist/esim-elements.iife.js): what a page needs to paint `<esim-list>` in English, and nothing else.
 * The other elements and every locale but `en` are chunks in dist/chunks/, fetched on demand from
 * beside this file (relative `import()`s resolve against the entry's own URL, so a CDN, a copied
 * dist/ folder and another origin all work):
 * - an element's chunk as soon as the page has one of its tags (the autoloader below), or when an
 *   element is about to need it (the list prefetches the flow's when the customer heads for a cancel
 *   button, and once the page is idle after its first rows);
 * - a locale's chunk when an element resolves to it, in parallel with the element's data.
 *
 * Exports what a page needs at run time. The element classes other than `EsimList` come with their
 * chunks: `await customElements.whenDefined('esim-cancel-flow')` gives the class. The zod schemas and
 * the types are for code with a build step and come with the npm package (`esim-elements/api.js`).
 */
import { EsimList } from '../elements/esim-list/esim-list.js';
import { loadElement, setElementLoader } from '../internal/element-loader.js';
import type { LocaleSection } from '../i18n/locales.js';
import { loadLocale, resolveLocale } from '../internal/localize.js';

/** The elements fetched on demand: tag → its chunk. One line per element. */
const ON_DEMAND: Readonly<Record<string, () => Promise<unknown>>> = {
  'esim-cancel-flow': () => import('./esim-cancel-flow.js'),
  'esim-cancel-declaration': () => import('./esim-cancel-declaration.js'),
};

/** The sections of a locale's strings each element shows (as its `localeSections`). */
const SECTIONS: Readonly<Record<string, readonly LocaleSection[]>> = {
  'esim-list': ['base'],
  'esim-cancel-flow': ['base', 'flow'],
  'esim-cancel-declaration': ['base', 'declaration'],
};

/* Guarded: loading the bundle twice, or next to an npm copy, must not throw. */
if (!customElements.get('esim-list')) customElements.define('esim-list', EsimList);

for (const [tag, load] of Object.entries(ON_DEMAND)) setElementLoader(tag, load);

/**
 * Fetches, all at once, the code of every on-demand element under `root` that is not defined yet,
 * and the strings of each element's locale (so they come in parallel with the element's code).
 */
function autoload(root: ParentNode): void {
  for (const tag of Object.keys(ON_DEMAND)) {
    if (root.querySelector(`${tag}:not(:defined)`)) void loadElement(tag);
  }
  for (const el of root.querySelectorAll(Object.keys(SECTIONS).join())) {
    void loadLocale(resolveLocale(el.closest('[lang]')?.getAttribute('lang') || 'en'), SECTIONS[el.localName]);
  }
}

/* The autoloader: the page's tags now, and those added later (a CMS widget, a framework's render),
 * until every on-demand element is defined. The page's own tree only, not inside shadow roots: an
 * element that renders another in its shadow root loads it itself (as the list does). */
autoload(document);
const pending = () => Object.keys(ON_DEMAND).some((tag) => !customElements.get(tag));
if (pending()) {
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (node.localName in ON_DEMAND && !customElements.get(node.localName)) void loadElement(node.localName);
        if (node.firstElementChild) autoload(node);
      }
    }
    if (!pending()) observer.disconnect();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}

export { EsimList };
export { DEFAULT_REASONS } from '../elements/esim-cancel-flow/reasons.js';
export { registerLocale } from '../internal/localize.js';
/** @internal For the locale chunks beside this entry (their plural forms); not for pages. */
export { plural } from '../i18n/plural.js';
export { createHttpBackend, newIdempotencyKey } from '../api/http-backend.js';
export { EsimApiError, toEsimApiError } from '../api/errors.js';
