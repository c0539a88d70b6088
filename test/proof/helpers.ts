/**
 * What the proof suite shares: a watch for uncaught errors over a whole test, mounting
 * `<esim-list>` without waiting for an animation frame (a background window gets none), and a short
 * client so timeouts cost half a second, not fifteen.
 */
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import type { EsimBackend } from '../../src/api/backend.js';
import { createHttpBackend } from '../../src/api/http-backend.js';
import '../../src/elements/esim-list/define.js';
import type { EsimList } from '../../src/elements/esim-list/esim-list.js';
import type { EsimErrorDetail } from '../../src/elements/events.js';
import { watchUncaught } from '../helpers/uncaught.js';

export { watchUncaught, type Watch } from '../helpers/uncaught.js';

/** Runs a test body under {@link watchUncaught} and fails it on anything uncaught, even after a pass. */
export async function noUncaught(body: () => Promise<void>): Promise<void> {
  const watch = watchUncaught();
  try {
    await body();
  } finally {
    // Rejections are reported a task later than they happen.
    await new Promise((resolve) => setTimeout(resolve, 0));
    watch.stop();
  }
  expect(watch.problems, 'uncaught errors').to.deep.equal([]);
}

/**
 * The HTTP client with a 500 ms timeout and no silent retries: every failure reaches the element.
 * `locale` is the backend's language for its own texts (field messages of a 422).
 */
export function shortClient(apiBase: string, locale = 'en'): EsimBackend {
  return createHttpBackend({ apiBase, timeoutMs: 500, retries: 0, locale });
}

export interface MountedList {
  el: EsimList;
  errors: EsimErrorDetail[];
}

export interface ListOptions {
  apiBase?: string;
  backend?: EsimBackend;
  lang?: string;
  setup?: (el: EsimList) => void;
}

/** Attaches an `<esim-list>` with its listeners in place before the first load starts. */
export function mountList(options: ListOptions): MountedList {
  const el = document.createElement('esim-list');
  const mounted: MountedList = { el, errors: [] };
  el.addEventListener('esim-error', (event) => mounted.errors.push(event.detail));
  if (options.apiBase) el.setAttribute('api-base', options.apiBase);
  if (options.backend) el.backend = options.backend;
  if (options.lang) el.setAttribute('lang', options.lang);
  options.setup?.(el);
  fixtureSync<HTMLElement>(html`<main>${el}</main>`);
  return mounted;
}

export function listRows(el: EsimList): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="row"]')];
}

export function shadowText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
}

export async function untilListRows(el: EsimList, count: number): Promise<void> {
  await waitUntil(() => listRows(el).length === count, `expected ${count} rows, have ${listRows(el).length}`, { timeout: 8000 });
  await el.updateComplete;
}

export async function untilList(el: EsimList, selector: string): Promise<HTMLElement> {
  await waitUntil(() => el.shadowRoot!.querySelector(selector), `${selector} never appeared in the list`, { timeout: 8000 });
  await el.updateComplete;
  return el.shadowRoot!.querySelector<HTMLElement>(selector)!;
}
