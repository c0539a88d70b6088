import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { createHttpBackend } from '../../../src/api/http-backend.js';
import { newTenant } from '../../helpers/tenant.js';
import { $, mount, rows } from './helpers.js';

describe('<esim-list> after a 429', () => {
  it('holds the retry button for as long as Retry-After says, then retries', async () => {
    const tenant = await newTenant();
    await tenant.fault({ path: '/esims', kind: '429', retryAfter: 1 });
    const { el } = await mount({ backend: createHttpBackend({ apiBase: tenant.apiBase, retries: 0 }) });
    await waitUntil(() => $(el, '[part~="retry-button"]'), 'the error state');
    const button = $<HTMLButtonElement>(el, '[part~="retry-button"]')!;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    button.click();
    await aTimeout(100);
    const early = (await tenant.log()).requests.filter((r) => r.path.endsWith('/esims')).length;
    expect(early, 'no request before Retry-After has passed').to.equal(1);

    await waitUntil(() => $(el, '[part~="retry-button"]')?.getAttribute('aria-disabled') === 'false', 'released', {
      timeout: 3000,
    });
    $<HTMLButtonElement>(el, '[part~="retry-button"]')!.click();
    await waitUntil(() => rows(el).length > 0, 'rows after the retry');
  });
});
