// The framework examples (examples/<name>/), built as a user would: against the packed tarball of
// this package, with their framework's own type checker in strict mode, each with a fixture of
// lines that must not compile (`@ts-expect-error` fails the check when a line compiles). The built
// pages land in examples/<name>/dist/ for the browser tests (test/examples/). Needs dist/ (`npm run
// build`) and the npm registry. Usage: `node scripts/examples.mjs [react …]`.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const EXAMPLES = ['react', 'vue'];
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : EXAMPLES;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
/** The versions this repository builds with: the examples use the same Vite and TypeScript. */
const version = (/** @type {string} */ name) =>
  JSON.parse(readFileSync(resolve(root, 'node_modules', name, 'package.json'), 'utf8')).version;

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
    // The type check (src and the must-not-compile fixtures), then the Vite build.
    run(['run', 'build']);
    rmSync(join(source, 'dist'), { recursive: true, force: true });
    cpSync(join(work, 'dist'), join(source, 'dist'), { recursive: true });
    console.log(`  examples/${name}: type-checked (strict, fixtures refused) and built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
