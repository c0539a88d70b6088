// Every response of the reference backend, checked against the contract's zod schemas: if these pass,
// the demo and the element tests run against a backend that really follows the contract.
import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { CancellationSchema, ESIM_STATUSES, EsimPageSchema, EsimSchema, ErrorBodySchema, SessionSchema } from '../../src/api/schemas.js';
import { QuoteSchema } from '../../src/api/quote-schemas.js';
import { expectError, newKey, newTenant, parse, validRequest, type TestTenant } from './helpers.js';

type Esim = z.infer<typeof EsimSchema>;

async function allEsims(tenant: TestTenant, limit = 200): Promise<Esim[]> {
  const esims: Esim[] = [];
  let cursor: string | null = null;
  do {
    const query: string = cursor === null ? `limit=${limit}` : `limit=${limit}&cursor=${encodeURIComponent(cursor)}`;
    const answer = await tenant.get(`/esims?${query}`);
    expect(answer.status).to.equal(200);
    const page = parse(EsimPageSchema, answer.json);
    esims.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return esims;
}

/** Reads every eSIM, its quote and every cancellation the tenant can reach, validating each. */
async function walk(tenant: TestTenant): Promise<Esim[]> {
  const esims = await allEsims(tenant);
  for (const listed of esims) {
    const path = `/esims/${encodeURIComponent(listed.id)}`;
    const answer = await tenant.get(path);
    expect(answer.headers.get('Content-Type')).to.equal('application/json; charset=utf-8');
    expect(answer.headers.get('Cache-Control')).to.equal('no-store');
    expect(parse(EsimSchema, answer.json)).to.deep.equal(listed);
    const quote = parse(QuoteSchema, (await tenant.get(`${path}/cancellation-quote`)).json);
    expect(quote.esimId).to.equal(listed.id);
    expect(quote.eligible).to.equal(listed.cancellation.eligible);
    if (listed.cancellation.openRequestId) {
      const open = await tenant.get(`/cancellations/${encodeURIComponent(listed.cancellation.openRequestId)}`);
      expect(parse(CancellationSchema, open.json).esimId).to.equal(listed.id);
    }
  }
  return esims;
}

describe('reference backend: every response matches the contract schemas', () => {
  it('walks every endpoint for every seeded eSIM', async () => {
    const tenant = await newTenant({ manualClock: true, reviewPaceMs: 1000 });
    const esims = await walk(tenant);
    expect(esims).to.have.length(15);
    const { seedIds } = tenant;

    const instant = await tenant.post(`/esims/${seedIds.instant}/cancellations`, validRequest, { key: newKey() });
    expect(instant.status).to.equal(201);
    parse(CancellationSchema, instant.json);
    const review = await tenant.post(`/esims/${seedIds.review}/cancellations`, validRequest, { key: newKey() });
    expect(review.status).to.equal(202);
    const pending = parse(CancellationSchema, review.json);
    const withdrawn = await tenant.post(`/cancellations/${seedIds.pendingCancellation}/withdraw`, undefined, { key: newKey() });
    parse(CancellationSchema, withdrawn.json);
    const rejected = await tenant.post(`/esims/${seedIds.reviewRejected}/cancellations`, validRequest, { key: newKey() });
    await tenant.advance(2000);
    expect(parse(CancellationSchema, (await tenant.get(`/cancellations/${pending.id}`)).json).status).to.equal('completed');
    const rejectedId = parse(CancellationSchema, rejected.json).id;
    expect(parse(CancellationSchema, (await tenant.get(`/cancellations/${rejectedId}`)).json).status).to.equal('rejected');
    await walk(tenant);

    const session = await tenant.post('/session', { email: 'demo@example.com', password: 'demo-password' });
    parse(SessionSchema, session.json);
    expect((await tenant.post('/password-reset', { email: 'someone@example.com' })).status).to.equal(202);
    parse(ErrorBodySchema, (await tenant.get('/nowhere')).json);
  });

  it('walks every endpoint in both languages with the xss seed', async () => {
    const tenant = await newTenant({ seed: 'xss' });
    const esims = await walk(tenant);
    expect(esims.every((esim) => esim.nickname?.includes('<img'))).to.equal(true);
    for (const lang of ['zh-CN', 'en']) {
      const answer = await tenant.get(`/esims/${encodeURIComponent(tenant.seedIds.installed)}`, {
        headers: { 'Accept-Language': lang },
      });
      parse(EsimSchema, answer.json);
    }
  });

  it('serves valid eSIMs and quotes of every status in the large seed', async () => {
    const tenant = await newTenant({ seed: 'large' });
    for (const status of ESIM_STATUSES) {
      const { items } = parse(EsimPageSchema, (await tenant.get(`/esims?limit=10&status=${status}`)).json);
      expect(items, status).to.have.length(10);
      for (const esim of items) {
        parse(EsimSchema, (await tenant.get(`/esims/${esim.id}`)).json);
        parse(QuoteSchema, (await tenant.get(`/esims/${esim.id}/cancellation-quote`)).json);
      }
    }
  });

  it('answers errors with the error body in the requested language', async () => {
    const tenant = await newTenant();
    const message = async (acceptLanguage: string) =>
      expectError(await tenant.get('/esims/nope', { headers: { 'Accept-Language': acceptLanguage } }), 404, 'not_found').message;
    expect(await message('en-GB,en;q=0.9')).to.equal('We could not find this eSIM.');
    expect(await message('zh-CN,zh;q=0.9,en;q=0.5')).to.equal('找不到此 eSIM。');
    expect(await message('en;q=0.3, zh-Hans-CN;q=0.8')).to.equal('找不到此 eSIM。');
    expect(await message('fr-FR')).to.equal('We could not find this eSIM.');
  });
});
