// `npm start`: the demo site (demo/) on Vite's dev server, with the reference backend at /api and the
// CDN bundles (built by "prestart") at /dist/, for the page that loads them as a CMS would.
// `npm run build:demo`: a static copy of the demo in dist-demo/, bundles included; it has no backend
// (the pages take `?api-base=<url>`, e.g. a reference backend started with `npm run backend`).
// The library itself is built by scripts/build.mjs, not by this file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Connect, type Plugin } from 'vite';
import { createReferenceBackend } from './demo/backend/index.js';
import { languageMenuHtml } from './demo/locales.js';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Mounts the reference backend on the dev and preview servers, so the demo works with no setup. */
function referenceBackend(): Plugin {
  const backend = createReferenceBackend({ basePath: '/api' });
  const middleware = backend.connect as Connect.NextHandleFunction;
  return {
    name: 'esim-reference-backend',
    configureServer(server) {
      server.middlewares.use(middleware);
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware);
    },
  };
}

const DIST = fromRoot('./dist');
/** The script-tag build: the entries, their chunks and the locale files (scripts/build-bundles.mjs). */
const bundles = (): string[] => [
  ...['esim-elements.js', 'esim-elements.iife.js', 'esim-elements.all.js'].flatMap((file) => [file, `${file}.map`]),
  ...['chunks', 'locales'].flatMap((folder) =>
    existsSync(resolve(DIST, folder)) ? readdirSync(resolve(DIST, folder)).map((file) => `${folder}/${file}`) : [],
  ),
];

/** Serves the repo's dist/ at /dist/ (outside the demo root) and copies the bundles into the static build. */
function cdnBundles(): Plugin {
  const serve: Connect.NextHandleFunction = (req, res, next) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://demo.invalid').pathname);
    if (!path.startsWith('/dist/')) return next();
    const file = resolve(DIST, `.${path.slice('/dist'.length)}`);
    if (!file.startsWith(`${DIST}${sep}`) || !existsSync(file)) return next();
    res.setHeader('Content-Type', file.endsWith('.map') ? 'application/json' : 'text/javascript; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    res.end(readFileSync(file));
  };
  return {
    name: 'esim-cdn-bundles',
    configureServer(server) {
      server.middlewares.use(serve);
    },
    configurePreviewServer(server) {
      server.middlewares.use(serve);
    },
    generateBundle() {
      for (const file of bundles()) {
        const path = resolve(DIST, file);
        if (existsSync(path)) this.emitFile({ type: 'asset', fileName: `dist/${file}`, source: readFileSync(path) });
        else this.warn(`dist/${file} is missing: run \`npm run build:bundles\` before \`vite build\`.`);
      }
    },
  };
}

/** Every page's language menu, from the one list in demo/locales.ts: `<!-- language-menu: Label -->`. */
function languageMenu(): Plugin {
  return {
    name: 'esim-language-menu',
    transformIndexHtml: (page, { path }) =>
      page.replace(/<!-- language-menu: (.+?) -->/, (_, label: string) =>
        languageMenuHtml(label, path.endsWith('/zh-CN.html') ? 'zh-CN' : undefined),
      ),
  };
}

/**
 * Every page's footer: the always-visible link a German reseller must show ("Verträge hier
 * kündigen", BGB §312k), leading to the declaration page. `<!-- site-footer -->`.
 */
function siteFooter(): Plugin {
  const footer =
    '<footer class="site-footer"><div class="site-footer-inner" lang="de">' +
    '<a href="./kuendigen.html">Verträge hier kündigen</a>' +
    '<a href="./kuendigen.html?art=widerruf">Vertrag hier widerrufen</a>' +
    '</div></footer>';
  return { name: 'esim-site-footer', transformIndexHtml: (page) => page.replace('<!-- site-footer -->', footer) };
}

export default defineConfig({
  root: fromRoot('./demo'),
  // Demo pages load the library as `/src/…`, the same URL in the repo and in the test runner.
  resolve: {
    alias: [{ find: /^\/src\//, replacement: `${fromRoot('./src')}/` }],
  },
  server: {
    port: 5173,
    fs: { allow: [fromRoot('.')] },
  },
  plugins: [referenceBackend(), cdnBundles(), languageMenu(), siteFooter()],
  build: {
    outDir: fromRoot('./dist-demo'),
    emptyOutDir: true,
    rolldownOptions: {
      // Every page of the demo site, not only index.html.
      input: Object.fromEntries(
        readdirSync(fromRoot('./demo'))
          .filter((file) => file.endsWith('.html'))
          .map((file) => [file.replace(/\.html$/, ''), fromRoot(`./demo/${file}`)]),
      ),
    },
  },
});
