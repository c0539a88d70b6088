// Fails when the committed generated files are stale: regenerates custom-elements.json,
// frameworks/ and openapi.json into a temp folder and compares them byte for byte with the ones in the repo.
// Run it before `npm run build` in CI (the build regenerates both in place).
// Then checks the manifest is complete: the public API of docs elements.md is there, and every CSS
// part, `--esim-*` property and event the elements' source uses is documented, with a description.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { elementSources } from './element-sources.mjs';
import { generateFrameworks } from './frameworks.mjs';
import { generateOpenApi } from './openapi.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The same text `cem analyze` writes (the analyzer's own serialisation). */
async function generateManifest() {
  // The analyzer's programmatic CLI has no type declarations; a variable specifier keeps tsc quiet.
  const analyzerCli = '@custom-elements-manifest/analyzer/cli.js';
  /** @type {{ cli: (options: { argv: string[], cwd: string, noWrite: boolean }) => Promise<unknown> }} */
  const { cli } = await import(analyzerCli);
  const manifest = await cli({ argv: ['analyze', '--quiet'], cwd: root, noWrite: true });
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

const targets = [
  { file: 'custom-elements.json', command: 'npm run analyze', generate: generateManifest },
  { file: 'openapi.json', command: 'npm run openapi', generate: generateOpenApi },
];

/** @param {string} a @param {string} b */
function firstDifference(a, b) {
  const left = a.split('\n');
  const right = b.split('\n');
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    if (left[i] !== right[i]) {
      return `line ${i + 1}:\n      committed:   ${(left[i] ?? '(end of file)').trim()}\n      regenerated: ${(right[i] ?? '(end of file)').trim()}`;
    }
  }
  return '';
}

/** The names docs elements.md fixes, per tag (besides what the source shows). */
const SPEC = {
  'esim-list': {
    attributes: ['api-base', 'lang', 'theme'],
    properties: ['backend', 'authToken', 'getAuthToken'],
    methods: ['reload'],
    events: ['esim-cancel-request', 'esim-list-load', 'esim-auth-required', 'esim-error'],
  },
  'esim-cancel-flow': {
    attributes: ['api-base', 'lang', 'theme', 'esim-id', 'cancellation-id', 'support-url', 'support-email'],
    properties: ['backend', 'authToken', 'getAuthToken', 'reasons'],
    methods: [],
    events: [
      'esim-cancel-step',
      'esim-cancel-submit',
      'esim-cancel-submitted',
      'esim-cancel-status',
      'esim-cancel-complete',
      'esim-cancel-close',
      'esim-auth-required',
      'esim-error',
    ],
  },
};

/**
 * @param {string} source
 */
