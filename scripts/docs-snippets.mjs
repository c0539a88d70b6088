// The code in docs/frameworks.md is the examples' code, never a copy typed by hand: a fenced block
// right after `<!-- snippet: examples/react/src/CancelPage.tsx#react19 -->` holds that file's
// `#region react19` … `#endregion react19` lines, which CI type-checks and builds
// (scripts/examples.mjs). `node scripts/docs-snippets.mjs` writes them; `--check` fails when stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const DOC = 'docs/frameworks.md';

/** The lines between a file's `#region name` and `#endregion name` markers (in any comment syntax). */
function region(/** @type {string} */ file, /** @type {string} */ name) {
  const lines = readFileSync(resolve(root, file), 'utf8').split('\n');
  const start = lines.findIndex((line) => new RegExp(`#region ${name}\\b`).test(line));
  const end = lines.findIndex((line, i) => i > start && new RegExp(`#endregion ${name}\\b`).test(line));
  if (start < 0 || end < 0) throw new Error(`${DOC}: no region "${name}" in ${file}`);
  return lines.slice(start + 1, end).join('\n');
}

const text = readFileSync(resolve(root, DOC), 'utf8');
const next = text.replace(
  /(<!-- snippet: ([^#\s]+)#([\w-]+) -->\n\n```\w*\n)[\s\S]*?(\n```)/g,
  (_match, head, file, name, tail) => `${head}${region(file, name)}${tail}`,
);
if (process.argv.includes('--check')) {
  if (next !== text) {
    console.error(`✗ ${DOC}: a snippet differs from the example it comes from; run \`node scripts/docs-snippets.mjs\`.`);
    process.exit(1);
  }
  console.log(`✓ ${DOC}: every snippet is the examples' code`);
} else {
  writeFileSync(resolve(root, DOC), next);
  console.log(`Wrote ${DOC}`);
}
