// The HTTP edge: reads a Node request, picks the tenant, applies CORS and faults, and writes the
// reply. Node's request and response are described structurally below rather than imported from
// node:http: every module but server.js stays free of Node, so each also loads in a browser.

import { answerContract } from './contract.js';
import { answerControl } from './control.js';
import { ALLOWED_METHODS, CONTROL_METHODS, corsHeaders } from './cors.js';
import { ENDLESS_BODY_START, faultOutcome, withUnreadableDate } from './faults.js';
import { iso } from './format.js';
import { randomId } from './ids.js';
import { messagesFor, pickLocale } from './messages.js';
import { ApiError, errorReply } from './reply.js';
import { XSS_PAYLOADS } from './seed.js';
import { validationError } from './validation.js';

/** @typedef {import('./reply.js').Reply} Reply */
/** @typedef {import('./tenant.js').TenantRegistry} TenantRegistry */
/** @typedef {import('./tenant.js').Tenant} Tenant */
/** @typedef {import('./tenant.js').LogEntry} LogEntry */

/**
 * The parts of Node's `IncomingMessage` the backend uses.
 * @typedef {AsyncIterable<unknown> & {
 *   method?: string,
 *   url?: string,
 *   headers: Record<string, string | string[] | undefined>,
 * }} RequestLike
 */

/**
 * The parts of Node's `ServerResponse` the backend uses.
 * @typedef {object} ResponseLike
 * @property {number} statusCode
 * @property {(name: string, value: string) => unknown} setHeader
 * @property {(body?: string) => unknown} end
 * @property {(chunk: string) => unknown} write
 * @property {(event: 'close', listener: () => void) => unknown} once
 * @property {() => unknown} destroy
 * @property {{ end(data: string): unknown } | null} socket
 */

const CONTROL_PREFIX = '/__control/';
const MAX_BODY_BYTES = 64 * 1024;

/**
 * @param {{ tenants: TenantRegistry, allowedOrigins: string[] | '*' }} backend
 * @param {RequestLike} req
 * @param {ResponseLike} res
 */
export async function serve({ tenants, allowedOrigins }, req, res) {
  const url = new URL(req.url ?? '/', 'http://backend.invalid');
  /** @param {string} name */
  const header = (name) => {
    const value = req.headers[name];
    return Array.isArray(value) ? value.join(', ') : value;
  };
  const method = (req.method ?? 'GET').toUpperCase();
  const target = tenants.resolve(url.pathname);
  const isControl = target?.path.startsWith(CONTROL_PREFIX) ?? false;
  const requestId = randomId('req_');
  const messages = messagesFor(pickLocale(header('accept-language')));
  const cors = corsHeaders({
    origin: header('origin'),
    allowedOrigins,
    preflight: method === 'OPTIONS',
    methods: isControl ? CONTROL_METHODS : ALLOWED_METHODS,
  });
  const common = { ...cors, 'Cache-Control': 'no-store', 'X-Request-Id': requestId };
  /** @param {Reply} reply */
  const send = (reply) => write(res, reply, common);
  /** @param {unknown} error */
  const fail = (error) => errorReply(toApiError(error), messages, requestId, decorator(target?.tenant));

  if (method === 'OPTIONS') return send({ status: 204, headers: {}, body: '' });
  if (!target) return send(fail(new ApiError(404, 'not_found', (m) => m.notFoundRoute)));

  /** @type {string} */
  let body;
  try {
    body = await readBody(req);
  } catch (error) {
    return send(fail(error));
  }
  const { tenant, path } = target;
  if (isControl) {
    try {
      return send(answerControl(tenant, method, path.slice(CONTROL_PREFIX.length), body));
    } catch (error) {
      return send(fail(error));
    }
  }

  const { store, faults } = tenant.state;
  store.tick();
  const fault = faults.take(method, path);
  const idempotencyKey = header('idempotency-key');
  /** @type {LogEntry} */
  const entry = {
    method,
    path,
    ...(idempotencyKey ? { idempotencyKey } : {}),
    status: 0,
    at: iso(store.now()),
    ...(fault ? { fault: fault.kind } : {}),
  };
  tenant.record(entry);
  if (fault?.kind === 'drop') return cutConnection(res);
  if (fault && (fault.kind === 'delay' || fault.kind === 'slow')) {
    await pause(fault.delayMs, res);
    store.tick();
  }

  /** @type {Reply} */
  let reply;
  const canned = fault && faultOutcome(fault, path, elsewhere(url, header('host')));
  if (canned) {
    reply = canned instanceof ApiError ? fail(canned) : canned;
  } else {
    try {
      reply = answerContract({ tenant, method, path, query: url.searchParams, body, header, messages });
    } catch (error) {
      reply = fail(error);
    }
  }
  if (fault?.kind === 'unreadableDate') reply = withUnreadableDate(reply);
  entry.status = reply.status;
  // The work is done and recorded (idempotency included); only the answer is lost on the way.
  if (fault?.kind === 'lostResponse') return cutConnection(res);
  if (fault?.kind === 'endless') return sendEndless(res, common, fault.delayMs);
  return send(reply);
}

