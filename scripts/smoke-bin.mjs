// Smoke test of the `esim-elements` command in Node (`npm run test:bin`, after `npm run build`):
// usage errors, a clean run against the reference backend (read-only and --full), and failing runs
// against a broken one (schema fault, CORS refused). The browser tests cover the checker itself.
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createReferenceBackend } from '../demo/backend/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = fileURLToPath(new URL('../bin/esim-elements.js', import.meta.url));

if (!existsSync(new URL('../dist/cli/check-backend.js', import.meta.url))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

/**
 * @param {string[]} args
 * @param {Record<string, string>} [env]
 * @returns {Promise<{ code: number, stdout: string, stderr: string }>}
 */
function run(args, env = {}) {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1', ...env } }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * @param {ReturnType<typeof createReferenceBackend>} backend
 */
async function listen(backend) {
  const server = createServer((req, res) => {
    backend.handle(req, res).catch(() => res.destroy());
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return { server, base: `http://127.0.0.1:${address.port}/api` };
}

/** A fresh tenant of the reference backend. @param {string} base @param {object} [reset] */
async function tenant(base, reset = {}) {
  const apiBase = `${base}/t/${randomUUID()}`;
  const response = await fetch(`${apiBase}/__control/reset`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(reset),
  });
  if (!response.ok) throw new Error(`reset: HTTP ${response.status}`);
  return apiBase;
}

let failed = 0;
/** @param {string} name @param {boolean} ok @param {string} [output] */
function expect(name, ok, output = '') {
  console.log(`${ok ? '✓' : '✗'} ${name}`);
  if (!ok) {
    failed++;
    if (output) console.log(output.replace(/^/gm, '    '));
  }
}

const help = await run(['--help']);
expect('--help exits 0 with usage', help.code === 0 && help.stdout.includes('Usage: esim-elements check-backend'), help.stdout);
const none = await run([]);
expect('no command exits 2', none.code === 2 && none.stderr.includes('missing command'), none.stderr);
const unknown = await run(['check-frontend', 'http://x']);
expect('unknown command exits 2', unknown.code === 2, unknown.stderr);
const relative = await run(['check-backend', '/api']);
expect('a relative api-base exits 2', relative.code === 2 && relative.stderr.includes('absolute'), relative.stderr);
const badFlag = await run(['check-backend', 'http://x', '--nope']);
expect('an unknown option exits 2', badFlag.code === 2, badFlag.stderr);

const open = await listen(createReferenceBackend({ basePath: '/api' }));
try {
  const readOnly = await run(['check-backend', await tenant(open.base, { requireAuth: true }), '--token', 'demo-token']);
  expect('read-only run passes (exit 0)', readOnly.code === 0 && readOnly.stdout.includes('0 failed'), readOnly.stdout + readOnly.stderr);

  // The token from the environment this time, the way a CI job would pass a secret.
  const full = await run(['check-backend', await tenant(open.base, { requireAuth: true }), '--full', '--declarations', '--json'], {
    ESIM_ELEMENTS_TOKEN: 'demo-token',
  });
  let results = [];
  try {
    results = JSON.parse(full.stdout);
  } catch {
    results = [];
  }
  expect(
    '--full --declarations --json run with ESIM_ELEMENTS_TOKEN passes (exit 0)',
    full.code === 0 && results.length > 15 && results.every((/** @type {{ status: string }} */ r) => r.status === 'pass'),
    full.stdout + full.stderr,
  );

  const broken = await tenant(open.base);
  await fetch(`${broken}/__control/faults`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ path: '/esims', method: 'GET', kind: 'schema', count: 1 }),
  });
  const schema = await run(['check-backend', broken]);
  expect(
    'a schema fault exits 1 naming the field',
    schema.code === 1 && /GET \/esims .*FAIL.*items\.0\.iccid/.test(schema.stdout),
    schema.stdout,
  );
} finally {
  open.server.close();
}

const strict = await listen(createReferenceBackend({ basePath: '/api', allowedOrigins: ['https://shop.example'] }));
try {
  const apiBase = await tenant(strict.base);
  const refused = await run(['check-backend', apiBase]);
  expect('a CORS refusal exits 1', refused.code === 1 && /CORS .*FAIL.*Access-Control-Allow-Origin/.test(refused.stdout), refused.stdout);
  const allowed = await run(['check-backend', apiBase, '--origin', 'https://shop.example']);
  expect('--origin with an allowed origin passes', allowed.code === 0, allowed.stdout);
} finally {
  strict.server.close();
}

if (failed > 0) {
  console.error(`\n${failed} smoke check(s) failed.`);
  process.exitCode = 1;
}
