/**
 * The reference backend's `POST /cancellation-declarations` (no sign-in): validation with field
 * details, idempotency, the record of the confirmation email, faults, and `Esim.withdrawal` in the
 * seed.
 */
import { expect } from '@open-wc/testing';
import { DeclarationSchema } from '../../src/api/declaration-schemas.js';
import { EsimSchema } from '../../src/api/schemas.js';
import { expectError, newKey, newTenant, parse, type TestTenant } from './helpers.js';

const valid = {
  kind: 'cancellation',
  name: 'Erika Mustermann',
  email: 'erika@example.com',
  iccid: '89490200001234567890',
  effective: 'asap',
};

interface Mail {
  to: string;
  subject: string;
  text: string;
  declarationId: string;
}

const declare = (tenant: TestTenant, body: unknown, key = newKey()) => tenant.post('/cancellation-declarations', body, { key });
const outbox = async (tenant: TestTenant) => ((await tenant.control('GET', 'outbox')).json as { mails: Mail[] }).mails;

describe('reference backend: cancellation declarations', () => {
  let tenant: TestTenant;
  beforeEach(async () => {
    // Sign-in required everywhere else: the declaration needs none.
    tenant = await newTenant({ requireAuth: true, manualClock: true });
  });

  it('records a declaration without sign-in (202) and sends its confirmation to the email given', async () => {
    const answer = await declare(tenant, valid);
    expect(answer.status).to.equal(202);
    const declaration = parse(DeclarationSchema, answer.json);
    expect(declaration).to.deep.include({
      kind: 'cancellation',
      name: 'Erika Mustermann',
      iccid: '89490200001234567890',
      effective: 'asap',
    });
    expect(declaration.confirmationSentTo).to.equal('erika@example.com');
    expect(declaration.reference).to.match(/^DCL-[0-9A-Z]{6}$/);
    const mails = await outbox(tenant);
    expect(mails).to.have.length(1);
    expect(mails[0]).to.deep.include({ to: 'erika@example.com', declarationId: declaration.id });
    expect(mails[0]!.subject).to.contain(declaration.reference);
    expect(mails[0]!.text).to.contain('Ordinary cancellation');
    expect(mails[0]!.text).to.contain(declaration.receivedAt);
  });

  it('words the confirmation in German for a German page (Accept-Language: de-DE), as the German demo page sends it', async () => {
    const answer = await tenant.post(
      '/cancellation-declarations',
      { ...valid, kind: 'withdrawal' },
      {
        key: newKey(),
        headers: { 'Accept-Language': 'de-DE,de;q=0.9,en;q=0.5' },
      },
    );
    expect(answer.status).to.equal(202);
    const [mail] = await outbox(tenant);
    expect(mail!.subject).to.match(/^Wir haben Ihren Widerruf erhalten \(DCL-/);
    expect(mail!.text).to.contain('Guten Tag Erika Mustermann,');
    expect(mail!.text).to.contain('Widerruf');
    // A field's problem in German too (the declaration shows the backend's words per field).
    const invalid = await tenant.post(
      '/cancellation-declarations',
      { ...valid, iccid: '123' },
      {
        key: newKey(),
        headers: { 'Accept-Language': 'de' },
      },
    );
    expect(invalid.status).to.equal(422);
    expect((invalid.json as { error: { details: Record<string, string> } }).error.details.iccid).to.equal(
      'Eine ICCID hat 18 bis 22 Ziffern.',
    );
  });

  it('a withdrawal by order reference; an extraordinary cancellation on a date with its reason', async () => {
    const withdrawal = parse(
      DeclarationSchema,
      (await declare(tenant, { kind: 'withdrawal', name: 'A', email: 'a@example.com', orderReference: 'ORD-1', effective: 'asap' })).json,
    );
    expect(withdrawal).to.deep.include({ kind: 'withdrawal', orderReference: 'ORD-1' });
    expect(withdrawal.iccid ?? null).to.equal(null);
    const extraordinary = await declare(tenant, {
      ...valid,
      extraordinary: true,
      reason: 'No coverage',
      effective: 'date',
      effectiveDate: '2099-01-31',
    });
    expect(parse(DeclarationSchema, extraordinary.json)).to.deep.include({
      extraordinary: true,
      reason: 'No coverage',
      effectiveDate: '2099-01-31',
    });
    expect((await outbox(tenant)).map((m) => m.subject)).to.have.length(2);
  });

  it('answers 422 validation_failed with a detail per field', async () => {
    const noContract = await declare(tenant, { ...valid, iccid: undefined });
    expectError(noContract, 422, 'validation_failed');
    expect(Object.keys((noContract.json as { error: { details: object } }).error.details)).to.deep.equal(['iccid']);
    const bad = await declare(tenant, {
      kind: 'notice',
      name: ' ',
      email: 'nope',
      iccid: '12',
      effective: 'date',
      effectiveDate: '2001-01-01',
    });
    expectError(bad, 422, 'validation_failed');
    expect(Object.keys((bad.json as { error: { details: object } }).error.details).sort()).to.deep.equal([
      'effectiveDate',
      'email',
      'iccid',
      'kind',
      'name',
    ]);
    expectError(await declare(tenant, { ...valid, name: 'x'.repeat(201) }), 422, 'validation_failed');
    expectError(await tenant.post('/cancellation-declarations', valid, {}), 422, 'validation_failed');
    expect(await outbox(tenant)).to.deep.equal([]);
  });

  it('is idempotent: the same key and body give the same declaration, once; another body with it is refused', async () => {
    const key = newKey();
    const first = await declare(tenant, valid, key);
    const again = await declare(tenant, valid, key);
    expect(again.status).to.equal(202);
    expect(again.json).to.deep.equal(first.json);
    expect(again.headers.get('Idempotent-Replayed')).to.equal('true');
    expectError(await declare(tenant, { ...valid, name: 'Someone else' }, key), 409, 'idempotency_mismatch');
    expect(await outbox(tenant)).to.have.length(1);
  });

  it('takes the faults the other endpoints take (a 500 records nothing; the retry does)', async () => {
    await tenant.fault({ path: '/cancellation-declarations', method: 'POST', kind: '500', count: 1 });
    const key = newKey();
    expect((await declare(tenant, valid, key)).status).to.equal(500);
    expect(await outbox(tenant)).to.deep.equal([]);
    expect((await declare(tenant, valid, key)).status).to.equal(202);
    expect(await outbox(tenant)).to.have.length(1);
  });

  it('the seed has eSIMs in their withdrawal period, and others without one', async () => {
    const open = await newTenant();
    const instant = parse(EsimSchema, (await open.get(`/esims/${open.seedIds.instant}`)).json);
    expect(Date.parse(instant.withdrawal!.until)).to.be.greaterThan(Date.now());
    const expired = parse(EsimSchema, (await open.get(`/esims/${open.seedIds.expired}`)).json);
    expect(expired.withdrawal ?? null).to.equal(null);
  });
});
