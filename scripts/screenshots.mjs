// Screenshots for looking at what we build (`node scripts/screenshots.mjs [out-dir]`, default
// screenshots/, which git ignores): every demo page at phone and desktop width in light and dark, and
// every step of a cancellation, through the built script-tag bundle (demo/cms.html) in English,
// through the zh-CN page in Chinese and through the locale page (demo/locale.html?lang=…) in German,
// Japanese, Thai and Arabic (right to left), and in forced colours (High Contrast) at 320 px; in
// Arabic also the list's dialog; the alternatives step; and <esim-cancel-declaration> on the German reseller page
// (demo/kuendigen.html) in German, English and Arabic, cancellation and withdrawal. CJK and Thai text needs their fonts on the machine (Debian:
// fonts-noto-cjk, fonts-thai-tlwg), or those screenshots show empty boxes. Starts the demo (Vite, reference backend at /api) on a free port;
// needs `npm run build:bundles` first and Chromium (see scripts/find-chrome.mjs). A second argument
// takes only some sections, comma-separated: pages, forced, flow, alternatives, declaration, list
// (`node scripts/screenshots.mjs /tmp/shots-alt alternatives`).
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROME_FLAGS, findChrome } from './find-chrome.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = resolve(root, process.argv[2] ?? 'screenshots');
await mkdir(out, { recursive: true });
const only = process.argv[3]?.split(',');
/** Whether this run takes the section `name`. */
const want = (/** @type {string} */ name) => !only || only.includes(name);

/** @returns {Promise<number>} */
const freePort = () =>
  new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });

const port = await freePort();
const vite = spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--port', String(port), '--strictPort'], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((done) => vite.stdout?.on('data', (chunk) => String(chunk).includes('Local') && done(undefined)));
const origin = `http://localhost:${port}`;

const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_FLAGS });
const VIEWS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];
/** The narrowest phone the quality bar names: nothing may scroll sideways here. */
const NARROW = { name: 'narrow', width: 320, height: 720 };
const SCHEMES = /** @type {const} */ (['light', 'dark']);

/** `locale?lang=ar` → `locale.html?lang=ar` */
const pageUrl = (/** @type {string} */ name) => name.replace(/^([^?]+)/, '$1.html');
/** `locale?lang=ar` → `locale-ar` */
const fileName = (/** @type {string} */ name) => name.replace('?lang=', '-');

/** @param {import('playwright-core').Page} page */
const settle = (page) => page.waitForTimeout(900);

