/**
 * The script-tag builds validate responses with src/cdn/zod-lite.ts (a subset of zod/mini, aliased
 * in by scripts/build-bundles.mjs) instead of zod: the same schemas must give the same results. Both
 * HTTP clients (the npm one with zod, the one inside dist/esim-elements.js with zod-lite) read the
 * same payloads: real answers of the reference backend and every one-field mutation of them (null,
 * absent, another type, a wrong string, an unknown key). Each pair must agree: the same data, or the
 * same error message (path and wording). Needs dist/: `npm test` builds it first.
 */
import { expect } from '@open-wc/testing';
import { createHttpBackend } from '../../src/api/http-backend.js';
import type { EsimBackend } from '../../src/api/backend.js';
import { newTenant } from '../helpers/tenant.js';

type Library = typeof import('../../src/cdn/esim-elements.js');
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const ESIM = 'esim-jp-01';

/** Every one-field mutation of `value`, with its path. */
function* mutations(value: Json, path: string[] = []): Generator<[string, Json]> {
  const replacements: Json[] = [null, 42, 'x', true, [], {}, '2026-13-45', -1];
  if (Array.isArray(value)) {
    if (value.length) yield* [...mutations(value[0]!, [...path, '0'])].map(([p, v]): [string, Json] => [p, [v, ...value.slice(1)]]);
    return;
  }
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      const { [key]: _dropped, ...without } = value;
      yield [[...path, key, '(absent)'].join('.'), without];
      for (const replacement of replacements)
        yield [[...path, key, JSON.stringify(replacement)].join('.'), { ...value, [key]: replacement }];
      for (const [p, v] of mutations(value[key]!, [...path, key])) yield [p, { ...value, [key]: v }];
    }
    yield [[...path, '(unknown key)'].join('.'), { ...value, surprise: 'ignored' }];
  }
}

/** Errors compare by identity in chai: a page's dropped records are compared by code and message. */
function comparable(data: unknown): unknown {
  if (!data || typeof data !== 'object' || !('rejected' in data) || !Array.isArray(data.rejected)) return data;
  return { ...data, rejected: (data.rejected as Error[]).map((error) => ({ name: error.name, message: error.message })) };
}

/** Reads `body` through a client made by `create`: the data, or the error's message. */
async function read(create: typeof createHttpBackend, call: (backend: EsimBackend) => Promise<unknown>, body: Json): Promise<unknown> {
  const backend = create({
    apiBase: 'https://backend.invalid/api',
    retries: 0,
    fetch: async () => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } }),
  });
  try {
    return { data: comparable(await call(backend)) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

describe('zod-lite (script-tag builds) against zod (npm)', function () {
  this.timeout(60000);
  let lite: Library['createHttpBackend'];

  before(async () => {
    const url = '/dist/esim-elements.js';
    lite = ((await import(/* @vite-ignore */ url)) as Library).createHttpBackend;
  });

  it('agree on every answer of the reference backend and every one-field mutation of them', async () => {
    const tenant = await newTenant();
    const get = async (path: string) => (await (await fetch(`${tenant.apiBase}${path}`)).json()) as Json;
    const created = await fetch(`${tenant.apiBase}/esims/${ESIM}/cancellations`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
      body: JSON.stringify({ reason: 'changed_device', contactEmail: 'me@example.com', acknowledged: true }),
    });
    const cancellation = (await created.json()) as Json;
    const cases: [string, (backend: EsimBackend) => Promise<unknown>, Json][] = [
      ['listEsims', (b) => b.listEsims({ limit: 2 }), await get('/esims?limit=2')],
      ['getEsim', (b) => b.getEsim(ESIM), await get(`/esims/esim-eu-04`)],
      ['getCancellationQuote', (b) => b.getCancellationQuote(ESIM), await get(`/esims/${ESIM}/cancellation-quote`)],
      ['getCancellation', (b) => b.getCancellation('c'), cancellation],
      ['signIn', (b) => b.signIn!('me@example.com', 'pw'), { token: 'abc', expiresAt: '2026-12-03T10:00:00Z' }],
    ];
    let compared = 0;
    for (const [name, call, valid] of cases) {
      const fromZod = await read(createHttpBackend, call, valid);
      expect(fromZod, `${name}: the valid answer`).to.have.property('data');
      expect(await read(lite, call, valid), `${name}: the valid answer`).to.deep.equal(fromZod);
      for (const [path, body] of mutations(valid)) {
        expect(await read(lite, call, body), `${name} ${path}`).to.deep.equal(await read(createHttpBackend, call, body));
        compared++;
      }
    }
    expect(compared).to.be.above(500);
  });
});
