/*
 * Helpers shared by the demo pages (not by cms.html, which shows that HTML and the classic script are
 * enough). Page chrome only: nothing here reaches inside the elements.
 */
import type { EsimCancelFlow, EsimList, Theme } from '../src/index.js';

/** Every event the elements fire, for the event log. */
export const EVENT_TYPES = [
  'esim-cancel-step',
  'esim-cancel-submit',
  'esim-cancel-submitted',
  'esim-cancel-status',
  'esim-cancel-complete',
  'esim-cancel-close',
  'esim-cancel-request',
  'esim-list-load',
  'esim-auth-required',
  'esim-error',
] as const satisfies readonly (keyof GlobalEventHandlersEventMap)[];

/** Fewer entries than this stay in the log; older ones drop off the end. */
const LOG_LIMIT = 200;

/**
 * Where the reference backend is: `/api` on the dev server (`npm start`) and `vite preview`, or
 * `?api-base=<url>` for the static copy (`npm run build:demo`) next to `npm run backend`.
 */
export function apiBase(): string {
  const requested = new URLSearchParams(location.search).get('api-base');
  // Only http(s) URLs and same-origin paths: the value ends up in attributes and fetch calls.
  if (requested && /^(https?:\/\/[^\s]+|\/[^\s/][^\s]*)$/.test(requested)) return requested.replace(/\/+$/, '');
  return '/api';
}

/** A tenant of its own on the reference backend (isolated state, no sign-in unless reset with it). */
export function tenantBase(id: string): string {
  return `${apiBase()}/t/${id}`;
}

/** Settings of a backend tenant, as `GET __control/state` and `POST __control/reset` answer them. */
export interface TenantSettings {
  seed: 'default' | 'large' | 'xss';
  requireAuth: boolean;
  reviewPaceMs: number;
  manualClock: boolean;
  outcome: 'auto' | 'complete' | 'reject';
}

/** Calls one of the reference backend's demo controls (`{tenant}/__control/{action}`). */
export async function control<T>(base: string, action: string, method = 'POST', body?: unknown): Promise<T> {
  const response = await fetch(`${base}/__control/${action}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} __control/${action}: HTTP ${response.status} ${text.slice(0, 200)}`);
  return (text ? JSON.parse(text) : {}) as T;
}

/** Resets a tenant and waits for it, so elements pointed at it afterwards see the fresh state. */
export function resetTenant(base: string, options: Partial<TenantSettings>): Promise<TenantSettings> {
  return control<TenantSettings>(base, 'reset', 'POST', options);
}

/**
 * Carries `?api-base=` over to the other pages, so the static copy keeps its backend while the
 * visitor moves around.
 */
export function keepApiBaseOnLinks(): void {
  const requested = new URLSearchParams(location.search).get('api-base');
  if (!requested) return;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.site-nav a')) {
    const url = new URL(link.href);
    url.searchParams.set('api-base', requested);
    link.href = url.href;
  }
}

/**
 * Shows the page's "no backend" note when the backend does not answer (the static copy opened
 * without `?api-base`, or a backend that is not running). Resolves to whether it answered.
 */
export async function checkBackend(base: string, note: HTMLElement | null): Promise<boolean> {
  try {
    const response = await fetch(`${base}/__control/log`, { method: 'GET' });
    if (response.ok && response.headers.get('content-type')?.includes('application/json')) return true;
  } catch {
    // Unreachable: reported by the note below.
  }
  if (note) note.hidden = false;
  return false;
}

/** Sets the page chrome's colour scheme; the elements get the same value in their `theme` attribute. */
export function setPageTheme(theme: Theme): void {
  if (theme === 'auto') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

/** The innermost element of ours an event came from, e.g. the flow inside the list's dialog. */
function eventSource(event: Event): string {
  const path = event.composedPath().filter((node): node is Element => node instanceof Element);
  const own = path.filter((node) => node.localName.startsWith('esim-'));
  const inner = own[0];
  if (!inner) return '';
  const outer = own[own.length - 1];
  return outer && outer !== inner ? `<${inner.localName}> in <${outer.localName}>` : `<${inner.localName}>`;
}

/** JSON for the log; functions (like `retry`) show as a marker, not as nothing. */
function detailText(detail: unknown): string {
  if (detail === null || detail === undefined) return 'null';
  return JSON.stringify(detail, (_key, value: unknown) => (typeof value === 'function' ? '[function]' : value), 2);
}

/**
 * Logs every `esim-*` event on the page, newest first, with its detail as text (never as markup:
 * details carry backend data). Listens on `document`: the events bubble and are composed.
 */
export function startEventLog(options: { list: HTMLOListElement; clear: HTMLButtonElement; count: HTMLElement; empty: HTMLElement }): void {
  const { list, clear, count, empty } = options;
  let total = 0;
  const showCount = () => {
    count.textContent = total === 1 ? '(1 event)' : `(${total} events)`;
    empty.hidden = total > 0;
  };
  const record = (event: Event) => {
    total += 1;
    const item = document.createElement('li');
    const meta = document.createElement('div');
    meta.className = 'event-meta';
    const add = (className: string, text: string) => {
      const span = document.createElement('span');
      span.className = className;
      span.textContent = text;
      meta.append(span);
    };
    add('event-time', new Date().toLocaleTimeString('en-GB', { hour12: false }));
    add('event-type', event.type);
    add('event-source', eventSource(event));
    if (event.cancelable) add('event-flag', 'cancelable');
    const detail = document.createElement('pre');
    detail.textContent = detailText(event instanceof CustomEvent ? event.detail : undefined);
    item.append(meta, detail);
    list.prepend(item);
    while (list.childElementCount > LOG_LIMIT) list.lastElementChild?.remove();
    showCount();
  };
  for (const type of EVENT_TYPES) document.addEventListener(type, record);
  clear.addEventListener('click', () => {
    list.replaceChildren();
    total = 0;
    showCount();
  });
  showCount();
}

/**
 * Keeps a page's list and its stand-alone flow in step, as a reseller's page would: both share the
 * session cookie, so once the customer signs in through one, the other is retried; and the list
 * re-reads an eSIM whose cancellation the flow moved on.
 */
export function linkListAndFlow(list: EsimList, currentFlow: () => EsimCancelFlow | null, restartFlow: () => void): void {
  let flowStep: string | null = null;
  document.addEventListener('esim-cancel-step', (event) => {
    if (event.target !== currentFlow()) return;
    const previous = flowStep;
    flowStep = event.detail.step;
    if (previous === 'sign-in' && flowStep !== 'sign-in') void list.reload();
  });
  list.addEventListener('esim-list-load', () => {
    if (flowStep !== 'sign-in') return;
    flowStep = null;
    restartFlow();
  });
  const refreshRow = (event: CustomEvent<{ cancellation: { esimId: string } } | { declaration: unknown }>) => {
    if (event.target === currentFlow() && 'cancellation' in event.detail) void list.refreshEsim(event.detail.cancellation.esimId);
  };
  document.addEventListener('esim-cancel-submitted', refreshRow);
  document.addEventListener('esim-cancel-status', refreshRow);
  document.addEventListener('esim-cancel-complete', refreshRow);
}
