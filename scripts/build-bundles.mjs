// The script-tag build (see the files below), self-registering with every dependency inside,
// minified, with Lit in production mode.
// Run on its own (`npm run build:bundles`, also before `npm test`) or from scripts/build.mjs.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { minify } from 'terser';
import { build } from 'vite';
import { minifyTemplatesPlugin } from './minify-templates.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The global the classic script defines: `EsimElements.createHttpBackend(...)`, `EsimElements.EsimList`… */
export const GLOBAL_NAME = 'EsimElements';

/**
 * What the script-tag build writes (scripts/size.mjs reads this too):
 * - `esim-elements.js`, the split ES entry (src/cdn/esim-elements.ts): the list in `en`; the other
 *   elements and the locales are its chunks in `chunks/`, fetched on demand from beside it;
 * - `esim-elements.iife.js`, the classic-script loader (src/cdn/classic.ts) that imports the entry
 *   from beside itself and fills the `EsimElements` global;
 * - `esim-elements.all.js`, the one-file build (src/cdn/all.ts): every element and `en`, a classic
 *   script; and `locales/<code>.js`, one per other locale, which such a page adds with a script tag.
 */
export const ENTRY = 'esim-elements.js';
export const CLASSIC = 'esim-elements.iife.js';
export const ALL = 'esim-elements.all.js';
export const CHUNKS = 'chunks';
export const LOCALES = 'locales';

/* Strings that only exist in Lit's development build (reactive-element, lit-html); finding one means
 * the 'development' export condition leaked into a bundle. */
const DEV_MODE_MARKERS = ['Lit is in dev mode', 'lit-dev-mode', 'window.litIssuedWarnings'];

/** The shipped locales besides `en`: the keys of LOCALE_LOADERS in src/i18n/locales.ts. */
export async function localeCodes() {
  const source = await readFile(resolve(root, 'src/i18n/locales.ts'), 'utf8');
  const table = source.slice(source.indexOf('LOCALE_LOADERS: '));
  return [...table.matchAll(/^\s*'?([A-Za-z0-9-]+)'?:\s*\{\s*base:/gm)].map((match) => /** @type {string} */ (match[1]));
}

/**
 * A chunk's name: the element's folder for its define module (`esim-cancel-flow`), the locale code
 * and section for a section of a catalogue (`locale-zh-CN-base`), else what the bundler chose.
 * @param {{ name: string, facadeModuleId?: string | null }} chunk
 */
function chunkName(chunk) {
  const id = (chunk.facadeModuleId ?? '').replace(/\\/g, '/');
  const element = /\/elements\/([^/]+)\/define\.ts$/.exec(id);
  if (element) return element[1];
  const locale = /\/i18n\/([^/]+)\/(\w+)\.section\.ts$/.exec(id);
  return locale ? `locale-${locale[1]}-${locale[2]}` : chunk.name;
}

/**
 * The script-tag builds validate with src/cdn/zod-lite.ts, the subset of `zod/mini` the contract
 * uses (~1 KB against zod's ~6 KB runtime); the npm build keeps zod.
 * @returns {import('vite').Plugin}
 */
function liteZod() {
  return {
    name: 'esim-zod-lite',
    enforce: 'pre',
    resolveId: (source) => (source === 'zod/mini' ? resolve(root, 'src/cdn/zod-lite.ts') : null),
  };
}

/**
 * What the split entry leaves to an element's chunk, which hands it to a stand-in in the entry: the
 * list's cancel dialog (src/cdn/cancel-dialog-lazy.ts, from the flow's chunk) and the schemas only
 * one element needs (src/cdn/schemas-lazy.ts: the quote's from the flow's chunk, the declaration's
 * from the declaration's). Only pages with those elements need them, and they need those chunks anyway.
 * @returns {import('vite').Plugin}
 */
function chunkStandIns() {
  /** importer (from the repository's root) → the module it imports → its stand-in */
  const STAND_INS = {
    'src/elements/esim-list/esim-list.ts': { './cancel-dialog.js': 'src/cdn/cancel-dialog-lazy.ts' },
    'src/api/validated-backend.ts': { './schema-loader.js': 'src/cdn/schemas-lazy.ts' },
  };
  return {
    name: 'esim-chunk-stand-ins',
    enforce: 'pre',
    resolveId(source, importer) {
      const from = importer?.replace(/\\/g, '/');
      for (const [file, map] of Object.entries(STAND_INS)) {
        const standIn = /** @type {Record<string, string>} */ (map)[source];
        if (from?.endsWith(`/${file}`) && standIn) return resolve(root, standIn);
      }
      return null;
    },
  };
}

/** The sections of every locale (LOCALE_SECTIONS in src/i18n/locales.ts). */
async function localeSections() {
  const source = await readFile(resolve(root, 'src/i18n/locales.ts'), 'utf8');
  const list = /LOCALE_SECTIONS = \[([^\]]+)\]/.exec(source)?.[1] ?? '';
  return [...list.matchAll(/'(\w+)'/g)].map((match) => /** @type {string} */ (match[1]));
}

