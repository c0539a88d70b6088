import { expect } from '@open-wc/testing';
import type { EsimBackend } from '../../src/api/backend.js';
import { EsimApiError } from '../../src/api/errors.js';
import { validatedBackend, type UncheckedBackend } from '../../src/api/validated-backend.js';
import { DateTimeSchema } from '../../src/api/schemas.js';
import * as z from 'zod/mini';

const esim = (id: string, overrides: Record<string, unknown> = {}) => ({
  id,
  iccid: '8988247000001234567',
  planName: 'Japan 10 GB',
  status: 'ready',
  installState: 'not_installed',
  cancellation: { eligible: true, mode: 'instant' },
  ...overrides,
});

async function rejection(promise: Promise<unknown>): Promise<EsimApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error instanceof EsimApiError, String(error)).to.equal(true);
    return error as EsimApiError;
  }
  throw new Error('expected the call to fail');
}

/** A host's own backend, as loose as a wrapped SDK gets: every method answers what it is given. */
function hostBackend(answers: Partial<Record<keyof EsimBackend, unknown>>): UncheckedBackend {
  const answer = (name: keyof EsimBackend) => () => {
    const value = answers[name];
    if (value instanceof Error) throw value;
    return Promise.resolve(value);
  };
  return {
    listEsims: answer('listEsims'),
    getEsim: answer('getEsim'),
    getCancellationQuote: answer('getCancellationQuote'),
    submitCancellation: answer('submitCancellation'),
    getCancellation: answer('getCancellation'),
    withdrawCancellation: answer('withdrawCancellation'),
  };
}

describe('validatedBackend: the one boundary for every backend', () => {
  it("parses a host backend's answers: a wrong shape is invalid_response naming the field", async () => {
    const backend = validatedBackend(hostBackend({ getEsim: esim('e-1', { iccid: 42 }), getCancellation: { id: 'c' } }));
    const wrong = await rejection(backend.getEsim('e-1'));
    expect(wrong.code).to.equal('invalid_response');
    expect(wrong.message).to.contain('iccid');
    expect((await rejection(backend.getCancellation('c'))).message).to.contain('reference');
    const page = await rejection(validatedBackend(hostBackend({ listEsims: { rows: [] } })).listEsims({}));
    expect(page.message).to.contain('items');
  });

  it('keeps the good records of a page, reporting each bad one', async () => {
    const backend = validatedBackend(
      hostBackend({
        listEsims: {
          items: [esim('a'), esim('b', { expiresAt: '2026-02-30T10:00:00Z' }), esim('c', { status: 'brand-new' }), 'junk'],
          nextCursor: null,
        },
      }),
    );
    const page = await backend.listEsims({});
    expect(page.items.map((e) => e.id)).to.deep.equal(['a', 'c']);
    expect(page.items[1]!.status).to.equal('unknown');
    expect(page.rejected.map((e) => e.code)).to.deep.equal(['invalid_response', 'invalid_response']);
    expect(page.rejected[0]!.message).to.contain('items.1.expiresAt');
    expect(page.rejected[1]!.message).to.contain('items.3');
  });

  it('fails a page whose every record is bad: an empty list would be false', async () => {
    const backend = validatedBackend(hostBackend({ listEsims: { items: [esim('x', { iccid: '1' })], nextCursor: null } }));
    expect((await rejection(backend.listEsims({}))).message).to.contain('items.0.iccid');
  });

  it('turns anything a host backend throws, or a missing method, into an EsimApiError', async () => {
    const thrown = await rejection(validatedBackend(hostBackend({ getEsim: new TypeError('sdk.fetch is not a function') })).getEsim('e'));
    expect(thrown.code).to.equal('internal');
    const partial = { listEsims: () => Promise.resolve({ items: [], nextCursor: null }) } as unknown as EsimBackend;
    const missing = await rejection(validatedBackend(partial).getCancellationQuote('e'));
    expect(missing.code).to.equal('invalid_response');
    expect(missing.message).to.contain('getCancellationQuote');
    expect(validatedBackend(partial).signIn).to.equal(undefined);
  });

  it("bounds a host backend's Retry-After like the HTTP client's", async () => {
    const limited = (retryAfter: number) =>
      rejection(
        validatedBackend(hostBackend({ getEsim: new EsimApiError({ code: 'rate_limited', message: 'slow down', retryAfter }) })).getEsim(
          'e',
        ),
      );
    expect((await limited(0)).retryAfter).to.equal(1);
    expect((await limited(-3)).retryAfter).to.equal(1);
    expect((await limited(Number.NaN)).retryAfter).to.equal(1);
    expect((await limited(86_400)).retryAfter).to.equal(60);
    expect((await limited(12)).retryAfter).to.equal(12);
  });

  it('wraps a backend once, and a wrapper not again', () => {
    const host = hostBackend({});
    const wrapped = validatedBackend(host);
    expect(validatedBackend(host) === wrapped).to.equal(true);
    expect(validatedBackend(wrapped) === wrapped).to.equal(true);
  });
});

describe('DateTimeSchema: what passes, Date can read', () => {
  const ok = (value: string) => z.safeParse(DateTimeSchema, value).success;
  it('accepts the ISO 8601 forms serializers emit', () => {
    for (const value of [
      '2026-11-25T10:00:00Z',
      '2026-11-25t10:00:00z',
      '2026-11-25T18:00:00.123456+08:00',
      '2026-11-25T10:00:00+0800',
      '2026-11-25',
      '9999-12-31T23:59:59Z',
    ]) {
      expect(ok(value), value).to.equal(true);
      expect(Number.isNaN(new Date(value).getTime()), value).to.equal(false);
    }
  });

  it('rejects dates Date cannot read or would silently move', () => {
    for (const value of [
      '2026-11-25T10:00:00+08',
      '2026-13-01T00:00:00Z',
      '2026-02-30T10:00:00Z',
      '2026-11-25T25:00:00Z',
      '2026-11-25T10:61:00Z',
      '2026-11-31',
    ]) {
      expect(ok(value), value).to.equal(false);
    }
  });
});
