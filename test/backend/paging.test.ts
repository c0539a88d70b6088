import { expect } from '@open-wc/testing';
import { ESIM_STATUSES, EsimPageSchema } from '../../src/api/schemas.js';
import { expectError, newKey, newTenant, parse, validRequest, type TestTenant } from './helpers.js';

async function page(tenant: TestTenant, query: string) {
  const answer = await tenant.get(`/esims?${query}`);
  expect(answer.status, answer.text).to.equal(200);
  return parse(EsimPageSchema, answer.json);
}

async function collect(tenant: TestTenant, query: string) {
  const ids: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const next = await page(tenant, cursor === null ? query : `${query}&cursor=${encodeURIComponent(cursor)}`);
    ids.push(...next.items.map((e) => e.id));
    cursor = next.nextCursor;
    pages += 1;
  } while (cursor !== null);
  return { ids, pages };
}

describe('reference backend: paging', () => {
  it('pages through all 10,000 eSIMs of the large seed: each id once, nextCursor null at the end', async () => {
    const tenant = await newTenant({ seed: 'large' });
    const { ids, pages } = await collect(tenant, 'limit=200');
    expect(pages).to.equal(50);
    expect(ids).to.have.length(10_000);
    expect(new Set(ids).size).to.equal(10_000);
  });

  it('filters by status across pages, and the filtered pages add up to the whole list', async () => {
    const tenant = await newTenant({ seed: 'large' });
    let total = 0;
    for (const status of ESIM_STATUSES) {
      const { ids } = await collect(tenant, `limit=200&status=${status}`);
      const first = await page(tenant, `limit=200&status=${status}`);
      expect(
        first.items.every((e) => e.status === status),
        status,
      ).to.equal(true);
      expect(ids.length, status).to.be.above(0);
      total += ids.length;
    }
    expect(total).to.equal(10_000);
  });

  it('uses 50 as the default page size and caps the limit at 200', async () => {
    const tenant = await newTenant({ seed: 'large' });
    expect((await page(tenant, '')).items).to.have.length(50);
    expect((await page(tenant, 'limit=500')).items).to.have.length(200);
    expect((await page(tenant, 'limit=1')).items).to.have.length(1);
  });

  it('ends with nextCursor null when the last page is exactly full', async () => {
    const tenant = await newTenant();
    const full = await page(tenant, 'limit=15');
    expect(full.items).to.have.length(15);
    expect(full.nextCursor).to.equal(null);
    const { ids, pages } = await collect(tenant, 'limit=5');
    expect(pages).to.equal(3);
    expect(ids).to.have.length(15);
  });

  it('keeps a cursor valid when eSIMs before it disappear', async () => {
    const tenant = await newTenant();
    const first = await page(tenant, 'limit=4');
    // The provider removes this one once cancelled (seq 3, on the first page).
    await tenant.post(`/esims/${tenant.seedIds.instantRemoved}/cancellations`, validRequest, { key: newKey() });
    const second = await page(tenant, `limit=4&cursor=${encodeURIComponent(first.nextCursor!)}`);
    expect(second.items[0]!.id).to.equal(tenant.seedIds.reviewRejected);
  });

  it('refuses bad cursors, limits and statuses with field details', async () => {
    const tenant = await newTenant();
    expect(expectError(await tenant.get('/esims?cursor=%%%'), 422, 'validation_failed').details).to.have.keys(['cursor']);
    expect(expectError(await tenant.get('/esims?cursor=bm9wZQ'), 422, 'validation_failed').details).to.have.keys(['cursor']);
    expect(expectError(await tenant.get('/esims?limit=0'), 422, 'validation_failed').details).to.have.keys(['limit']);
    expect(expectError(await tenant.get('/esims?limit=ten'), 422, 'validation_failed').details).to.have.keys(['limit']);
    expect(expectError(await tenant.get('/esims?status=lost'), 422, 'validation_failed').details).to.have.keys(['status']);
  });
});
