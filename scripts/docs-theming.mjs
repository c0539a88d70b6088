#!/usr/bin/env node
// Writes the generated half of docs/theming.md: CSS parts and custom properties of every element, read
// from custom-elements.json (itself generated from the elements' JSDoc by `npm run analyze`). The prose
// above and below the markers is hand-written and left as it is, so the tables cannot drift from the
// code while the explanations stay editable Markdown.
//
//   node scripts/docs-theming.mjs            rewrite docs/theming.md
//   node scripts/docs-theming.mjs --check    exit 1 when docs/theming.md is stale (for CI)
//   --manifest <file> / --out <file>         other paths (tests)

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/*
 * The parts of the custom elements manifest (schema v2, https://github.com/webcomponents/custom-elements-manifest)
 * this script reads.
 */
/** @typedef {{ name: string, default?: string, summary?: string, description?: string }} Documented */
/**
 * @typedef {object} Declaration
 * @property {string} name
 * @property {boolean} [customElement]
 * @property {string} [tagName]
 * @property {string} [summary]
 * @property {Documented[]} [cssParts]
 * @property {Documented[]} [cssProperties]
 */
/** @typedef {{ kind: string, name: string, declaration?: { name: string } }} Export */
/** @typedef {{ modules?: { declarations?: Declaration[], exports?: Export[] }[] }} Manifest */
/** @typedef {{ tagName: string, summary: string, cssParts: Documented[], cssProperties: Documented[] }} ElementDoc */

const root = fileURLToPath(new URL('..', import.meta.url));
const START = '<!-- generated:theming:start (scripts/docs-theming.mjs; edit the JSDoc, not this) -->';
const END = '<!-- generated:theming:end -->';

/**
 * @param {string} message
 * @returns {never}
 */
function fail(message) {
  console.error(`docs-theming: ${message}`);
  process.exit(1);
}

/** @param {string[]} argv */
function parseArgs(argv) {
  const options = { manifest: `${root}custom-elements.json`, out: `${root}docs/theming.md`, check: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--check') options.check = true;
    else if (arg === '--manifest' || arg === '--out') {
      const value = argv[++i];
      if (!value) fail(`${arg} needs a file path.`);
      if (arg === '--manifest') options.manifest = value;
      else options.out = value;
    } else fail(`Unknown argument: ${arg}`);
  }
  return options;
}

/**
 * @param {string} file
 * @returns {Manifest}
 */
