/**
 * Driving `<esim-cancel-flow>` in tests the way a customer does: clicks and typing inside its shadow
 * root, waiting for each step to settle, and recording every event it fires, in order.
 */
import { fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/esim-cancel-flow/define.js';
import type { EsimCancelFlow } from '../../../src/elements/esim-cancel-flow/esim-cancel-flow.js';
import type { FlowStep } from '../../../src/elements/events.js';

export const FLOW_EVENTS = [
  'esim-cancel-step',
  'esim-cancel-submit',
  'esim-cancel-submitted',
  'esim-cancel-status',
  'esim-cancel-complete',
  'esim-cancel-close',
  'esim-auth-required',
  'esim-error',
  'esim-cancel-alternatives',
  'esim-cancel-alternative-select',
] as const;

export interface Mounted {
  el: EsimCancelFlow;
  /** Every event so far, as `name` or `name:step|status|code`. */
  events: string[];
  /** Every event's detail, in the same order. */
  details: unknown[];
}

export interface MountOptions {
  apiBase?: string;
  esimId?: string;
  cancellationId?: string;
  lang?: string;
  /** `rtl` for a right-to-left locale, as a host page sets it beside `lang`. */
  dir?: 'ltr' | 'rtl';
  theme?: 'light' | 'dark';
  setup?: (el: EsimCancelFlow) => void;
}

function eventLabel(type: string, detail: Record<string, unknown>): string {
  if (type === 'esim-cancel-step') return `${type}:${String(detail.step)}`;
  if (type === 'esim-cancel-status') return `${type}:${String((detail.cancellation as { status: string }).status)}`;
  if (type === 'esim-error') return `${type}:${String(detail.code)}`;
  return type;
}

/** Mounts a flow with listeners attached before its first render, so the first step is recorded. */
export async function mount(options: MountOptions): Promise<Mounted> {
  const el = document.createElement('esim-cancel-flow');
  if (options.apiBase) el.setAttribute('api-base', options.apiBase);
  if (options.esimId) el.setAttribute('esim-id', options.esimId);
  if (options.cancellationId) el.setAttribute('cancellation-id', options.cancellationId);
  if (options.lang) el.setAttribute('lang', options.lang);
  if (options.dir) el.setAttribute('dir', options.dir);
  if (options.theme) el.setAttribute('theme', options.theme);
  el.setAttribute('support-url', 'https://example.com/support');
  el.setAttribute('support-email', 'help@example.com');
  el.pollInterval = 60_000;
  const events: string[] = [];
  const details: unknown[] = [];
  for (const type of FLOW_EVENTS) {
    el.addEventListener(type, (event) => {
      const detail = (event as unknown as CustomEvent<Record<string, unknown>>).detail;
      events.push(eventLabel(type, detail));
      details.push(detail);
    });
  }
  options.setup?.(el);
  // fixtureSync: the async fixture waits for an animation frame, which never comes in a background tab.
  fixtureSync<HTMLElement>(html`<main>${el}</main>`);
  await el.updateComplete;
  return { el, events, details };
}

/**
 * The test runner runs files in parallel tabs, and only the front one is visible; the flow polls
 * only while its page is visible. Tests pretend the page is visible (or hidden) explicitly.
 */
export function setVisibility(state: DocumentVisibilityState | null): void {
  if (state === null) delete (document as { visibilityState?: unknown }).visibilityState;
  else Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

export function $<T extends HTMLElement = HTMLElement>(el: EsimCancelFlow, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in the flow (step ${el.step})`);
  return found;
}

export function $$<T extends HTMLElement = HTMLElement>(el: EsimCancelFlow, selector: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(selector)];
}

export function part(el: EsimCancelFlow, name: string): HTMLElement {
  return $(el, `[part~="${name}"]`);
}

export function text(el: EsimCancelFlow): string {
  return el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
}

/** Nothing loading and no request in flight. */
export function idle(el: EsimCancelFlow): boolean {
  return el.shadowRoot!.querySelector('[part="base"][aria-busy="false"]') !== null && el.shadowRoot!.querySelector('.spinner') === null;
}

export async function settled(el: EsimCancelFlow): Promise<void> {
  await waitUntil(() => idle(el), `the flow stays busy (step ${el.step})`, { timeout: 8000 });
  await el.updateComplete;
}

export async function stepIs(el: EsimCancelFlow, step: FlowStep | null): Promise<void> {
  await waitUntil(() => el.step === step && idle(el), `expected step ${step}, still ${el.step}`, { timeout: 8000 });
  await el.updateComplete;
}

export async function failureShown(el: EsimCancelFlow): Promise<HTMLElement> {
  await waitUntil(() => el.shadowRoot!.querySelector('.failure') !== null && idle(el), 'no failure shown', { timeout: 8000 });
  return $(el, '.failure');
}

export async function click(el: EsimCancelFlow, selector: string): Promise<void> {
  $(el, selector).click();
  await el.updateComplete;
}

export async function type(el: EsimCancelFlow, selector: string, value: string): Promise<void> {
  const input = $<HTMLInputElement | HTMLTextAreaElement>(el, selector);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function next(el: EsimCancelFlow): Promise<void> {
  await click(el, '[part~="next-button"]');
}

export async function chooseEsim(el: EsimCancelFlow, esimId: string): Promise<void> {
  await settled(el);
  await click(el, `input[name="selection"][value="${CSS.escape(esimId)}"]`);
  await next(el);
}

export async function giveReason(el: EsimCancelFlow, reason = 'switching_provider', email = 'me@example.com', note = ''): Promise<void> {
  await stepIs(el, 'reason');
  await click(el, `input[name="reason"][value="${reason}"]`);
  if (note) await type(el, '#f-note', note);
  await type(el, '#f-contactEmail', email);
  await next(el);
  // A reason with alternatives (changed device: moving the eSIM) shows them first: continue cancelling.
  if (el.step === 'alternatives') await click(el, '[part~="continue-button"]');
}

/** Ticks the box and types the digits on `confirm` (does not submit). */
export async function confirmWith(el: EsimCancelFlow, last4: string): Promise<void> {
  await stepIs(el, 'confirm');
  const box = $<HTMLInputElement>(el, '.check input');
  if (!box.checked) await click(el, '.check input');
  await type(el, '#f-lastFour', last4);
}

export async function submit(el: EsimCancelFlow): Promise<void> {
  await click(el, '[part~="submit-button"]');
}

/** The ICCID's last four digits, read from the backend as a customer reads them off the summary. */
export async function lastFourOf(apiBase: string, esimId: string): Promise<string> {
  const response = await fetch(`${apiBase}/esims/${encodeURIComponent(esimId)}`);
  const esim = (await response.json()) as { iccid: string };
  return esim.iccid.slice(-4);
}

/** From `review` (already settled) to a submitted request. */
export async function reviewToSubmit(el: EsimCancelFlow, apiBase: string, esimId: string, reason = 'switching_provider'): Promise<void> {
  await stepIs(el, 'review');
  await next(el);
  await giveReason(el, reason, 'me@example.com', reason === 'other' ? 'Moving abroad' : '');
  await confirmWith(el, await lastFourOf(apiBase, esimId));
  await submit(el);
}

/** A request made straight over HTTP, to set up states (rejected, withdrawn…) for a test. */
export async function createCancellation(apiBase: string, esimId: string): Promise<{ id: string }> {
  const response = await fetch(`${apiBase}/esims/${esimId}/cancellations`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
    body: JSON.stringify({ reason: 'changed_device', contactEmail: 'me@example.com', acknowledged: true }),
  });
  if (!response.ok) throw new Error(`create: HTTP ${response.status}`);
  return (await response.json()) as { id: string };
}
