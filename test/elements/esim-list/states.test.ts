import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import type { EsimAuthRequiredDetail } from '../../../src/elements/events.js';
import { newTenant } from '../../helpers/tenant.js';
import { $, memoryBackend, mount, rows, text, until, untilRows } from './helpers.js';

const VARIANTS = [
  { lang: 'en', theme: 'light' },
  { lang: 'en', theme: 'dark' },
  { lang: 'zh-CN', theme: 'light' },
  { lang: 'zh-CN', theme: 'dark' },
] as const;

describe('esim-list: states', () => {
  for (const { lang, theme } of VARIANTS) {
    describe(`${lang}, ${theme}`, () => {
      it('loading: skeleton, aria-busy, accessible', async () => {
        const tenant = await newTenant();
        await tenant.fault({ path: '/esims', kind: 'delay', delayMs: 3000 });
        const { el } = await mount({ apiBase: tenant.apiBase, lang, theme });
        expect($(el, '[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
        expect(el.shadowRoot!.querySelectorAll('[part="skeleton"]').length).to.be.greaterThan(0);
        await expect(el).to.be.accessible();
      });

      it('loaded: rows, accessible (wide and narrow)', async () => {
        const tenant = await newTenant();
        const { el } = await mount({ apiBase: tenant.apiBase, lang, theme });
        await untilRows(el, 15);
        expect($(el, '[part="base"]')!.getAttribute('aria-busy')).to.equal('false');
        await waitUntil(() => $(el, '[part="cancellation"]')?.textContent?.includes('CXL-4KQ8ZP'));
        await expect(el).to.be.accessible();
        el.parentElement!.style.inlineSize = '320px';
        await aTimeout(50);
        await expect(el).to.be.accessible();
      });

      it('empty: says so, accessible', async () => {
        const { el } = await mount({ backend: memoryBackend([]), lang, theme });
        const empty = await until(el, '[part="empty"]');
        expect(text(empty)).to.equal(
          lang === 'en' ? 'No eSIMs yet eSIMs you buy will show up here.' : '暂无 eSIM 您购买的 eSIM 会显示在这里。',
        );
        expect($(el, '[part="toolbar"]') === null, '$(el, \'[part="toolbar"]\') is null').to.equal(true);
        await expect(el).to.be.accessible();
      });

      it('error: message and retry, accessible', async () => {
        const tenant = await newTenant();
        await tenant.fault({ path: '/esims', kind: '500' });
        const { el, errors } = await mount({ apiBase: tenant.apiBase, lang, theme });
        const error = await until(el, '[part="error"]');
        expect(error.getAttribute('role')).to.equal('alert');
        expect(errors).to.have.length(1);
        expect(errors[0]!.code).to.equal('internal');
        expect(text(error)).to.contain(errors[0]!.message);
        await expect(el).to.be.accessible();
      });

      it('signed out: built-in sign-in form, accessible', async () => {
        const tenant = await newTenant({ requireAuth: true });
        const { el } = await mount({ apiBase: tenant.apiBase, lang, theme });
        await until(el, '[part~="sign-in"]');
        await expect(el).to.be.accessible();
      });

      it('signed out, host handles it: message, accessible', async () => {
        const tenant = await newTenant({ requireAuth: true });
        const { el } = await mount({
          apiBase: tenant.apiBase,
          lang,
          theme,
          setup: (e) => e.addEventListener('esim-auth-required', (event) => event.preventDefault()),
        });
        await until(el, '[part="signed-out"]');
        await expect(el).to.be.accessible();
      });

      it('failed refresh and no matches: accessible', async () => {
        const tenant = await newTenant();
        const { el } = await mount({ apiBase: tenant.apiBase, lang, theme });
        await untilRows(el, 15);
        await tenant.fault({ path: '/esims', kind: '500' });
        await el.reload().catch(() => undefined);
        await until(el, '.banner');
        await expect(el).to.be.accessible();
        const search = $<HTMLInputElement>(el, '[part="search"]')!;
        search.value = 'nothing like this';
        search.dispatchEvent(new Event('input'));
        await until(el, '[part="empty"]');
        await expect(el).to.be.accessible();
      });
    });
  }
});

describe('esim-list: failures', () => {
  it('error then retry loads the rows', async () => {
    const tenant = await newTenant();
    await tenant.fault({ path: '/esims', kind: '500', count: 1 });
    const { el, errors, loads } = await mount({ apiBase: tenant.apiBase });
    const retry = await until(el, '[part="retry-button"]');
    expect(errors.map((e) => e.code)).to.deep.equal(['internal']);
    expect(errors[0]!.retryable).to.equal(true);
    retry.focus();
    retry.click();
    await untilRows(el, 15);
    expect(loads).to.have.length(1);
    expect($(el, '[part="error"]') === null, '$(el, \'[part="error"]\') is null').to.equal(true);
    // The focused button went away with the error: focus lands on the list, not on the page.
    expect(el.shadowRoot!.activeElement === $(el, '[part="list"]'), 'el.shadowRoot!.activeElement is $(el, \'[part="list"]\')').to.equal(
      true,
    );
  });

  it('a failed refresh keeps the rows and shows an inline banner with retry', async () => {
    const tenant = await newTenant();
    const { el, errors } = await mount({ apiBase: tenant.apiBase });
    await untilRows(el, 15);
    await tenant.fault({ path: '/esims', kind: '500', count: 1 });
    await el.reload().catch(() => undefined);
    const banner = await until(el, '.banner');
    expect(banner.getAttribute('role')).to.equal('alert');
    expect(text(banner)).to.contain('These eSIMs may be out of date');
    expect(rows(el)).to.have.length(15);
    expect(errors).to.have.length(1);
    banner.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await waitUntil(() => !$(el, '.banner'));
    expect(rows(el)).to.have.length(15);
  });

  it('a 502 HTML page and an invalid body end in a message, not a crash', async () => {
    const tenant = await newTenant();
    await tenant.fault({ path: '/esims', kind: 'schema', count: 1 });
    const { el, errors } = await mount({ apiBase: tenant.apiBase });
    await until(el, '[part="error"]');
    expect(errors[0]!.code).to.equal('invalid_response');
    expect(text($(el, '[part="error"]'))).to.contain('could not read');
  });

  it('without api-base or backend, says the page is not connected', async () => {
    const { el, errors } = await mount({});
    await until(el, '[part="error"]');
    expect(errors[0]!.code).to.equal('not_configured');
    expect(text($(el, '[part="error"]'))).to.contain('not connected to an eSIM service');
  });
});

describe('esim-list: signed out', () => {
  it('401 not prevented: shows the sign-in form and loads after signing in', async () => {
    const tenant = await newTenant({ requireAuth: true });
    const events: EsimAuthRequiredDetail[] = [];
    const { el, errors } = await mount({
      apiBase: tenant.apiBase,
      setup: (e) => e.addEventListener('esim-auth-required', (event) => events.push(event.detail)),
    });
    await until(el, '[part~="sign-in"]');
    expect(events).to.have.length(1);
    expect(typeof events[0]!.retry).to.equal('function');
    // A first visit that needs signing in is not a failure: the form shows, no "session ended".
    expect(errors.map((e) => e.code)).to.deep.equal([]);
    const email = $<HTMLInputElement>(el, 'input[name="email"]')!;
    const password = $<HTMLInputElement>(el, 'input[name="password"]')!;
    email.value = 'demo@example.com';
    email.dispatchEvent(new Event('input'));
    password.value = 'demo-password';
    password.dispatchEvent(new Event('input'));
    $<HTMLButtonElement>(el, '[part~="submit-button"]')!.click();
    await untilRows(el, 15);
    expect($(el, '[part~="sign-in"]') === null, '$(el, \'[part~="sign-in"]\') is null').to.equal(true);
    const log = (await tenant.log()).requests.map((r) => `${r.method} ${r.path} ${r.status}`);
    expect(log.filter((l) => l.startsWith('GET /esims'))).to.deep.equal(['GET /esims 401', 'GET /esims 200']);
  });

  it('401 prevented: shows a short message and waits for retry()', async () => {
    const tenant = await newTenant({ requireAuth: true });
    let retry: (() => void) | undefined;
    const { el } = await mount({
      apiBase: tenant.apiBase,
      setup: (e) =>
        e.addEventListener('esim-auth-required', (event) => {
          event.preventDefault();
          retry = event.detail.retry;
        }),
    });
    const message = await until(el, '[part="signed-out"]');
    expect(text(message)).to.equal('You are signed out Sign in on this page to continue.');
    expect($(el, '[part~="sign-in"]') === null, '$(el, \'[part~="sign-in"]\') is null').to.equal(true);
    el.authToken = 'demo-token';
    retry!();
    await untilRows(el, 15);
    expect($(el, '[part="signed-out"]') === null, '$(el, \'[part="signed-out"]\') is null').to.equal(true);
  });
});
