import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import {
  CancellationRequestSchema,
  CancellationSchema,
  ErrorBodySchema,
  EsimPageSchema,
  EsimSchema,
  MoneySchema,
  SessionSchema,
  type Cancellation,
  type CancellationRequest,
  type ErrorBody,
  type Esim,
} from '../../src/api/schemas.js';
import { QuoteSchema, type Quote } from '../../src/api/quote-schemas.js';
import { normalizeEsim, parseWith } from '../../src/api/http-backend.js';
import { EsimApiError } from '../../src/api/errors.js';

const esim = {
  id: 'esim-1',
  iccid: '8988247000001234567',
  nickname: 'Travel phone',
  planName: 'Japan 10 GB / 30 days',
  region: { code: 'JP', name: 'Japan' },
  status: 'active',
  installState: 'installed',
  data: { usedBytes: 1_200_000_000, totalBytes: 10_000_000_000, updatedAt: '2026-11-25T10:00:00Z' },
  purchasedAt: '2026-11-01T08:00:00+09:00',
  activatedAt: null,
  expiresAt: '2026-12-01T00:00:00Z',
  device: { make: 'Apple', model: 'iPhone 15' },
  cancellation: { eligible: true, mode: 'review', deadline: null, openRequestId: null },
};

const quote = {
  esimId: 'esim-1',
  quoteId: 'q-1',
  eligible: true,
  mode: 'review',
  fee: { amount: '2.00', currency: 'USD' },
  refund: { amount: '7.50', currency: 'USD' },
  refundMethod: 'original_payment',
  effective: 'after_review',
  reviewBusinessDays: 3,
  expectedDecisionBy: '2026-11-30T17:00:00Z',
  warnings: ['irreversible', 'data_forfeited'],
};

const cancellation = {
  id: 'c-1',
  reference: 'CXL-2026-0001',
  esimId: 'esim-1',
  status: 'pending',
  mode: 'review',
  reason: 'device_lost',
  note: null,
  contactEmail: 'a@example.com',
  createdAt: '2026-11-25T10:00:00Z',
  updatedAt: '2026-11-25T10:00:00Z',
  expectedDecisionBy: null,
  rejectionReason: null,
  withdrawable: true,
};

function fails(schema: z.ZodMiniType, value: unknown): string {
  const result = z.safeParse(schema, value);
  expect(result.success, JSON.stringify(value)).to.equal(false);
  return result.success ? '' : result.error.issues[0]!.path.join('.');
}

/** Compile-time: the inferred types stay what the contract says (some schemas are built by class). */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const inferredTypes: [
  Same<Esim['planName'], string>,
  Same<Esim['nickname'], string | null | undefined>,
  Same<NonNullable<Esim['data']>['usedBytes'], number>,
  Same<NonNullable<Esim['data']>['totalBytes'], number | null>,
  Same<Esim['cancellation']['eligible'], boolean>,
  Same<Quote['reviewBusinessDays'], number | null | undefined>,
  Same<Cancellation['id'], string>,
  Same<CancellationRequest['contactEmail'], string>,
  Same<CancellationRequest['note'], string | undefined>,
  Same<CancellationRequest['acknowledged'], true>,
  Same<NonNullable<ErrorBody['error']['details']>, { [field: string]: string }>,
] = [true, true, true, true, true, true, true, true, true, true, true];

