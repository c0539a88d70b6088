import { expect } from '@open-wc/testing';
import type { EsimBackend } from '../../src/api/backend.js';
import { EsimApiError } from '../../src/api/errors.js';
import { en } from '../../src/i18n/en.js';
import { loadSignInForm, signInForm, type SignedIn } from '../../src/internal/sign-in.js';
import { newHost, type TestHost } from './hosts.js';

interface Calls {
  signIn: [string, string][];
  reset: string[];
  signedIn: SignedIn[];
  reported: unknown[];
}

/** A host with the sign-in form, over a backend whose answers the test chooses. */
async function setUp(backend: Partial<EsimBackend>): Promise<{ host: TestHost; calls: Calls }> {
  const calls: Calls = { signIn: [], reset: [], signedIn: [], reported: [] };
  // The form's code comes on demand (the elements fetch it on the first 401, before showing it).
  await loadSignInForm();
  const host = newHost();
  const form = signInForm(host, {
    backend: () => backend as EsimBackend,
    t: () => en,
    onSignedIn: (session) => calls.signedIn.push(session),
    reportError: (error) => {
      calls.reported.push(error);
      return 'reported';
    },
  });
  host.view = () => form.render();
  document.body.append(host);
  host.requestUpdate();
  await host.updateComplete;
  return { host, calls };
}

const $ = <E extends Element = HTMLElement>(host: TestHost, selector: string) => host.renderRoot.querySelector<E>(selector);

async function type(host: TestHost, name: 'email' | 'password', value: string): Promise<void> {
  const input = $<HTMLInputElement>(host, `input[name="${name}"]`)!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

async function submit(host: TestHost): Promise<void> {
  $<HTMLButtonElement>(host, '[part~="submit-button"]')!.click();
  // The submission awaits the backend, then renders.
  for (let i = 0; i < 5; i++) await host.updateComplete.then(() => new Promise((resolve) => setTimeout(resolve)));
}

describe('the built-in sign-in form', () => {
  afterEach(() => document.querySelectorAll('esim-test-host').forEach((host) => host.remove()));

  it('renders the form with a focusable heading, email and password', async () => {
    const { host } = await setUp({ signIn: async () => ({ token: 't' }) });
    expect($(host, 'h2[tabindex="-1"]')!.textContent).to.equal(en.signInTitle);
    expect($(host, 'input[name="email"]')).to.exist;
    expect($(host, 'input[name="password"]')).to.exist;
  });

  it('names what is missing, on the field, and focuses the first invalid field', async () => {
    const { host, calls } = await setUp({ signIn: async () => ({ token: 't' }) });
    await submit(host);
    expect($(host, '#sign-in-email-error')!.textContent).to.equal(en.emailInvalid);
    expect($(host, '#sign-in-password-error')!.textContent).to.equal(en.passwordRequired);
    expect(
      host.renderRoot.activeElement === $(host, 'input[name="email"]'),
      'host.renderRoot.activeElement is $(host, \'input[name="email"]\')',
    ).to.equal(true);
    expect(calls.signIn).to.deep.equal([]);
  });

  it('signs in with the trimmed email and hands the session on', async () => {
    const calls: [string, string][] = [];
    const { host, calls: seen } = await setUp({
      signIn: async (email, password) => {
        calls.push([email, password]);
        return { token: 'session-token' };
      },
    });
    await type(host, 'email', '  ana@example.com ');
    await type(host, 'password', 'secret');
    await submit(host);
    expect(calls).to.deep.equal([['ana@example.com', 'secret']]);
    expect(seen.signedIn).to.deep.equal([{ token: 'session-token', email: 'ana@example.com' }]);
  });

  it('says the email or password is wrong after a 401, keeping the email', async () => {
    const { host, calls } = await setUp({
      signIn: async () => {
        throw new EsimApiError({ code: 'unauthenticated', message: 'no' });
      },
    });
    await type(host, 'email', 'ana@example.com');
    await type(host, 'password', 'wrong');
    await submit(host);
    expect($(host, '[role="alert"]')!.textContent).to.equal(en.signInWrong);
    expect($<HTMLInputElement>(host, 'input[name="email"]')!.value).to.equal('ana@example.com');
    expect(calls.signedIn).to.deep.equal([]);
    expect(calls.reported).to.deep.equal([]);
  });

  it('reports other failures and shows their message', async () => {
    const failure = new EsimApiError({ code: 'upstream_unavailable', message: 'down' });
    const { host, calls } = await setUp({
      signIn: async () => {
        throw failure;
      },
    });
    await type(host, 'email', 'ana@example.com');
    await type(host, 'password', 'secret');
    await submit(host);
    expect(calls.reported).to.deep.equal([failure]);
    expect($(host, '[role="alert"]')!.textContent).to.equal('reported');
  });

  it('sends a reset link without saying whether the account exists', async () => {
    const resets: string[] = [];
    const { host } = await setUp({
      signIn: async () => ({ token: 't' }),
      requestPasswordReset: async (email) => {
        resets.push(email);
      },
    });
    $<HTMLButtonElement>(host, '[part~="link-button"]')!.click();
    await host.updateComplete;
    expect($(host, 'h2')!.textContent).to.equal(en.resetTitle);
    expect($(host, 'input[name="password"]') === null, '$(host, \'input[name="password"]\') is null').to.equal(true);
    await type(host, 'email', 'ana@example.com');
    await submit(host);
    expect(resets).to.deep.equal(['ana@example.com']);
    expect($(host, '[role="status"]')!.textContent).to.equal(en.resetSent('ana@example.com'));
  });

  it('offers no reset link when the backend cannot send one', async () => {
    const { host } = await setUp({ signIn: async () => ({ token: 't' }) });
    expect($(host, '[part~="link-button"]') === null, '$(host, \'[part~="link-button"]\') is null').to.equal(true);
  });
});
