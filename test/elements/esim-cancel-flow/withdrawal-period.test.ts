/**
 * An eSIM in its statutory withdrawal period (`Esim.withdrawal.until`): the list says until when, and
 * the flow's review offers "Withdraw instead", which shows `<esim-cancel-declaration kind="withdrawal">`
 * inside the flow, prefilled with the eSIM's ICCID and the customer's email, through to its receipt.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { EsimCancelDeclaration } from '../../../src/elements/esim-cancel-declaration/esim-cancel-declaration.js';
import { formatDate } from '../../../src/internal/format.js';
import { SEED_IDS } from '../../helpers/seed.js';
import { newTenant } from '../../helpers/tenant.js';
import * as declaration from '../esim-cancel-declaration/helpers.js';
import { mountList, untilListRows } from '../../proof/helpers.js';
import { $, click, mount, part, stepIs, text } from './helpers.js';

async function esimOf(apiBase: string, id: string) {
  return (await (await fetch(`${apiBase}/esims/${id}`)).json()) as { iccid: string; withdrawal?: { until: string } | null };
}

async function declarationIn(el: HTMLElement): Promise<EsimCancelDeclaration> {
  const find = () => el.shadowRoot!.querySelector<EsimCancelDeclaration>('esim-cancel-declaration');
  await waitUntil(find, 'no declaration in the flow');
  return find()!;
}

describe('withdrawal period', () => {
  it('the list says "You can withdraw until …" on an eSIM in its period, and on no other', async () => {
    const tenant = await newTenant();
    const { el } = mountList({ apiBase: tenant.apiBase });
    await untilListRows(el, 15);
    const esim = await esimOf(tenant.apiBase, SEED_IDS.instant);
    const row = el.shadowRoot!.querySelector(`[data-key="${SEED_IDS.instant}"]`)!;
    expect(row.querySelector('[part="withdrawal"]')!.textContent).to.equal(
      `You can withdraw until ${formatDate('en', esim.withdrawal!.until)}`,
    );
    expect(el.shadowRoot!.querySelector(`[data-key="${SEED_IDS.expired}"] [part="withdrawal"]`)).to.equal(null);
  });

  it('review offers "Withdraw instead": the declaration shows in the flow, prefilled, Back returns, and it ends in its receipt', async () => {
    const tenant = await newTenant();
    const esim = await esimOf(tenant.apiBase, SEED_IDS.review);
    const { el, events } = await mount({
      apiBase: tenant.apiBase,
      esimId: SEED_IDS.review,
      setup: (e) => (e.contactEmail = 'me@example.com'),
    });
    await stepIs(el, 'review');
    expect(text(el)).to.contain(
      `Until ${formatDate('en', esim.withdrawal!.until)} you can withdraw from this purchase instead of cancelling it`,
    );
    // An eSIM without a withdrawal period has no offer.
    const other = await mount({ apiBase: tenant.apiBase, esimId: SEED_IDS.reviewRejected });
    await stepIs(other.el, 'review');
    expect(other.el.shadowRoot!.querySelector('[part~="withdraw-instead-button"]')).to.equal(null);

    await click(el, '[part~="withdraw-instead-button"]');
    const nested = await declarationIn(el);
    await waitUntil(() => nested.shadowRoot?.querySelector('h2'), 'the declaration never rendered');
    expect(nested.kind).to.equal('withdrawal');
    await waitUntil(() => nested.shadowRoot!.activeElement === nested.shadowRoot!.querySelector('h2'), 'focus not on its heading');
    expect(declaration.$<HTMLInputElement>(nested, '#f-iccid').value).to.equal(esim.iccid);
    expect(declaration.$<HTMLInputElement>(nested, '#f-email').value).to.equal('me@example.com');
    expect(events).to.include('esim-cancel-step:declare');
    // Back to the review, and in again.
    await click(el, '[part~="back-button"]');
    expect(el.shadowRoot!.querySelector('esim-cancel-declaration')).to.equal(null);
    expect(el.step).to.equal('review');
    await click(el, '[part~="withdraw-instead-button"]');
    const again = await declarationIn(el);
    await waitUntil(() => again.shadowRoot?.querySelector('#f-name'));
    await declaration.type(again, 'name', 'Erika Mustermann');
    await declaration.submit(again);
    await declaration.declared(again);
    expect(events).to.include('esim-cancel-submitted');
    await el.updateComplete;
    // Done, no way back to cancelling an eSIM just withdrawn from.
    expect(el.shadowRoot!.querySelector('[part~="back-button"]')).to.equal(null);
    expect(part(el, 'close-button').textContent!.trim()).to.equal('Done');
    const closed: unknown[] = [];
    el.addEventListener('esim-cancel-close', (e) => closed.push(e.detail));
    await click(el, '[part~="close-button"]');
    expect(closed).to.deep.equal([{ step: 'declared' }]);
    const mails = ((await (await fetch(`${tenant.apiBase}/__control/outbox`)).json()) as { mails: { to: string }[] }).mails;
    expect(mails.map((m) => m.to)).to.deep.equal(['me@example.com']);
    expect($(el, 'esim-cancel-declaration')).to.exist;
  });
});
