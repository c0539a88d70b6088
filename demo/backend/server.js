#!/usr/bin/env node
// The reference backend on its own port, for a host page on another origin or for trying the
// contract with curl:
//   node demo/backend/server.js [--port 8787] [--host localhost] [--base /api]
//                               [--origin http://localhost:5173 ...] [--pace 4000] [--no-auth] [--seed large|xss]
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { createReferenceBackend, DEMO_CREDENTIALS } from './index.js';
import { SEED_KINDS } from './seed.js';

const USAGE = `Usage: node demo/backend/server.js [options]
  --port <n>        port to listen on (default 8787)
  --host <name>     interface to listen on (default localhost)
  --base <path>     where the contract is mounted (default /api)
  --origin <url>    an origin allowed to call with credentials; repeat for more (default: any origin)
  --pace <ms>       time of each review step (default 4000)
  --no-auth         answer without signing in
  --seed <kind>     default | large (10,000 eSIMs) | xss (script payloads in every text)
  --help            this text`;

/**
 * @param {string} message
 * @returns {never}
 */
function fail(message) {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

const OPTIONS = /** @type {const} */ ({
  port: { type: 'string', default: '8787' },
  host: { type: 'string', default: 'localhost' },
  base: { type: 'string', default: '/api' },
  origin: { type: 'string', multiple: true },
  pace: { type: 'string' },
  'no-auth': { type: 'boolean', default: false },
  seed: { type: 'string', default: 'default' },
  help: { type: 'boolean', default: false },
});

/** @type {ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>} */
let parsed;
try {
  parsed = parseArgs({ options: OPTIONS });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const options = parsed.values;
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}
const port = Number(options.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port: "${options.port}" is not a port number.`);
const reviewPaceMs = options.pace === undefined ? undefined : Number(options.pace);
if (reviewPaceMs !== undefined && !(reviewPaceMs >= 0)) fail(`--pace: "${options.pace}" is not a number of milliseconds.`);
const seed = SEED_KINDS.find((kind) => kind === options.seed) ?? fail(`--seed: "${options.seed}" is not one of ${SEED_KINDS.join(', ')}.`);

const backend = createReferenceBackend({
  basePath: options.base,
  allowedOrigins: options.origin ?? '*',
  reviewPaceMs,
  requireAuth: !options['no-auth'],
  seed,
});

const server = createServer((req, res) => {
  if (backend.handles(req.url ?? '/')) {
    backend.handle(req, res).catch((error) => {
      console.error(error);
      res.destroy();
    });
    return;
  }
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(`The reference backend answers under ${options.base}/ (try ${options.base}/esims).\n`);
});

server.listen(port, options.host, () => {
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const apiBase = `http://${options.host}:${actualPort}${backend.basePath}`;
  console.log(
    [
      `Reference backend: ${apiBase}`,
      options['no-auth']
        ? 'Auth: off'
        : `Sign in: ${DEMO_CREDENTIALS.email} / ${DEMO_CREDENTIALS.password}` + `   (or Authorization: Bearer ${DEMO_CREDENTIALS.token})`,
      `CORS origins: ${options.origin?.join(', ') ?? 'any (reflected, with credentials)'}`,
      `Try: curl -H 'Authorization: Bearer ${DEMO_CREDENTIALS.token}' ${apiBase}/esims?limit=2`,
    ].join('\n'),
  );
});
