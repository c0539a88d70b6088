// The CDN bundles: dist/esim-elements.js (ES module) and dist/esim-elements.iife.js (classic script),
// each self-registering with every dependency inside, minified, with Lit in production mode.
// Run on its own (`npm run build:bundles`, also before `npm test`) or from scripts/build.mjs.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { minifyTemplatesPlugin } from './minify-templates.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The global the classic script defines: `EsimElements.createHttpBackend(...)`, `EsimElements.EsimList`… */
export const GLOBAL_NAME = 'EsimElements';

export const BUNDLES = [
  { format: /** @type {const} */ ('es'), file: 'esim-elements.js' },
  { format: /** @type {const} */ ('iife'), file: 'esim-elements.iife.js' },
];

/* Strings that only exist in Lit's development build (reactive-element, lit-html); finding one means
 * the 'development' export condition leaked into a bundle. */
const DEV_MODE_MARKERS = ['Lit is in dev mode', 'lit-dev-mode', 'window.litIssuedWarnings'];

/**
 * @param {{ entry?: string, outDir?: string }} [options]
 * @returns {Promise<string[]>} the written files
 */
export async function buildBundles({ entry = 'src/cdn/esim-elements.ts', outDir = 'dist' } = {}) {
  const written = [];
  for (const { format, file } of BUNDLES) {
    await build({
      root,
      configFile: false,
      logLevel: 'warn',
      mode: 'production',
      publicDir: false,
      plugins: [minifyTemplatesPlugin()],
      // Library mode keeps `process.env.NODE_ENV` for a consumer's bundler; a script tag has none.
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      // Never the 'development' condition: that would ship Lit's dev build with its warnings.
      resolve: { conditions: ['module', 'browser', 'production', 'default'] },
      build: {
        outDir,
        emptyOutDir: false,
        sourcemap: true,
        minify: true,
        lib: {
          entry,
          formats: [format],
          name: GLOBAL_NAME,
          fileName: () => file,
        },
        rolldownOptions: {
          // Vite 8 leaves ES library output unminified unless the output itself asks for it, and
          // keeps annotation comments (/* @__PURE__ */, ~200 of them) that no consumer needs in a
          // finished bundle.
          output: { minify: true, comments: false },
        },
      },
    });
    const code = await readFile(resolve(root, outDir, file), 'utf8');
    const marker = DEV_MODE_MARKERS.find((m) => code.includes(m));
    if (marker) throw new Error(`${outDir}/${file} contains Lit's development build ("${marker}").`);
    // The registrations are side effects: they survive only while package.json "sideEffects" lists
    // the define modules (src/ too, since this build reads the sources).
    if (entry === 'src/cdn/esim-elements.ts' && !(code.includes('customElements.define') && code.includes('esim-cancel-flow'))) {
      throw new Error(`${outDir}/${file} registers no element: check "sideEffects" in package.json.`);
    }
    written.push(`${outDir}/${file}`);
  }
  return written;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const files = await buildBundles();
  console.log(`Built ${files.join(', ')}`);
}
