import { expect } from '@open-wc/testing';
import { CancellationSchema, EsimSchema } from '../../src/api/schemas.js';
import { expectError, newKey, newTenant, parse, validRequest, type TestTenant } from './helpers.js';

const PACE = 1000;

async function esim(tenant: TestTenant, id: string) {
  return parse(EsimSchema, (await tenant.get(`/esims/${id}`)).json);
}

async function cancellation(tenant: TestTenant, id: string) {
  return parse(CancellationSchema, (await tenant.get(`/cancellations/${id}`)).json);
}

async function submit(tenant: TestTenant, esimId: string, body: unknown = validRequest, key = newKey()) {
  return tenant.post(`/esims/${esimId}/cancellations`, body, { key });
}

describe('reference backend: cancellations', () => {
  let tenant: TestTenant;
  beforeEach(async () => {
    tenant = await newTenant({ manualClock: true, reviewPaceMs: PACE });
  });

  it('completes an instant cancellation at once and reads the eSIM back cancelled', async () => {
    const { instant } = tenant.seedIds;
    const answer = await submit(tenant, instant);
    expect(answer.status).to.equal(201);
    const created = parse(CancellationSchema, answer.json);
    expect(created).to.deep.include({ status: 'completed', mode: 'instant', withdrawable: false, esimId: instant });
    expect(created.reference).to.match(/^CXL-[0-9A-Z]{6}$/);
    expect(created.refund).to.deep.equal({ amount: '17.00', currency: 'USD' });
    expect(await cancellation(tenant, created.id)).to.deep.equal(created);
    const after = await esim(tenant, instant);
    expect(after.status).to.equal('cancelled');
    expect(after.cancellation).to.include({ eligible: false, ineligibleReason: 'already_cancelled' });
    expectError(await submit(tenant, instant), 422, 'already_cancelled');
  });

  it('removes the eSIM where the provider deletes returned eSIMs (404 afterwards)', async () => {
    const { instantRemoved } = tenant.seedIds;
    expect((await submit(tenant, instantRemoved)).status).to.equal(201);
    expectError(await tenant.get(`/esims/${instantRemoved}`), 404, 'not_found');
  });

  it('moves a review pending → processing → completed, one pace per step', async () => {
    const { review } = tenant.seedIds;
    const answer = await submit(tenant, review, { ...validRequest, note: 'Plans changed.' });
    expect(answer.status).to.equal(202);
    const created = parse(CancellationSchema, answer.json);
    expect(created).to.deep.include({ status: 'pending', mode: 'review', withdrawable: true, note: 'Plans changed.' });
    expect(created.fee).to.deep.equal({ amount: '2.00', currency: 'EUR' });
    expect(created.expectedDecisionBy).to.be.a('string');
    const pendingEsim = await esim(tenant, review);
    expect(pendingEsim.status).to.equal('cancel_pending');
    expect(pendingEsim.cancellation).to.include({ eligible: false, ineligibleReason: 'request_open', openRequestId: created.id });

    await tenant.advance(PACE - 1);
    expect((await cancellation(tenant, created.id)).status).to.equal('pending');
    await tenant.advance(1);
    const processing = await cancellation(tenant, created.id);
    expect(processing).to.deep.include({ status: 'processing', withdrawable: true });
    expect(Date.parse(processing.updatedAt) - Date.parse(created.createdAt)).to.equal(PACE);
    await tenant.advance(PACE);
    const completed = await cancellation(tenant, created.id);
    expect(completed).to.deep.include({ status: 'completed', withdrawable: false, rejectionReason: null });
    expect((await esim(tenant, review)).status).to.equal('cancelled');
  });

  it('rejects a review of an eSIM used beyond the refund limit, in the reader’s language', async () => {
    const { reviewRejected } = tenant.seedIds;
    const created = parse(CancellationSchema, (await submit(tenant, reviewRejected)).json);
    await tenant.advance(2 * PACE);
    const rejected = await cancellation(tenant, created.id);
    expect(rejected.status).to.equal('rejected');
    expect(rejected.rejectionReason).to.equal('The eSIM has been used for 1.2 GB of data, beyond the refund limit of 1 GB.');
    const zh = await tenant.get(`/cancellations/${created.id}`, { headers: { 'Accept-Language': 'zh-CN' } });
    expect(parse(CancellationSchema, zh.json).rejectionReason).to.equal('此 eSIM 已使用 1.2 GB 流量，超出 1 GB 的退款限额。');
    const after = await esim(tenant, reviewRejected);
    expect(after.status).to.equal('active');
    expect(after.cancellation).to.include({ eligible: false, ineligibleReason: 'data_used', openRequestId: null });
  });

  it('forces the outcome with reset { outcome }', async () => {
    const rejecting = await newTenant({ manualClock: true, reviewPaceMs: PACE, outcome: 'reject' });
    const created = parse(CancellationSchema, (await submit(rejecting, rejecting.seedIds.review)).json);
    await rejecting.advance(2 * PACE);
    expect((await cancellation(rejecting, created.id)).status).to.equal('rejected');
    // A policy rejection leaves the customer free to ask again.
    expect((await esim(rejecting, rejecting.seedIds.review)).cancellation.eligible).to.equal(true);

    const completing = await newTenant({ manualClock: true, reviewPaceMs: PACE, outcome: 'complete' });
    const other = parse(CancellationSchema, (await submit(completing, completing.seedIds.reviewRejected)).json);
    await completing.advance(2 * PACE);
    expect((await cancellation(completing, other.id)).status).to.equal('completed');
  });

  it('withdraws a pending or processing request and makes the eSIM eligible again', async () => {
    const { review } = tenant.seedIds;
    const created = parse(CancellationSchema, (await submit(tenant, review)).json);
    await tenant.advance(PACE);
    const answer = await tenant.post(`/cancellations/${created.id}/withdraw`, undefined, { key: newKey() });
    expect(answer.status).to.equal(200);
    expect(parse(CancellationSchema, answer.json)).to.deep.include({ status: 'withdrawn', withdrawable: false });
    const after = await esim(tenant, review);
    expect(after.status).to.equal('active');
    expect(after.cancellation).to.include({ eligible: true, mode: 'review', openRequestId: null });
    await tenant.advance(10 * PACE);
    expect((await cancellation(tenant, created.id)).status).to.equal('withdrawn');
    expectError(await tenant.post(`/cancellations/${created.id}/withdraw`, undefined, { key: newKey() }), 409, 'not_eligible');
  });

  it('withdraws the seeded open request, which otherwise stays pending', async () => {
    const { pendingRequest, pendingCancellation } = tenant.seedIds;
    await tenant.advance(100 * PACE);
    expect((await cancellation(tenant, pendingCancellation)).status).to.equal('pending');
    const withdrawn = await tenant.post(`/cancellations/${pendingCancellation}/withdraw`, undefined, { key: newKey() });
    expect(parse(CancellationSchema, withdrawn.json).status).to.equal('withdrawn');
    expect((await esim(tenant, pendingRequest)).status).to.equal('active');
  });

  it('refuses to withdraw a decided request', async () => {
    expectError(
      await tenant.post(`/cancellations/${tenant.seedIds.completedCancellation}/withdraw`, undefined, { key: newKey() }),
      409,
      'not_eligible',
    );
    expectError(await tenant.post('/cancellations/nope/withdraw', undefined, { key: newKey() }), 404, 'not_found');
  });

  it('keeps one open request per eSIM: 409 duplicate_request with the open request id', async () => {
    const seeded = expectError(await submit(tenant, tenant.seedIds.pendingRequest), 409, 'duplicate_request');
    expect(seeded.existingRequestId).to.equal(tenant.seedIds.pendingCancellation);
    const created = parse(CancellationSchema, (await submit(tenant, tenant.seedIds.review)).json);
    const second = expectError(await submit(tenant, tenant.seedIds.review), 409, 'duplicate_request');
    expect(second.existingRequestId).to.equal(created.id);
  });

  it('refuses ineligible eSIMs with not_eligible and the reason', async () => {
    const error = expectError(await submit(tenant, tenant.seedIds.installed), 409, 'not_eligible');
    expect(error.details).to.deep.equal({ ineligibleReason: 'installed' });
    expectError(await submit(tenant, tenant.seedIds.cancelled), 422, 'already_cancelled');
    expectError(await submit(tenant, 'esim-missing'), 404, 'not_found');
  });

  it('validates the request body field by field', async () => {
    const id = tenant.seedIds.instant;
    const empty = expectError(await submit(tenant, id, {}), 422, 'validation_failed');
    expect(empty.details).to.have.keys(['reason', 'contactEmail', 'acknowledged']);
    const wrong = expectError(
      await submit(tenant, id, { reason: 'other', contactEmail: 'nope', acknowledged: 'yes', note: 'x'.repeat(1001) }),
      422,
      'validation_failed',
    );
    expect(wrong.details).to.have.keys(['contactEmail', 'acknowledged', 'note']);
    const other = expectError(await submit(tenant, id, { ...validRequest, reason: 'other' }), 422, 'validation_failed');
    expect(other.details).to.have.keys(['note']);
    const zh = await tenant.post(
      `/esims/${id}/cancellations`,
      { ...validRequest, contactEmail: 'x@' },
      {
        key: newKey(),
        headers: { 'Accept-Language': 'zh-CN' },
      },
    );
    expect(expectError(zh, 422, 'validation_failed').details?.contactEmail).to.equal('请输入邮箱地址，例如 name@example.com。');
    const notJson = await tenant.call('POST', `/esims/${id}/cancellations`, {
      key: newKey(),
      headers: { 'Content-Type': 'application/json' },
      body: undefined,
    });
    expectError(notJson, 422, 'validation_failed');
    expect((await tenant.log()).cancellationsCreated).to.equal(0);
  });
});

