// The source an element renders with, shared by the manifest config (which elements an element
// nests, so their bubbling events are documented on it too) and scripts/check-generated.mjs.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * The source files an element renders with: its class module and what it imports, transitively,
 * without crossing into another element's folder (a nested element documents its own API).
 * @param {string} modulePath the element's module, relative to the repo root (src/elements/x/x.ts)
 * @returns {string} the files' text, joined
 */
export function elementSources(modulePath) {
  const start = resolve(root, modulePath);
  const own = /src\/elements\/([^/]+)\//.exec(start)?.[1];
  const seen = new Set();
  const queue = [start];
  /** @type {string[]} */
  const texts = [];
  while (queue.length > 0) {
    const file = /** @type {string} */ (queue.pop());
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    texts.push(text);
    for (const [, specifier] of text.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^;]*?\sfrom\s+)?'(\.[^']+)'/gm)) {
      const target = resolve(dirname(file), /** @type {string} */ (specifier)).replace(/\.js$/, '.ts');
      const otherElement = /src\/elements\/([^/]+)\//.exec(target)?.[1];
      if (otherElement && otherElement !== own) continue;
      queue.push(target);
    }
  }
  return texts.join('\n');
}

/**
 * The tags (of `tags`) that an element's templates render: `<other-tag` outside comments.
 * @param {string} modulePath
 * @param {string[]} tags
 */
export function nestedTags(modulePath, tags) {
  const code = elementSources(modulePath)
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
  return tags.filter((tag) => new RegExp(`<${tag}[\\s>/]`).test(code));
}
