import { expect } from '@open-wc/testing';
import { checkBackend, type CheckResult } from '../../src/cli/check-backend.js';
import { newTenant } from '../helpers/tenant.js';

/* The reference backend's always-valid bearer token (demo/backend/auth.js). */
const TOKEN = 'demo-token';

function result(results: CheckResult[], name: string): CheckResult {
  const found = results.find((r) => r.name === name);
  if (!found) throw new Error(`no check named "${name}" in ${results.map((r) => r.name).join(', ')}`);
  return found;
}

function failures(results: CheckResult[]): string[] {
  return results.filter((r) => r.status === 'fail').map((r) => `${r.name}: ${r.detail}`);
}

/** A `fetch` that rewrites every error answer, the way a backend with its own error format would. */
function withErrorBody(body: string, contentType = 'application/json'): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    if (response.ok) return response;
    return new Response(body, { status: response.status, headers: { 'Content-Type': contentType } });
  };
}

describe('checkBackend against the reference backend', () => {
  it('passes every read-only check and skips the writing ones', async () => {
    const tenant = await newTenant({ requireAuth: true });
    const reported: CheckResult[] = [];
    const results = await checkBackend(tenant.apiBase, { token: TOKEN, onResult: (r) => reported.push(r) });

    expect(failures(results)).to.deep.equal([]);
    expect(reported).to.deep.equal(results);
    for (const name of [
      'GET /esims',
      'GET /esims (paging)',
      'GET /esims?status=',
      'GET /esims/{id}',
      'GET /esims/{id}/cancellation-quote',
      'GET /cancellations/{id}',
      '404 GET /esims/{unknown}',
      '404 GET /esims/{unknown}/cancellation-quote',
      '404 GET /cancellations/{unknown}',
      '401 without credentials',
      '401 with an invalid token',
    ]) {
      expect(result(results, name).status, name).to.equal('pass');
    }
    // Same origin in the test page: the browser already proves nothing about CORS.
    expect(result(results, 'CORS').status).to.equal('skip');
    expect(result(results, 'cancellation, idempotency, withdraw').detail).to.contain('--full');
    const { cancellationsCreated } = await tenant.log();
    expect(cancellationsCreated).to.equal(0);
  });

  it('declarations: refused without a contract (read-only, no sign-in); with --declarations one is recorded once and replayed', async () => {
    const tenant = await newTenant({ requireAuth: true });
    const outbox = async () => ((await (await fetch(`${tenant.apiBase}/__control/outbox`)).json()) as { mails: unknown[] }).mails;
    const readOnly = await checkBackend(tenant.apiBase, { token: TOKEN });
    expect(result(readOnly, 'POST /cancellation-declarations (no contract named)').status).to.equal('pass');
    expect(result(readOnly, 'POST /cancellation-declarations (recorded, replayed)').detail).to.contain('--declarations');
    expect(await outbox()).to.deep.equal([]);

    const results = await checkBackend(tenant.apiBase, { token: TOKEN, declarations: true });
    expect(failures(results)).to.deep.equal([]);
    expect(result(results, 'POST /cancellation-declarations').status).to.equal('pass');
    expect(result(results, 'POST /cancellation-declarations (Idempotency-Key replay and reuse)').status).to.equal('pass');
    expect(await outbox()).to.have.length(1);
  });

  it('declarations: a backend without the endpoint skips them (optional), one that wants sign-in fails', async () => {
    const tenant = await newTenant();
    const without: typeof fetch = async (input, init) =>
      String(input).includes('/cancellation-declarations') ? new Response('', { status: 404 }) : fetch(input, init);
    const skipped = await checkBackend(tenant.apiBase, { fetch: without });
    expect(result(skipped, 'POST /cancellation-declarations (no contract named)')).to.deep.include({ status: 'skip' });
    expect(skipped.some((r) => r.name === 'POST /cancellation-declarations')).to.equal(false);
    const gated: typeof fetch = async (input, init) =>
      String(input).includes('/cancellation-declarations')
        ? new Response(JSON.stringify({ error: { code: 'unauthenticated', message: 'Sign in' } }), {
            status: 401,
            headers: { 'Content-Type': 'application/json' },
          })
        : fetch(input, init);
    const failed = await checkBackend(tenant.apiBase, { fetch: gated });
    expect(result(failed, 'POST /cancellation-declarations (no contract named)').status).to.equal('fail');
    expect(result(failed, 'POST /cancellation-declarations (no contract named)').detail).to.contain('must not need sign-in');
  });

  it('passes the full run: cancellation, replay, mismatch, missing key, duplicate and withdraw', async () => {
    const tenant = await newTenant({ requireAuth: true });
    const results = await checkBackend(tenant.apiBase, { token: TOKEN, full: true });

    expect(failures(results)).to.deep.equal([]);
    for (const name of [
      'POST cancellation without Idempotency-Key',
      'POST cancellation with invalid fields',
      'POST cancellation (instant)',
      'Idempotency-Key replay',
      'Idempotency-Key reused with another body',
      'instant cancellation verified',
      'POST cancellation (review)',
      'duplicate request',
      'POST /cancellations/{id}/withdraw',
    ]) {
      expect(result(results, name).status, name).to.equal('pass');
    }
    // The checker itself submits exactly once per eSIM: the replay, the mismatch and the duplicate
    // must not have created anything.
    const { cancellationsCreated } = await tenant.log();
    expect(cancellationsCreated).to.equal(2);
  });

  it('skips the auth checks without a token', async () => {
    const tenant = await newTenant();
    const results = await checkBackend(tenant.apiBase);
    expect(failures(results)).to.deep.equal([]);
    expect(result(results, '401 without credentials').status).to.equal('skip');
  });
});

