// Checks the package the way a consumer gets it (after `npm run build`; part of `npm run lint:package`):
// `npm pack`s it, checks what the tarball holds, installs it into a scratch consumer, type-checks a
// consumer file against every entry point (NodeNext and bundler resolution) and imports the DOM-free
// entry points in Node. Offline: lit, @lit/task and zod resolve from this repo's node_modules.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
// Inside node_modules/ so the consumer's own dependencies resolve from this repo's node_modules.
const scratch = resolve(root, 'node_modules/.cache/esim-elements/consumer');

if (!existsSync(resolve(root, 'dist/index.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

let failed = 0;
/** @param {string} name @param {boolean} ok @param {string} [detail] */
function expect(name, ok, detail = '') {
  console.log(`${ok ? '✓' : '✗'} ${name}`);
  if (!ok) {
    failed++;
    if (detail) console.log(detail.replace(/^/gm, '    '));
  }
}

rmSync(scratch, { recursive: true, force: true });
const installed = join(scratch, 'node_modules/esim-elements');
mkdirSync(installed, { recursive: true });

// --ignore-scripts: the caller has built already; prepack would rebuild (and rewrite generated files).
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const packed = JSON.parse(
  execFileSync(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', scratch], {
    cwd: root,
    encoding: 'utf8',
    shell: process.platform === 'win32',
  }),
)[0];
/** @type {string[]} */
const files = packed.files.map((/** @type {{ path: string }} */ f) => f.path);

const required = [
  'package.json',
  'README.md',
  'LICENSE',
  'custom-elements.json',
  'openapi.json',
  'bin/esim-elements.js',
  'dist/index.js',
  'dist/index.d.ts',
  'dist/esim-list.js',
  'dist/esim-cancel-flow.js',
  'dist/esim-cancel-declaration.js',
  'dist/api.js',
  'dist/api.d.ts',
  'dist/cli/check-backend.js',
  'dist/elements/esim-list/esim-list.js',
  'dist/elements/esim-cancel-flow/esim-cancel-flow.js',
  'dist/elements/esim-cancel-declaration/esim-cancel-declaration.js',
  'dist/esim-elements.js',
  'dist/esim-elements.iife.js',
];
const missing = required.filter((f) => !files.includes(f));
expect('the tarball holds dist, bin, the generated files, README and LICENSE', missing.length === 0, `missing: ${missing.join(', ')}`);
const stray = files.filter((f) => /^(src|test|demo|scripts|docs|\.ci|node_modules|dist-demo|coverage)\//.test(f) || /\.test\./.test(f));
expect('the tarball holds no sources, tests, demo or scripts', stray.length === 0, `unexpected: ${stray.slice(0, 20).join(', ')}`);
console.log(`  ${packed.filename}: ${files.length} files, ${packed.size} B packed, ${packed.unpackedSize} B unpacked`);

execFileSync('tar', ['-xzf', join(scratch, packed.filename), '-C', installed, '--strip-components=1']);

writeFileSync(
  join(scratch, 'consumer.ts'),
  `import {
  EsimApiError,
  EsimCancelFlow,
  EsimList,
  createHttpBackend,
  registerLocale,
  type Catalogue,
  type Esim,
  type EsimBackend,
  type CancelStep,
  type EsimCancelDeclaration,
  type EsimCancelStepDetail,
} from 'esim-elements';
import { EsimSchema, createHttpBackend as createClient, parseWith, type Cancellation, type Quote } from 'esim-elements/api.js';
import { EsimCancelFlow as RegisteredFlow } from 'esim-elements/esim-cancel-flow.js';
import { EsimCancelDeclaration as RegisteredDeclaration } from 'esim-elements/esim-cancel-declaration.js';
import { EsimCancelDeclaration as DeclarationClass } from 'esim-elements/elements/esim-cancel-declaration.js';
import { EsimList as RegisteredList } from 'esim-elements/esim-list.js';
import { EsimCancelFlow as FlowClass } from 'esim-elements/elements/esim-cancel-flow.js';
import { EsimList as ListClass } from 'esim-elements/elements/esim-list.js';
import { checkBackend, type CheckResult } from 'esim-elements/check-backend.js';

// Every entry exports the same classes.
const lists: (typeof EsimList)[] = [RegisteredList, ListClass];
const flows: (typeof EsimCancelFlow)[] = [RegisteredFlow, FlowClass];
const declarations: (typeof EsimCancelDeclaration)[] = [RegisteredDeclaration, DeclarationClass];

// Tags and events are typed for consumers.
const list: EsimList = document.createElement('esim-list');
const flow: EsimCancelFlow = document.createElement('esim-cancel-flow');
list.addEventListener('esim-cancel-request', (event) => {
  const esim: Esim = event.detail.esim;
  event.preventDefault();
  flow.setAttribute('esim-id', esim.id);
});
flow.addEventListener('esim-cancel-step', (event) => {
  const detail: EsimCancelStepDetail = event.detail;
  const step: CancelStep = detail.step;
  console.log(step);
});
// Both the flow and the declaration fire esim-cancel-submitted: the detail says which.
document.addEventListener('esim-cancel-submitted', (event) => {
  if ('declaration' in event.detail) console.log(event.detail.declaration.reference, event.detail.declaration.receivedAt);
  else console.log(event.detail.cancellation.status);
});
const declaration: EsimCancelDeclaration = document.createElement('esim-cancel-declaration');
declaration.kind = 'withdrawal';
declaration.prefill = { email: 'me@example.com' };
flow.addEventListener('esim-cancel-complete', (event) => {
  const cancellation: Cancellation = event.detail.cancellation;
  console.log(cancellation.reference);
});
list.addEventListener('esim-error', (event) => console.log(event.detail.code, event.detail.retryable));

// The backend client and the schemas.
const backend: EsimBackend = createHttpBackend({ apiBase: 'https://shop.example.com/api', getAuthToken: () => 'token' });
list.backend = backend;
flow.authToken = 'token';
list.apiBase = '/api';
list.theme = 'dark';
const quote: Promise<Quote> = createClient({ apiBase: '/api' }).getCancellationQuote('esim-1');
const esim: Esim = parseWith(EsimSchema, {});
const error = new EsimApiError({ code: 'not_found', message: 'gone' });
const locale: (code: string, catalogue: Catalogue) => void = registerLocale;

// Subclassing without registering.
class BrandedList extends ListClass {}
customElements.define('branded-esim-list', BrandedList);

const results: Promise<CheckResult[]> = checkBackend('https://shop.example.com/api', { full: false });
export { lists, flows, declarations, quote, esim, error, locale, results };
`,
);

const tsc = require.resolve('typescript/bin/tsc');
for (const moduleResolution of ['NodeNext', 'Bundler']) {
  const config = join(scratch, `tsconfig.${moduleResolution.toLowerCase()}.json`);
  writeFileSync(
    config,
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: moduleResolution === 'NodeNext' ? 'NodeNext' : 'ESNext',
        moduleResolution,
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        strict: true,
        noEmit: true,
        // The package's own .d.ts files are what is being checked.
        skipLibCheck: false,
        types: [],
      },
      files: ['consumer.ts'],
    }),
  );
  // A consumer on NodeNext reads consumer.ts as ESM only inside a "type": "module" package.
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const result = spawnSync(process.execPath, [tsc, '-p', config], { cwd: scratch, encoding: 'utf8' });
  expect(`types resolve for a consumer (moduleResolution ${moduleResolution})`, result.status === 0, result.stdout + result.stderr);
}

