/**
 * Every state of `<esim-cancel-declaration>` a customer can reach: the accessibility and the
 * pseudo-locale tests each walk the same list.
 */
import type { EsimBackend } from '../../../src/api/backend.js';
import { EsimApiError } from '../../../src/api/errors.js';
import type { EsimCancelDeclaration } from '../../../src/elements/esim-cancel-declaration/esim-cancel-declaration.js';
import { declared, failureShown, fillValid, mount, submit, type MountOptions } from './helpers.js';

const offline: EsimBackend['submitDeclaration'] = () => Promise.reject(new EsimApiError({ code: 'network', message: 'offline' }));

export interface DeclarationState {
  name: string;
  open: (options: MountOptions, apiBase: string) => Promise<EsimCancelDeclaration>;
}

export const DECLARATION_STATES: DeclarationState[] = [
  { name: 'cancellation form', open: async (o, apiBase) => (await mount({ ...o, apiBase })).el },
  { name: 'withdrawal form', open: async (o, apiBase) => (await mount({ ...o, apiBase, kind: 'withdrawal' })).el },
  {
    name: 'form with every error',
    open: async (o, apiBase) => {
      const { el } = await mount({ ...o, apiBase });
      await submit(el);
      return el;
    },
  },
  {
    name: 'unknown outcome, locked',
    open: async (o) => {
      const { el } = await mount({ ...o, backend: { submitDeclaration: offline } as unknown as EsimBackend });
      await fillValid(el);
      await submit(el);
      await failureShown(el);
      return el;
    },
  },
  {
    name: 'receipt',
    open: async (o, apiBase) => {
      const { el } = await mount({ ...o, apiBase });
      await fillValid(el);
      await submit(el);
      await declared(el);
      return el;
    },
  },
];
