// Cold load over an emulated slow mobile network (quality.md, Speed): Chrome DevTools' "Slow 4G"
// preset (150 ms RTT, 1.6 Mbps down, 750 kbps up, as DevTools defines it: latency 562.5 ms / 1.6 Mbps
// / 0.75 Mbps at the protocol level, its request-latency multiplier included), an empty cache and a
// fresh browser context each run. For the split entry and the one-file build in the same run,
// alternating: the time from navigation to the list's first row, and from activating Cancel (a pointer
// over the button, then a click, 1.5 s after the first row as a customer reads first) to the review
// step. Medians of several runs, and the ratios.
//
//   node scripts/bench-load.mjs [--runs 5]
import { chromium } from 'playwright-core';
import { median } from './bench-stats.mjs';
import { CHROME_FLAGS, findChrome } from './find-chrome.mjs';
import { firstRow, openCancel, startServer } from './load-harness.mjs';

/** DevTools' Slow 4G preset, as it sends it over CDP (front_end/core/sdk/NetworkManager.ts). */
export const SLOW_4G = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9,
  uploadThroughput: ((750 * 1000) / 8) * 0.9,
};

/** A customer reads the list before heading for Cancel; both builds get the same pause. */
const THINK_MS = 1500;

const runsFlag = process.argv.indexOf('--runs');
const RUNS = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 5;

const server = await startServer();
const browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: CHROME_FLAGS });
/** @type {Record<'split' | 'all', { row: number[], review: number[] }>} */
const times = { split: { row: [], review: [] }, all: { row: [], review: [] } };
try {
  for (let run = 0; run < RUNS; run++) {
    for (const build of /** @type {const} */ (run % 2 ? ['all', 'split'] : ['split', 'all'])) {
      const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
      const apiBase = await server.tenant();
      await page.goto(server.url(build, apiBase), { waitUntil: 'commit' });
      // performance.now() counts from the navigation's start.
      times[build].row.push(await firstRow(page));
      await page.waitForTimeout(THINK_MS);
      times[build].review.push(await openCancel(page));
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const ms = (/** @type {number} */ n) => `${n.toFixed(0).padStart(6)} ms`;
console.log(`\nCold load on emulated Slow 4G (150 ms RTT, 1.6 Mbps), empty cache, ${RUNS} runs each, medians`);
console.log('build                     | first row  | Cancel → review');
for (const build of /** @type {const} */ (['split', 'all'])) {
  const label = build === 'split' ? 'split entry' : 'one-file build (all.js)';
  console.log(`${label.padEnd(25)} | ${ms(median(times[build].row))} | ${ms(median(times[build].review))}`);
}
console.log(
  `ratio split / one-file    | ${(median(times.split.row) / median(times.all.row)).toFixed(2)}×      | ${(median(times.split.review) / median(times.all.review)).toFixed(2)}×`,
);
for (const build of /** @type {const} */ (['split', 'all'])) {
  console.log(
    `  ${build.padEnd(5)} runs: first row ${times[build].row.map((t) => t.toFixed(0)).join(', ')} ms; Cancel → review ${times[build].review.map((t) => t.toFixed(0)).join(', ')} ms`,
  );
}
console.log('Target: first row sooner with the split entry (ratio < 1); opening the flow no slower (ratio ≈ 1 or below).');
