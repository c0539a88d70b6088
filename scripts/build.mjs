// `npm run build`: the npm build (tsc → dist/ ESM + .d.ts; lit, @lit/task and zod stay dependencies),
// the CDN bundles, the generated files (custom-elements.json, frameworks/, openapi.json, docs/theming.md) and the
// size report. Fails when any step fails, or when anything is over a size budget (scripts/size.mjs).
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBundles } from './build-bundles.mjs';
import { writeFrameworks } from './frameworks.mjs';
import { generateOpenApi } from './openapi.mjs';
import { report } from './size.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

/** @param {string} title */
const step = (title) => console.log(`\n▸ ${title}`);

step('clean dist/');
rmSync(resolve(root, 'dist'), { recursive: true, force: true });

step('tsc -p tsconfig.build.json');
const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
  cwd: root,
  stdio: 'inherit',
});
if (tsc.status !== 0) {
  console.error('\nThe npm build failed: fix the type errors above.');
  process.exit(1);
}

step('CDN bundles (vite)');
console.log(`  ${(await buildBundles()).join(', ')}`);

step('custom-elements.json (cem analyze)');
const analyzer = spawnSync(process.execPath, [require.resolve('@custom-elements-manifest/analyzer/cem.js'), 'analyze'], {
  cwd: root,
  stdio: 'inherit',
});
if (analyzer.status !== 0) process.exit(1);

step('frameworks/ (React, Vue, Svelte, Solid typings and the React wrapper, from the manifest)');
console.log(`  ${writeFrameworks().join(', ')}`);

step('docs/theming.md (from the manifest)');
const theming = spawnSync(process.execPath, [resolve(root, 'scripts/docs-theming.mjs')], { cwd: root, stdio: 'inherit' });
if (theming.status !== 0) process.exit(1);

step('openapi.json');
writeFileSync(resolve(root, 'openapi.json'), await generateOpenApi());
console.log('  written');

// `--no-size`: CI measures the sizes in a step of its own (`npm run size`, which fails the same way).
if (!process.argv.includes('--no-size')) {
  step('size');
  if (!(await report())) process.exitCode = 1;
}
