// Size report for the script-tag build: every output and chunk in dist/ (minified; gzip -9 via
// node:zlib), where the entry's bytes come from (by package or source folder, from the source map),
// and, measured in headless Chromium against the reference backend, the JavaScript a list page
// actually fetches before its first row paints and from page load to a completed cancellation.
// `npm run size` (also run by `npm run build` and CI); `--by-file` breaks the entry down by source
// file; `--no-breakdown` leaves the breakdown out; `--no-browser` skips the measured sums.
// Exits 1 when anything is over its budget (docs: quality bars, Size).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The budgets of quality.md (Size), min+gzip bytes. */
export const BUDGETS = {
  firstPaint: 24576,
  cancellation: 40960,
  locale: 5120,
  all: 45056,
};

/** The outputs: the entries first, then the chunks and the locale files. */
export function outputs() {
  const listed = (/** @type {string} */ folder) =>
    existsSync(resolve(root, 'dist', folder))
      ? readdirSync(resolve(root, 'dist', folder))
          .filter((f) => f.endsWith('.js'))
          .sort()
          .map((f) => `dist/${folder}/${f}`)
      : [];
  return ['dist/esim-elements.js', 'dist/esim-elements.iife.js', 'dist/esim-elements.all.js', ...listed('chunks'), ...listed('locales')];
}

/** @param {Buffer | string} data */
export function gzipSize(data) {
  return gzipSync(data, { level: 9 }).length;
}

const VLQ_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VLQ_VALUES = new Map([...VLQ_CHARS].map((c, i) => [c, i]));

