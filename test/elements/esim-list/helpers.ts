/**
 * Mounting `<esim-list>` in tests, reading its shadow DOM, and an in-memory `EsimBackend` for the
 * cases the reference backend is too slow or too real for (10,000 rows, an empty account).
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { EsimBackend } from '../../../src/api/backend.js';
import { EsimApiError } from '../../../src/api/errors.js';
import type { Esim, EsimStatus } from '../../../src/api/schemas.js';
import type { EsimErrorDetail, EsimListLoadDetail } from '../../../src/elements/events.js';
import type { EsimList } from '../../../src/elements/esim-list/esim-list.js';
import '../../../src/elements/esim-list/define.js';

export interface Mounted {
  el: EsimList;
  loads: EsimListLoadDetail[];
  errors: EsimErrorDetail[];
}

export interface MountOptions {
  apiBase?: string;
  backend?: EsimBackend;
  lang?: string;
  theme?: 'light' | 'dark';
  pageSize?: number;
  /** Inline size of the wrapper, e.g. '360px'. */
  width?: string;
  /** Runs on the element before it is attached (listeners, properties; it may wrap the element in a parent). */
  setup?: (el: EsimList) => void;
}

/** Attaches an `<esim-list>` (listeners first, so no event is missed) and resolves after its first render. */
export async function mount(options: MountOptions): Promise<Mounted> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  if (options.width) wrapper.style.inlineSize = options.width;
  // A dark-themed element is meant for a dark page: its text outside the rows sits on the page.
  if (options.theme === 'dark') wrapper.style.background = '#0e1014';
  const el = document.createElement('esim-list');
  const loads: EsimListLoadDetail[] = [];
  const errors: EsimErrorDetail[] = [];
  el.addEventListener('esim-list-load', (e) => loads.push(e.detail));
  el.addEventListener('esim-error', (e) => errors.push(e.detail));
  if (options.apiBase) el.setAttribute('api-base', options.apiBase);
  if (options.backend) el.backend = options.backend;
  if (options.lang) el.setAttribute('lang', options.lang);
  if (options.theme) el.setAttribute('theme', options.theme);
  if (options.pageSize) el.setAttribute('page-size', String(options.pageSize));
  options.setup?.(el);
  wrapper.append(el.parentElement ?? el);
  await el.updateComplete;
  return { el, loads, errors };
}

export const $ = <T extends Element = HTMLElement>(el: EsimList, selector: string): T | null => el.shadowRoot!.querySelector<T>(selector);

export const $$ = <T extends Element = HTMLElement>(el: EsimList, selector: string): T[] =>
  Array.from(el.shadowRoot!.querySelectorAll<T>(selector));

export const rows = (el: EsimList) => $$(el, '[part~="row"]');

/** The row of an eSIM by id. */
export const row = (el: EsimList, id: string) => rows(el).find((r) => r.dataset.key === id);

export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

export async function untilRows(el: EsimList, count?: number): Promise<void> {
  await waitUntil(() => rows(el).length > 0 && (count === undefined || rows(el).length === count), 'rows did not render', {
    timeout: 8000,
  });
  await el.updateComplete;
}

export async function until(el: EsimList, selector: string): Promise<HTMLElement> {
  await waitUntil(() => $(el, selector), `${selector} did not appear`, { timeout: 8000 });
  await el.updateComplete;
  return $<HTMLElement>(el, selector)!;
}

/** Deterministic eSIMs like a support desk's: mixed statuses, some cancellable, some with nicknames. */
export function generateEsims(count: number, now = Date.now()): Esim[] {
  const statuses: EsimStatus[] = ['active', 'ready', 'active', 'expired', 'depleted', 'cancel_pending'];
  return Array.from({ length: count }, (_, i) => {
    const status = statuses[i % statuses.length]!;
    const eligible = status === 'ready';
    return {
      id: `gen-${i}`,
      iccid: `89882470${String(i).padStart(11, '0')}`,
      nickname: i % 5 === 0 ? `Phone ${i}` : null,
      planName: `Plan ${i % 7} 10 GB / 30 days`,
      region: { code: 'JP', name: 'Japan' },
      status,
      installState: eligible ? 'not_installed' : 'installed',
      data: { usedBytes: (i % 10) * 1e8, totalBytes: i % 9 === 0 ? null : 10e9, updatedAt: new Date(now - 3_600_000).toISOString() },
      expiresAt: new Date(now + ((i % 40) + 1) * 86_400_000).toISOString(),
      device: i % 3 === 0 ? { make: 'Apple', model: 'iPhone 15' } : undefined,
      cancellation: eligible
        ? { eligible: true, mode: 'instant' }
        : { eligible: false, mode: 'none', ineligibleReason: status === 'expired' ? 'expired' : 'data_used' },
    };
  });
}

const unsupported = () => Promise.reject(new EsimApiError({ code: 'forbidden', message: 'not in this test' }));

/** An `EsimBackend` over an array, paging by index. `calls` records each `listEsims` call. */
export function memoryBackend(esims: Esim[], pageSize?: number) {
  const calls: { cursor?: string | null; limit?: number; status?: EsimStatus }[] = [];
  const backend: EsimBackend & { calls: typeof calls; esims: Esim[] } = {
    calls,
    esims,
    async listEsims(params) {
      calls.push(params);
      const matching = params.status ? backend.esims.filter((e) => e.status === params.status) : backend.esims;
      const start = params.cursor ? Number(params.cursor) : 0;
      const size = pageSize ?? params.limit ?? 50;
      const end = Math.min(matching.length, start + size);
      return { items: matching.slice(start, end), nextCursor: end < matching.length ? String(end) : null };
    },
    async getEsim(id) {
      const found = backend.esims.find((e) => e.id === id);
      if (!found) throw new EsimApiError({ code: 'not_found', message: 'gone', status: 404 });
      return found;
    },
    getCancellationQuote: unsupported,
    submitCancellation: unsupported,
    getCancellation: unsupported,
    withdrawCancellation: unsupported,
  };
  return backend;
}

/** Records the URL of every `fetch` until `restore()` (the reference backend's log omits query strings). */
export function recordFetches(): { urls: string[]; restore: () => void } {
  const urls: string[] = [];
  const original = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    urls.push(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    return original.call(window, input, init);
  };
  return { urls, restore: () => (window.fetch = original) };
}
