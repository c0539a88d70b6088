// The framework typings in frameworks/, generated from custom-elements.json (`npm run build` writes
// them; `npm run check:generated` fails when the committed ones are stale):
// - react-jsx.d.ts  React 19 JSX (`IntrinsicElements`), by custom-element-jsx-integration;
// - vue.d.ts        Vue 3 (`GlobalComponents`), by custom-element-vuejs-integration;
// - svelte.d.ts     Svelte (`svelteHTML`), by custom-element-svelte-integration;
// - solid.d.ts      Solid (`solid-js` JSX), by custom-element-solidjs-integration;
// - react.js/.d.ts  React 18+ components through @lit/react, with typed `onEsim…` event props.
// Every element, attribute, property and event comes from the manifest: a new one appears here by
// re-running the build. Usage: `node scripts/frameworks.mjs` (writes) or import `generateFrameworks`.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateSolidJsTypes } from 'custom-element-solidjs-integration';
import { generateSvelteTypes } from 'custom-element-svelte-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

const root = fileURLToPath(new URL('..', import.meta.url));
export const FRAMEWORKS_DIR = 'frameworks';

/** Where the generated files import the package's own types from (relative to frameworks/). */
const TYPES = '../dist/index.js';

const HEADER = (/** @type {string} */ what) =>
  `// Generated from custom-elements.json by scripts/frameworks.mjs (${what}). Do not edit: run \`npm run build\`.\n`;

/**
 * @typedef {{ name: string, type?: { text: string }, description?: string }} CemEvent
 * @typedef {{ name: string, tagName?: string, customElement?: boolean, events?: CemEvent[], attributes?: any[], members?: any[] }} CemDeclaration
 * @typedef {{ modules: { path: string, declarations?: CemDeclaration[] }[] }} Manifest
 */

/**
 * The manifest as the generators expect it: an event's type is its detail type (`@fires
 * {CustomEvent<Detail>}` in the source, `Detail` for the generators, which wrap it in CustomEvent).
 * @param {Manifest} manifest
 * @returns {Manifest}
 */
function forGenerators(manifest) {
  /** @type {Manifest} */
  const copy = JSON.parse(JSON.stringify(manifest));
  for (const mod of copy.modules) {
    for (const declaration of mod.declarations ?? []) {
      for (const event of declaration.events ?? []) {
        const detail = /^CustomEvent<(.+)>$/s.exec(event.type?.text ?? '')?.[1];
        if (event.type && detail) event.type.text = detail;
        else if (event.type?.text === 'Event' || event.type?.text === 'CustomEvent') event.type.text = 'unknown';
      }
    }
  }
  return copy;
}

/** @param {Manifest} manifest */
function elements(manifest) {
  return manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .sort((a, b) => (/** @type {string} */ (a.tagName) < /** @type {string} */ (b.tagName) ? -1 : 1));
}

/** `esim-cancel-step` → `onEsimCancelStep` */
const reactEventProp = (/** @type {string} */ event) => `on${event.replace(/(^|-)([a-z])/g, (_, _dash, c) => c.toUpperCase())}`;

/**
 * The React 18+ wrappers (@lit/react): one component per element, named like the element class,
 * with an `onEsim…` prop per event of the manifest.
 * @param {Manifest} manifest the manifest for the generators (event types are detail types)
 */
function reactWrapper(manifest) {
  const els = elements(manifest);
  const details = new Set(els.flatMap((el) => (el.events ?? []).map((e) => e.type?.text ?? '')).filter((t) => /^[A-Z]\w*$/.test(t)));
  const js = [
    HEADER('React 18+ components through @lit/react'),
    `import * as React from 'react';`,
    `import { createComponent } from '@lit/react';`,
    `import { ${els.map((el) => `${el.name} as ${el.name}Element`).join(', ')} } from '${TYPES}';`,
    '',
  ];
  const dts = [
    HEADER('React 18+ components through @lit/react'),
    `import type { EventName, ReactWebComponent } from '@lit/react';`,
    `import type { ${[...els.map((el) => `${el.name} as ${el.name}Element`), ...[...details].sort()].join(', ')} } from '${TYPES}';`,
    '',
  ];
  for (const el of els) {
    const events = el.events ?? [];
    js.push(
      `/** \`<${el.tagName}>\` as a React component; events as \`${events.map((e) => reactEventProp(e.name))[0] ?? 'on…'}\`-style props. */`,
      `export const ${el.name} = createComponent({`,
      `  react: React,`,
      `  tagName: '${el.tagName}',`,
      `  elementClass: ${el.name}Element,`,
      `  displayName: '${el.name}',`,
      `  events: {`,
      ...events.map((e) => `    ${reactEventProp(e.name)}: '${e.name}',`),
      `  },`,
      `});`,
      '',
    );
    dts.push(
      `/** Events of \`<${el.tagName}>\` as React props. */`,
      `export type ${el.name}Events = {`,
      ...events.flatMap((e) => [
        `  /** ${(e.description ?? '').replace(/\*\//g, '*\\/').replace(/\n/g, ' ')} */`,
        `  ${reactEventProp(e.name)}: EventName<CustomEvent<${e.type?.text ?? 'unknown'}>>;`,
      ]),
      `};`,
      `/** \`<${el.tagName}>\` as a React component: its properties as props (objects and functions too), its events as \`onEsim…\` props. */`,
      `export declare const ${el.name}: ReactWebComponent<${el.name}Element, ${el.name}Events>;`,
      '',
    );
  }
  return { js: js.join('\n'), dts: dts.join('\n') };
}