/**
 * One hash for every locale chunk of a build, from the catalogues' sources: the chunks' names change
 * when any string does (caches stay correct), and the entry computes a chunk's name from the code
 * and the section instead of carrying one `import()` per chunk (12 locales × 4 sections).
 * @param {string[]} codes
 */
function localesHash(codes) {
  const hash = createHash('sha256');
  for (const code of ['en', ...codes]) {
    const folder = resolve(root, 'src/i18n', code);
    for (const file of readdirSync(folder).sort()) hash.update(`${code}/${file}\0`).update(readFileSync(resolve(folder, file)));
  }
  return hash.digest('base64url').slice(0, 8);
}

/**
 * The split entry's locale loaders, computed: LOCALE_LOADERS (src/i18n/locales.ts) becomes a loop
 * that imports `chunks/locale-<code>-<section>-<hash>.js` beside the entry (built by
 * `bundleLocaleChunks`). A table of 48 hashed `import()`s costs the first paint ~0.7 KB. Without a
 * `version` (the one-file build, which has no chunks: a page adds dist/locales/<code>.js, which
 * registers its catalogue) every loader gives nothing.
 * @param {string[]} codes
 * @param {string | null} version
 * @returns {import('vite').Plugin}
 */
function computedLocaleLoaders(codes, version) {
  const start = 'export const LOCALE_LOADERS: Readonly<Record<string, SectionLoaders>> = {';
  return {
    name: 'esim-computed-locale-loaders',
    enforce: 'pre',
    transform(code, id) {
      if (!id.replace(/\\/g, '/').endsWith('/src/i18n/locales.ts')) return null;
      const from = code.indexOf(start);
      const to = code.indexOf('\n};\n', from);
      if (from < 0 || to < 0) throw new Error('src/i18n/locales.ts: LOCALE_LOADERS not found for the split build.');
      const loaders =
        (version ? `const LOCALE_BASE = import.meta.url.slice(0, import.meta.url.lastIndexOf('/') + 1);\n` : '') +
        `export const LOCALE_LOADERS: Readonly<Record<string, SectionLoaders>> = Object.fromEntries(\n` +
        `  ${JSON.stringify(codes)}.map((code) => [code, Object.fromEntries(LOCALE_SECTIONS.map((section) =>\n` +
        (version
          ? `    [section, () => import(/* @vite-ignore */ \`\${LOCALE_BASE}${CHUNKS}/locale-\${code}-\${section}-${version}.js\`)]))]),\n`
          : `    [section, () => Promise.resolve({})]))]),\n`) +
        `) as Readonly<Record<string, SectionLoaders>>;`;
      return { code: code.slice(0, from) + loaders + code.slice(to + 3), map: null };
    },
  };
}

