/**
 * `<esim-list>` says what is true and keeps the customer's place: the live region's counts, an
 * `esim-error` only for a failure the customer sees, focus back on the row after the dialog that
 * cancelled its eSIM, and a second Escape that asks again instead of throwing answers away.
 * Assertions compare strings and booleans, never DOM nodes, so a failure names itself.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EsimCancelFlow } from '../../../src/elements/esim-cancel-flow/esim-cancel-flow.js';
import type { EsimList } from '../../../src/elements/esim-list/esim-list.js';
import { en } from '../../../src/i18n/en.js';
import { newTenant } from '../../helpers/tenant.js';
import { $, mount, row, text, untilRows } from './helpers.js';

const INSTANT = 'esim-jp-01';

const flow = (el: EsimList) => $<EsimCancelFlow>(el, 'dialog esim-cancel-flow');
const inFlow = <T extends HTMLElement = HTMLElement>(el: EsimList, selector: string): T => {
  const found = flow(el)?.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in the flow`);
  return found;
};
const focusedRowKey = (el: EsimList) => el.shadowRoot!.activeElement?.closest<HTMLElement>('[data-key]')?.dataset.key ?? '(none)';

async function openFor(el: EsimList, esimId: string): Promise<void> {
  await untilRows(el);
  const button = row(el, esimId)!.querySelector<HTMLButtonElement>('[part~="cancel-button"]')!;
  button.focus();
  button.click();
  await waitUntil(
    () => flow(el)?.step === 'review' && flow(el)!.shadowRoot!.querySelector('[part~="next-button"]'),
    'the flow opens on review',
    {
      timeout: 5000,
    },
  );
}

async function typeInFlow(el: EsimList, selector: string, value: string): Promise<void> {
  const input = inFlow<HTMLInputElement>(el, selector);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await flow(el)!.updateComplete;
}

describe('<esim-list> hardening', () => {
  it('the live region says how many eSIMs loaded, on the first load too', async () => {
    const tenant = await newTenant();
    const { el } = await mount({ apiBase: tenant.apiBase });
    await untilRows(el, 15);
    await waitUntil(
      () => text($(el, '[role="status"]')) === en.listCount(15, 15, false),
      `the live region says "${text($(el, '[role="status"]'))}"`,
    );
  });

  it('a first-time visitor who sees the sign-in form gets no "session ended" esim-error', async () => {
    const tenant = await newTenant({ requireAuth: true });
    const auth: string[] = [];
    const { el, errors } = await mount({
      apiBase: tenant.apiBase,
      setup: (e) => e.addEventListener('esim-auth-required', () => auth.push('asked')),
    });
    await waitUntil(() => $(el, '[part~="sign-in"]') !== null, 'the sign-in form');
    expect(auth).to.deep.equal(['asked']);
    expect(errors.map((e) => e.code)).to.deep.equal([]);
    expect(text(el.shadowRoot as unknown as Element).includes(en.errorUnauthenticated), '"session ended" shown').to.equal(false);
  });

  it('a refused token is a session that ended: that is reported', async () => {
    const tenant = await newTenant({ requireAuth: true });
    const { errors } = await mount({ apiBase: tenant.apiBase, setup: (e) => (e.authToken = 'expired-token') });
    await waitUntil(() => errors.length > 0, 'no esim-error');
    expect(errors.map((e) => e.code)).to.deep.equal(['unauthenticated']);
  });

  it('after the dialog whose flow cancelled the eSIM closes, focus is on that row', async () => {
    const tenant = await newTenant();
    const { el } = await mount({ apiBase: tenant.apiBase });
    await openFor(el, INSTANT);
    inFlow(el, '[part~="next-button"]').click();
    await waitUntil(() => flow(el)!.step === 'reason');
    await flow(el)!.updateComplete;
    inFlow<HTMLInputElement>(el, 'input[type="radio"][value="switching_provider"]').click();
    await typeInFlow(el, 'input[type="email"]', 'me@example.com');
    inFlow(el, '[part~="next-button"]').click();
    await waitUntil(() => flow(el)!.step === 'confirm');
    await flow(el)!.updateComplete;
    const { iccid } = (await (await fetch(`${tenant.apiBase}/esims/${INSTANT}`)).json()) as { iccid: string };
    inFlow<HTMLInputElement>(el, 'input[type="checkbox"]').click();
    await typeInFlow(el, '#f-lastFour', iccid.slice(-4));
    inFlow(el, '[part~="submit-button"]').click();
    await waitUntil(() => flow(el)!.step === 'completed', 'completed', { timeout: 5000 });
    await flow(el)!.updateComplete;
    inFlow(el, '[part~="close-button"]').click();
    await waitUntil(() => $(el, 'dialog') === null, 'Done closes the dialog');
    // The row reads back as cancelled: its Cancel button is gone, and focus stays on the row.
    await waitUntil(() => row(el, INSTANT)!.querySelector('[part~="cancel-button"]') === null, 'the row refreshed');
    await el.updateComplete;
    await waitUntil(() => focusedRowKey(el) === INSTANT, `focus is on ${focusedRowKey(el)}, not the row`);
  });

  it('a second Escape asks again rather than throwing the answers away', async () => {
    const tenant = await newTenant();
    const { el } = await mount({ apiBase: tenant.apiBase });
    await openFor(el, INSTANT);
    inFlow(el, '[part~="next-button"]').click();
    await waitUntil(() => flow(el)!.step === 'reason');
    await flow(el)!.updateComplete;
    inFlow<HTMLInputElement>(el, 'input[type="radio"][value="switching_provider"]').click();
    await flow(el)!.updateComplete;
    inFlow(el, 'h2').focus();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => $(el, '[part~="dialog-discard"]') !== null, 'asks first');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect($(el, 'dialog') !== null, 'the dialog is still open').to.equal(true);
    expect($(el, '[part~="dialog-discard"]') !== null, 'the question is still asked').to.equal(true);
    expect(inFlow<HTMLInputElement>(el, 'input[type="radio"][value="switching_provider"]').checked, 'the answer kept').to.equal(true);
    expect(el.shadowRoot!.activeElement?.closest('[part~="dialog-discard"]') != null, 'focus on the question').to.equal(true);
  });
});
