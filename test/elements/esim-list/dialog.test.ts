import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EsimCancelFlow } from '../../../src/elements/esim-cancel-flow/esim-cancel-flow.js';
import type { EsimList } from '../../../src/elements/esim-list/esim-list.js';
import { newTenant } from '../../helpers/tenant.js';
import { $, mount, row, text, untilRows } from './helpers.js';
import { SEED_IDS } from '../../helpers/seed.js';

const INSTANT = SEED_IDS.instant;

function dialog(el: EsimList): HTMLDialogElement | null {
  return $<HTMLDialogElement>(el, 'dialog');
}

function flow(el: EsimList): EsimCancelFlow {
  return $<EsimCancelFlow>(el, 'dialog esim-cancel-flow')!;
}

function inFlow<T extends HTMLElement = HTMLElement>(el: EsimList, selector: string): T {
  const found = flow(el).shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in the flow`);
  return found;
}

async function openFor(el: EsimList, esimId: string): Promise<HTMLButtonElement> {
  await untilRows(el);
  const button = row(el, esimId)!.querySelector<HTMLButtonElement>('[part~="cancel-button"]')!;
  button.focus();
  button.click();
  await waitUntil(() => flow(el)?.step === 'review', 'the flow opens on review', { timeout: 5000 });
  // The quote loads after the step shows; Continue appears with it.
  await waitUntil(() => flow(el).shadowRoot!.querySelector('[part~="next-button"]'), 'the quote is in', { timeout: 5000 });
  return button;
}

describe('<esim-list> opens the cancellation flow in a modal dialog', () => {
  it('opens a modal dialog on the eSIM, focus inside, and is accessible', async () => {
    const tenant = await newTenant();
    const { el } = await mount({ apiBase: tenant.apiBase, setup: (e) => e.setAttribute('support-email', 'help@example.com') });
    await openFor(el, INSTANT);
    const d = dialog(el)!;
    expect(d.open).to.equal(true);
    expect(d.matches(':modal')).to.equal(true);
    expect(flow(el).getAttribute('esim-id')).to.equal(INSTANT);
    expect(flow(el).getAttribute('support-email')).to.equal('help@example.com');
    // The dialog's styles come with its code and join the list's own: a sized box, the close button in its corner.
    expect(getComputedStyle(d).padding).to.equal('0px');
    expect(getComputedStyle(d).borderRadius).to.equal('8px');
    expect(getComputedStyle($(el, '[part~="dialog-close"]')!).position).to.equal('absolute');
    await waitUntil(() => flow(el).shadowRoot!.activeElement?.matches('h2'), 'focus on the step heading');
    await expect(el).to.be.accessible();
  });

  it('does not open when the host prevents esim-cancel-request', async () => {
    const tenant = await newTenant();
    const { el } = await mount({
      apiBase: tenant.apiBase,
      setup: (e) => e.addEventListener('esim-cancel-request', (event) => event.preventDefault()),
    });
    await untilRows(el);
    row(el, INSTANT)!.querySelector<HTMLButtonElement>('[part~="cancel-button"]')!.click();
    await el.updateComplete;
    expect(dialog(el) === null, 'dialog(el) is null').to.equal(true);
  });

  it('Escape closes at once when nothing was typed, and focus returns to the cancel button', async () => {
    const tenant = await newTenant();
    const { el } = await mount({ apiBase: tenant.apiBase });
    await openFor(el, INSTANT);
    await waitUntil(() => flow(el).shadowRoot!.activeElement, 'focus inside');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => dialog(el) === null, 'the dialog closes');
    await waitUntil(() => el.shadowRoot!.activeElement?.matches('[part~="cancel-button"]'), 'focus back on the button');
    expect(el.shadowRoot!.activeElement!.closest('[part~="row"]')!.getAttribute('data-key')).to.equal(INSTANT);
  });

  it('hands focus back to the row even when the page scrolled it out of view meanwhile', async () => {
    const tenant = await newTenant({ seed: 'large' });
    const { el } = await mount({ apiBase: tenant.apiBase, pageSize: 200 });
    await untilRows(el);
    const first = el.shadowRoot!.querySelector<HTMLElement>('[part~="row"]:has([part~="cancel-button"])')!;
    const esimId = first.dataset.key!;
    await openFor(el, esimId);
    await waitUntil(() => flow(el).shadowRoot!.activeElement, 'focus inside');
    try {
      // The page behind the dialog scrolls far past the row (mouse wheel on the backdrop).
      window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY + 20_000);
      await waitUntil(() => !el.shadowRoot!.querySelector('[part~="row"][aria-posinset="1"]:not([data-pinned])'), 'window moved on');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => dialog(el) === null, 'the dialog closes');
      await waitUntil(() => el.shadowRoot!.activeElement?.matches('[part~="cancel-button"]'), 'focus back on the button');
      expect(el.shadowRoot!.activeElement!.closest<HTMLElement>('[part~="row"]')!.dataset.key).to.equal(esimId);
    } finally {
      window.scrollTo(0, 0);
    }
  });

  it('asks before Escape throws away typed input, and keeps it when the customer stays', async () => {
    const tenant = await newTenant();
    const { el } = await mount({ apiBase: tenant.apiBase });
    await openFor(el, INSTANT);
    inFlow(el, '[part~="next-button"]').click();
    await waitUntil(() => flow(el).step === 'reason');
    await flow(el).updateComplete;
    const choice = inFlow<HTMLInputElement>(el, 'input[type="radio"][value="switching_provider"]');
    choice.click();
    await flow(el).updateComplete;
    expect(flow(el).hasUnsavedInput).to.equal(true);

    inFlow(el, 'h2').focus();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => $(el, '[part~="dialog-discard"]'), 'asks first');
    expect(dialog(el)!.open).to.equal(true);
    expect(getComputedStyle($(el, '[part~="dialog-discard"]')!).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    await expect(el).to.be.accessible();

    $<HTMLButtonElement>(el, '[part~="dialog-discard"] button')!.click();
    await waitUntil(() => !$(el, '[part~="dialog-discard"]'));
    expect(inFlow<HTMLInputElement>(el, 'input[type="radio"][value="switching_provider"]').checked).to.equal(true);

    $<HTMLButtonElement>(el, '[part~="dialog-close"]')!.click();
    await waitUntil(() => $(el, '[part~="dialog-discard"]'));
    $<HTMLButtonElement>(el, '[part~="dialog-discard"] button:last-child')!.click();
    await waitUntil(() => dialog(el) === null, 'closed after "discard"');
  });

  it('a list taken off the page closes its dialog: put back, its flow is not connected again', async () => {
    const tenant = await newTenant();
    const { el } = await mount({ apiBase: tenant.apiBase });
    await openFor(el, INSTANT);
    const parent = el.parentNode!;
    const flowElement = flow(el);
    el.remove();
    await el.updateComplete;
    expect(dialog(el), 'the dialog is gone while the list is off the page').to.equal(null);
    parent.append(el);
    expect(flowElement.isConnected, 'the old flow came back').to.equal(false);
    await el.updateComplete;
    expect(dialog(el)).to.equal(null);
    expect(row(el, INSTANT)).to.exist;
  });

  it('refreshes the row when the flow ends', async () => {
    const tenant = await newTenant();
    const { el } = await mount({ apiBase: tenant.apiBase });
    await openFor(el, INSTANT);
    inFlow(el, '[part~="next-button"]').click();
    await waitUntil(() => flow(el).step === 'reason');
    await flow(el).updateComplete;
    inFlow<HTMLInputElement>(el, 'input[type="radio"][value="switching_provider"]').click();
    const email = inFlow<HTMLInputElement>(el, 'input[type="email"]');
    email.value = 'me@example.com';
    email.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await flow(el).updateComplete;
    inFlow(el, '[part~="next-button"]').click();
    await waitUntil(() => flow(el).step === 'confirm');
    await flow(el).updateComplete;
    const iccid = (await (await fetch(`${tenant.apiBase}/esims/${INSTANT}`)).json()) as { iccid: string };
    inFlow<HTMLInputElement>(el, 'input[type="checkbox"]').click();
    const digits = inFlow<HTMLInputElement>(el, 'input[inputmode="numeric"], input[autocomplete="off"]');
    digits.value = iccid.iccid.slice(-4);
    digits.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await flow(el).updateComplete;
    inFlow(el, '[part~="submit-button"]').click();
    await waitUntil(() => flow(el).step === 'completed', 'completed', { timeout: 5000 });
    await flow(el).updateComplete;

    inFlow(el, '[part~="close-button"]').click();
    await waitUntil(() => dialog(el) === null, 'Done closes the dialog');
    await waitUntil(() => /Cancelled/.test(text(row(el, INSTANT)!)), 'the row reads back as cancelled');
    expect(
      row(el, INSTANT)!.querySelector('[part~="cancel-button"]') === null,
      'row(el, INSTANT)!.querySelector(\'[part~="cancel-button"]\') is null',
    ).to.equal(true);
  });
});
