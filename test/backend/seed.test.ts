import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import {
  CancellationSchema,
  ESIM_STATUSES,
  EsimPageSchema,
  EsimSchema,
  INELIGIBLE_REASONS,
  INSTALL_STATES,
} from '../../src/api/schemas.js';
import { QuoteSchema } from '../../src/api/quote-schemas.js';
import { newTenant, parse, type TestTenant } from './helpers.js';

type Esim = z.infer<typeof EsimSchema>;

/** ICCIDs end in a Luhn check digit, like real ones (a UI may validate it). */
function luhnValid(digits: string): boolean {
  let sum = 0;
  [...digits].reverse().forEach((char, i) => {
    const digit = Number(char) * (i % 2 === 1 ? 2 : 1);
    sum += digit > 9 ? digit - 9 : digit;
  });
  return sum % 10 === 0;
}

async function list(tenant: TestTenant): Promise<Esim[]> {
  return parse(EsimPageSchema, (await tenant.get('/esims?limit=200')).json).items;
}

async function quote(tenant: TestTenant, id: string) {
  return parse(QuoteSchema, (await tenant.get(`/esims/${id}/cancellation-quote`)).json);
}

describe('reference backend: default seed', () => {
  let tenant: TestTenant;
  let esims: Esim[];
  before(async () => {
    tenant = await newTenant();
    esims = await list(tenant);
  });
  const byId = (id: string) => esims.find((esim) => esim.id === id)!;

  it('covers every status, install state and ineligible reason', () => {
    expect(new Set(esims.map((e) => e.status))).to.have.keys([...ESIM_STATUSES]);
    expect(new Set(esims.map((e) => e.installState))).to.have.keys([...INSTALL_STATES]);
    expect(new Set(esims.flatMap((e) => e.cancellation.ineligibleReason ?? []))).to.have.keys([...INELIGIBLE_REASONS]);
  });

  it('has instant, review, capped and unlimited plans, devices and nicknames', () => {
    expect(esims.filter((e) => e.cancellation.mode === 'instant').length).to.be.at.least(3);
    expect(esims.filter((e) => e.cancellation.mode === 'review').length).to.be.at.least(3);
    expect(esims.some((e) => e.data?.totalBytes === null)).to.equal(true);
    expect(esims.some((e) => typeof e.data?.totalBytes === 'number')).to.equal(true);
    expect(esims.some((e) => e.data === undefined)).to.equal(true);
    expect(esims.some((e) => e.device?.model)).to.equal(true);
    expect(esims.some((e) => e.nickname)).to.equal(true);
    expect(new Set(esims.map((e) => e.region?.code)).size).to.be.at.least(10);
    for (const esim of esims) {
      expect(esim.iccid).to.match(/^8988\d{15,16}$/);
      expect(luhnValid(esim.iccid), esim.iccid).to.equal(true);
    }
  });

  it('makes instant eSIMs unused and uninstalled, review eSIMs installed or used', () => {
    for (const esim of esims.filter((e) => e.cancellation.mode === 'instant')) {
      expect(['ready', 'active']).to.include(esim.status);
      expect(esim.installState).to.equal('not_installed');
      expect(esim.data?.usedBytes).to.equal(0);
    }
    for (const esim of esims.filter((e) => e.cancellation.mode === 'review')) {
      expect(esim.installState !== 'not_installed' || (esim.data?.usedBytes ?? 0) > 0).to.equal(true);
    }
  });

  it('names the cases by id', () => {
    const ids = tenant.seedIds;
    expect(byId(ids.instant).cancellation).to.include({ eligible: true, mode: 'instant' });
    expect(byId(ids.review).cancellation).to.include({ eligible: true, mode: 'review' });
    expect(byId(ids.reviewRejected).data!.usedBytes).to.be.above(1e9);
    expect(byId(ids.pendingRequest).status).to.equal('cancel_pending');
    expect(byId(ids.pendingRequest).cancellation).to.include({
      eligible: false,
      ineligibleReason: 'request_open',
      openRequestId: ids.pendingCancellation,
    });
    expect(byId(ids.cancelled).cancellation.ineligibleReason).to.equal('already_cancelled');
    expect(byId(ids.installed).cancellation.ineligibleReason).to.equal('installed');
    expect(byId(ids.dataUsed).cancellation.ineligibleReason).to.equal('data_used');
    expect(byId(ids.expired).cancellation.ineligibleReason).to.equal('expired');
    expect(byId(ids.windowElapsed).cancellation.ineligibleReason).to.equal('window_elapsed');
    expect(byId(ids.unknown).status).to.equal('unknown');
  });

  it('keeps dates relative to now', () => {
    const now = Date.now();
    const dayMs = 86_400_000;
    const soon = Date.parse(byId(tenant.seedIds.reviewDeadlineSoon).cancellation.deadline!);
    expect(soon - now).to.be.within(dayMs, 3 * dayMs);
    expect(Date.parse(byId(tenant.seedIds.expired).expiresAt!)).to.be.below(now);
    expect(Date.parse(byId(tenant.seedIds.instant).purchasedAt!)).to.be.within(now - 30 * dayMs, now);
  });

  it('quotes an instant cancellation: no fee, full refund, immediately', async () => {
    const q = await quote(tenant, tenant.seedIds.instant);
    expect(q).to.deep.include({ eligible: true, mode: 'instant', effective: 'immediately', refundMethod: 'original_payment' });
    expect(q.fee).to.deep.equal({ amount: '0.00', currency: 'USD' });
    expect(q.refund).to.deep.equal({ amount: '17.00', currency: 'USD' });
    expect(q.warnings).to.deep.equal(['irreversible', 'data_forfeited']);
    expect(Date.parse(q.expiresAt!)).to.be.above(Date.now());
  });

  it('quotes store credit and a deadline coming soon', async () => {
    expect((await quote(tenant, tenant.seedIds.instantStoreCredit)).warnings).to.include('refund_as_credit');
    const soon = await quote(tenant, tenant.seedIds.reviewDeadlineSoon);
    expect(soon.warnings).to.include('deadline_soon');
    expect(soon.refund.currency).to.equal('EUR');
  });

  it('quotes a review: fee, partial refund, decision in 3 business days', async () => {
    const q = await quote(tenant, tenant.seedIds.review);
    expect(q).to.deep.include({ eligible: true, mode: 'review', effective: 'after_review', reviewBusinessDays: 3 });
    expect(q.fee).to.deep.equal({ amount: '2.00', currency: 'EUR' });
    expect(Number(q.refund.amount)).to.be.above(0).and.below(26);
    expect(q.warnings).to.include.members(['irreversible', 'data_forfeited', 'keep_installed_for_support']);
    const decision = new Date(q.expectedDecisionBy!);
    expect(decision.getTime() - Date.now()).to.be.within(3 * 86_400_000 - 60_000, 5 * 86_400_000 + 60_000);
    expect([0, 6]).not.to.include(decision.getUTCDay());
    expect(q.policyUrl).to.match(/^https:\/\//);
  });

  it('quotes an ineligible eSIM as mode none with zero amounts', async () => {
    const q = await quote(tenant, tenant.seedIds.expired);
    expect(q).to.deep.include({ eligible: false, mode: 'none', ineligibleReason: 'expired', warnings: [] });
    expect(q.fee.amount).to.equal('0.00');
    expect(q.refund.amount).to.equal('0.00');
  });
});

describe('reference backend: xss seed', () => {
  it('puts payloads in every string field but keeps ICCIDs digits', async () => {
    const tenant = await newTenant({ seed: 'xss' });
    const esims = parse(EsimPageSchema, (await tenant.get('/esims?limit=200')).json).items;
    for (const esim of esims) {
      expect(esim.iccid).to.match(/^\d{19}$/);
      const { id, nickname, planName, region, device } = esim;
      for (const text of [id, nickname, planName, region?.name, region?.code, device?.make, device?.model]) {
        expect(text).to.match(/<|"/);
      }
    }
    const review = encodeURIComponent(tenant.seedIds.review);
    const q = parse(QuoteSchema, (await tenant.get(`/esims/${review}/cancellation-quote`)).json);
    expect(q.policyUrl).to.match(/^javascript:/);
    const rejected = await tenant.get(`/cancellations/${encodeURIComponent(tenant.seedIds.rejectedCancellation!)}`);
    const cancellation = parse(CancellationSchema, rejected.json);
    const { id, reference, reason, note, contactEmail, rejectionReason } = cancellation;
    for (const text of [id, reference, reason, note, contactEmail, rejectionReason]) {
      expect(text).to.match(/<|"/);
    }
    const error = (await tenant.get('/esims/missing')).json as { error: { message: string } };
    expect(error.error.message).to.contain('<img');
  });
});

describe('reference backend: large seed', () => {
  it('is deterministic: the same 10,000 eSIMs on every reset', async () => {
    const first = await newTenant({ seed: 'large' });
    const second = await newTenant({ seed: 'large' });
    const snapshot = async (tenant: TestTenant) => {
      const { items } = parse(EsimPageSchema, (await tenant.get('/esims?limit=200&status=cancel_pending')).json);
      return items.map((e) => [e.id, e.iccid, e.status, e.planName, e.nickname, e.data?.usedBytes]);
    };
    expect(await snapshot(first)).to.deep.equal(await snapshot(second));
  });
});