// The API and the checker must load in Node: no DOM, nothing registered at import.
const node = spawnSync(
  process.execPath,
  [
    '--input-type=module',
    '-e',
    `const api = await import('esim-elements/api.js');
     const checker = await import('esim-elements/check-backend.js');
     if (typeof api.createHttpBackend !== 'function' || typeof api.EsimSchema !== 'object') throw new Error('api.js exports');
     if (typeof checker.checkBackend !== 'function') throw new Error('check-backend.js exports');`,
  ],
  { cwd: scratch, encoding: 'utf8' },
);
expect('esim-elements/api.js and check-backend.js import in Node (no DOM)', node.status === 0, node.stderr);

// Server rendering and build steps (Next.js, Nuxt, Astro) import the element entries in Node: they
// must not throw (Lit's Node build shims the DOM; nothing renders there).
const ssr = spawnSync(
  process.execPath,
  [
    '--input-type=module',
    '-e',
    `for (const entry of ['esim-elements', 'esim-elements/esim-list.js', 'esim-elements/esim-cancel-flow.js', 'esim-elements/esim-cancel-declaration.js', 'esim-elements/esim-elements.js']) {
       const module = await import(entry);
       if (!module || typeof module !== 'object') throw new Error(entry);
     }`,
  ],
  { cwd: scratch, encoding: 'utf8' },
);
expect('the element entries import in Node without throwing (server rendering)', ssr.status === 0, ssr.stderr);

const bin = spawnSync(process.execPath, [join(installed, 'bin/esim-elements.js'), '--help'], { cwd: scratch, encoding: 'utf8' });
expect('the installed bin runs', bin.status === 0 && bin.stdout.includes('check-backend'), bin.stderr);

if (failed > 0) {
  console.error(`\n${failed} package check(s) failed.`);
  process.exitCode = 1;
} else {
  rmSync(scratch, { recursive: true, force: true });
}
