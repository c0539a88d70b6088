import { expect } from '@open-wc/testing';
import type { EsimBackend } from '../../src/api/backend.js';
import { EsimApiError } from '../../src/api/errors.js';
import { createHttpBackend, newIdempotencyKey, type HttpBackendOptions } from '../../src/api/http-backend.js';
import type { Esim } from '../../src/api/schemas.js';
import { newTenant, type Tenant } from '../helpers/tenant.js';

const body = { reason: 'device_lost', contactEmail: 'traveller@example.com', acknowledged: true as const };

async function rejection(promise: Promise<unknown>): Promise<EsimApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(EsimApiError);
    return error as EsimApiError;
  }
  throw new Error('expected the call to fail');
}

interface Captured {
  url: string;
  init: RequestInit;
}

function client(tenant: Tenant, options: Partial<HttpBackendOptions> = {}) {
  const calls: Captured[] = [];
  const backend = createHttpBackend({
    apiBase: tenant.apiBase,
    retryBaseMs: 10,
    fetch: (input, init) => {
      calls.push({ url: String(input), init: init ?? {} });
      return fetch(input, init);
    },
    ...options,
  });
  return { backend, calls };
}

async function findEsim(backend: EsimBackend, predicate: (esim: Esim) => boolean): Promise<Esim> {
  const page = await backend.listEsims({ limit: 200 });
  const esim = page.items.find(predicate);
  if (!esim) throw new Error('seed has no matching eSIM');
  return esim;
}

const instant = (e: Esim) => e.cancellation.eligible && e.cancellation.mode === 'instant';
const review = (e: Esim) => e.cancellation.eligible && e.cancellation.mode === 'review';