/**
 * The locale chunks' `plural()` is the entry's (it exports it): a section module's `../plural.js`
 * becomes an import of `../esim-elements.js`, the entry beside the chunks' folder, already loaded.
 * @returns {import('vite').Plugin}
 */
function pluralFromEntry() {
  return {
    name: 'esim-plural-from-entry',
    enforce: 'pre',
    resolveId(source, importer) {
      return source === '../plural.js' && importer?.replace(/\\/g, '/').includes('/src/i18n/')
        ? { id: `../${ENTRY}`, external: true }
        : null;
    },
  };
}

/**
 * Every section of every locale as a chunk of its own, `chunks/locale-<code>-<section>-<hash>.js`,
 * the names the split entry computes.
 * @param {string} outDir
 * @param {string[]} codes
 * @param {string[]} sections
 * @param {string} version
 */
async function bundleLocaleChunks(outDir, codes, sections, version) {
  const entries = Object.fromEntries(
    codes.flatMap((code) => sections.map((section) => [`locale-${code}-${section}`, `src/i18n/${code}/${section}.section.ts`])),
  );
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    publicDir: false,
    plugins: [pluralFromEntry()],
    build: {
      outDir,
      emptyOutDir: false,
      sourcemap: true,
      minify: true,
      modulePreload: false,
      lib: { entry: entries, formats: ['es'], fileName: (_format, name) => `${CHUNKS}/${name}-${version}.js` },
      rolldownOptions: {
        preserveEntrySignatures: 'strict',
        output: { minify: true, comments: false, chunkFileNames: `${CHUNKS}/locale-shared-[hash].js` },
      },
    },
  });
}

/**
 * The one-file build holds every module anyway: each relative `import('…')` in our sources becomes
 * the module itself, imported statically (`Promise.resolve(module)`). Left dynamic, the bundler
 * would wrap every module behind it in a lazy initializer (~0.6 KB of wrappers in the file).
 * @returns {import('vite').Plugin}
 */
function staticDynamicImports() {
  return {
    name: 'esim-static-dynamic-imports',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id.replace(/\\/g, '/')) || !code.includes('import(')) return null;
      /** @type {string[]} */
      const specifiers = [];
      const body = code.replace(/(?<!typeof )\bimport\((['"])(\.{1,2}\/[^'"]+)\1\)/g, (_match, _quote, specifier) => {
        specifiers.push(specifier);
        return `Promise.resolve(__esimStatic${specifiers.length - 1})`;
      });
      if (specifiers.length === 0) return null;
      const imports = specifiers.map((specifier, i) => `import * as __esimStatic${i} from ${JSON.stringify(specifier)};\n`).join('');
      return { code: imports + body, map: null };
    },
  };
}

/**
 * Small modules the flow and the declaration share (the panel styles, the download helper) are
 * copied into the declaration's chunk instead of becoming chunks of their own that a cancellation
 * fetches beside the flow's: fewer requests on the way to `completed`, and ~0.25 KB less.
 * @returns {import('vite').Plugin}
 */
function sharedModulesPerChunk() {
  const COPIED = ['/internal/panel.styles.js', '/internal/download.js'];
  return {
    name: 'esim-shared-modules-per-chunk',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (
        !importer?.replace(/\\/g, '/').includes('/esim-cancel-declaration/') ||
        !COPIED.some((end) => source.endsWith(end.slice(end.lastIndexOf('/'))))
      ) {
        return null;
      }
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved ? `${resolved.id}?declaration-copy` : null;
    },
  };
}

/** English strings that come with their element's (or form's) chunk, not with the first paint. */
const EN_ON_DEMAND = {
  flow: 'src/cdn/esim-cancel-flow.ts',
  signin: 'src/internal/sign-in-form.ts',
  declaration: 'src/cdn/esim-cancel-declaration.ts',
};

