/**
 * axe on every state of the flow, in en, zh-CN, de and ar (right to left) and both themes, and the
 * whole review path by keyboard alone.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ar } from '../../../src/i18n/ar.js';
import { de } from '../../../src/i18n/de.js';
import { en, type Catalogue } from '../../../src/i18n/en.js';
import { zhCN } from '../../../src/i18n/zh-CN.js';
import { SEED_IDS } from '../../helpers/seed.js';
import { newTenant } from '../../helpers/tenant.js';
import { $, lastFourOf, mount, part, setVisibility, stepIs } from './helpers.js';
import { STATES } from './states.js';

const LOCALES: [lang: string, catalogue: Catalogue, dir?: 'rtl'][] = [
  ['en', en],
  ['zh-CN', zhCN],
  ['de', de],
  ['ar', ar, 'rtl'],
];

describe('esim-cancel-flow accessibility', () => {
  before(() => setVisibility('visible'));
  after(() => setVisibility(null));

  for (const [lang, t, dir] of LOCALES) {
    for (const theme of ['light', 'dark'] as const) {
      describe(`${lang}, ${theme}`, () => {
        for (const state of STATES) {
          it(state.name, async () => {
            const tenant = await newTenant(state.reset);
            const el = await state.open(tenant, { apiBase: tenant.apiBase, lang, dir, theme });
            await expect(el).to.be.accessible();
            expect(part(el, 'base').getAttribute('aria-label')).to.equal(t.flowLabel);
          });
        }
      });
    }
  }

  it('completes the review path by keyboard alone', async () => {
    const tenant = await newTenant({ manualClock: true });
    const last4 = await lastFourOf(tenant.apiBase, SEED_IDS.review);
    const { el, events } = await mount({ apiBase: tenant.apiBase });
    await stepIs(el, 'select');
    const active = () => el.shadowRoot!.activeElement as HTMLElement | null;
    const tabTo = async (matches: (node: HTMLElement) => boolean, what: string) => {
      for (let i = 0; i < 40 && !(active() && matches(active()!)); i++) await sendKeys({ press: 'Tab' });
      expect(active() && matches(active()!), `Tab reaches ${what}`).to.equal(true);
    };
    const isPart = (name: string) => (node: HTMLElement) => node.matches(`[part~="${name}"]`);

    // select: the radio group takes one Tab stop; arrows move between eSIMs; Space checks one.
    await tabTo((n) => n.matches('input[name="selection"]'), 'the eSIM choices');
    for (let i = 0; i < 20 && (active() as HTMLInputElement).value !== SEED_IDS.review; i++) {
      await sendKeys({ press: 'ArrowDown' });
    }
    await sendKeys({ press: 'Space' });
    await tabTo(isPart('next-button'), 'Continue');
    await sendKeys({ press: 'Enter' });
    await stepIs(el, 'review');
    expect(active() === part(el, 'heading'), "active() is part(el, 'heading')").to.equal(true);

    await tabTo(isPart('next-button'), 'Continue');
    await sendKeys({ press: 'Enter' });
    await stepIs(el, 'reason');

    await tabTo((n) => n.matches('input[name="reason"]'), 'the reasons');
    // The fourth reason, switching provider, has no alternatives (the alternatives step has its own keyboard test).
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Space' });
    await tabTo((n) => n.id === 'f-contactEmail', 'the email field');
    await sendKeys({ type: 'me@example.com' });
    await tabTo(isPart('next-button'), 'Continue');
    await sendKeys({ press: 'Enter' });
    await stepIs(el, 'confirm');

    await tabTo((n) => n.matches('.check input'), 'the confirmation box');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    expect(active()?.id).to.equal('f-lastFour');
    await sendKeys({ type: last4 });
    await tabTo(isPart('submit-button'), 'the submit button');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    await stepIs(el, 'pending');
    expect(active() === part(el, 'heading'), "active() is part(el, 'heading')").to.equal(true);

    await tenant.advance(8000);
    await tabTo(isPart('check-button'), 'Check status');
    await sendKeys({ press: 'Enter' });
    await stepIs(el, 'completed');
    expect(events.filter((e) => e === 'esim-cancel-submit')).to.have.length(1);
    expect((await tenant.log()).cancellationsCreated).to.equal(1);
    await waitUntil(() => active() === part(el, 'heading'), 'focus on the completed heading');
    expect($(el, '[role="status"]').textContent).to.not.equal('');
  });
});
