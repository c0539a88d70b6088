// The CSP proof page's own script: records every Content-Security-Policy violation the browser
// reports, then places the element under test (the bundle, loaded after this script, upgrades it).
// Query: ?api=<api-base>&element=esim-list, or ?api=<api-base>&element=esim-cancel-flow&esim=<esim-id>.

/** @type {{ directive: string, blocked: string, sample: string, source: string, element: string }[]} */
const violations = [];
Object.defineProperty(window, 'cspViolations', { value: violations });

document.addEventListener(
  'securitypolicyviolation',
  (event) => {
    violations.push({
      directive: event.effectiveDirective,
      blocked: event.blockedURI,
      sample: event.sample,
      source: `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      // The offending element, even inside a shadow root (the event's target is retargeted to the host).
      element: describe(event.composedPath()[0]),
    });
  },
  true,
);

/** @param {EventTarget | undefined} target */
function describe(target) {
  if (!(target instanceof Element)) return String(target);
  const root = target.getRootNode();
  const host = root instanceof ShadowRoot ? `${root.host.localName} > ` : '';
  return `${host}${target.outerHTML.slice(0, 160)}`;
}

const params = new URLSearchParams(location.search);
const element = document.createElement(params.get('element') === 'esim-list' ? 'esim-list' : 'esim-cancel-flow');
element.setAttribute('api-base', params.get('api') ?? '');
if (params.has('esim')) element.setAttribute('esim-id', params.get('esim') ?? '');
document.getElementById('stage')?.append(element);
