// What scripts/size.mjs (bytes) and scripts/bench-load.mjs (time) share: a local server with the
// reference backend at /api and dist/ at /dist/, a reseller's list page built for either script-tag
// build, and the customer's way through a whole cancellation, driven in headless Chromium.
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createReferenceBackend } from '../demo/backend/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const DIST = resolve(root, 'dist');

/** The eSIM of the seed that cancels instantly (review → … → completed without a review wait). */
export const INSTANT_ESIM = 'esim-jp-01';

/** The script tags of each build. */
export const BUILDS = {
  split: '<script type="module" src="/dist/esim-elements.js"></script>',
  all: '<script src="/dist/esim-elements.all.js"></script>',
};

/* Runs before any bundle: notes when the list's first row is in its shadow root (each shadow root is
 * watched from the moment it is attached). */
const PROBE = `(() => {
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    if (this.localName === 'esim-list') {
      new MutationObserver((_, observer) => {
        if (!window.firstRowAt && root.querySelector('[part~="row"]')) {
          window.firstRowAt = performance.now();
          observer.disconnect();
        }
      }).observe(root, { childList: true, subtree: true });
    }
    return root;
  };
})();`;

/**
 * Starts the server on a free port. `url(build, apiBase)` is a list page for `split` or `all`;
 * `tenant()` makes a fresh backend state and returns its api-base.
 */
export async function startServer() {
  const backend = createReferenceBackend({ basePath: '/api' });
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://local.invalid');
    if (url.pathname.startsWith('/api')) return backend.connect(req, res, () => res.end());
    if (url.pathname === '/probe.js') {
      res.setHeader('Content-Type', 'text/javascript');
      return res.end(PROBE);
    }
    if (url.pathname === '/page.html') {
      const build = /** @type {keyof typeof BUILDS} */ (url.searchParams.get('build') ?? 'split');
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      return res.end(`<!doctype html>
<html lang="${url.searchParams.get('lang') ?? 'en'}"><head><meta charset="utf-8"><title>My eSIMs</title>
<script src="/probe.js"></script>${BUILDS[build]}</head>
<body><main><h1>My eSIMs</h1><esim-list api-base="${url.searchParams.get('api') ?? '/api'}"></esim-list></main></body></html>`);
    }
    if (url.pathname.startsWith('/dist/')) {
      const file = resolve(DIST, `.${url.pathname.slice('/dist'.length)}`);
      if (file.startsWith(`${DIST}${sep}`) && existsSync(file)) {
        res.setHeader('Content-Type', file.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'application/json');
        res.setHeader('Cache-Control', 'no-store');
        return res.end(readFileSync(file));
      }
    }
    res.statusCode = 404;
    return res.end();
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    origin,
    /** @param {keyof typeof BUILDS} build @param {string} apiBase */
    url: (build, apiBase, lang = 'en') => `${origin}/page.html?${new URLSearchParams({ build, api: apiBase, lang })}`,
    async tenant() {
      const apiBase = `/api/t/${randomUUID()}`;
      const response = await fetch(`${origin}${apiBase}/__control/reset`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ reviewPaceMs: 0 }),
      });
      if (!response.ok) throw new Error(`reset: HTTP ${response.status}`);
      return apiBase;
    },
    close: () => new Promise((done) => server.close(() => done(undefined))),
  };
}

/** Waits for the list's first row; returns `performance.now()` at that moment in the page. */
export async function firstRow(/** @type {import('playwright-core').Page} */ page) {
  await page.waitForFunction(() => /** @type {any} */ (window).firstRowAt, undefined, { timeout: 60000, polling: 20 });
  return /** @type {number} */ (await page.evaluate(() => /** @type {any} */ (window).firstRowAt));
}

/**
 * Activates the cancel button of `esimId`'s row, as a customer does (pointer over it, then a click);
 * resolves with the time from the click to the review step shown, in ms.
 */
export async function openCancel(/** @type {import('playwright-core').Page} */ page, esimId = INSTANT_ESIM) {
  const button = page.locator(`esim-list [data-key="${esimId}"] [part~="cancel-button"]`);
  await button.hover();
  const start = Date.now();
  await button.click();
  await page.waitForFunction(
    () => {
      const flow = /** @type {any} */ (document.querySelector('esim-list')?.shadowRoot?.querySelector('esim-cancel-flow'));
      return flow?.step === 'review' && flow.shadowRoot?.querySelector('[part="base"][aria-busy="false"]');
    },
    undefined,
    { timeout: 60000, polling: 10 },
  );
  return Date.now() - start;
}

/** From the review step to `completed`: reason, confirmation (box and the ICCID's last four), submit. */
export async function finishCancellation(/** @type {import('playwright-core').Page} */ page, lastFour = '') {
  await page.evaluate(async (lastFour) => {
    const flow = /** @type {any} */ (document.querySelector('esim-list')?.shadowRoot?.querySelector('esim-cancel-flow'));
    const $ = (/** @type {string} */ selector) => /** @type {HTMLElement | null} */ (flow.shadowRoot.querySelector(selector));
    const idle = () => $('[part="base"][aria-busy="false"]') && !$('.spinner');
    const type = (/** @type {string} */ selector, /** @type {string} */ value) => {
      const input = /** @type {HTMLInputElement} */ ($(selector));
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    };
    const until = async (/** @type {() => unknown} */ test) => {
      for (let i = 0; i < 600 && !test(); i++) await new Promise((r) => setTimeout(r, 20));
      if (!test()) throw new Error(`the flow is stuck at ${flow.step}`);
    };
    for (let guard = 0; guard < 20 && flow.step !== 'completed'; guard++) {
      await until(idle);
      const step = flow.step;
      if (step === 'reason') {
        $('input[name="reason"][value="changed_device"]')?.click();
        await flow.updateComplete;
        type('#f-contactEmail', 'me@example.com');
      } else if (step === 'confirm') {
        const box = /** @type {HTMLInputElement} */ ($('.check input'));
        if (!box.checked) box.click();
        await flow.updateComplete;
        type('#f-lastFour', lastFour);
        await flow.updateComplete;
        $('[part~="submit-button"]')?.click();
        await until(() => flow.step !== 'confirm');
        continue;
      }
      await flow.updateComplete;
      $('[part~="next-button"]')?.click();
      await until(() => flow.step !== step || !idle());
    }
    await until(() => flow.step === 'completed');
  }, lastFour);
}

/** The ICCID's last four digits of `esimId`, read over HTTP as the customer reads them off the page. */
export async function lastFourOf(/** @type {string} */ origin, /** @type {string} */ apiBase, esimId = INSTANT_ESIM) {
  const esim = /** @type {{ iccid: string }} */ (await (await fetch(`${origin}${apiBase}/esims/${esimId}`)).json());
  return esim.iccid.slice(-4);
}
