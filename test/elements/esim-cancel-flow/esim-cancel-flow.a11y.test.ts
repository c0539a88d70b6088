/**
 * axe on every state of the flow, in both shipped locales and both themes, and the whole review
 * path by keyboard alone.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createHttpBackend } from '../../../src/api/http-backend.js';
import type { EsimCancelFlow } from '../../../src/elements/esim-cancel-flow/esim-cancel-flow.js';
import { newTenant, type Tenant } from '../../helpers/tenant.js';
import {
  $,
  click,
  createCancellation,
  failureShown,
  giveReason,
  lastFourOf,
  mount,
  next,
  part,
  setVisibility,
  stepIs,
  submit,
  type MountOptions,
} from './helpers.js';
import { SEED_IDS } from '../../helpers/seed.js';

interface State {
  name: string;
  reset?: Parameters<typeof newTenant>[0];
  open: (tenant: Tenant, options: MountOptions) => Promise<EsimCancelFlow>;
}

const at = async (options: MountOptions, step: EsimCancelFlow['step']) => {
  const { el } = await mount(options);
  await stepIs(el, step);
  return el;
};

const STATES: State[] = [
  { name: 'select', open: (_, o) => at(o, 'select') },
  {
    name: 'select, nothing chosen',
    open: async (_, o) => {
      const el = await at(o, 'select');
      await next(el);
      return el;
    },
  },
  { name: 'review with warnings', open: (_, o) => at({ ...o, esimId: SEED_IDS.reviewDeadlineSoon }, 'review') },
  { name: 'review, not eligible', open: (_, o) => at({ ...o, esimId: SEED_IDS.installed }, 'review') },
  {
    name: 'reason with problems and the technical advice',
    open: async (_, o) => {
      const el = await at({ ...o, esimId: SEED_IDS.review }, 'review');
      await next(el);
      await stepIs(el, 'reason');
      await click(el, 'input[value="installation_failed"]');
      await next(el);
      return el;
    },
  },
  {
    name: 'confirm with problems',
    open: async (_, o) => {
      const el = await at({ ...o, esimId: SEED_IDS.review }, 'review');
      await next(el);
      await giveReason(el, 'installation_failed');
      await stepIs(el, 'confirm');
      await submit(el);
      return el;
    },
  },
  {
    name: 'pending, withdrawal asked',
    open: async (tenant, o) => {
      const { id } = await createCancellation(tenant.apiBase, SEED_IDS.review);
      const el = await at({ ...o, cancellationId: id }, 'pending');
      await click(el, '[part~="withdraw-button"]');
      return el;
    },
  },
  { name: 'completed', open: (_, o) => at({ ...o, cancellationId: SEED_IDS.completedCancellation }, 'completed') },
  {
    name: 'rejected',
    reset: { manualClock: true },
    open: async (tenant, o) => {
      const { id } = await createCancellation(tenant.apiBase, SEED_IDS.reviewRejected);
      await tenant.advance(10_000);
      return at({ ...o, cancellationId: id }, 'rejected');
    },
  },
  {
    name: 'withdrawn',
    open: async (tenant, o) => {
      await fetch(`${tenant.apiBase}/cancellations/cxl-kr-08/withdraw`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
        body: '{}',
      });
      return at({ ...o, cancellationId: SEED_IDS.pendingCancellation }, 'withdrawn');
    },
  },
  { name: 'sign-in', reset: { requireAuth: true }, open: (_, o) => at(o, 'sign-in') },
  {
    name: 'a failure with retry',
    open: async (tenant, o) => {
      await tenant.fault({ path: '/esims/*/cancellation-quote', kind: '500' });
      const { el } = await mount({
        ...o,
        esimId: SEED_IDS.review,
        setup: (e) => (e.backend = createHttpBackend({ apiBase: tenant.apiBase, retries: 0 })),
      });
      await failureShown(el);
      return el;
    },
  },
  {
    name: 'loading',
    open: async (tenant, o) => {
      await tenant.fault({ path: '/esims/*', kind: 'slow', delayMs: 1000 });
      const { el } = await mount({ ...o, esimId: SEED_IDS.review });
      return el;
    },
  },
];

describe('esim-cancel-flow accessibility', () => {
  before(() => setVisibility('visible'));
  after(() => setVisibility(null));

  for (const lang of ['en', 'zh-CN']) {
    for (const theme of ['light', 'dark'] as const) {
      describe(`${lang}, ${theme}`, () => {
        for (const state of STATES) {
          it(state.name, async () => {
            const tenant = await newTenant(state.reset);
            const el = await state.open(tenant, { apiBase: tenant.apiBase, lang, theme });
            await expect(el).to.be.accessible();
            if (lang === 'zh-CN') expect(part(el, 'base').getAttribute('aria-label')).to.equal('取消 eSIM');
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
    expect(active() === (part(el, 'heading')), 'active() is part(el, \'heading\')').to.equal(true);

    await tabTo(isPart('next-button'), 'Continue');
    await sendKeys({ press: 'Enter' });
    await stepIs(el, 'reason');

    await tabTo((n) => n.matches('input[name="reason"]'), 'the reasons');
    await sendKeys({ press: 'ArrowDown' });
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
    expect(active() === (part(el, 'heading')), 'active() is part(el, \'heading\')').to.equal(true);

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
