#!/usr/bin/env node
// The esim-elements command line: `npx esim-elements check-backend <api-base> [--token T] [--full] [--declarations] [--json]`.
// Exit codes: 0 all checks passed (or skipped), 1 a check failed, 2 usage error.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const HELP = `Usage: esim-elements check-backend <api-base> [options]

Checks a reseller backend against the esim-elements backend contract (openapi.json in this
package): response shapes, paging, error bodies, CORS and, with --full, cancellation,
Idempotency-Key replay and mismatch, duplicate requests and withdrawal.

Arguments:
  <api-base>        The URL the elements get as api-base, e.g. https://shop.example.com/api/esim

Options:
  --token <token>   Bearer token of a test customer (or set ESIM_ELEMENTS_TOKEN, which keeps it
                    out of your shell history and the process list)
  --full            Also run the checks that change data: cancels one instant-eligible eSIM and
                    opens, then withdraws, a review request on another. Use a test account.
  --declarations    Also record a real declaration through POST /cancellation-declarations
                    (optional endpoint, no sign-in): your backend emails its confirmation to
                    conformance-check@example.com. Use a test system.
  --origin <url>    The shop page origin to present in CORS checks (default https://reseller.example)
  --timeout <ms>    Per-request timeout (default 10000)
  --json            Print the results as JSON instead of a table
  -h, --help        Show this help
  -v, --version     Show the version

Exit codes: 0 every check passed or was skipped, 1 a check failed, 2 usage error.`;

/** @param {string} message */
function usageError(message) {
  process.stderr.write(`esim-elements: ${message}\nRun \`esim-elements --help\` for usage.\n`);
  process.exit(2);
}

/** @param {import('../src/cli/check-backend.js').CheckResult[]} results */
function table(results) {
  const color = process.stdout.isTTY && !process.env.NO_COLOR;
  const paint = (/** @type {string} */ code, /** @type {string} */ text) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const label = { pass: paint('32', 'pass'), fail: paint('31', 'FAIL'), skip: paint('33', 'skip') };
  const width = Math.max(5, ...results.map((r) => r.name.length));
  const lines = [`${'check'.padEnd(width)}  result  detail`, `${'-'.repeat(width)}  ------  ------`];
  for (const r of results) lines.push(`${r.name.padEnd(width)}  ${label[r.status]}    ${r.detail}`);
  const count = (/** @type {string} */ s) => results.filter((r) => r.status === s).length;
  lines.push('', `${count('pass')} passed, ${count('fail')} failed, ${count('skip')} skipped`);
  return lines.join('\n');
}

async function main() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        token: { type: 'string' },
        full: { type: 'boolean', default: false },
        declarations: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        origin: { type: 'string' },
        timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  if (values.version) {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    process.stdout.write(`${pkg.version}\n`);
    return;
  }
  const [command, apiBase, ...extra] = positionals;
  if (!command) return usageError('missing command (check-backend)');
  if (command !== 'check-backend') return usageError(`unknown command "${command}"`);
  if (!apiBase) return usageError('missing <api-base>');
  if (extra.length > 0) return usageError(`unexpected argument "${extra[0]}"`);
  let url;
  try {
    url = new URL(apiBase);
  } catch {
    return usageError(`<api-base> must be an absolute http(s) URL, got "${apiBase}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return usageError(`<api-base> must be an http(s) URL, got "${apiBase}"`);
  }
  const timeoutMs = values.timeout === undefined ? undefined : Number(values.timeout);
  if (timeoutMs !== undefined && !(Number.isFinite(timeoutMs) && timeoutMs > 0)) {
    return usageError(`--timeout must be a positive number of milliseconds, got "${values.timeout}"`);
  }
  if (values.origin !== undefined) {
    try {
      values.origin = new URL(values.origin).origin;
    } catch {
      return usageError(`--origin must be a URL like https://shop.example.com, got "${values.origin}"`);
    }
  }

  // Built by `npm run build`; a variable specifier keeps type-checking independent of dist/.
  const checker = '../dist/cli/check-backend.js';
  /** @type {typeof import('../src/cli/check-backend.js').checkBackend} */
  let checkBackend;
  try {
    ({ checkBackend } = await import(checker));
  } catch (error) {
    process.stderr.write(
      `esim-elements: the checker is not built (${error instanceof Error ? error.message : error}). In a clone of the repository, run \`npm run build\` first.\n`,
    );
    process.exit(2);
  }
  const token = values.token ?? process.env.ESIM_ELEMENTS_TOKEN;
  if (!values.json) process.stdout.write(`Checking ${url.href}${values.full ? ' (full: changes data)' : ' (read-only)'}…\n\n`);
  const results = await checkBackend(url.href, {
    token: token || undefined,
    full: values.full,
    declarations: values.declarations,
    origin: values.origin,
    timeoutMs,
  });
  process.stdout.write(values.json ? `${JSON.stringify(results, null, 2)}\n` : `${table(results)}\n`);
  if (results.some((r) => r.status === 'fail')) process.exitCode = 1;
}

await main();
