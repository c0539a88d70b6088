// The framework examples (examples/<name>/), built as a user would: against the packed tarball of
// this package, with their framework's own type checker in strict mode, each with a fixture of
// lines that must not compile (`@ts-expect-error` fails the check when a line compiles); and the
// compile-only fixtures of the Solid, Svelte and Angular typings (examples/typings). The built
// pages land in examples/<name>/dist/ for the browser tests (test/examples/). Needs dist/ (`npm run
// build`) and the npm registry. Usage: `node scripts/examples.mjs [react …]`.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const EXAMPLES = ['react', 'vue', 'typings'];
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : EXAMPLES;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
/** The versions this repository builds with: the examples use the same Vite and TypeScript. */
const version = (/** @type {string} */ name) =>
  JSON.parse(readFileSync(resolve(root, 'node_modules', name, 'package.json'), 'utf8')).version;

/**
 * examples/typings: compile-only fixtures. Solid and Angular: `tsc` (their `@ts-expect-error` lines
 * must be errors); Svelte: `svelte-check` passes on svelte/good and reports each expected error on
 * svelte/bad (Svelte markup has no expect-error comment).
 * @param {string} work
 */
function typings(work) {
  const bin = (/** @type {string} */ name) => join(work, 'node_modules', '.bin', name);
  const tsc = (/** @type {string} */ project) => execFileSync(bin('tsc'), ['-p', project], { cwd: work, stdio: 'inherit' });
  tsc('solid/tsconfig.json');
  tsc('angular/tsconfig.json');
  execFileSync(bin('svelte-check'), ['--workspace', 'svelte/good', '--output', 'machine'], { cwd: work, stdio: 'inherit' });
  const bad = spawnSync(bin('svelte-check'), ['--workspace', 'svelte/bad', '--output', 'human'], { cwd: work, encoding: 'utf8' });
  const expected = ["Property 'cancellation' is missing in type 'EsimCancelStepDetail'", `Type '"refund"' is not assignable`];
  const missing = expected.filter((message) => !bad.stdout.includes(message));
  if (bad.status === 0 || missing.length > 0) {
    throw new Error(
      `examples/typings/svelte/bad compiled, or not for the expected reasons (missing: ${missing.join('; ')}):\n${bad.stdout}`,
    );
  }
}

const scratch = mkdtempSync(join(tmpdir(), 'esim-examples-'));
try {
  execFileSync(npm, ['pack', '--silent', '--ignore-scripts', '--pack-destination', scratch], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const tarball = join(scratch, `esim-elements-${JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')).version}.tgz`);
  for (const name of wanted) {
    const started = Date.now();
    const source = resolve(root, 'examples', name);
    const work = join(scratch, name);
    cpSync(source, work, { recursive: true, filter: (path) => !/[\\/](node_modules|dist)([\\/]|$)/.test(path.slice(source.length)) });
    const run = (/** @type {string[]} */ args) =>
      execFileSync(npm, args, { cwd: work, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
    run([
      'install',
      '--no-audit',
      '--no-fund',
      '--no-package-lock',
      tarball,
      `vite@${version('vite')}`,
      `typescript@${version('typescript')}`,
    ]);
    if (name === 'typings') {
      typings(work);
      console.log(`  examples/typings: Solid, Svelte and Angular fixtures checked in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      continue;
    }
    // The type check (src and the must-not-compile fixtures), then the Vite build.
    run(['run', 'build']);
    rmSync(join(source, 'dist'), { recursive: true, force: true });
    cpSync(join(work, 'dist'), join(source, 'dist'), { recursive: true });
    console.log(`  examples/${name}: type-checked (strict, fixtures refused) and built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
