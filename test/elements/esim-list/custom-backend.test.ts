import { expect, waitUntil } from '@open-wc/testing';
import type { EsimBackend } from '../../../src/api/backend.js';
import { EsimApiError } from '../../../src/api/errors.js';
import { $, mount } from './helpers.js';

const unauthenticated = () => Promise.reject(new EsimApiError({ code: 'unauthenticated', status: 401, message: 'no' }));

/** A host's own backend: everything answers 401, and it may or may not offer sign-in and reset. */
function backend(extra: Partial<EsimBackend>): EsimBackend {
  return {
    listEsims: unauthenticated,
    getEsim: unauthenticated,
    getCancellationQuote: unauthenticated,
    submitCancellation: unauthenticated,
    getCancellation: unauthenticated,
    withdrawCancellation: unauthenticated,
    ...extra,
  };
}

describe('<esim-list> with a custom backend after a 401', () => {
  it('leaves signing in to the host when the backend has no signIn', async () => {
    const { el } = await mount({ backend: backend({}) });
    await waitUntil(() => $(el, '[part~="signed-out"]'), 'the signed-out message');
    expect($(el, 'form') === null, "$(el, 'form') is null").to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('offers "Forgot password?" only when the backend can send a reset', async () => {
    const withoutReset = await mount({ backend: backend({ signIn: unauthenticated }) });
    await waitUntil(() => $(withoutReset.el, 'form'), 'the sign-in form');
    expect($(withoutReset.el, '[part~="link-button"]') === null, '$(withoutReset.el, \'[part~="link-button"]\') is null').to.equal(true);

    const withReset = await mount({ backend: backend({ signIn: unauthenticated, requestPasswordReset: async () => {} }) });
    await waitUntil(() => $(withReset.el, 'form'), 'the sign-in form');
    expect($(withReset.el, '[part~="link-button"]') !== null, '$(withReset.el, \'[part~="link-button"]\') is there').to.equal(true);
  });
});
