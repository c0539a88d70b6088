import { expect } from '@open-wc/testing';
import { CancellationSchema, EsimPageSchema, EsimSchema } from '../../src/api/schemas.js';
import { expectError, expectNetworkError, newKey, newTenant, parse, validRequest } from './helpers.js';

describe('reference backend: fault injection', () => {
  it('drops the connection: fetch rejects, even on a warm keep-alive connection', async () => {
    const tenant = await newTenant();
    // Warm connections first: browsers silently resend a request whose reused connection closed
    // without an answer, which would hide the fault.
    await Promise.all([tenant.get('/esims'), tenant.get('/esims'), tenant.get('/esims')]);
    await tenant.fault({ path: '/esims', kind: 'drop' });
    await expectNetworkError(tenant.get('/esims'));
    expect((await tenant.get('/esims')).status).to.equal(200);
    const { requests } = await tenant.log();
    expect(requests.filter((r) => r.fault === 'drop')).to.have.length(1);
    expect(requests.find((r) => r.fault === 'drop')?.status).to.equal(0);
  });

  it('drops POSTs on warm connections without the browser resending them', async () => {
    const tenant = await newTenant();
    await Promise.all([tenant.get('/esims'), tenant.get('/esims')]);
    await tenant.fault({ path: '/session', method: 'POST', kind: 'drop' });
    await expectNetworkError(tenant.post('/session', { email: 'demo@example.com', password: 'demo-password' }));
    const { requests } = await tenant.log();
    expect(requests.filter((r) => r.path === '/session')).to.have.length(1);
  });

  it('loses the response of a processed submission; a retry with the same key replays it', async () => {
    const tenant = await newTenant({ manualClock: true });
    const { review } = tenant.seedIds;
    await Promise.all([tenant.get('/esims'), tenant.get('/esims')]);
    await tenant.fault({ path: '/esims/*/cancellations', method: 'POST', kind: 'lostResponse' });
    const key = newKey();
    await expectNetworkError(tenant.post(`/esims/${review}/cancellations`, validRequest, { key }));

    const esim = parse(EsimSchema, (await tenant.get(`/esims/${review}`)).json);
    expect(esim.status).to.equal('cancel_pending');
    expect((await tenant.log()).cancellationsCreated).to.equal(1);

    const retry = await tenant.post(`/esims/${review}/cancellations`, validRequest, { key });
    expect(retry.status).to.equal(202);
    expect(retry.headers.get('Idempotent-Replayed')).to.equal('true');
    const cancellation = parse(CancellationSchema, retry.json);
    expect(cancellation.id).to.equal(esim.cancellation.openRequestId);
    expect((await tenant.log()).cancellationsCreated).to.equal(1);
  });

  it('delays an answer until the client gives up, then still processes it', async () => {
    const tenant = await newTenant();
    await tenant.fault({ path: '/esims', kind: 'delay' });
    const controller = new AbortController();
    const started = performance.now();
    setTimeout(() => controller.abort(), 200);
    let aborted = false;
    try {
      await tenant.get('/esims', { signal: controller.signal });
    } catch (error) {
      aborted = (error as DOMException).name === 'AbortError';
    }
    expect(aborted).to.equal(true);
    expect(performance.now() - started).to.be.below(5000);
  });

  it('answers slowly but normally', async () => {
    const tenant = await newTenant();
    await tenant.fault({ path: '/esims/*', kind: 'slow', delayMs: 400 });
    const started = performance.now();
    const answer = await tenant.get(`/esims/${tenant.seedIds.instant}`);
    expect(performance.now() - started).to.be.at.least(380);
    expect(parse(EsimSchema, answer.json).id).to.equal(tenant.seedIds.instant);
  });

  it('answers 500 with a retryable internal error', async () => {
    const tenant = await newTenant();
    await tenant.fault({ path: '/esims', kind: '500' });
    expect(expectError(await tenant.get('/esims'), 500, 'internal').retryable).to.equal(true);
  });

  it('answers 502 with an HTML page', async () => {
    const tenant = await newTenant();
    await tenant.fault({ path: '/esims', kind: 'html502' });
    const answer = await tenant.get('/esims');
    expect(answer.status).to.equal(502);
    expect(answer.headers.get('Content-Type')).to.match(/^text\/html/);
    expect(answer.text).to.contain('<h1>502 Bad Gateway</h1>');
  });

  it('answers 503 upstream_unavailable', async () => {
    const tenant = await newTenant();
    await tenant.fault({ path: '/esims', kind: '503' });
    expectError(await tenant.get('/esims'), 503, 'upstream_unavailable');
  });

  it('answers 200 with broken JSON', async () => {
    const tenant = await newTenant();
    await tenant.fault({ path: '/esims', kind: 'malformed' });
    const answer = await tenant.call('GET', '/esims').catch((error: unknown) => error);
    // The helper parses JSON bodies, so the broken body surfaces as its SyntaxError.
    expect(answer).to.be.instanceOf(SyntaxError);
  });

  it('answers 200 with JSON that breaks the schemas', async () => {
    const tenant = await newTenant();
    await tenant.fault({ path: '/esims', kind: 'schema' });
    await tenant.fault({ path: '/esims/*', kind: 'schema' });
    const list = await tenant.get('/esims');
    expect(list.status).to.equal(200);
    expect(EsimPageSchema.safeParse(list.json).success).to.equal(false);
    const one = await tenant.get(`/esims/${tenant.seedIds.instant}`);
    expect(EsimSchema.safeParse(one.json).success).to.equal(false);
  });

  it('answers each contract error status with its code', async () => {
    const tenant = await newTenant();
    const cases = [
      ['401', 401, 'unauthenticated'],
      ['403', 403, 'forbidden'],
      ['404', 404, 'not_found'],
      ['409', 409, 'duplicate_request'],
      ['422', 422, 'validation_failed'],
      ['429', 429, 'rate_limited'],
    ] as const;
    for (const [kind, status, code] of cases) {
      await tenant.fault({ path: '/esims', kind });
      expectError(await tenant.get('/esims'), status, code);
    }
  });

  it('points a 409 fault at a real open request and details a 422 fault per field', async () => {
    const tenant = await newTenant();
    await tenant.fault({ path: '/esims/*/cancellations', kind: '409' });
    await tenant.fault({ path: '/esims/*/cancellations', kind: '422' });
    const path = `/esims/${tenant.seedIds.instant}/cancellations`;
    const duplicate = expectError(await tenant.post(path, validRequest, { key: newKey() }), 409, 'duplicate_request');
    const open = await tenant.get(`/cancellations/${duplicate.existingRequestId}`);
    expect(parse(CancellationSchema, open.json).status).to.equal('pending');
    const invalid = expectError(await tenant.post(path, validRequest, { key: newKey() }), 422, 'validation_failed');
    expect(invalid.details).to.have.property('contactEmail');
    // Faults answer instead of the handler: nothing was cancelled.
    expect((await tenant.log()).cancellationsCreated).to.equal(0);
  });

  it('sends Retry-After with 429, readable cross-origin', async () => {
    const tenant = await newTenant();
    await tenant.fault({ path: '/esims', kind: '429', retryAfter: 7 });
    const limited = await tenant.get('/esims');
    expectError(limited, 429, 'rate_limited');
    expect(limited.headers.get('Retry-After')).to.equal('7');
    await tenant.fault({ path: '/esims', kind: '429' });
    expect((await tenant.get('/esims')).headers.get('Retry-After')).to.equal('1');
  });

  it('applies a fault to the next `count` matching requests only, by method and path glob', async () => {
    const tenant = await newTenant();
    await tenant.fault({ path: '/esims/*/cancellation-quote', method: 'GET', kind: '500', count: 2 });
    const quote = `/esims/${tenant.seedIds.instant}/cancellation-quote`;
    expect((await tenant.get(`/esims/${tenant.seedIds.instant}`)).status).to.equal(200);
    expect((await tenant.get(quote)).status).to.equal(500);
    expect((await tenant.get(quote)).status).to.equal(500);
    expect((await tenant.get(quote)).status).to.equal(200);

    await tenant.fault({ path: '**', method: 'POST', kind: '403' });
    expect((await tenant.get('/esims')).status).to.equal(200);
    expect((await tenant.post('/password-reset', { email: 'a@example.com' })).status).to.equal(403);

    await tenant.fault({ path: '*', kind: '500', count: 5 });
    expect((await tenant.get('/cancellations/x')).status).to.equal(500);
    await tenant.control('DELETE', 'faults');
    expect((await tenant.get('/esims')).status).to.equal(200);
  });

  it('refuses an unknown fault kind', async () => {
    const tenant = await newTenant();
    const answer = await tenant.call('POST', '/__control/faults', { body: { path: '/esims', kind: 'meteor' } });
    expect(expectError(answer, 422, 'validation_failed').details).to.have.property('kind');
  });
});