/**
 * The split entry keeps the flow's and the sign-in form's English strings (src/i18n/en/flow.ts,
 * signin.ts) out of the first paint: each is an empty object there, and the chunk named in
 * EN_ON_DEMAND adds the real strings when it loads (`addStrings('en', …)`). The strings the list
 * shows live in src/i18n/en/list.ts and common.ts.
 * @returns {import('vite').Plugin}
 */
function enStringsOnDemand() {
  const prefix = '\0esim-en-on-demand:';
  return {
    name: 'esim-en-on-demand',
    enforce: 'pre',
    resolveId(source, importer) {
      const section = /^\.\/en\/(\w+)\.js$/.exec(source)?.[1];
      return importer?.replace(/\\/g, '/').endsWith('/src/i18n/en.ts') && section && section in EN_ON_DEMAND ? prefix + section : null;
    },
    load: (id) => (id.startsWith(prefix) ? `export const ${id.slice(prefix.length)} = {};\n` : null),
  };
}

/**
 * A locale file's entry: hands the catalogue to the one-file build (src/cdn/locale-file.ts).
 * @param {string} code
 * @returns {import('vite').Plugin}
 */
function localeFileEntry(code) {
  const entry = `virtual:esim-locale-file/${code}`;
  const id = `\0${entry}`;
  return {
    name: 'esim-locale-file',
    enforce: 'pre',
    resolveId: (source) => (source === entry || source.endsWith(`/${entry}`) ? id : null),
    load: (source) =>
      source === id
        ? `import * as catalogue from ${JSON.stringify(resolve(root, `src/i18n/${code}.ts`))};\n` +
          `import { publishLocale } from ${JSON.stringify(resolve(root, 'src/cdn/locale-file.ts'))};\n` +
          `publishLocale(${JSON.stringify(code)}, catalogue);\n`
        : null,
  };
}

/**
 * One Vite library build.
 * @param {{ entry: string, format: 'es' | 'iife', file: string, outDir: string, plugins?: import('vite').Plugin[], name?: string }} options
 */
async function bundle({ entry, format, file, outDir, plugins = [], name }) {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    publicDir: false,
    plugins: [...plugins, minifyTemplatesPlugin()],
    // Library mode keeps `process.env.NODE_ENV` for a consumer's bundler; a script tag has none.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    // Never the 'development' condition: that would ship Lit's dev build with its warnings.
    resolve: { conditions: ['module', 'browser', 'production', 'default'] },
    build: {
      outDir,
      emptyOutDir: false,
      sourcemap: true,
      minify: true,
      // No modulepreload polyfill or preload helper: chunks load by plain relative import().
      modulePreload: false,
      lib: { entry, formats: [format], ...(name ? { name } : {}), fileName: () => file },
      rolldownOptions: {
        preserveEntrySignatures: 'allow-extension',
        // Vite 8 leaves ES library output unminified unless the output itself asks for it, and
        // keeps annotation comments (/* @__PURE__ */, ~200 of them) that no consumer needs in a
        // finished bundle.
        output: {
          minify: true,
          comments: false,
          ...(format === 'es' ? { chunkFileNames: (/** @type {any} */ chunk) => `${CHUNKS}/${chunkName(chunk)}-[hash].js` } : {}),
        },
      },
    },
  });
}

/**
 * A second minifier pass over a written file, source map composed: Terser's compressor finds what the
 * bundler's (Oxc) leaves, 2 passes: -0.2 KB of first paint, -0.4 KB of the one-file build (gzip).
 * Chunk names keep the hash of what the bundler wrote; the same sources still give the same files.
 * @param {string} path
 * @param {boolean} module an ES module (else a classic script, whose top-level names are globals)
 */
