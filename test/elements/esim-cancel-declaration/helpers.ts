/**
 * Driving `<esim-cancel-declaration>` in tests the way a customer does: typing and choosing inside its
 * shadow root, pressing the one button, and recording every event it fires, in order.
 */
import { fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/esim-cancel-declaration/define.js';
import type { EsimCancelDeclaration } from '../../../src/elements/esim-cancel-declaration/esim-cancel-declaration.js';
import type { EsimBackend } from '../../../src/api/backend.js';

export const DECLARATION_EVENTS = ['esim-cancel-step', 'esim-cancel-submit', 'esim-cancel-submitted', 'esim-error'] as const;

export interface Mounted {
  el: EsimCancelDeclaration;
  /** Every event so far, as `name` or `name:step|code`. */
  events: string[];
  details: unknown[];
}

export interface MountOptions {
  apiBase?: string;
  backend?: EsimBackend;
  kind?: 'cancellation' | 'withdrawal';
  lang?: string;
  dir?: 'rtl';
  theme?: 'light' | 'dark';
  setup?: (el: EsimCancelDeclaration) => void;
}

/** Mounts one with listeners attached before its first render, so the first step is recorded. */
export async function mount(options: MountOptions): Promise<Mounted> {
  const el = document.createElement('esim-cancel-declaration');
  if (options.apiBase) el.setAttribute('api-base', options.apiBase);
  if (options.backend) el.backend = options.backend;
  if (options.kind) el.setAttribute('kind', options.kind);
  if (options.lang) el.setAttribute('lang', options.lang);
  if (options.dir) el.setAttribute('dir', options.dir);
  if (options.theme) el.setAttribute('theme', options.theme);
  const events: string[] = [];
  const details: unknown[] = [];
  for (const type of DECLARATION_EVENTS) {
    el.addEventListener(type, (event) => {
      const detail = (event as unknown as CustomEvent<Record<string, unknown>>).detail;
      events.push(
        type === 'esim-cancel-step' ? `${type}:${String(detail.step)}` : type === 'esim-error' ? `${type}:${String(detail.code)}` : type,
      );
      details.push(detail);
    });
  }
  options.setup?.(el);
  fixtureSync<HTMLElement>(html`<main>${el}</main>`);
  await waitUntil(() => el.shadowRoot?.querySelector('h2'), 'the declaration never showed its heading', { timeout: 8000 });
  return { el, events, details };
}

export function $<T extends HTMLElement = HTMLElement>(el: EsimCancelDeclaration, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in the declaration (step ${el.step})`);
  return found;
}

export const text = (el: EsimCancelDeclaration): string => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

export async function type(el: EsimCancelDeclaration, field: string, value: string): Promise<void> {
  const input = $<HTMLInputElement | HTMLTextAreaElement>(el, `#f-${field}`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Chooses a radio by its group and value (`extraordinary` true/false, `effective` asap/date). */
export async function choose(el: EsimCancelDeclaration, group: string, value: string): Promise<void> {
  const radio = $<HTMLInputElement>(el, `input[name="${group}"][value="${value}"]`);
  radio.click();
  await el.updateComplete;
}

/** The fields a customer fills for a valid declaration. */
export async function fillValid(el: EsimCancelDeclaration, overrides: Record<string, string> = {}): Promise<void> {
  const values = { name: 'Erika Mustermann', email: 'erika@example.com', iccid: '8949 0200 0012 3456 7890', ...overrides };
  for (const [field, value] of Object.entries(values)) await type(el, field, value);
}

export async function submit(el: EsimCancelDeclaration): Promise<void> {
  $(el, '[part~="submit-button"]').click();
  await el.updateComplete;
}

/** Waits for the receipt. */
export async function declared(el: EsimCancelDeclaration): Promise<void> {
  await waitUntil(() => el.step === 'declared', `no receipt (still ${el.step}): ${text(el)}`, { timeout: 8000 });
  await el.updateComplete;
}

export async function failureShown(el: EsimCancelDeclaration): Promise<HTMLElement> {
  await waitUntil(() => el.shadowRoot!.querySelector('.failure') && !el.shadowRoot!.querySelector('.spinner'), 'no failure shown', {
    timeout: 8000,
  });
  return $(el, '.failure');
}