function usedInSource(source) {
  const parts = new Set();
  for (const [, value] of source.matchAll(/\b(?:export)?parts?="([^"]*)"/g)) {
    for (const token of /** @type {string} */ (value).split(/\s+/)) {
      const name = token.includes(':') ? token.split(':')[1] : token;
      if (name && /^[a-z][a-z0-9-]*$/.test(name)) parts.add(name);
    }
  }
  // A name made in a template (`--esim-color-${name}`) is no name: the table below says which.
  const properties = new Set([...source.matchAll(/var\(\s*(--esim-[a-z0-9-]+)(?![a-z0-9$-])/g)].map((m) => /** @type {string} */ (m[1])));
  // The colour tokens are written out from a table (src/internal/theme.styles.ts).
  for (const [name] of colourTable(source)) properties.add(`--esim-color-${name}`);
  const events = new Set(
    [...source.matchAll(/(?:emit\(\s*[\w.]+\s*,|new (?:Custom)?Event\()\s*'(esim-[a-z-]+)'/g)].map((m) => /** @type {string} */ (m[1])),
  );
  return { parts, properties, events };
}

/**
 * The rows of the colour-token table in `source` (src/internal/theme.styles.ts's `COLOURS`, one
 * token per row): name, light default, dark default. None when `source` has no such table.
 * @param {string} source
 * @returns {string[][]}
 */
function colourTable(source) {
  const table = /const COLOURS = `([^`]*)`/.exec(source)?.[1];
  return table
    ? table
        .trim()
        .split('\n')
        .map((row) => row.trim().split(/\s+/))
    : [];
}

/**
 * The colour tokens' documented defaults (`@cssprop [--esim-color-x=light] - … Dark theme default:
 * dark.` in src/internal/esim-element.ts) against the table the styles are made from
 * (src/internal/theme.styles.ts): a designer reads the first, the page gets the second.
 */
function colourDefaultProblems() {
  const long = (/** @type {string} */ hex) => (hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex).toLowerCase();
  const rows = colourTable(readFileSync(resolve(root, 'src/internal/theme.styles.ts'), 'utf8'));
  const docs = readFileSync(resolve(root, 'src/internal/esim-element.ts'), 'utf8');
  /** @type {string[]} */
  const problems = [];
  for (const [name, light = '', dark = ''] of rows) {
    const doc = new RegExp(`@cssprop \\[--esim-color-${name}=(#[0-9a-fA-F]+)\\][^\\n]*Dark theme default: (#[0-9a-fA-F]+)`).exec(docs);
    if (!doc) problems.push(`--esim-color-${name}: no \`@cssprop\` with its light and dark defaults in src/internal/esim-element.ts.`);
    else if (long(doc[1] ?? '') !== long(light) || long(doc[2] ?? '') !== long(dark))
      problems.push(
        `--esim-color-${name}: documented ${doc[1]} / ${doc[2]}, but the styles use ${light} / ${dark} (src/internal/theme.styles.ts).`,
      );
  }
  return problems;
}

/**
 * Problems that make the manifest incomplete, with the JSDoc that fixes each.
 * @param {string} manifestText
 */
function completenessProblems(manifestText) {
  /** @type {any} */
  const manifest = JSON.parse(manifestText);
  /** @type {string[]} */
  const problems = [];
  const declarations = manifest.modules.flatMap((/** @type {any} */ m) => m.declarations ?? []);
  for (const [tag, spec] of Object.entries(SPEC)) {
    const el = declarations.find((/** @type {any} */ d) => d.customElement && d.tagName === tag);
    if (!el) {
      problems.push(`<${tag}> is not in the manifest: its class needs the JSDoc tag \`@tag ${tag}\` and define.ts must register it.`);
      continue;
    }
    const named = (/** @type {any[] | undefined} */ list) => new Map((list ?? []).map((x) => [x.name, x]));
    const attributes = named(el.attributes);
    const members = named((el.members ?? []).filter((/** @type {any} */ m) => m.privacy !== 'private'));
    const events = named(el.events);
    const parts = named(el.cssParts);
    const cssProperties = named(el.cssProperties);
    const where = `<${tag}> (src/elements/${tag}/${tag}.ts)`;

    for (const name of spec.attributes)
      if (!attributes.has(name))
        problems.push(
          `${where}: attribute "${name}" (elements.md) is missing: declare it with @property or document it with \`@attr ${name} - …\` on the class.`,
        );
    for (const name of spec.properties) if (!members.has(name)) problems.push(`${where}: property "${name}" (elements.md) is missing.`);
    for (const name of spec.methods) if (!members.has(name)) problems.push(`${where}: method "${name}()" (elements.md) is missing.`);
    for (const name of spec.events)
      if (!events.has(name))
        problems.push(
          `${where}: event "${name}" (elements.md) is missing: add \`@fires {CustomEvent<Detail>} ${name} - …\` to the class JSDoc.`,
        );

    const used = usedInSource(elementSources(`src/elements/${tag}/${tag}.ts`));
    for (const name of used.parts)
      if (!parts.has(name)) problems.push(`${where}: CSS part "${name}" is rendered but undocumented: add \`@csspart ${name} - …\`.`);
    for (const name of used.properties)
      if (!cssProperties.has(name))
        problems.push(`${where}: custom property "${name}" is read but undocumented: add \`@cssprop [${name}=default] - …\`.`);
    for (const name of used.events)
      if (!events.has(name))
        problems.push(`${where}: event "${name}" is fired but undocumented: add \`@fires {CustomEvent<Detail>} ${name} - …\`.`);

    const undescribed = (/** @type {string} */ kind, /** @type {Map<string, any>} */ map) => {
      for (const [name, item] of map) {
        if (!item.description?.trim()) {
          const from = item.inheritedFrom ? ` (inherited from ${item.inheritedFrom.name})` : '';
          problems.push(`${where}: ${kind} "${name}"${from} has no description: give it JSDoc.`);
        }
      }
    };
    undescribed('attribute', attributes);
    undescribed(`member`, members);
    undescribed('event', events);
    undescribed('CSS part', parts);
    undescribed('custom property', cssProperties);
    undescribed('slot', named(el.slots));
    for (const [name, event] of events)
      if (!event.type?.text) problems.push(`${where}: event "${name}" has no detail type: write \`@fires {CustomEvent<Detail>} ${name}\`.`);
    if (!el.summary?.trim()) problems.push(`${where}: the class has no \`@summary\`.`);
  }
  return problems;
}

const outDir = mkdtempSync(join(tmpdir(), 'esim-elements-generated-'));
let stale = 0;
let manifestText = '';
for (const { file, command, generate } of targets) {
  const fresh = await generate();
  if (file === 'custom-elements.json') manifestText = fresh;
  const freshPath = join(outDir, file);
  writeFileSync(freshPath, fresh);
  const committedPath = resolve(root, file);
  if (!existsSync(committedPath)) {
    console.log(`✗ ${file} is missing. Run \`${command}\` and commit the result.`);
    stale++;
    continue;
  }
  const committed = readFileSync(committedPath, 'utf8');
  if (committed === fresh) {
    console.log(`✓ ${file} is up to date`);
    continue;
  }
  stale++;
  console.log(`✗ ${file} is stale: it no longer matches the source. Run \`${command}\` and commit the result.`);
  console.log(`    first difference at ${firstDifference(committed, fresh)}`);
  console.log(`    full diff: diff -u ${file} ${freshPath}`);
}
// The framework typings, generated from the fresh manifest (so a source change that the committed
// manifest and typings both miss is caught too).
for (const [file, fresh] of generateFrameworks(JSON.parse(manifestText))) {
  const committedPath = resolve(root, file);
  const committed = existsSync(committedPath) ? readFileSync(committedPath, 'utf8') : undefined;
  if (committed === fresh) continue;
  stale++;
  const freshPath = join(outDir, file.replace(/\//g, '-'));
  writeFileSync(freshPath, fresh);
  console.log(
    `✗ ${file} is ${committed === undefined ? 'missing' : 'stale'}. Run \`npm run build\` (or \`node scripts/frameworks.mjs\`) and commit the result.`,
  );
  if (committed !== undefined)
    console.log(`    first difference at ${firstDifference(committed, fresh)}\n    full diff: diff -u ${file} ${freshPath}`);
}
if (stale === 0) console.log('✓ frameworks/ (framework typings) is up to date');
const problems = [...completenessProblems(manifestText), ...colourDefaultProblems()];
if (problems.length === 0) {
  console.log('✓ custom-elements.json documents the whole element API');
} else {
  console.log(`✗ custom-elements.json is incomplete (${problems.length}); fix the JSDoc, then run \`npm run analyze\`:`);
  for (const problem of problems) console.log(`    ${problem}`);
}
if (stale > 0 || problems.length > 0) process.exitCode = 1;
