/**
 * Every state of `<esim-cancel-flow>` a customer can reach, and how to reach it on a fresh tenant of
 * the reference backend: the accessibility, locale, right-to-left and pseudo-locale tests each walk
 * the same list.
 */
import { createHttpBackend } from '../../../src/api/http-backend.js';
import type { EsimCancelFlow } from '../../../src/elements/esim-cancel-flow/esim-cancel-flow.js';
import { SEED_IDS } from '../../helpers/seed.js';
import { newTenant, type Tenant } from '../../helpers/tenant.js';
import { waitUntil } from '@open-wc/testing';
import { click, createCancellation, failureShown, giveReason, mount, next, stepIs, submit, type, type MountOptions } from './helpers.js';

export interface State {
  name: string;
  reset?: Parameters<typeof newTenant>[0];
  open: (tenant: Tenant, options: MountOptions) => Promise<EsimCancelFlow>;
}

const at = async (options: MountOptions, step: EsimCancelFlow['step']) => {
  const { el } = await mount(options);
  await stepIs(el, step);
  return el;
};

export const STATES: State[] = [
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
    name: 'alternatives (changed device)',
    open: async (_, o) => {
      const el = await at({ ...o, esimId: SEED_IDS.review }, 'review');
      await next(el);
      await stepIs(el, 'reason');
      await click(el, 'input[value="changed_device"]');
      await type(el, '#f-contactEmail', 'me@example.com');
      await next(el);
      await stepIs(el, 'alternatives');
      return el;
    },
  },
  { name: 'review in the withdrawal period', open: (_, o) => at({ ...o, esimId: SEED_IDS.instant }, 'review') },
  {
    name: 'withdrawal declaration inside the flow',
    open: async (_, o) => {
      const el = await at({ ...o, esimId: SEED_IDS.instant }, 'review');
      await click(el, '[part~="withdraw-instead-button"]');
      await waitUntil(() => el.shadowRoot!.querySelector('esim-cancel-declaration')?.shadowRoot?.querySelector('h2'), 'no declaration', {
        timeout: 8000,
      });
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
