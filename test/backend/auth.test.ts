import { expect } from '@open-wc/testing';
import { EsimPageSchema, SessionSchema } from '../../src/api/schemas.js';
import { expectError, newTenant, parse, type TestTenant } from './helpers.js';

const credentials = { email: 'demo@example.com', password: 'demo-password' };
const bearer = (token: string) => ({ headers: { Authorization: `Bearer ${token}` } });

describe('reference backend: auth', () => {
  let tenant: TestTenant;
  beforeEach(async () => {
    tenant = await newTenant({ requireAuth: true });
  });

  it('answers 401 unauthenticated without a token, on every contract endpoint', async () => {
    const { instant, pendingCancellation } = tenant.seedIds;
    const paths = ['/esims', `/esims/${instant}`, `/esims/${instant}/cancellation-quote`, `/cancellations/${pendingCancellation}`];
    for (const path of paths) {
      const answer = await tenant.get(path);
      expectError(answer, 401, 'unauthenticated');
      expect(answer.headers.get('WWW-Authenticate')).to.match(/^Bearer/);
    }
    const withdraw = await tenant.post(`/cancellations/${pendingCancellation}/withdraw`, undefined, { key: 'k' });
    expectError(withdraw, 401, 'unauthenticated');
    expectError(await tenant.get('/esims', bearer('made-up')), 401, 'unauthenticated');
  });

  it('accepts the fixed demo-token', async () => {
    const answer = await tenant.get('/esims', bearer('demo-token'));
    expect(parse(EsimPageSchema, answer.json).items.length).to.be.above(0);
  });

  it('signs in with the demo account: a bearer token and a session cookie', async () => {
    const answer = await tenant.post('/session', credentials);
    expect(answer.status).to.equal(200);
    const session = parse(SessionSchema, answer.json);
    expect(Date.parse(session.expiresAt!)).to.be.above(Date.now());
    expect((await tenant.get('/esims', bearer(session.token!))).status).to.equal(200);
    // fetch sent the HttpOnly cookie back by itself (same origin).
    expect((await tenant.get('/esims')).status).to.equal(200);
    // The cookie is scoped to its tenant: another tenant requiring auth does not accept it.
    const other = await newTenant({ requireAuth: true });
    expectError(await other.get('/esims'), 401, 'unauthenticated');
  });

  it('refuses a wrong password with a localized message', async () => {
    const en = expectError(await tenant.post('/session', { ...credentials, password: 'nope' }), 401, 'unauthenticated');
    expect(en.message).to.equal('Email or password is incorrect.');
    const zh = await tenant.post('/session', { ...credentials, password: 'nope' }, { headers: { 'Accept-Language': 'zh-CN' } });
    expect(expectError(zh, 401, 'unauthenticated').message).to.equal('邮箱或密码不正确。');
  });

  it('validates the sign-in form', async () => {
    const error = expectError(await tenant.post('/session', { email: 'demo', password: '' }), 422, 'validation_failed');
    expect(error.details).to.have.keys(['email', 'password']);
  });

  it('expires issued tokens on request; tokens issued afterwards work', async () => {
    const old = parse(SessionSchema, (await tenant.post('/session', credentials)).json).token!;
    const expired = await tenant.control('POST', 'expire-tokens');
    expect(expired.json).to.deep.equal({ expired: 1 });
    expectError(await tenant.get('/esims', bearer(old)), 401, 'unauthenticated');
    expect((await tenant.get('/esims', bearer('demo-token'))).status).to.equal(200);
    const fresh = parse(SessionSchema, (await tenant.post('/session', credentials)).json).token!;
    expect((await tenant.get('/esims', bearer(fresh))).status).to.equal(200);
  });

  it('expires sessions after an hour of the tenant clock', async () => {
    const clocked = await newTenant({ requireAuth: true, manualClock: true });
    const token = parse(SessionSchema, (await clocked.post('/session', credentials)).json).token!;
    await clocked.advance(59 * 60_000);
    expect((await clocked.get('/esims', bearer(token))).status).to.equal(200);
    await clocked.advance(60_000);
    expectError(await clocked.get('/esims', bearer(token)), 401, 'unauthenticated');
  });

  it('accepts a password reset for any address, 422 for a non-address', async () => {
    for (const email of ['demo@example.com', 'nobody@example.com']) {
      const answer = await tenant.post('/password-reset', { email });
      expect(answer.status).to.equal(202);
      expect(answer.json).to.deep.equal({});
    }
    const invalid = expectError(await tenant.post('/password-reset', { email: 'nobody' }), 422, 'validation_failed');
    expect(invalid.details).to.have.keys(['email']);
  });

  it('needs no auth on tenants by default', async () => {
    const open = await newTenant();
    expect((await open.get('/esims')).status).to.equal(200);
  });
});