describe('reference backend: idempotency', () => {
  let tenant: TestTenant;
  beforeEach(async () => {
    tenant = await newTenant({ manualClock: true, reviewPaceMs: PACE });
  });

  it('replays the same status and body for the same key and body, creating one cancellation', async () => {
    const key = newKey();
    const first = await submit(tenant, tenant.seedIds.review, validRequest, key);
    await tenant.advance(PACE);
    // Key order does not make a different request.
    const reordered = { acknowledged: true, contactEmail: validRequest.contactEmail, reason: validRequest.reason };
    const again = await submit(tenant, tenant.seedIds.review, reordered, key);
    expect(again.status).to.equal(first.status);
    expect(again.text).to.equal(first.text);
    expect(again.headers.get('Idempotent-Replayed')).to.equal('true');
    expect((await tenant.log()).cancellationsCreated).to.equal(1);
  });

  it('replays instant cancellations and withdrawals too', async () => {
    const key = newKey();
    const first = await submit(tenant, tenant.seedIds.instant, validRequest, key);
    expect((await submit(tenant, tenant.seedIds.instant, validRequest, key)).text).to.equal(first.text);
    const withdrawKey = newKey();
    const path = `/cancellations/${tenant.seedIds.pendingCancellation}/withdraw`;
    const withdrawn = await tenant.post(path, undefined, { key: withdrawKey });
    const replay = await tenant.post(path, undefined, { key: withdrawKey });
    expect(replay.status).to.equal(200);
    expect(replay.text).to.equal(withdrawn.text);
    expect((await tenant.log()).cancellationsCreated).to.equal(1);
  });

  it('answers 409 idempotency_mismatch for the same key with another body or path', async () => {
    const key = newKey();
    await submit(tenant, tenant.seedIds.review, validRequest, key);
    const otherBody = await submit(tenant, tenant.seedIds.review, { ...validRequest, reason: 'changed_mind' }, key);
    expectError(otherBody, 409, 'idempotency_mismatch');
    expectError(await submit(tenant, tenant.seedIds.instant, validRequest, key), 409, 'idempotency_mismatch');
    expect((await tenant.log()).cancellationsCreated).to.equal(1);
  });

  it('requires Idempotency-Key on both cancellation POSTs', async () => {
    const missing = await tenant.post(`/esims/${tenant.seedIds.instant}/cancellations`, validRequest);
    expect(expectError(missing, 422, 'validation_failed').details).to.have.keys(['Idempotency-Key']);
    const withdraw = await tenant.post(`/cancellations/${tenant.seedIds.pendingCancellation}/withdraw`, undefined);
    expectError(withdraw, 422, 'validation_failed');
    expect((await tenant.log()).cancellationsCreated).to.equal(0);
  });

  it('does not store failures: a retry after a validation error runs again', async () => {
    const key = newKey();
    const invalid = await submit(tenant, tenant.seedIds.instant, { ...validRequest, contactEmail: 'bad' }, key);
    expectError(invalid, 422, 'validation_failed');
    expect((await submit(tenant, tenant.seedIds.instant, validRequest, key)).status).to.equal(201);
  });

  it('logs each request with its key and status', async () => {
    const key = newKey();
    await submit(tenant, tenant.seedIds.instant, validRequest, key);
    await submit(tenant, tenant.seedIds.instant, validRequest, key);
    const { requests, cancellationsCreated } = await tenant.log();
    const posts = requests.filter((r) => r.method === 'POST');
    expect(posts.map((r) => [r.path, r.idempotencyKey, r.status])).to.deep.equal([
      [`/esims/${tenant.seedIds.instant}/cancellations`, key, 201],
      [`/esims/${tenant.seedIds.instant}/cancellations`, key, 201],
    ]);
    expect(cancellationsCreated).to.equal(1);
  });
});