/** @param {string} segment */
function decodeVlq(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = VLQ_VALUES.get(char) ?? 0;
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/**
 * Groups a source path: a package name for node_modules, else the src/ folder (`src/elements/esim-list`);
 * with `byFile`, the file itself.
 * @param {string} source
 * @param {boolean} [byFile]
 */
function groupOf(source, byFile = false) {
  if (byFile) return source.replace(/^.*node_modules\//, '').replace(/^.*?src\//, 'src/');
  const modules = source.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const [scopeOrName, name] = source.slice(modules + 'node_modules/'.length).split('/');
    return scopeOrName?.startsWith('@') ? `${scopeOrName}/${name}` : (scopeOrName ?? source);
  }
  const src = source.lastIndexOf('src/');
  if (src < 0) return source;
  const parts = source.slice(src).split('/');
  if (parts[1] === 'elements' && parts.length > 3) return parts.slice(0, 3).join('/');
  if (parts[1] === 'i18n') return parts.length > 3 ? `src/i18n/${parts[2]}` : 'src/i18n';
  return parts.length > 2 ? parts.slice(0, 2).join('/') : source.slice(src);
}

/**
 * The minified code of each group, from the source map: each mapped span of generated code belongs
 * to its source until the next mapping, across line breaks (multi-line template literals have
 * mappings only where they start). Code mapped to no source (the bundler's glue) is "(bundler)".
 * @param {string} code
 * @param {{ sources: string[], mappings: string }} map
 * @param {boolean} [byFile] group by source file instead of folder or package
 * @returns {Map<string, string>}
 */
export function attribute(code, map, byFile = false) {
  const lines = code.split('\n');
  /** @type {Map<string, string[]>} */
  const parts = new Map();
  /** @type {string} */
  let text = '';
  const add = (/** @type {string} */ group, /** @type {number} */ from, /** @type {number} */ to) => {
    if (to <= from) return;
    const list = parts.get(group) ?? [];
    list.push(text.slice(from, to));
    parts.set(group, list);
  };
  let source = 0;
  let current = '(bundler)';
  map.mappings.split(';').forEach((lineMappings, lineNo) => {
    const line = lines[lineNo] ?? '';
    text = lineNo < lines.length - 1 ? `${line}\n` : line;
    let column = 0;
    let position = 0;
    for (const segment of lineMappings.split(',')) {
      if (!segment) continue;
      const values = decodeVlq(segment);
      column += values[0] ?? 0;
      add(current, position, column);
      position = Math.max(position, column);
      if (values.length >= 4) {
        source += values[1] ?? 0;
        current = groupOf(map.sources[source] ?? '?', byFile);
      } else {
        current = '(bundler)';
      }
    }
    // The rest of the line and its line break belong to the last mapping.
    add(current, position, text.length);
  });
  return new Map([...parts].map(([group, list]) => [group, list.join('')]));
}

/** @param {number} n */
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;

/** @param {number} size @param {number} budget */
const verdict = (size, budget) => `${size <= budget ? 'ok' : 'OVER BUDGET'} (budget ${budget} B = ${kb(budget)})`;

/**
 * What a page fetched, measured in headless Chromium: the scripts (their bodies as served, gzipped
 * here) a list page in `en` fetched before its first row painted, and those fetched from page load
 * to the `completed` step of a whole cancellation, for the split entry and for the one-file build.
 * @returns {Promise<Record<'split' | 'all', { firstPaint: { files: string[], bytes: number }, cancellation: { files: string[], bytes: number } }>>}
 */
export async function measure() {
  const { chromium } = await import('playwright-core');
  const { CHROME_FLAGS, findChrome } = await import('./find-chrome.mjs');
  const { finishCancellation, firstRow, lastFourOf, openCancel, startServer } = await import('./load-harness.mjs');
  const server = await startServer();
  const browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: CHROME_FLAGS });
  /** @type {any} */
  const results = {};
  try {
    for (const build of /** @type {const} */ (['split', 'all'])) {
      const page = await browser.newPage();
      /** @type {Map<string, Promise<number>>} */
      const fetched = new Map();
      page.on('response', (response) => {
        if (response.request().resourceType() === 'script' && new URL(response.url()).pathname.startsWith('/dist/')) {
          fetched.set(
            response.url(),
            response.body().then((body) => gzipSize(body)),
          );
        }
      });
      const apiBase = await server.tenant();
      await page.goto(server.url(build, apiBase));
      const rowAt = await firstRow(page);
      // Scripts whose request started before the row was there (the probe timed it in the page).
      const early = /** @type {string[]} */ (
        await page.evaluate(
          (rowAt) =>
            performance
              .getEntriesByType('resource')
              .filter((entry) => entry.startTime < rowAt && new URL(entry.name).pathname.startsWith('/dist/'))
              .map((entry) => entry.name),
          rowAt,
        )
      );
      await openCancel(page);
      await finishCancellation(page, await lastFourOf(server.origin, apiBase));
      const sum = async (/** @type {string[]} */ urls) => {
        let bytes = 0;
        for (const url of urls) bytes += (await fetched.get(url)) ?? 0;
        return { files: urls.map((url) => new URL(url).pathname.slice(1)), bytes };
      };
      results[build] = { firstPaint: await sum(early), cancellation: await sum([...fetched.keys()]) };
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}

/**
 * Prints the report; resolves false when anything is over its budget.
 * @param {{ breakdown?: boolean, byFile?: boolean, browser?: boolean, log?: (line: string) => void }} [options]
 */
export async function report({ breakdown = true, byFile = false, browser = true, log = console.log } = {}) {
  let ok = true;
  log('Script-tag build (minified; gzip -9):');
  for (const file of outputs()) {
    const path = resolve(root, file);
    if (!existsSync(path)) {
      log(`  ${file}: missing; run \`npm run build:bundles\` first`);
      ok = false;
      continue;
    }
    const code = readFileSync(path);
    const gz = gzipSize(code);
    // A locale is fetched on demand one section at a time (chunks/locale-<code>-<section>): each is
    // held to the locale budget. dist/locales/<code>.js is not fetched on demand: a page using the
    // one-file build adds it with a script tag, every section in one file, like the one-file build.
    const budget = file === 'dist/esim-elements.all.js' ? BUDGETS.all : file.includes('/chunks/locale-') ? BUDGETS.locale : 0;
    const note = file.includes('/locales/') ? '  (script tag beside the one-file build, every section)' : '';
    if (budget && gz > budget) ok = false;
    log(
      `  ${file.padEnd(48)} ${String(code.length).padStart(7)} B min ${String(gz).padStart(6)} B min+gzip = ${kb(gz)}${budget ? `  ${verdict(gz, budget)}` : note}`,
    );
  }
  const entry = resolve(root, 'dist/esim-elements.js');
  if (breakdown && existsSync(`${entry}.map`)) {
    const code = readFileSync(entry);
    const gz = gzipSize(code);
    const groups = attribute(code.toString('utf8'), JSON.parse(readFileSync(`${entry}.map`, 'utf8')), byFile);
    // Each group gzipped on its own, scaled so the parts add up to the real total: an estimate
    // (gzip shares context across groups) that still ranks what costs most.
    const rows = [...groups].map(([group, text]) => ({ group, min: Buffer.byteLength(text), gz: gzipSize(text) }));
    const scale = gz / rows.reduce((sum, row) => sum + row.gz, 0);
    log('\n  where dist/esim-elements.js comes from (min bytes from the source map; gzip share estimated):');
    for (const row of rows.sort((a, b) => b.gz - a.gz)) {
      const share = (row.gz * scale) / gz;
      log(
        `    ${row.group.padEnd(byFile ? 56 : 32)} ${String(row.min).padStart(7)} B min  ~${String(Math.round(row.gz * scale)).padStart(6)} B gz  ${(share * 100).toFixed(1).padStart(5)}%`,
      );
    }
  }
  if (browser) {
    log('\nMeasured in headless Chromium (scripts fetched, as served, gzip -9), a list page in en:');
    const measured = await measure();
    for (const build of /** @type {const} */ (['split', 'all'])) {
      const { firstPaint, cancellation } = measured[build];
      const label = build === 'split' ? 'split entry (dist/esim-elements.js)' : 'one-file build (dist/esim-elements.all.js)';
      log(`  ${label}`);
      log(
        `    before the first row:            ${String(firstPaint.bytes).padStart(6)} B = ${kb(firstPaint.bytes)}  [${firstPaint.files.join(', ')}]${build === 'split' ? `  ${verdict(firstPaint.bytes, BUDGETS.firstPaint)}` : ''}`,
      );
      log(
        `    page load to a completed cancel: ${String(cancellation.bytes).padStart(6)} B = ${kb(cancellation.bytes)}  [${cancellation.files.join(', ')}]${build === 'split' ? `  ${verdict(cancellation.bytes, BUDGETS.cancellation)}` : ''}`,
      );
      if (build === 'split' && (firstPaint.bytes > BUDGETS.firstPaint || cancellation.bytes > BUDGETS.cancellation)) ok = false;
    }
  }
  if (!ok) log('\nOver a budget of quality.md (Size): see above.');
  return ok;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const flags = process.argv.slice(2);
  if (
    !(await report({
      breakdown: !flags.includes('--no-breakdown'),
      byFile: flags.includes('--by-file'),
      browser: !flags.includes('--no-browser'),
    }))
  ) {
    process.exitCode = 1;
  }
}
