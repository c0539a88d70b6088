// Size report for the CDN bundles: min+gzip bytes (gzip -9 via node:zlib) of each file, and where the
// bytes come from (by package or source folder, from the source map). `npm run size`; also run by
// `npm run build`. `--by-file` breaks the figures down by source file instead of by folder or package.
// Exits 1 when the script-tag bundle is over its budget; with `--ceiling` (CI), only when it is over
// the ceiling, the ratchet that keeps it from growing while it is still over the budget.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The budget from docs (quality bars): the whole `<script type="module">` bundle, Lit included. */
export const BUDGET = { file: 'dist/esim-elements.js', bytes: 24576 };
/**
 * Until the bundle fits its budget, CI holds it to this: its size after the last cut (42,991 B on
 * 2026-11-25, quote re-fetch included) plus about 1 KB of headroom for fixes, in whole KB. Lower it
 * whenever the bundle shrinks; raise it only with a reason in the commit message.
 */
export const CEILING = { file: BUDGET.file, bytes: 44032 };
export const FILES = ['dist/esim-elements.js', 'dist/esim-elements.iife.js'];

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

/**
 * Prints the report. Returns false when the bundle is over its budget (or, with `ceiling`, over the
 * ceiling only).
 * @param {{ breakdown?: boolean, byFile?: boolean, ceiling?: boolean, log?: (line: string) => void }} [options]
 */
export function report({ breakdown = true, byFile = false, ceiling = false, log = console.log } = {}) {
  let ok = true;
  log('Bundle sizes (minified; gzip -9):');
  for (const file of FILES) {
    const path = resolve(root, file);
    if (!existsSync(path)) {
      log(`  ${file}: missing; run \`npm run build\` first`);
      ok = false;
      continue;
    }
    const code = readFileSync(path);
    const gz = gzipSize(code);
    const budget = file === BUDGET.file ? ` (budget ${BUDGET.bytes} B = ${kb(BUDGET.bytes)})` : '';
    const over = file === BUDGET.file && gz > BUDGET.bytes;
    if (over && !ceiling) ok = false;
    log(`  ${file}: ${code.length} B min, ${gz} B min+gzip = ${kb(gz)}${budget}${over ? '  OVER BUDGET' : ''}`);
    if (file === CEILING.file && ceiling) {
      if (gz > CEILING.bytes) ok = false;
      log(`    ceiling ${CEILING.bytes} B (${gz > CEILING.bytes ? 'OVER: the bundle grew' : `${CEILING.bytes - gz} B to spare`})`);
    }
    if (breakdown && file === BUDGET.file && existsSync(`${path}.map`)) {
      const groups = attribute(code.toString('utf8'), JSON.parse(readFileSync(`${path}.map`, 'utf8')), byFile);
      // Each group gzipped on its own, scaled so the parts add up to the real total: an estimate
      // (gzip shares context across groups) that still ranks what costs most.
      const rows = [...groups].map(([group, text]) => ({ group, min: Buffer.byteLength(text), gz: gzipSize(text) }));
      const scale = gz / rows.reduce((sum, row) => sum + row.gz, 0);
      log('  where it comes from (min bytes from the source map; gzip share estimated):');
      for (const row of rows.sort((a, b) => b.gz - a.gz)) {
        const share = (row.gz * scale) / gz;
        log(`    ${row.group.padEnd(byFile ? 56 : 32)} ${String(row.min).padStart(7)} B min  ~${String(Math.round(row.gz * scale)).padStart(6)} B gz  ${(share * 100).toFixed(1).padStart(5)}%`);
      }
    }
  }
  if (!ok && !ceiling) log(`\n${BUDGET.file} must stay within ${BUDGET.bytes} B min+gzip (docs: quality bars, Size).`);
  if (!ok && ceiling) log(`\n${CEILING.file} grew past its ceiling of ${CEILING.bytes} B min+gzip (scripts/size.mjs).`);
  return ok;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const flags = process.argv.slice(2);
  if (!report({ breakdown: !flags.includes('--no-breakdown'), byFile: flags.includes('--by-file'), ceiling: flags.includes('--ceiling') })) {
    process.exitCode = 1;
  }
}