describe('createHttpBackend against the reference backend', () => {
  let tenant: Tenant;
  beforeEach(async () => {
    tenant = await newTenant({ manualClock: true });
  });

  it('lists, pages and filters eSIMs, parsed by the schemas', async () => {
    const { backend, calls } = client(tenant, { locale: 'zh-CN' });
    const first = await backend.listEsims({ limit: 5 });
    expect(first.items).to.have.length(5);
    expect(first.nextCursor).to.be.a('string');
    const second = await backend.listEsims({ limit: 5, cursor: first.nextCursor });
    expect(second.items[0]!.id).not.to.equal(first.items[0]!.id);
    const active = await backend.listEsims({ status: 'active', limit: 200 });
    expect(active.items.length).to.be.greaterThan(0);
    expect(active.items.every((e) => e.status === 'active')).to.equal(true);
    expect(calls[1]!.url).to.contain(`cursor=${encodeURIComponent(first.nextCursor!)}`);
    expect(calls[2]!.url).to.contain('status=active');
    const headers = calls[0]!.init.headers as Record<string, string>;
    expect(headers.Accept).to.equal('application/json');
    expect(headers['Accept-Language']).to.equal('zh-CN');
    expect(headers.Authorization).to.equal(undefined);
    expect(calls[0]!.init.credentials).to.equal('include');
  });

  it('gets one eSIM and its quote', async () => {
    const { backend } = client(tenant);
    const target = await findEsim(backend, review);
    const esim = await backend.getEsim(target.id);
    expect(esim.iccid).to.equal(target.iccid);
    const quote = await backend.getCancellationQuote(target.id);
    expect(quote.esimId).to.equal(target.id);
    expect(quote.mode).to.equal('review');
    expect(quote.fee.currency).to.match(/^[A-Z]{3}$/);
  });

  it('sends a bearer token when given one, and no cookies', async () => {
    const authTenant = await newTenant({ requireAuth: true });
    const { backend, calls } = client(authTenant, { getAuthToken: () => 'demo-token' });
    const page = await backend.listEsims({});
    expect(page.items.length).to.be.greaterThan(0);
    expect((calls[0]!.init.headers as Record<string, string>).Authorization).to.equal('Bearer demo-token');
    expect(calls[0]!.init.credentials).to.equal('same-origin');
  });

  it('asks for a fresh token once after a 401 and retries once', async () => {
    const authTenant = await newTenant({ requireAuth: true });
    const asked: boolean[] = [];
    const { backend } = client(authTenant, {
      getAuthToken: ({ refresh }) => {
        asked.push(refresh);
        return refresh ? 'demo-token' : 'stale-token';
      },
    });
    const page = await backend.listEsims({});
    expect(page.items.length).to.be.greaterThan(0);
    expect(asked).to.deep.equal([false, true]);
  });

  it('gives up with unauthenticated when the refreshed token is refused too', async () => {
    const authTenant = await newTenant({ requireAuth: true });
    let asked = 0;
    const { backend } = client(authTenant, { getAuthToken: () => `bad-${++asked}` });
    const error = await rejection(backend.listEsims({}));
    expect(error.code).to.equal('unauthenticated');
    expect(error.status).to.equal(401);
    expect(asked).to.equal(2);
  });

  it('signs in and requests a password reset', async () => {
    const authTenant = await newTenant({ requireAuth: true });
    const { backend } = client(authTenant);
    const session = await backend.signIn!('demo@example.com', 'demo-password');
    expect(session.token).to.be.a('string');
    const wrong = await rejection(backend.signIn!('demo@example.com', 'nope'));
    expect(wrong.code).to.equal('unauthenticated');
    await backend.requestPasswordReset!('nobody@example.com');
    const withToken = createHttpBackend({ apiBase: authTenant.apiBase, getAuthToken: () => session.token });
    expect((await withToken.listEsims({})).items.length).to.be.greaterThan(0);
  });

  it('submits once per idempotency key: a replay returns the same cancellation', async () => {
    const { backend } = client(tenant);
    const target = await findEsim(backend, review);
    const key = newIdempotencyKey();
    const first = await backend.submitCancellation(target.id, body, { idempotencyKey: key });
    const again = await backend.submitCancellation(target.id, body, { idempotencyKey: key });
    expect(first.status).to.equal('pending');
    expect(again.id).to.equal(first.id);
    expect((await tenant.log()).cancellationsCreated).to.equal(1);

    const mismatch = await rejection(
      backend.submitCancellation(target.id, { ...body, reason: 'other', note: 'changed' }, { idempotencyKey: key }),
    );
    expect(mismatch.code).to.equal('idempotency_mismatch');

    const duplicate = await rejection(backend.submitCancellation(target.id, body, { idempotencyKey: newIdempotencyKey() }));
    expect(duplicate.code).to.equal('duplicate_request');
    expect(duplicate.existingRequestId).to.equal(first.id);
  });

  it('completes an instant cancellation and reads it back', async () => {
    const { backend } = client(tenant);
    const target = await findEsim(backend, instant);
    const cancellation = await backend.submitCancellation(target.id, body, { idempotencyKey: newIdempotencyKey() });
    expect(cancellation.status).to.equal('completed');
    expect((await backend.getCancellation(cancellation.id)).id).to.equal(cancellation.id);
    expect((await backend.getEsim(target.id)).status).to.equal('cancelled');
  });

  it('withdraws a pending request', async () => {
    const { backend } = client(tenant);
    const target = await findEsim(backend, review);
    const cancellation = await backend.submitCancellation(target.id, body, { idempotencyKey: newIdempotencyKey() });
    const withdrawn = await backend.withdrawCancellation(cancellation.id, { idempotencyKey: newIdempotencyKey() });
    expect(withdrawn.status).to.equal('withdrawn');
    expect(withdrawn.withdrawable).to.equal(false);
  });

  it('retries a submission after a lost response with the same key, creating one cancellation', async () => {
    const { backend, calls } = client(tenant, { retries: 2 });
    const target = await findEsim(backend, review);
    await tenant.fault({ path: '/esims/*/cancellations', method: 'POST', kind: 'lostResponse' });
    const key = newIdempotencyKey();
    const cancellation = await backend.submitCancellation(target.id, body, { idempotencyKey: key });
    expect(cancellation.esimId).to.equal(target.id);
    const posts = calls.filter((c) => c.init.method === 'POST');
    expect(posts).to.have.length(2);
    expect(posts.map((c) => (c.init.headers as Record<string, string>)['Idempotency-Key'])).to.deep.equal([key, key]);
    expect((await tenant.log()).cancellationsCreated).to.equal(1);
  });

  it('sends the Idempotency-Key of a withdrawal, and the same one on its retry after a lost response', async () => {
    const { backend, calls } = client(tenant, { retries: 2 });
    const target = await findEsim(backend, review);
    const cancellation = await backend.submitCancellation(target.id, body, { idempotencyKey: newIdempotencyKey() });
    await tenant.fault({ path: '/cancellations/*/withdraw', method: 'POST', kind: 'lostResponse' });
    const key = newIdempotencyKey();
    expect((await backend.withdrawCancellation(cancellation.id, { idempotencyKey: key })).status).to.equal('withdrawn');
    const withdrawals = calls.filter((c) => c.url.endsWith('/withdraw'));
    expect(withdrawals.map((c) => (c.init.headers as Record<string, string>)['Idempotency-Key'])).to.deep.equal([key, key]);
    const logged = (await tenant.log()).requests.filter((r) => r.path.endsWith('/withdraw'));
    expect(logged.map((r) => r.idempotencyKey)).to.deep.equal([key, key]);
  });

  it('never follows a redirect: a GET reads nothing from the other origin', async () => {
    const { backend } = client(tenant, { retries: 2 });
    await tenant.fault({ path: '/esims', method: 'GET', kind: 'redirect' });
    const error = await rejection(backend.listEsims({}));
    expect(error.code).to.equal('invalid_response');
    expect(error.retryable).to.equal(false);
    expect(error.message).to.contain('redirect');
    // One request, the redirected one: nothing went to the Location.
    expect((await tenant.log()).requests.filter((r) => r.path === '/esims')).to.have.length(1);
  });

  it('never follows a redirect: a POST body and its key never reach another origin', async () => {
    const { backend } = client(tenant, { retries: 2 });
    const target = await findEsim(backend, instant);
    await tenant.fault({ path: '/esims/*/cancellations', method: 'POST', kind: 'redirect' });
    const error = await rejection(backend.submitCancellation(target.id, body, { idempotencyKey: newIdempotencyKey() }));
    expect(error.code).to.equal('invalid_response');
    const { requests, cancellationsCreated } = await tenant.log();
    expect(requests.filter((r) => r.method === 'POST')).to.have.length(1);
    expect(cancellationsCreated).to.equal(0);
  });

  it('gives up on a body that never ends within the total time, retries included', async function () {
    this.timeout(8000);
    const { backend, calls } = client(tenant, { timeoutMs: 1500, totalTimeoutMs: 2500, retries: 5 });
    await tenant.fault({ path: '/esims', method: 'GET', kind: 'endless', count: 10 });
    const started = performance.now();
    const error = await rejection(backend.listEsims({}));
    const took = performance.now() - started;
    expect(error.code).to.equal('timeout');
    expect(took).to.be.within(1400, 3000);
    // The second attempt got the rest of the budget, and no third was started past it.
    expect(calls.length).to.be.within(1, 2);
  });

  it('waits at least a second between retries whatever Retry-After says: never a burst', async function () {
    this.timeout(10000);
    for (const hint of ['0', '-5', 'soon', new Date(Date.now() - 60_000).toUTCString()]) {
      const times: number[] = [];
      const backend = createHttpBackend({
        apiBase: tenant.apiBase,
        retries: 2,
        fetch: (input, init) => {
          times.push(performance.now());
          return fetch(input, init);
        },
      });
      await tenant.fault({ path: '/esims', method: 'GET', kind: '429', retryAfter: hint, count: 1 });
      expect((await backend.listEsims({})).items.length, hint).to.be.greaterThan(0);
      expect(times, hint).to.have.length(2);
      expect(times[1]! - times[0]!, hint).to.be.at.least(950);
    }
  });

  it('does not retry a POST without an idempotency key', async () => {
    const { backend, calls } = client(tenant, { retries: 3 });
    await tenant.fault({ path: '/session', method: 'POST', kind: 'drop' });
    const error = await rejection(backend.signIn!('demo@example.com', 'demo-password'));
    expect(error.code).to.equal('network');
    expect(calls).to.have.length(1);
  });

  it('maps a dropped connection to network, and retries GETs through it', async () => {
    const { backend } = client(tenant, { retries: 0 });
    await tenant.fault({ path: '/esims', kind: 'drop' });
    const error = await rejection(backend.listEsims({}));
    expect(error.code).to.equal('network');
    expect(error.retryable).to.equal(true);

    const retrying = client(tenant, { retries: 1 });
    await tenant.fault({ path: '/esims', kind: 'drop' });
    expect((await retrying.backend.listEsims({})).items.length).to.be.greaterThan(0);
    expect(retrying.calls).to.have.length(2);
  });

  it('times out a slow answer', async () => {
    const { backend } = client(tenant, { timeoutMs: 300, retries: 0 });
    await tenant.fault({ path: '/esims', kind: 'delay', delayMs: 3000 });
    const error = await rejection(backend.listEsims({}));
    expect(error.code).to.equal('timeout');
  });

  it('aborts when the caller aborts, without retrying', async () => {
    const { backend, calls } = client(tenant, { retries: 3 });
    await tenant.fault({ path: '/esims', kind: 'delay', delayMs: 3000 });
    const controller = new AbortController();
    const pending = backend.listEsims({}, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const error = await rejection(pending);
    expect(error.code).to.equal('aborted');
    expect(error.retryable).to.equal(false);
    expect(calls).to.have.length(1);
  });

  it('does not retry a 500', async () => {
    const { backend, calls } = client(tenant, { retries: 2 });
    await tenant.fault({ path: '/esims', kind: '500' });
    const error = await rejection(backend.listEsims({}));
    expect(error.code).to.equal('internal');
    expect(error.status).to.equal(500);
    expect(calls).to.have.length(1);
  });

  it('reads a 502 with an HTML body as upstream_unavailable and retries it', async () => {
    const failing = client(tenant, { retries: 0 });
    await tenant.fault({ path: '/esims', kind: 'html502' });
    const error = await rejection(failing.backend.listEsims({}));
    expect(error.code).to.equal('upstream_unavailable');
    expect(error.status).to.equal(502);

    const retrying = client(tenant, { retries: 1 });
    await tenant.fault({ path: '/esims', kind: 'html502' });
    expect((await retrying.backend.listEsims({})).items.length).to.be.greaterThan(0);
  });

  it('reports malformed and schema-invalid JSON as invalid_response, naming the bad field', async () => {
    const { backend } = client(tenant, { retries: 0 });
    await tenant.fault({ path: '/esims', kind: 'malformed' });
    const malformed = await rejection(backend.listEsims({}));
    expect(malformed.code).to.equal('invalid_response');
    expect(malformed.message).to.contain('not JSON');

    await tenant.fault({ path: '/esims', kind: 'schema' });
    const invalid = await rejection(backend.listEsims({}));
    expect(invalid.code).to.equal('invalid_response');
    expect(invalid.message).to.match(/items\.0\.\w+/);
  });

  it('maps each contract error status to its code', async () => {
    const { backend } = client(tenant, { retries: 0 });
    const expected: [kind: '401' | '403' | '404' | '409' | '422', code: string][] = [
      ['401', 'unauthenticated'],
      ['403', 'forbidden'],
      ['404', 'not_found'],
      ['409', 'duplicate_request'],
      ['422', 'validation_failed'],
    ];
    for (const [kind, code] of expected) {
      await tenant.fault({ path: '/esims', kind });
      const error = await rejection(backend.listEsims({}));
      expect(error.code, kind).to.equal(code);
      expect(error.status, kind).to.equal(Number(kind));
      expect(error.message, kind).to.be.a('string').and.not.equal('');
    }
  });

  it('carries 422 field details', async () => {
    const { backend } = client(tenant);
    const target = await findEsim(backend, review);
    const error = await rejection(
      backend.submitCancellation(target.id, { ...body, contactEmail: 'not-an-email' }, { idempotencyKey: newIdempotencyKey() }),
    );
    expect(error.code).to.equal('validation_failed');
    expect(error.details).to.have.property('contactEmail');
  });

  it('waits out a short Retry-After on 429, then succeeds', async () => {
    const { backend, calls } = client(tenant, { retries: 1 });
    await tenant.fault({ path: '/esims', kind: '429', retryAfter: 1 });
    const started = performance.now();
    const page = await backend.listEsims({});
    expect(page.items.length).to.be.greaterThan(0);
    expect(performance.now() - started).to.be.at.least(900);
    expect(calls).to.have.length(2);
  });

  it('hands a long Retry-After to the caller instead of waiting silently', async () => {
    const { backend, calls } = client(tenant, { retries: 2, maxRetryAfterMs: 5000 });
    await tenant.fault({ path: '/esims', kind: '429', retryAfter: 30 });
    const error = await rejection(backend.listEsims({}));
    expect(error.code).to.equal('rate_limited');
    expect(error.retryAfter).to.equal(30);
    expect(calls).to.have.length(1);
  });

  it('by default waits silently for at most 3 s: a longer Retry-After goes to the caller to show', async () => {
    const { backend, calls } = client(tenant, { retries: 2 });
    await tenant.fault({ path: '/esims', kind: '429', retryAfter: 5 });
    const started = performance.now();
    const error = await rejection(backend.listEsims({}));
    expect(error.code).to.equal('rate_limited');
    expect(error.retryAfter).to.equal(5);
    expect(performance.now() - started).to.be.below(2000);
    expect(calls).to.have.length(1);
  });

  it('reads each field of an error body on its own, so one odd field does not lose the code', async () => {
    const answer = (status: number, body: unknown) =>
      createHttpBackend({
        apiBase: '/nowhere',
        retries: 0,
        fetch: async () => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }),
      });
    const duplicate = await rejection(
      answer(409, {
        error: { code: 'duplicate_request', message: 'Open', existingRequestId: 'c-7', details: null, requestId: 42 },
      }).listEsims({}),
    );
    expect(duplicate.code).to.equal('duplicate_request');
    expect(duplicate.existingRequestId).to.equal('c-7');
    expect(duplicate.requestId).to.equal(undefined);
    const cancelled = await rejection(answer(422, { error: { code: 'already_cancelled', message: 'x', retryable: null } }).listEsims({}));
    expect(cancelled.code).to.equal('already_cancelled');
    const invalid = await rejection(
      answer(422, { error: { code: 'validation_failed', message: 'x', details: { note: ['too long', 'no emoji'], n: 3 } } }).listEsims({}),
    );
    expect(invalid.details).to.deep.equal({ note: 'too long no emoji' });
    const odd = await rejection(answer(503, { message: 'down' }).listEsims({}));
    expect(odd.code).to.equal('upstream_unavailable');
  });

  it('times out a body that stalls after the headers arrived', async () => {
    const backend = createHttpBackend({
      apiBase: '/nowhere',
      timeoutMs: 200,
      retries: 0,
      fetch: async (_url, init) =>
        new Response(
          new ReadableStream<Uint8Array>({
            start(controller) {
              controller.enqueue(new TextEncoder().encode('{"items":['));
              init?.signal?.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
            },
          }),
          { status: 200 },
        ),
    });
    const error = await rejection(backend.listEsims({}));
    expect(error.code).to.equal('timeout');
  });

  it('drops quote warnings it cannot word instead of failing the quote', async () => {
    const backend = createHttpBackend({
      apiBase: '/nowhere',
      fetch: async () =>
        new Response(
          JSON.stringify({
            esimId: 'e',
            quoteId: 'q',
            eligible: true,
            mode: 'instant',
            fee: { amount: '0', currency: 'USD' },
            refund: { amount: '5', currency: 'USD' },
            effective: 'immediately',
            warnings: ['irreversible', 'solar_flare'],
          }),
          { status: 200 },
        ),
    });
    expect((await backend.getCancellationQuote('e')).warnings).to.deep.equal(['irreversible']);
  });

  it('reads an empty 200 body as {} where the schema allows it (a cookie sign-in), else invalid_response', async () => {
    const empty = createHttpBackend({ apiBase: '/nowhere', retries: 0, fetch: async () => new Response('', { status: 200 }) });
    expect(await empty.signIn!('a@example.com', 'pw')).to.deep.equal({});
    const error = await rejection(empty.listEsims({}));
    expect(error.code).to.equal('invalid_response');
    expect(error.message).to.contain('items');
  });

  it('reads Retry-After as seconds or as an HTTP date, bounded to 1–60 s whatever the server sends', async () => {
    const limited = (retryAfter: string) =>
      rejection(
        createHttpBackend({
          apiBase: '/nowhere',
          retries: 0,
          fetch: async () => new Response('{}', { status: 429, headers: { 'Retry-After': retryAfter } }),
        }).listEsims({}),
      );
    expect((await limited('7')).retryAfter).to.equal(7);
    const date = (await limited(new Date(Date.now() + 20_000).toUTCString())).retryAfter!;
    expect(date).to.be.within(15, 20);
    // Zero, negative, past and unreadable hints still mean "wait": never a burst, never "0 seconds".
    expect((await limited('0')).retryAfter).to.equal(1);
    expect((await limited('-30')).retryAfter).to.equal(1);
    expect((await limited(new Date(Date.now() - 60_000).toUTCString())).retryAfter).to.equal(1);
    expect((await limited('soon')).retryAfter).to.equal(1);
    // Days become a minute: no button is locked for longer.
    expect((await limited('864000')).retryAfter).to.equal(60);
    expect((await limited(new Date(Date.now() + 86_400_000).toUTCString())).retryAfter).to.equal(60);
  });

  it('makes distinct v4 UUIDs for idempotency keys', () => {
    const keys = new Set(Array.from({ length: 50 }, () => newIdempotencyKey()));
    expect(keys.size).to.equal(50);
    for (const key of keys) expect(key).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
