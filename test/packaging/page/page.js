// A reseller's page as test/packaging/loading.test.ts needs it, built from the query:
//   elements=esim-list,esim-cancel-flow   the tags in the page's HTML (before any script runs)
//   api=<api-base>  lang=<lang>  esim=<esim-id for the flow>
//   scripts=module:<url>,classic:<url>    the script tags, in order, added after the elements
// Records page errors and, from the first DOM change on, the text every element showed
// (window.seen: one string per change), so a test can say no English ever showed, and when the
// list's first row appeared (window.firstRowAt, performance.now()), and which globals the scripts
// added (window.globalsAdded()).
const params = new URLSearchParams(location.search);
/** @type {string[]} */
const errors = [];
window.addEventListener('error', (event) => errors.push(event.message));
window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
/** @type {string[]} */
const warnings = [];
const warn = console.warn.bind(console);
console.warn = (...args) => {
  warnings.push(args.map(String).join(' '));
  warn(...args);
};
Object.assign(window, { pageErrors: errors, pageWarnings: warnings, seen: [] });
/** The globals the bundles added (window.globalsAdded()), not this page's own. */
window.globalsAdded = () => Object.getOwnPropertyNames(window).filter((name) => !globalsBefore.has(name) && name !== 'firstRowAt');
// The page's globals before any bundle runs: a classic script must add none but its own.
const globalsBefore = new Set(Object.getOwnPropertyNames(window));

document.addEventListener('DOMContentLoaded', () => {
  const stage = document.getElementById('stage');
  if (params.get('lang')) document.documentElement.lang = params.get('lang');
  for (const tag of (params.get('elements') ?? '').split(',').filter(Boolean)) {
    const el = document.createElement(tag);
    if (params.get('api')) el.setAttribute('api-base', params.get('api'));
    if (tag === 'esim-cancel-flow' && params.get('esim')) el.setAttribute('esim-id', params.get('esim'));
    if (tag === 'esim-list' && params.get('page-size')) el.setAttribute('page-size', params.get('page-size'));
    stage.append(el);
  }
  // Every text the elements show, from their first render on: each shadow root is observed as it
  // is attached (page.js runs before any bundle).
  const record = () => {
    window.seen.push([...stage.children].map((el) => el.shadowRoot?.textContent ?? '').join(' | '));
    if (!window.firstRowAt && [...stage.children].some((el) => el.shadowRoot?.querySelector('[part~="row"]'))) {
      window.firstRowAt = performance.now();
    }
  };
  const observer = new MutationObserver(record);
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    if (this.parentElement === stage) observer.observe(root, { childList: true, subtree: true, characterData: true });
    return root;
  };
  for (const spec of (params.get('scripts') ?? '').split(',').filter(Boolean)) {
    const [type, ...rest] = spec.split(':');
    const script = document.createElement('script');
    if (type === 'module') script.type = 'module';
    script.src = rest.join(':');
    // In the order given, as tags in the HTML would run.
    script.async = false;
    document.head.append(script);
  }
});