async function squeeze(path, module) {
  const [code, map] = await Promise.all([readFile(path, 'utf8'), readFile(`${path}.map`, 'utf8')]);
  const name = path.slice(path.lastIndexOf('/') + 1);
  const result = await minify(code, {
    module,
    // The bundles' own syntax level (ES2022: what Lit and our sources are written in).
    ecma: 2022,
    compress: { passes: 2 },
    format: { comments: false },
    // The sources stay in the map (devtools on a CDN page show them: the package ships no src/).
    sourceMap: { content: map, url: `${name}.map`, includeSources: true, filename: name },
  });
  if (!result.code || typeof result.map !== 'string') throw new Error(`${path}: Terser returned nothing.`);
  await Promise.all([writeFile(path, result.code), writeFile(`${path}.map`, result.map)]);
}

/**
 * @param {{ outDir?: string }} [options]
 * @returns {Promise<string[]>} the written files (chunks included)
 */
export async function buildBundles({ outDir = 'dist' } = {}) {
  const out = resolve(root, outDir);
  // Chunks carry a hash: last build's would linger and be counted.
  for (const folder of [CHUNKS, LOCALES]) rmSync(resolve(out, folder), { recursive: true, force: true });
  const codes = await localeCodes();
  const sections = await localeSections();
  const version = localesHash(codes);
  await bundle({
    entry: 'src/cdn/esim-elements.ts',
    format: 'es',
    file: ENTRY,
    outDir,
    plugins: [liteZod(), enStringsOnDemand(), chunkStandIns(), sharedModulesPerChunk(), computedLocaleLoaders(codes, version)],
  });
  await bundleLocaleChunks(outDir, codes, sections, version);
  await bundle({ entry: 'src/cdn/classic.ts', format: 'iife', file: CLASSIC, outDir, name: GLOBAL_NAME });
  await bundle({
    entry: 'src/cdn/all.ts',
    format: 'iife',
    file: ALL,
    outDir,
    name: GLOBAL_NAME,
    plugins: [liteZod(), computedLocaleLoaders(codes, null), staticDynamicImports()],
  });
  for (const code of codes) {
    await bundle({
      entry: `virtual:esim-locale-file/${code}`,
      format: 'iife',
      file: `${LOCALES}/${code}.js`,
      outDir,
      plugins: [localeFileEntry(code)],
      name: 'EsimElementsLocale',
    });
  }
  const written = [
    ENTRY,
    CLASSIC,
    ALL,
    ...readdirSync(resolve(out, CHUNKS))
      .filter((f) => f.endsWith('.js'))
      .map((f) => `${CHUNKS}/${f}`),
    ...readdirSync(resolve(out, LOCALES))
      .filter((f) => f.endsWith('.js'))
      .map((f) => `${LOCALES}/${f}`),
  ];
  // The ES entry and its chunks are modules; the classic scripts (loader, one-file build, locale
  // files) are not: their top level is the page's global scope.
  for (const file of written) await squeeze(resolve(out, file), file === ENTRY || file.startsWith(`${CHUNKS}/`));
  for (const file of written) {
    const code = await readFile(resolve(out, file), 'utf8');
    const marker = DEV_MODE_MARKERS.find((m) => code.includes(m));
    if (marker) throw new Error(`${outDir}/${file} contains Lit's development build ("${marker}").`);
  }
  // The registrations are side effects: they survive only while package.json "sideEffects" lists
  // the define modules (src/ too, since this build reads the sources).
  const defines = async (/** @type {string} */ file) => (await readFile(resolve(out, file), 'utf8')).includes('customElements.define');
  const flowChunk = written.find((file) => file.startsWith(`${CHUNKS}/esim-cancel-flow-`));
  if (!(await defines(ENTRY)) || !(await defines(ALL)) || !flowChunk || !(await defines(flowChunk))) {
    throw new Error(`${outDir}: an entry or the flow's chunk registers no element: check "sideEffects" in package.json.`);
  }
  return written.map((file) => `${outDir}/${file}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const files = await buildBundles();
  console.log(`Built ${files.join(', ')}`);
}