describe('checkBackend against a broken backend', () => {
  it('names the first bad field of a list that breaks the schema', async () => {
    const tenant = await newTenant();
    await tenant.fault({ path: '/esims', method: 'GET', kind: 'schema', count: 1 });
    const results = await checkBackend(tenant.apiBase);
    const list = result(results, 'GET /esims');
    expect(list.status).to.equal('fail');
    expect(list.detail).to.contain('items.0.iccid');
  });

  it('names the first bad field of one eSIM that breaks the schema', async () => {
    const tenant = await newTenant();
    await tenant.fault({ path: '/esims/*', method: 'GET', kind: 'schema', count: 1 });
    const results = await checkBackend(tenant.apiBase);
    const one = result(results, 'GET /esims/{id}');
    expect(one.status).to.equal('fail');
    expect(one.detail).to.contain('iccid');
  });

  it('fails a list that answers malformed JSON', async () => {
    const tenant = await newTenant();
    await tenant.fault({ path: '/esims', method: 'GET', kind: 'malformed', count: 1 });
    const results = await checkBackend(tenant.apiBase);
    expect(result(results, 'GET /esims').detail).to.contain('not JSON');
  });

  it('fails errors that are not in the contract shape', async () => {
    const tenant = await newTenant();
    const results = await checkBackend(tenant.apiBase, { fetch: withErrorBody('{"message":"Not found"}') });
    const notFound = result(results, '404 GET /esims/{unknown}');
    expect(notFound.status).to.equal('fail');
    expect(notFound.detail).to.contain('error');
    expect(result(results, 'GET /esims').status).to.equal('pass');
  });

  it('fails errors answered as HTML', async () => {
    const tenant = await newTenant();
    const results = await checkBackend(tenant.apiBase, { fetch: withErrorBody('<h1>Not Found</h1>', 'text/html') });
    const notFound = result(results, '404 GET /cancellations/{unknown}');
    expect(notFound.status).to.equal('fail');
    expect(notFound.detail).to.contain('text/html');
  });

  it('fails a backend that does not honour Idempotency-Key', async () => {
    const tenant = await newTenant();
    // Every request gets a fresh key, as if the backend ignored the one sent.
    const forgetful: typeof fetch = (input, init) => {
      const headers = new Headers(init?.headers);
      if (headers.has('Idempotency-Key')) headers.set('Idempotency-Key', crypto.randomUUID());
      return fetch(input, { ...init, headers });
    };
    const results = await checkBackend(tenant.apiBase, { full: true, fetch: forgetful });
    expect(result(results, 'POST cancellation (instant)').status).to.equal('pass');
    expect(result(results, 'Idempotency-Key replay').status).to.equal('fail');
    expect(result(results, 'Idempotency-Key reused with another body').status).to.equal('fail');
  });

  it('fails a backend that answers customer data without credentials', async () => {
    const tenant = await newTenant({ requireAuth: false });
    const results = await checkBackend(tenant.apiBase, { token: TOKEN });
    const anonymous = result(results, '401 without credentials');
    expect(anonymous.status).to.equal('fail');
    expect(anonymous.detail).to.contain('expected HTTP 401');
  });

  it('reports a slow endpoint as a timeout and goes on with the others', async () => {
    const tenant = await newTenant();
    await tenant.fault({ path: '/esims/*', method: 'GET', kind: 'delay', delayMs: 1500, count: 1 });
    const results = await checkBackend(tenant.apiBase, { timeoutMs: 300 });
    const one = result(results, 'GET /esims/{id}');
    expect(one.status).to.equal('fail');
    expect(one.detail).to.contain('no answer within 300 ms');
    expect(result(results, '404 GET /cancellations/{unknown}').status).to.equal('pass');
  });

  it('stops after the first check when the server cannot be reached', async () => {
    const offline: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    const results = await checkBackend('/api/t/unreachable', { fetch: offline });
    expect(result(results, 'GET /esims').status).to.equal('fail');
    expect(result(results, 'GET /esims').detail).to.contain('Failed to fetch');
    expect(results.slice(1).every((r) => r.status === 'skip')).to.equal(true);
  });

  it('rejects an API base that is not http(s)', async () => {
    let error: unknown;
    try {
      await checkBackend('ftp://example.com/api');
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(TypeError);
  });
});