try {
  await fetch(`${origin}/api/__control/reset`, { method: 'POST', body: '{}' });
  for (const pageName of want('pages')
    ? ['index', 'cms', 'theming', 'zh-CN', 'large', 'kuendigen', 'locale?lang=de', 'locale?lang=ar']
    : []) {
    for (const view of VIEWS) {
      for (const scheme of SCHEMES) {
        const page = await browser.newPage({ viewport: view, colorScheme: scheme });
        await page.goto(`${origin}/${pageUrl(pageName)}`);
        await settle(page);
        await page.screenshot({ path: `${out}/page-${fileName(pageName)}-${view.name}-${scheme}.png`, fullPage: view.name === 'desktop' });
        await page.close();
      }
    }
  }

  // The pages in forced colours (High Contrast, dark and light) at 320 px.
  for (const pageName of want('forced') ? ['index', 'locale?lang=ar'] : []) {
    for (const scheme of SCHEMES) {
      const page = await browser.newPage({ viewport: NARROW, colorScheme: scheme, forcedColors: 'active' });
      await page.goto(`${origin}/${pageUrl(pageName)}`);
      await settle(page);
      await page.screenshot({ path: `${out}/page-${fileName(pageName)}-narrow-${scheme}-forced.png`, fullPage: true });
      await page.close();
    }
  }

  // A whole cancellation, step by step, on the standalone flow of a page.
  // `forced` is Windows High Contrast (forced-colors: active), shot at 320 px.
  for (const [pageName, scheme, view, forced] of want('flow')
    ? /** @type {const} */ ([
        ['cms', 'light', VIEWS[1], false],
        ['zh-CN', 'dark', VIEWS[1], false],
        ['cms', 'dark', VIEWS[0], false],
        ['locale?lang=de', 'light', VIEWS[1], false],
        ['locale?lang=ja', 'light', VIEWS[1], false],
        ['locale?lang=th', 'dark', VIEWS[1], false],
        ['locale?lang=ar', 'light', VIEWS[1], false],
        ['locale?lang=ar', 'dark', VIEWS[0], false],
        ['cms', 'dark', NARROW, true],
        ['locale?lang=ar', 'light', NARROW, true],
      ])
    : []) {
    await fetch(`${origin}/api/__control/reset`, { method: 'POST', body: '{}' });
    const page = await browser.newPage({ viewport: view, colorScheme: scheme, forcedColors: forced ? 'active' : 'none' });
    await page.goto(`${origin}/${pageUrl(pageName)}`);
    const flow = page.locator('esim-cancel-flow').last();
    await flow.scrollIntoViewIfNeeded();
    let step = 0;
    const shot = async (/** @type {string} */ label) => {
      await settle(page);
      await flow.screenshot({
        path: `${out}/flow-${fileName(pageName)}-${view.name}-${scheme}${forced ? '-forced' : ''}-${String(++step).padStart(2, '0')}-${label}.png`,
      });
    };
    const signIn = flow.locator('[part~="sign-in"]');
    if (await signIn.isVisible().catch(() => false)) {
      await shot('sign-in');
      await flow.locator('input[type=email]').fill('demo@example.com');
      await flow.locator('input[type=password]').fill('demo-password');
      await flow.locator('[part~="submit-button"]').click();
    }
    // Each step: pick the first choice where one is asked, tick the acknowledgement, type the ICCID's
    // last digits, then go on; once without a choice first, to see the error.
    let triedEmpty = false;
    for (let i = 0; i < 8; i++) {
      await shot('step');
      const radios = flow.locator('input[type=radio]:not([disabled])');
      const next = flow.locator('[part~="next-button"]');
      const submit = flow.locator('[part~="submit-button"]');
      if ((await radios.count()) > 0 && !(await flow.locator('input[type=radio]:checked').count())) {
        if (!triedEmpty && (await next.count())) {
          triedEmpty = true;
          await next.click();
          await shot('error');
        }
        await radios.first().check();
      }
      const box = flow.locator('input[type=checkbox]');
      if (await box.count()) {
        await box.check();
        const iccid = (await flow.locator('[part~="field"] .hint').last().textContent())?.match(/•\s*(\d{4})/)?.[1];
        const digits = flow.locator('input:not([type=checkbox], [type=radio])').last();
        if (iccid && (await digits.count())) await digits.fill(iccid);
        await shot('filled');
        await submit.click();
        await shot('submitted');
        await page.waitForTimeout(6000);
        await shot('later');
        break;
      }
      if (!(await next.count())) break;
      await next.click();
    }
    await page.close();
  }

  // The alternatives step: changed device (moving the eSIM) on a phone and a desktop, light and dark,
  // in Arabic and in German at 320 px; a technical problem (support) and no longer needed (keep it).
  for (const [pageName, scheme, view, reason] of want('alternatives')
    ? /** @type {const} */ ([
        ['cms', 'light', VIEWS[1], 'changed_device'],
        ['cms', 'dark', VIEWS[1], 'changed_device'],
        ['cms', 'light', VIEWS[0], 'changed_device'],
        ['cms', 'dark', VIEWS[0], 'changed_device'],
        ['locale?lang=ar', 'light', VIEWS[1], 'changed_device'],
        ['locale?lang=de', 'dark', NARROW, 'changed_device'],
        ['cms', 'light', VIEWS[1], 'no_coverage'],
        ['cms', 'dark', VIEWS[1], 'no_longer_needed'],
      ])
    : []) {
    await fetch(`${origin}/api/__control/reset`, { method: 'POST', body: '{"requireAuth":false}' });
    const page = await browser.newPage({ viewport: view, colorScheme: scheme });
    await page.goto(`${origin}/${pageUrl(pageName)}`);
    const flow = page.locator('esim-cancel-flow').last();
    await flow.locator('input[name="selection"]:not([disabled])').first().check();
    await flow.locator('[part~="next-button"]').click();
    await settle(page);
    await flow.locator('[part~="next-button"]').click();
    await flow.locator(`input[name="reason"][value="${reason}"]`).check();
    await flow.locator('#f-contactEmail').fill('me@example.com');
    await flow.locator('[part~="next-button"]').click();
    await settle(page);
    await flow.screenshot({ path: `${out}/alternatives-${reason}-${fileName(pageName)}-${view.name}-${scheme}.png` });
    await page.close();
  }

  // <esim-cancel-declaration> on the German reseller page (demo/kuendigen.html): the form, every
  // error, extraordinary on a date, the receipt; also withdrawal, English, Arabic and forced colours.
  for (const [query, scheme, view, forced] of want('declaration')
    ? /** @type {const} */ ([
        ['', 'light', VIEWS[1], false],
        ['', 'dark', VIEWS[0], false],
        ['?art=widerruf', 'light', VIEWS[1], false],
        ['?lang=en', 'dark', VIEWS[1], false],
        ['?lang=ar', 'light', VIEWS[1], false],
        ['?lang=ar&art=widerruf', 'dark', VIEWS[0], false],
        ['', 'light', NARROW, true],
        ['?lang=ar', 'dark', NARROW, true],
      ])
    : []) {
    const page = await browser.newPage({ viewport: view, colorScheme: scheme, forcedColors: forced ? 'active' : 'none' });
    await page.goto(`${origin}/kuendigen.html${query}`);
    const element = page.locator('esim-cancel-declaration');
    const name = `declaration-${query.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'de'}-${view.name}-${scheme}${forced ? '-forced' : ''}`;
    let shot = 0;
    const take = async (/** @type {string} */ label) => {
      await settle(page);
      await element.screenshot({ path: `${out}/${name}-${String(++shot).padStart(2, '0')}-${label}.png` });
    };
    await take('form');
    await element.locator('[part~="submit-button"]').click();
    await take('errors');
    await element.locator('#f-name').fill('Erika Mustermann');
    await element.locator('#f-email').fill('erika@example.com');
    await element.locator('#f-iccid').fill('8949 0200 0012 3456 7890');
    if (!query.includes('widerruf')) {
      await element.locator('input[name="extraordinary"][value="true"]').check();
      await element.locator('#f-reason').fill('Seit dem letzten Update gibt es keinen Empfang.');
      await element.locator('input[name="effective"][value="date"]').check();
      await element.locator('#f-effectiveDate').fill('2099-01-31');
    }
    await take('filled');
    await element.locator('[part~="submit-button"]').click();
    await take('receipt');
    await page.screenshot({ path: `${out}/${name}-page.png`, fullPage: true });
    await page.close();
  }

  // The list's own states in Arabic, right to left: a row's cancel opens the flow in a dialog;
  // closing it after an answer asks whether to discard.
  for (const view of want('list') ? VIEWS : []) {
    await fetch(`${origin}/api/__control/reset`, { method: 'POST', body: '{"requireAuth":false}' });
    const page = await browser.newPage({ viewport: view, colorScheme: 'light' });
    await page.goto(`${origin}/${pageUrl('locale?lang=ar')}`);
    const list = page.locator('esim-list');
    await settle(page);
    await list.screenshot({ path: `${out}/list-ar-${view.name}-01-rows.png` });
    await list.locator('[part~="search"]').fill('nothing like this');
    await settle(page);
    await list.screenshot({ path: `${out}/list-ar-${view.name}-02-no-matches.png` });
    await list.locator('[part~="search"]').fill('');
    await settle(page);
    await list.locator('[part~="cancel-button"]').first().click();
    await settle(page);
    await page.screenshot({ path: `${out}/list-ar-${view.name}-03-dialog.png` });
    const dialogFlow = list.locator('esim-cancel-flow');
    await dialogFlow.locator('[part~="next-button"]').click();
    await settle(page);
    await dialogFlow.locator('input[type=radio]:not([disabled])').first().check();
    await page.keyboard.press('Escape');
    await settle(page);
    await page.screenshot({ path: `${out}/list-ar-${view.name}-04-discard.png` });
    await page.close();
  }
} finally {
  await browser.close();
  vite.kill();
}
console.log(`Screenshots in ${out}`);
