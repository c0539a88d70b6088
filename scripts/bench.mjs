// `npm run bench`: every benchmark of the quality bars in one run, with the machine it ran on.
//   1. bundle sizes: the CDN bundles, built fresh, minified and gzipped (scripts/size.mjs);
//   2. cold load on emulated Slow 4G, split entry against the one-file build (scripts/bench-load.mjs);
//   3. <esim-list> at 1,000 and 10,000 rows against a plain-DOM baseline (scripts/bench-list.mjs);
//   4. <esim-cancel-flow> script work and renders per step change (scripts/bench-flow.mjs).
// Prints figures and ratios; asserts nothing (the size budget is enforced by `npm run size`).
//
//   node scripts/bench.mjs [--no-build]
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { buildBundles } from './build-bundles.mjs';
import { CHROME_FLAGS, findChrome } from './find-chrome.mjs';
import { BUDGETS, gzipSize, outputs } from './size.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

async function machine() {
  let cpu = 'unknown';
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpu;
  } catch {
    // not Linux: no /proc/cpuinfo
  }
  const browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: CHROME_FLAGS });
  const version = browser.version();
  await browser.close();
  return {
    cpus: availableParallelism(),
    cpu,
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    chromium: version,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}

function sizes() {
  console.log('\nScript-tag build sizes (minified, gzip -9; the measured first-paint and cancellation sums: npm run size)');
  console.log('file                                             | min       | min+gzip  | budget');
  for (const file of outputs()) {
    const code = readFileSync(resolve(root, file));
    const gz = gzipSize(code);
    const limit = file.endsWith('.all.js') ? BUDGETS.all : /\/(chunks\/locale-|locales\/)/.test(file) ? BUDGETS.locale : 0;
    const budget = limit ? `${limit} B (${((gz / limit) * 100).toFixed(0)}% used)` : '—';
    console.log(`${file.padEnd(48)} | ${`${code.length} B`.padStart(9)} | ${`${gz} B`.padStart(9)} | ${budget}`);
  }
}

/** Runs a benchmark script with its output shown as it comes. */
function run(script) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [resolve(root, script)], { cwd: root, stdio: 'inherit' });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done(undefined) : fail(new Error(`${script} exited with ${code}`))));
  });
}

const started = Date.now();
const info = await machine();
console.log('Machine');
for (const [key, value] of Object.entries(info)) console.log(`  ${key.padEnd(9)} ${value}`);
console.log('  The machines are shared and noisy: read ratios to the baseline of the same run, not absolute times.');

if (!process.argv.includes('--no-build')) await buildBundles();
sizes();
await run('scripts/bench-load.mjs');
await run('scripts/bench-list.mjs');
await run('scripts/bench-flow.mjs');
console.log(`\nAll benchmarks ran in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
