// The CDN bundles as a CMS page loads them (`npm test` builds them first: see "pretest").
import { expect, oneEvent } from '@open-wc/testing';
import { newTenant } from '../helpers/tenant.js';

type Library = typeof import('../../src/cdn/esim-elements.js');

const ES_BUNDLE = '/dist/esim-elements.js';
const IIFE_BUNDLE = '/dist/esim-elements.iife.js';

declare global {
  interface Window {
    EsimElements?: Partial<Library> & { ready?: Promise<unknown> };
  }
}

/** Page errors while `run` loads something: a module's top-level throw never rejects its import. */
async function pageErrors(run: () => Promise<unknown>): Promise<string[]> {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  window.addEventListener('error', onError);
  try {
    await run();
    // Errors of classic scripts are reported on the next task.
    await new Promise((resolve) => setTimeout(resolve));
  } finally {
    window.removeEventListener('error', onError);
  }
  return errors;
}

async function importBundle(url: string): Promise<Library> {
  const response = await fetch(url, { method: 'HEAD' });
  if (!response.ok) throw new Error(`${url} is missing: run \`npm run build:bundles\` (npm test does) first.`);
  // A variable specifier: the bundle is a build output, not a source TypeScript can see.
  const specifier = url;
  return (await import(specifier)) as Library;
}

function classicScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${src} failed to load`));
    document.head.append(script);
  });
}

describe('dist/esim-elements.js (script type=module)', () => {
  let library: Library;

  before(async () => {
    library = await importBundle(ES_BUNDLE);
  });

  it('registers the list at once and exports its class and the API; the flow comes with its chunk', async () => {
    expect(customElements.get('esim-list')).to.equal(library.EsimList);
    // No <esim-cancel-flow> in this page and no list on it yet: its chunk has not been fetched.
    expect(customElements.get('esim-cancel-flow')).to.equal(undefined);
    expect(library).not.to.have.property('EsimCancelFlow');
    expect(library.DEFAULT_REASONS).to.be.an('array');
    expect(library.createHttpBackend).to.be.a('function');
    expect(library.EsimApiError).to.be.a('function');
    expect(library.registerLocale).to.be.a('function');
    // The zod schemas come with the npm package (esim-elements/api.js), not with the script-tag bundle.
    expect(library).not.to.have.property('EsimSchema');
    // One file paints the list: the entry imports nothing statically (no waterfall before the first
    // row), and its chunks sit beside it.
    const entry = await (await fetch(ES_BUNDLE)).text();
    expect(entry).not.to.match(/(^|[;}])\s*import\s*[{*"'`\w]/);
    expect(entry).to.match(/import\(\s*[`'"]\.\/chunks\/esim-cancel-flow-[\w-]+\.js/);
  });

  it('an <esim-cancel-flow> added to the page fetches its chunk and upgrades, keeping properties set before', async () => {
    const tenant = await newTenant();
    const flow = document.createElement('esim-cancel-flow');
    // Set before the element is defined: own properties shadowing the accessors-to-be.
    Object.assign(flow, { apiBase: tenant.apiBase, reasons: [{ value: 'moving', label: 'Moving abroad' }] });
    const step = oneEvent(flow, 'esim-cancel-step');
    document.body.append(flow);
    const FlowClass = await customElements.whenDefined('esim-cancel-flow');
    expect(flow).to.be.instanceOf(FlowClass);
    expect((await step).detail.step).to.equal('select');
    expect(flow.apiBase).to.equal(tenant.apiBase);
    expect(flow.reasons.map((r) => r.value)).to.deep.equal(['moving']);
    flow.remove();
  });

  it('loads a second copy without throwing, and the first registration stays', async () => {
    let second: Library | undefined;
    const errors = await pageErrors(async () => {
      // Another URL is another module instance: a second copy of Lit and of the classes.
      second = await importBundle(`${ES_BUNDLE}?copy=2`);
    });
    expect(errors).to.deep.equal([]);
    expect(second?.EsimList).to.be.a('function');
    expect(second?.EsimList).not.to.equal(library.EsimList);
    expect(customElements.get('esim-list')).to.equal(library.EsimList);
  });

  it('loads next to the npm copy without throwing', async () => {
    const errors = await pageErrors(() => import('../../src/index.js'));
    expect(errors).to.deep.equal([]);
    expect(customElements.get('esim-list')).to.equal(library.EsimList);
  });

  it('works minified: properties, attributes and a real load', async () => {
    const tenant = await newTenant();
    const el = document.createElement('esim-list');
    el.setAttribute('api-base', tenant.apiBase);
    const loaded = oneEvent(el, 'esim-list-load');
    document.body.append(el);
    await loaded;
    // Decorated reactive properties survive the bundler: attribute → property and reflection.
    expect(el.apiBase).to.equal(tenant.apiBase);
    el.theme = 'dark';
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(el.shadowRoot?.textContent ?? '').not.to.equal('');
    el.remove();
  });
});

describe('dist/esim-elements.iife.js (classic script)', () => {
  it('defines the EsimElements global, twice and next to the ES entry without throwing', async () => {
    const errors = await pageErrors(async () => {
      await classicScript(IIFE_BUNDLE);
      await classicScript(`${IIFE_BUNDLE}?copy=2`);
      await window.EsimElements?.ready;
    });
    expect(errors).to.deep.equal([]);
    expect(window.EsimElements?.createHttpBackend).to.be.a('function');
    // The loader imports the ES entry from beside itself: the same module the ES test imported.
    expect(window.EsimElements?.EsimList).to.equal(customElements.get('esim-list'));
    expect(customElements.get('esim-cancel-flow')).to.be.a('function');
  });
});