describe('contract schemas', () => {
  it('accepts a complete eSIM and a minimal one', () => {
    expect(z.parse(EsimSchema, esim).planName).to.equal('Japan 10 GB / 30 days');
    const minimal = {
      id: 'e',
      iccid: '898800000000000000',
      planName: 'P',
      status: 'ready',
      installState: 'not_installed',
      cancellation: { eligible: false, mode: 'none', ineligibleReason: 'not_supported' },
    };
    expect(z.parse(EsimSchema, minimal).id).to.equal('e');
  });

  it('is strict about statuses, but the client reads an unfamiliar one as "unknown"', () => {
    const odd = { ...esim, status: 'hibernating', installState: 'quantum' };
    expect(fails(EsimSchema, odd)).to.equal('status');
    const parsed = z.parse(EsimSchema, normalizeEsim(odd));
    expect(parsed.status).to.equal('unknown');
    expect(parsed.installState).to.equal('unknown');
    expect(fails(EsimSchema, normalizeEsim({ ...esim, status: 7 }))).to.equal('status');
    expect(normalizeEsim('not an object')).to.equal('not an object');
  });

  it('strips fields it does not know, so backends can add their own', () => {
    const parsed = z.parse(EsimSchema, { ...esim, resellerSku: 'X1' }) as Record<string, unknown>;
    expect(parsed).not.to.have.property('resellerSku');
  });

  it('rejects a bad eSIM and names the field', () => {
    expect(fails(EsimSchema, { ...esim, iccid: '12ab' })).to.equal('iccid');
    expect(fails(EsimSchema, { ...esim, iccid: '1'.repeat(23) })).to.equal('iccid');
    expect(fails(EsimSchema, { ...esim, id: undefined })).to.equal('id');
    expect(fails(EsimSchema, { ...esim, data: { ...esim.data, usedBytes: -1 } })).to.equal('data.usedBytes');
    expect(fails(EsimSchema, { ...esim, expiresAt: '2026-12-01T10:00:00' })).to.equal('expiresAt');
    expect(z.parse(EsimSchema, { ...esim, expiresAt: '2026-12-01T10:00:00.123+08:00' }).expiresAt).to.be.a('string');
    expect(fails(EsimSchema, { ...esim, cancellation: { eligible: 'yes', mode: 'review' } })).to.equal('cancellation.eligible');
    expect(fails(EsimSchema, { ...esim, cancellation: { ...esim.cancellation, ineligibleReason: 'bored' } })).to.equal(
      'cancellation.ineligibleReason',
    );
  });

  it('reads what other serializers write: null for absent fields, lowercase or compact offsets, plain dates', () => {
    const parsed = z.parse(EsimSchema, {
      ...esim,
      region: null,
      data: null,
      device: null,
      purchasedAt: '2026-11-01t08:00:00z',
      expiresAt: '2026-12-01T00:00:00.123456+0000',
      cancellation: { eligible: false, mode: 'none', ineligibleReason: null, deadline: '2026-12-31' },
    });
    expect(parsed.region).to.equal(null);
    expect(parsed.cancellation.deadline).to.equal('2026-12-31');
    expect(z.parse(QuoteSchema, { ...quote, expectedDecisionBy: null, expiresAt: null, refundMethod: null }).quoteId).to.equal('q-1');
    expect(fails(EsimSchema, { ...esim, expiresAt: 'next tuesday' })).to.equal('expiresAt');
  });

  it('accepts unlimited data (totalBytes null)', () => {
    const parsed = z.parse(EsimSchema, { ...esim, data: { ...esim.data, totalBytes: null } });
    expect(parsed.data?.totalBytes).to.equal(null);
  });

  it('validates a page with a cursor', () => {
    expect(z.parse(EsimPageSchema, { items: [esim], nextCursor: 'abc' }).items).to.have.length(1);
    expect(z.parse(EsimPageSchema, { items: [], nextCursor: null }).nextCursor).to.equal(null);
    expect(fails(EsimPageSchema, { items: [esim] })).to.equal('nextCursor');
    expect(fails(EsimPageSchema, { items: [esim, { ...esim, planName: 3 }], nextCursor: null })).to.equal('items.1.planName');
  });

  it('validates money as a decimal string and an ISO 4217 code', () => {
    expect(z.parse(MoneySchema, { amount: '9.50', currency: 'USD' }).amount).to.equal('9.50');
    expect(z.parse(MoneySchema, { amount: '-1', currency: 'EUR' }).amount).to.equal('-1');
    expect(fails(MoneySchema, { amount: 9.5, currency: 'USD' })).to.equal('amount');
    expect(fails(MoneySchema, { amount: '9,50', currency: 'USD' })).to.equal('amount');
    expect(fails(MoneySchema, { amount: '9.50', currency: 'usd' })).to.equal('currency');
  });

  it('validates a quote', () => {
    expect(z.parse(QuoteSchema, quote).reviewBusinessDays).to.equal(3);
    expect(fails(QuoteSchema, { ...quote, effective: 'tomorrow' })).to.equal('effective');
    expect(fails(QuoteSchema, { ...quote, warnings: ['irreversible', 'spooky'] })).to.equal('warnings.1');
    expect(fails(QuoteSchema, { ...quote, reviewBusinessDays: -1 })).to.equal('reviewBusinessDays');
    expect(fails(QuoteSchema, { ...quote, fee: undefined })).to.equal('fee');
  });

  it('validates a cancellation', () => {
    expect(z.parse(CancellationSchema, cancellation).status).to.equal('pending');
    expect(z.parse(CancellationSchema, { ...cancellation, status: 'completed', mode: 'instant' }).mode).to.equal('instant');
    expect(fails(CancellationSchema, { ...cancellation, status: 'lost' })).to.equal('status');
    expect(fails(CancellationSchema, { ...cancellation, mode: 'none' })).to.equal('mode');
    expect(fails(CancellationSchema, { ...cancellation, withdrawable: undefined })).to.equal('withdrawable');
  });

  it('validates a cancellation request body', () => {
    const body = { reason: 'device_lost', contactEmail: 'a@example.com', acknowledged: true };
    expect(z.parse(CancellationRequestSchema, body).reason).to.equal('device_lost');
    expect(fails(CancellationRequestSchema, { ...body, acknowledged: false })).to.equal('acknowledged');
    expect(fails(CancellationRequestSchema, { ...body, contactEmail: 'nope' })).to.equal('contactEmail');
    expect(fails(CancellationRequestSchema, { ...body, reason: '' })).to.equal('reason');
    expect(fails(CancellationRequestSchema, { ...body, note: 'x'.repeat(1001) })).to.equal('note');
  });

  it('keeps the inferred types (checked by tsc)', () => {
    expect(inferredTypes.every(Boolean)).to.equal(true);
  });

  it('validates sessions and error bodies', () => {
    expect(z.parse(SessionSchema, {}).token).to.equal(undefined);
    expect(z.parse(SessionSchema, { token: 't', expiresAt: '2026-11-25T10:00:00Z' }).token).to.equal('t');
    const error = z.parse(ErrorBodySchema, {
      error: { code: 'duplicate_request', message: 'Open', existingRequestId: 'c-9', details: { reason: 'required' } },
    });
    expect(error.error.existingRequestId).to.equal('c-9');
    expect(fails(ErrorBodySchema, { error: { code: 'x' } })).to.equal('error.message');
    expect(fails(ErrorBodySchema, '<html>')).to.equal('');
  });

  it('parseWith turns a schema failure into invalid_response naming the first bad path', () => {
    try {
      parseWith(EsimPageSchema, { items: [{ ...esim, iccid: 5 }], nextCursor: null });
      expect.fail('should throw');
    } catch (error) {
      expect(error).to.be.instanceOf(EsimApiError);
      const e = error as EsimApiError;
      expect(e.code).to.equal('invalid_response');
      expect(e.message).to.contain('items.0.iccid');
      expect(e.retryable).to.equal(true);
    }
  });
});