function readManifest(file) {
  /** @type {string} */
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    fail(`${file} not found. Run \`npm run analyze\` (or \`npm run build\`) first.`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    fail(`${file} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * The registered elements of a manifest. The analyzer also marks abstract LitElement base classes as
 * `customElement: true`, so only declarations with a tag name count; the tag comes from `@tag` or
 * from a `customElements.define` call (a `custom-element-definition` export).
 * @param {Manifest} manifest
 * @returns {ElementDoc[]}
 */
function elementsOf(manifest) {
  /** @type {Map<string, string>} */
  const definedTags = new Map();
  for (const mod of manifest.modules ?? []) {
    for (const exp of mod.exports ?? []) {
      if (exp.kind === 'custom-element-definition' && exp.declaration?.name) definedTags.set(exp.declaration.name, exp.name);
    }
  }
  /** @type {Map<string, ElementDoc>} */
  const byTag = new Map();
  for (const mod of manifest.modules ?? []) {
    for (const decl of mod.declarations ?? []) {
      if (!decl.customElement) continue;
      const tagName = decl.tagName ?? definedTags.get(decl.name);
      if (!tagName || byTag.has(tagName)) continue;
      byTag.set(tagName, {
        tagName,
        summary: decl.summary ?? '',
        cssParts: uniqueByName(decl.cssParts),
        cssProperties: uniqueByName(decl.cssProperties),
      });
    }
  }
  return [...byTag.values()].sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/**
 * A member documented on both a base class and its subclass appears twice (once `inheritedFrom`):
 * keep the first, which is the element's own.
 * @param {Documented[]} [list]
 */
function uniqueByName(list = []) {
  /** @type {Map<string, Documented>} */
  const seen = new Map();
  for (const item of list) if (item?.name && !seen.has(item.name)) seen.set(item.name, item);
  return [...seen.values()];
}

/**
 * One line of Markdown.
 * @param {string} [text]
 */
function line(text = '') {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/**
 * A Markdown table cell: one line, pipes escaped.
 * @param {string} [text]
 */
function cell(text = '') {
  return line(text).replace(/\|/g, '\\|');
}

/**
 * Inline code that survives backticks inside the value.
 * @param {string} text
 */
function code(text) {
  // A JSDoc default may already be written as code (`40rem`): don't wrap it twice.
  const value = cell(text).replace(/^`([^`]*)`$/, '$1');
  if (value === '') return '';
  const fence = value.includes('`') ? '``' : '`';
  const pad = value.startsWith('`') || value.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${value}${pad}${fence}`;
}

/** @param {Documented} item */
function describe(item) {
  return cell(item.description || item.summary || '');
}

/** @param {Documented[]} properties */
function propertyTable(properties) {
  const rows = properties.map((p) => `| ${code(p.name)} | ${code(p.default ?? '')} | ${describe(p)} |`);
  return ['| Property | Default | What it sets |', '| --- | --- | --- |', ...rows].join('\n');
}

/** @param {Documented[]} parts */
function partTable(parts) {
  const rows = parts.map((p) => `| ${code(p.name)} | ${describe(p)} |`);
  return ['| Part | What it is |', '| --- | --- |', ...rows].join('\n');
}

/**
 * The generated Markdown. A custom property documented by two or more elements is a global token and
 * is listed once; the rest belong to the element that documents them.
 * @param {ElementDoc[]} elements
 */
function renderTables(elements) {
  /** @type {Map<string, number>} */
  const count = new Map();
  for (const el of elements) for (const p of el.cssProperties) count.set(p.name, (count.get(p.name) ?? 0) + 1);
  /** @param {Documented} p */
  const isShared = (p) => elements.length > 1 && (count.get(p.name) ?? 0) > 1;

  /** @type {Map<string, Documented>} */
  const shared = new Map();
  for (const el of elements) {
    for (const p of el.cssProperties) if (isShared(p) && !shared.has(p.name)) shared.set(p.name, p);
  }

  const out = [];
  if (shared.size > 0) {
    out.push('### Global tokens', '');
    out.push(`Read by ${elements.map((el) => `\`<${el.tagName}>\``).join(' and ')}.`, '');
    out.push(propertyTable([...shared.values()]), '');
  }
  for (const el of elements) {
    out.push(`### \`<${el.tagName}>\``, '');
    if (el.summary) out.push(line(el.summary), '');
    out.push('#### Parts', '');
    out.push(el.cssParts.length > 0 ? partTable(el.cssParts) : 'None.', '');
    const own = el.cssProperties.filter((p) => !isShared(p));
    out.push(shared.size > 0 ? '#### Custom properties (besides the global tokens)' : '#### Custom properties', '');
    out.push(own.length > 0 ? propertyTable(own) : 'None.', '');
  }
  return out.join('\n').trimEnd();
}

/**
 * Replaces what lies between the markers, or fails when they are missing.
 * @param {string} document
 * @param {string} generated
 */
function spliceGenerated(document, generated) {
  const start = document.indexOf(START);
  const end = document.indexOf(END);
  if (start === -1 || end === -1 || end < start) {
    fail(`the target file lacks the markers:\n${START}\n${END}`);
  }
  return `${document.slice(0, start + START.length)}\n\n${generated}\n\n${document.slice(end)}`;
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  const elements = elementsOf(readManifest(options.manifest));
  if (elements.length === 0) fail(`${options.manifest} declares no custom element with a tag name.`);
  /** @type {string} */
  let current;
  try {
    current = readFileSync(options.out, 'utf8');
  } catch {
    fail(`${options.out} not found: it holds the hand-written part and the markers.`);
  }
  const next = spliceGenerated(current, renderTables(elements));
  if (options.check) {
    if (next !== current) fail(`${options.out} is stale: run \`node scripts/docs-theming.mjs\`.`);
    console.log(`docs-theming: ${options.out} is up to date.`);
    return;
  }
  if (next !== current) writeFileSync(options.out, next);
  console.log(`docs-theming: ${options.out}: ${elements.map((el) => `<${el.tagName}>`).join(', ')}.`);
}

main();
