// custom-elements.json from the source (`npm run analyze`, also run by `npm run build`; CI checks it is
// current with `npm run check:generated`). The JSDoc on the element classes is the documentation.
import { posix } from 'node:path';
import { nestedTags } from './scripts/element-sources.mjs';

/** src/elements/esim-list/esim-list.ts (or the import specifier /src/….js) → dist/elements/esim-list/esim-list.js */
const toDist = (/** @type {string} */ path) => path.replace(/^\/?src\/(.*)\.[jt]s$/, 'dist/$1.js');

/**
 * The package ships dist/, not src/: point every module path and reference at the files a consumer
 * can import, relative to the package root (the analyzer leaves re-exports relative to their module).
 * Runs last, after inheritance has been resolved.
 * @returns {import('@custom-elements-manifest/analyzer').Plugin}
 */
function distPaths() {
  /** @param {unknown} node @param {string} moduleDir */
  const rewrite = (node, moduleDir) => {
    if (Array.isArray(node)) return node.forEach((item) => rewrite(item, moduleDir));
    if (typeof node !== 'object' || node === null) return;
    const record = /** @type {Record<string, unknown>} */ (node);
    for (const [key, value] of Object.entries(record)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') {
        record[key] = toDist(value.startsWith('.') ? posix.join(moduleDir, value) : value);
      } else {
        rewrite(value, moduleDir);
      }
    }
  };
  return {
    name: 'esim-dist-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) rewrite(mod, posix.dirname(mod.path));
      // The analyzer's module order follows how it walked the imports, which differs between its
      // CLI and its API; sorted, the staleness check compares content only.
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

/**
 * Events bubble and are composed, so an element that renders another one in its shadow tree (the
 * list runs the flow in its dialog) also dispatches, to its host page, every event of the nested
 * element: document them on the outer element too, so the framework typings (scripts/frameworks.mjs)
 * type them there. Which element nests which is read from the templates, never listed by hand.
 * Runs before distPaths (module paths are still src/…).
 * @returns {import('@custom-elements-manifest/analyzer').Plugin}
 */
function nestedElementEvents() {
  return {
    name: 'esim-nested-element-events',
    packageLinkPhase({ customElementsManifest }) {
      /** @type {Map<string, { path: string, declaration: any }>} */
      const elements = new Map();
      for (const mod of customElementsManifest.modules) {
        for (const declaration of /** @type {any[]} */ (mod.declarations ?? [])) {
          if (declaration.customElement && declaration.tagName) elements.set(declaration.tagName, { path: mod.path, declaration });
        }
      }
      const tags = [...elements.keys()];
      /** @type {Set<string>} */
      const done = new Set();
      /** @param {string} tag @param {string[]} stack */
      const resolveTag = (tag, stack) => {
        if (done.has(tag) || stack.includes(tag)) return;
        const { path, declaration } = /** @type {{ path: string, declaration: any }} */ (elements.get(tag));
        for (const inner of nestedTags(
          path,
          tags.filter((t) => t !== tag),
        )) {
          resolveTag(inner, [...stack, tag]);
          const events = (declaration.events ??= []);
          for (const event of elements.get(inner)?.declaration.events ?? []) {
            if (events.some((/** @type {any} */ e) => e.name === event.name)) continue;
            events.push({ ...event, description: `Bubbles out of the nested \`<${inner}>\`: ${event.description ?? ''}`.trim() });
          }
        }
        done.add(tag);
      };
      for (const tag of tags) resolveTag(tag, []);
    },
  };
}

/**
 * Private members are implementation, not API (protected ones stay: subclasses use them).
 * @returns {import('@custom-elements-manifest/analyzer').Plugin}
 */
function publicMembersOnly() {
  return {
    name: 'esim-public-members-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if ('members' in declaration && declaration.members) {
            declaration.members = declaration.members.filter((member) => member.privacy !== 'private');
          }
        }
      }
    },
  };
}

/**
 * The analyzer also lists function-local variables of some modules as module declarations; keep only
 * what a module exports (classes, functions, variables a consumer can import).
 * @returns {import('@custom-elements-manifest/analyzer').Plugin}
 */
function exportedOnly() {
  return {
    name: 'esim-exported-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        const exported = new Set((mod.exports ?? []).map((e) => e.declaration.name));
        mod.declarations = (mod.declarations ?? []).filter((d) => exported.has(d.name));
      }
    },
  };
}

export default {
  // The element API: entry points, element classes and their registration, the shared base class
  // (so inherited members resolve) and the event types. Helpers, styles, catalogues and the backend
  // client are not element API (the client is documented by its types and openapi.json).
  globs: ['src/*.ts', 'src/elements/events.ts', 'src/elements/*/esim-*.ts', 'src/elements/*/define.ts', 'src/internal/esim-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  // package.json already has "customElements"; the analyzer must not rewrite it.
  packagejson: false,
  plugins: [exportedOnly(), publicMembersOnly(), nestedElementEvents(), distPaths()],
};