/**
 * Vue's template checker matches `:page-size` to a prop `pageSize` and `@esim-cancel-step` to
 * `onEsimCancelStep`; the generator writes the keys as written in HTML (`"page-size"`,
 * `"onesim-cancel-step"`), which vue-tsc then never checks. The keys in camel case.
 * @param {string} text
 */
function camelVueProps(text) {
  const camel = (/** @type {string} */ name) => name.replace(/-([a-z])/g, (_m, c) => c.toUpperCase());
  return text.replace(/^(\s*)"([a-z][a-z0-9-]*)"\?:/gm, (_match, indent, key) =>
    key.startsWith('on') && key.includes('-') ? `${indent}on${camel(`-${key.slice(2)}`)}?:` : `${indent}${camel(key)}?:`,
  );
}

/**
 * The Svelte generator's output, made to work in a Svelte 5 project: `svelteHTML` is a global
 * namespace (declared inside this module it augments nothing), events are also typed as Svelte 5
 * writes them (`onesim-cancel-step`, beside Svelte 4's `on:esim-cancel-step`), and children and
 * style are not typed with a global JSX that a Svelte project does not have.
 * @param {string} text
 */
function forSvelte(text) {
  return text
    .replace(/JSX\.Element/g, 'unknown')
    .replace(/JSX\.CSSProperties/g, 'string')
    .replace(
      /^(\s*\/\*\*.*\*\/\n)?(\s*)"on:([a-z0-9-]+)"\?:(.*)$/gm,
      (line, doc = '', indent, name, type) => `${line}\n${doc}${indent}"on${name}"?:${type}`,
    )
    .replace(
      /declare namespace svelteHTML \{([\s\S]*?)\n\}/,
      (_m, body) => `declare global {\n  namespace svelteHTML {${body.replace(/\n/g, '\n  ')}\n  }\n}`,
    );
}

/**
 * The generators import a detail type once per element that fires it: duplicate identifiers, which
 * a consumer's type check without `skipLibCheck` rejects. Each name once.
 * @param {string} text
 */
function dedupeImports(text) {
  return text.replace(/import type \{([^}]*)\} from/g, (_match, names) => {
    const unique = [
      ...new Set(
        String(names)
          .split(',')
          .map((name) => name.trim())
          .filter(Boolean),
      ),
    ];
    return `import type {\n  ${unique.join(',\n  ')},\n} from`;
  });
}

/**
 * Every generated file, by path relative to the repo root.
 * @param {Manifest} manifest
 * @returns {Map<string, string>}
 */
export function generateFrameworks(manifest) {
  const input = forGenerators(manifest);
  const work = mkdtempSync(join(tmpdir(), 'esim-frameworks-'));
  const common = { outdir: work, globalTypePath: TYPES, hideLogs: true };
  // Two of the generators log even with hideLogs.
  const log = console.log;
  console.log = () => {};
  try {
    generateJsxTypes(input, { ...common, fileName: 'react-jsx.d.ts' });
    generateVuejsTypes(input, { ...common, fileName: 'vue.d.ts' });
    generateSvelteTypes(input, { ...common, fileName: 'svelte.d.ts' });
    generateSolidJsTypes(input, { ...common, fileName: 'solid.d.ts' });
    console.log = log;
    const read = (/** @type {string} */ name) => dedupeImports(readFileSync(join(work, name), 'utf8'));
    /** @type {Map<string, string>} */
    const files = new Map();
    const put = (/** @type {string} */ name, /** @type {string} */ text) => files.set(`${FRAMEWORKS_DIR}/${name}`, text);
    const noRuntime = (/** @type {string} */ what) => `${HEADER(what)}// Types only: see the .d.ts next to this file.\nexport {};\n`;

    put(
      'react-jsx.d.ts',
      `${HEADER('custom-element-jsx-integration, React 19 JSX')}${read('react-jsx.d.ts')}
declare module 'react' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}
`,
    );
    put('react-jsx.js', noRuntime('React 19 JSX'));
    put('vue.d.ts', `${HEADER('custom-element-vuejs-integration, Vue 3')}${camelVueProps(read('vue.d.ts'))}`);
    put('vue.js', noRuntime('Vue 3'));
    put('svelte.d.ts', `${HEADER('custom-element-svelte-integration, Svelte')}${forSvelte(read('svelte.d.ts'))}`);
    put('svelte.js', noRuntime('Svelte'));
    put(
      'solid.d.ts',
      `${HEADER('custom-element-solidjs-integration, Solid')}${read('solid.d.ts')}
declare module 'solid-js' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}
`,
    );
    put('solid.js', noRuntime('Solid'));
    put(
      'ssr-noop.js',
      `${HEADER('Node')}// In Node (server rendering, build steps), the classic-script bundle is nothing to run.\nexport {};\n`,
    );
    const react = reactWrapper(input);
    put('react.js', react.js);
    put('react.d.ts', react.dts);
    return files;
  } finally {
    console.log = log;
    rmSync(work, { recursive: true, force: true });
  }
}

/** Reads custom-elements.json and writes frameworks/. */
export function writeFrameworks() {
  const manifest = JSON.parse(readFileSync(resolve(root, 'custom-elements.json'), 'utf8'));
  const files = generateFrameworks(manifest);
  mkdirSync(resolve(root, FRAMEWORKS_DIR), { recursive: true });
  for (const [path, text] of files) writeFileSync(resolve(root, path), text);
  return [...files.keys()];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(`  ${writeFrameworks().join(', ')}`);
}
