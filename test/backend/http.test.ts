import { expect } from '@open-wc/testing';
import { EsimPageSchema, EsimSchema } from '../../src/api/schemas.js';
import { expectError, newKey, newTenant, parse, validRequest } from './helpers.js';

/** The same server under another host name: a different origin, so the browser applies CORS. */
function crossOrigin(): string {
  const otherHost = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  return `${location.protocol}//${otherHost}:${location.port}`;
}

describe('reference backend: HTTP', () => {
  it('answers JSON that is never cached', async () => {
    const tenant = await newTenant();
    const answer = await tenant.get('/esims');
    expect(answer.headers.get('Content-Type')).to.equal('application/json; charset=utf-8');
    expect(answer.headers.get('Cache-Control')).to.equal('no-store');
    expect(answer.headers.get('X-Request-Id')).to.match(/^req_/);
  });

  it('answers unknown routes and methods with 404 not_found', async () => {
    const tenant = await newTenant();
    expectError(await tenant.get('/nowhere'), 404, 'not_found');
    expectError(await tenant.post('/esims', {}, { key: newKey() }), 404, 'not_found');
    expectError(await tenant.call('GET', '/__control/nothing'), 404, 'not_found');
  });

  it('keeps tenants apart', async () => {
    const a = await newTenant();
    const b = await newTenant();
    expect((await a.post(`/esims/${a.seedIds.instant}/cancellations`, validRequest, { key: newKey() })).status).to.equal(201);
    expect(parse(EsimSchema, (await a.get(`/esims/${a.seedIds.instant}`)).json).status).to.equal('cancelled');
    expect(parse(EsimSchema, (await b.get(`/esims/${b.seedIds.instant}`)).json).status).to.equal('ready');
    expect((await b.log()).cancellationsCreated).to.equal(0);
  });

  it('resets a tenant to a fresh state', async () => {
    const tenant = await newTenant();
    await tenant.post(`/esims/${tenant.seedIds.instant}/cancellations`, validRequest, { key: newKey() });
    await tenant.fault({ path: '*', kind: '500', count: 10 });
    const reset = await tenant.control('POST', 'reset', {});
    expect(reset.json).to.deep.include({ seed: 'default', requireAuth: false, manualClock: false, outcome: 'auto' });
    expect(parse(EsimSchema, (await tenant.get(`/esims/${tenant.seedIds.instant}`)).json).status).to.equal('ready');
    const { requests, cancellationsCreated } = await tenant.log();
    expect(requests.map((r) => r.path)).to.deep.equal([`/esims/${tenant.seedIds.instant}`]);
    expect(cancellationsCreated).to.equal(0);
    const bad = await tenant.call('POST', '/__control/reset', { body: { seed: 'huge' } });
    expect(expectError(bad, 422, 'validation_failed').details).to.have.keys(['seed']);
  });

  it('shows the state for tests', async () => {
    const tenant = await newTenant({ manualClock: true });
    type State = { esims: unknown[]; cancellations: { id: string }[]; now: string };
    const state = (await tenant.control('GET', 'state')).json as State;
    expect(state.esims).to.have.length(15);
    expect(state.cancellations.map((c) => c.id)).to.include(tenant.seedIds.pendingCancellation);
    await tenant.advance(60_000);
    const later = (await tenant.control('GET', 'state')).json as State;
    expect(Date.parse(later.now) - Date.parse(state.now)).to.equal(60_000);
  });

  it('answers a preflight with the CORS headers the contract lists', async () => {
    const tenant = await newTenant();
    // A same-origin OPTIONS fetch still carries Origin, and the backend answers it as a preflight.
    const answer = await fetch(`${tenant.base}/esims`, { method: 'OPTIONS' });
    expect(answer.status).to.equal(204);
    expect(answer.headers.get('Access-Control-Allow-Origin')).to.equal(location.origin);
    expect(answer.headers.get('Access-Control-Allow-Credentials')).to.equal('true');
    expect(answer.headers.get('Access-Control-Allow-Methods')).to.equal('GET, POST, OPTIONS');
    expect(answer.headers.get('Access-Control-Allow-Headers')).to.equal('Authorization, Content-Type, Idempotency-Key, Accept-Language');
    expect(answer.headers.get('Access-Control-Max-Age')).to.equal('600');
    expect(answer.headers.get('Vary')).to.contain('Origin');
  });

  it('works cross-origin with a bearer token: preflight, credentials, exposed Retry-After', async () => {
    const tenant = await newTenant({ requireAuth: true });
    const base = `${crossOrigin()}${tenant.base}`;
    const headers = { Authorization: 'Bearer demo-token', 'Accept-Language': 'zh-CN' };
    const list = await fetch(`${base}/esims?limit=2`, { headers, credentials: 'include' });
    expect(list.status).to.equal(200);
    expect(parse(EsimPageSchema, await list.json()).items).to.have.length(2);

    const submitted = await fetch(`${base}/esims/${tenant.seedIds.instant}/cancellations`, {
      method: 'POST',
      credentials: 'include',
      headers: { ...headers, 'Content-Type': 'application/json', 'Idempotency-Key': newKey() },
      body: JSON.stringify(validRequest),
    });
    expect(submitted.status).to.equal(201);

    await tenant.fault({ path: '/esims', kind: '429', retryAfter: 3 });
    const limited = await fetch(`${base}/esims`, { headers, credentials: 'include' });
    expect(limited.status).to.equal(429);
    expect(limited.headers.get('Retry-After')).to.equal('3');
  });
});
