/**
 * Every state of `<esim-list>` a customer can see, each reached on a fresh tenant of the reference
 * backend (or an in-memory backend where the reference one has no such account): the locale,
 * right-to-left and pseudo-locale tests walk this list.
 */
import { waitUntil } from '@open-wc/testing';
import type { EsimCancelFlow } from '../../../src/elements/esim-cancel-flow/esim-cancel-flow.js';
import type { EsimList } from '../../../src/elements/esim-list/esim-list.js';
import { SEED_IDS } from '../../helpers/seed.js';
import { newTenant } from '../../helpers/tenant.js';
import { $, generateEsims, memoryBackend, mount, row, until, untilRows, type MountOptions } from './helpers.js';

export type ListStateOptions = Pick<MountOptions, 'lang' | 'theme' | 'width'> & { dir?: 'ltr' | 'rtl' };

export interface ListState {
  name: string;
  open: (options: ListStateOptions) => Promise<EsimList>;
}

const at = async (options: ListStateOptions, more: Partial<MountOptions> = {}) => {
  const { el } = await mount({
    ...options,
    ...more,
    setup: (e) => {
      if (options.dir) e.setAttribute('dir', options.dir);
      more.setup?.(e);
    },
  });
  return el;
};

const dialogFlow = (el: EsimList) => $<EsimCancelFlow>(el, 'dialog esim-cancel-flow');

async function openDialog(el: EsimList): Promise<EsimCancelFlow> {
  await untilRows(el);
  row(el, SEED_IDS.instant)!.querySelector<HTMLButtonElement>('[part~="cancel-button"]')!.click();
  await waitUntil(() => dialogFlow(el)?.shadowRoot?.querySelector('[part~="next-button"]'), 'the flow opens with its quote', {
    timeout: 8000,
  });
  return dialogFlow(el)!;
}

export const LIST_STATES: ListState[] = [
  {
    name: 'loading',
    open: async (o) => {
      const tenant = await newTenant();
      await tenant.fault({ path: '/esims', kind: 'delay', delayMs: 3000 });
      const el = await at(o, { apiBase: tenant.apiBase });
      await until(el, '[part="skeleton"]');
      return el;
    },
  },
  {
    name: 'loaded',
    open: async (o) => {
      const tenant = await newTenant();
      const el = await at(o, { apiBase: tenant.apiBase });
      await untilRows(el, 15);
      // The open request's details (reference, status, decision date) come in after the rows.
      await waitUntil(() => $(el, '[part="cancellation"] small')?.textContent?.trim(), 'a row with an open request and its details');
      return el;
    },
  },
  {
    name: 'more to load',
    open: async (o) => {
      // Rows enough that the Load more button stays out of the auto-loading margin.
      const el = await at(o, { backend: memoryBackend(generateEsims(60), 25) });
      await untilRows(el, 25);
      await until(el, '[part="load-more"][aria-disabled="false"]');
      return el;
    },
  },
  {
    name: 'empty',
    open: async (o) => {
      const el = await at(o, { backend: memoryBackend([]) });
      await until(el, '[part="empty"]');
      return el;
    },
  },
  {
    name: 'no matches',
    open: async (o) => {
      const tenant = await newTenant();
      const el = await at(o, { apiBase: tenant.apiBase });
      await untilRows(el, 15);
      const search = $<HTMLInputElement>(el, '[part="search"]')!;
      search.value = 'nothing like this';
      search.dispatchEvent(new Event('input'));
      await until(el, '[part="empty"]');
      return el;
    },
  },
  {
    name: 'error',
    open: async (o) => {
      const tenant = await newTenant();
      await tenant.fault({ path: '/esims', kind: '500' });
      const el = await at(o, { apiBase: tenant.apiBase });
      await until(el, '[part="error"]');
      return el;
    },
  },
  {
    name: 'failed refresh',
    open: async (o) => {
      const tenant = await newTenant();
      const el = await at(o, { apiBase: tenant.apiBase });
      await untilRows(el, 15);
      await tenant.fault({ path: '/esims', kind: '500' });
      await el.reload().catch(() => undefined);
      await until(el, '.banner');
      return el;
    },
  },
  {
    name: 'sign-in',
    open: async (o) => {
      const tenant = await newTenant({ requireAuth: true });
      const el = await at(o, { apiBase: tenant.apiBase });
      await until(el, '[part~="sign-in"]');
      return el;
    },
  },
  {
    name: 'signed out, host signs in',
    open: async (o) => {
      const tenant = await newTenant({ requireAuth: true });
      const el = await at(o, {
        apiBase: tenant.apiBase,
        setup: (e) => e.addEventListener('esim-auth-required', (event) => event.preventDefault()),
      });
      await until(el, '[part="signed-out"]');
      return el;
    },
  },
  {
    name: 'dialog with the flow',
    open: async (o) => {
      const tenant = await newTenant();
      const el = await at(o, { apiBase: tenant.apiBase });
      await openDialog(el);
      return el;
    },
  },
  {
    name: 'dialog asking to discard',
    open: async (o) => {
      const tenant = await newTenant();
      const el = await at(o, { apiBase: tenant.apiBase });
      const flow = await openDialog(el);
      flow.shadowRoot!.querySelector<HTMLElement>('[part~="next-button"]')!.click();
      await waitUntil(() => flow.step === 'reason' && flow.shadowRoot!.querySelector('input[type="radio"]'), 'the reason step');
      flow.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]')!.click();
      await flow.updateComplete;
      $<HTMLButtonElement>(el, '[part~="dialog-close"]')!.click();
      await until(el, '[part~="dialog-discard"]');
      return el;
    },
  },
];