/**
 * The request's URL on another origin (the same server reached as 127.0.0.1 instead of localhost, or
 * the other way round), where the `redirect` fault points: a client that follows it reads or sends
 * data across origins.
 * @param {URL} url
 * @param {string | undefined} host
 */
function elsewhere(url, host = 'localhost') {
  const [name, port] = host.split(':');
  const other = name === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  return `http://${other}${port ? `:${port}` : ''}${url.pathname}${url.search}`;
}

/**
 * Headers and the start of a JSON body, then nothing until the client gives up (or `ms` pass, so a
 * forgotten fault cannot hold a socket for ever).
 * @param {ResponseLike} res
 * @param {Record<string, string>} common
 * @param {number} ms
 */
async function sendEndless(res, common, ms) {
  res.statusCode = 200;
  for (const [name, value] of Object.entries({ ...common, 'Content-Type': 'application/json; charset=utf-8' })) {
    res.setHeader(name, value);
  }
  res.write(ENDLESS_BODY_START);
  await pause(ms, res);
  res.destroy();
}

/**
 * @param {unknown} error
 * @returns {ApiError}
 */
function toApiError(error) {
  if (error instanceof ApiError) return error;
  console.error('[reference backend]', error);
  return new ApiError(500, 'internal', (m) => m.internal, { retryable: true });
}

/**
 * The xss seed puts payloads into error texts as well.
 * @param {Tenant | undefined} tenant
 * @returns {((text: string) => string) | undefined}
 */
function decorator(tenant) {
  return tenant?.state.settings.seed === 'xss' ? (text) => `${XSS_PAYLOADS.image}${text}` : undefined;
}

/**
 * @param {ResponseLike} res
 * @param {Reply} reply
 * @param {Record<string, string>} common
 */
function write(res, reply, common) {
  res.statusCode = reply.status;
  for (const [name, value] of Object.entries({ ...common, ...reply.headers })) res.setHeader(name, value);
  res.end(reply.body);
}

/**
 * Closes the connection without an answer: the client sees a network error.
 *
 * Not a bare `destroy()`: when a reused keep-alive connection closes before any byte arrives,
 * browsers (Chromium at least) assume the server timed the connection out and silently send the
 * request again, even a POST, so the fault would never reach the page. One line break first
 * makes it a truncated response, which is reported instead of resent.
 * The status is nginx's 444 "closed without response", for the dev server's logs only.
 * @param {ResponseLike} res
 */
function cutConnection(res) {
  res.statusCode = 444;
  if (res.socket) res.socket.end('\r\n');
  else res.destroy();
}

/**
 * Waits `ms`, or less if the client hangs up first (it gave up: a timeout or an abort). The request
 * is still processed afterwards, as a real server would, which is what retries must cope with.
 * @param {number} ms
 * @param {ResponseLike} res
 */
function pause(ms, res) {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    res.once('close', () => {
      clearTimeout(timer);
      resolve(undefined);
    });
  });
}

/**
 * @param {RequestLike} req
 * @returns {Promise<string>}
 */
async function readBody(req) {
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for await (const chunk of req) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : /** @type {Uint8Array} */ (chunk);
    size += bytes.byteLength;
    if (size > MAX_BODY_BYTES) throw validationError({ body: () => 'The request body is too large.' });
    text += decoder.decode(bytes, { stream: true });
  }
  return text + decoder.decode();
}
