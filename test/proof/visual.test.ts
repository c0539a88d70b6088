/**
 * Accessibility proof for what axe cannot see: in every state of every element,
 * - forced colours (Windows High Contrast): every visible button's label differs clearly from the
 *   background it is painted on (contrast ≥ 3:1, measured on the computed system colours);
 * - reflow at 320 CSS px wide and at 400 % zoom of 1280 × 1024 (320 × 256): nothing scrolls sideways,
 *   neither the page nor anything inside the elements (the dialog included);
 * - `prefers-reduced-motion: reduce`: no animation runs.
 * Forced colours are emulated over CDP (see the `emulate-media-features` command in
 * web-test-runner.config.mjs); Chromium then paints with its forced-colours palette.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { EsimCancelFlow } from '../../src/elements/esim-cancel-flow/esim-cancel-flow.js';
import type { EsimList } from '../../src/elements/esim-list/esim-list.js';
import { newTenant, type Tenant } from '../helpers/tenant.js';
import {
  $,
  chooseEsim,
  click,
  confirmWith,
  failureShown,
  giveReason,
  lastFourOf,
  mount,
  next,
  setVisibility,
  stepIs,
  submit,
} from '../elements/esim-cancel-flow/helpers.js';
import { memoryBackend } from '../elements/esim-list/helpers.js';
import * as declaration from '../elements/esim-cancel-declaration/helpers.js';
import { mountList, untilList, untilListRows } from './helpers.js';
import { deep, reflowProblems } from './layout.js';

const INSTANT = 'esim-jp-01';
const REVIEW = 'esim-eu-04';

const media = (features: { name: string; value: string }[]) => executeServerCommand('emulate-media-features', { features });

const visible = (node: Element) => node.getClientRects().length > 0 && getComputedStyle(node).visibility !== 'hidden';

function rgba(colour: string): [number, number, number, number] {
  const [r = 0, g = 0, b = 0, a = 1] = (colour.match(/[\d.]+/g) ?? []).map(Number);
  return [r, g, b, colour.startsWith('rgba') ? a : 1];
}

function luminance([r, g, b]: number[]): number {
  const channel = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
}

function contrast(a: number[], b: number[]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The first opaque background at or above `node`, across shadow boundaries; the page's canvas else. */
function backgroundOf(node: Element): number[] {
  for (let at: Element | null = node; at; at = at.parentElement ?? (at.getRootNode() as ShadowRoot).host ?? null) {
    const colour = rgba(getComputedStyle(at).backgroundColor);
    if (colour[3] > 0.5) return colour;
  }
  return rgba(getComputedStyle(document.documentElement).backgroundColor)[3] > 0.5
    ? rgba(getComputedStyle(document.documentElement).backgroundColor)
    : [255, 255, 255];
}

/** Buttons whose label is hard to tell from its background in forced colours. */
async function forcedColourProblems(host: Element): Promise<string[]> {
  await media([{ name: 'forced-colors', value: 'active' }]);
  try {
    const buttons = deep(host).filter((node) => node.localName === 'button' && visible(node));
    expect(buttons.length, 'buttons to check').to.be.greaterThan(0);
    return buttons
      .map((button) => {
        const ratio = contrast(rgba(getComputedStyle(button).color), backgroundOf(button));
        return ratio < 3 ? `"${button.textContent!.trim()}" (${button.className}): ${ratio.toFixed(2)}:1` : '';
      })
      .filter(Boolean);
  } finally {
    await media([]);
  }
}

/** Animations still running under reduced motion. */
async function motionProblems(host: Element): Promise<string[]> {
  await media([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  try {
    return deep(host)
      .filter((node) => visible(node) && getComputedStyle(node).animationName !== 'none')
      .map((node) => `${node.localName}.${node.className}: ${getComputedStyle(node).animationName}`);
  } finally {
    await media([]);
  }
}

/** The three checks on the state on screen now. */
async function check(host: Element, state: string, { buttons = true } = {}): Promise<void> {
  if (buttons) expect(await forcedColourProblems(host), `${state}: forced colours`).to.deep.equal([]);
  expect(await reflowProblems(host, 320, 640), `${state}: 320 px`).to.deep.equal([]);
  expect(await reflowProblems(host, 320, 256), `${state}: 400 % zoom`).to.deep.equal([]);
  expect(await motionProblems(host), `${state}: reduced motion`).to.deep.equal([]);
}

describe('proof: forced colours, reflow and reduced motion in every state', function () {
  this.timeout(60_000);
  let tenant: Tenant;
  before(() => setVisibility('visible'));
  after(() => setVisibility(null));
  beforeEach(async () => {
    tenant = await newTenant({ manualClock: true });
  });

  it('the list: loading, rows (the seed at 320 px), empty, error, sign-in', async () => {
    await tenant.fault({ path: '/esims', method: 'GET', kind: 'delay', delayMs: 4000 });
    const loading = mountList({ apiBase: tenant.apiBase });
    await untilList(loading.el, '[part="skeleton"]');
    await check(loading.el, 'list loading', { buttons: false });
    loading.el.remove();

    const { el } = mountList({ apiBase: tenant.apiBase });
    await untilListRows(el, 15);
    await check(el, 'list rows');

    const empty = mountList({ backend: memoryBackend([]) });
    await untilList(empty.el, '[part="empty"]');
    await check(empty.el, 'list empty', { buttons: false });

    await tenant.fault({ path: '/esims', method: 'GET', kind: '500' });
    const failed = mountList({ apiBase: tenant.apiBase });
    await untilList(failed.el, '[part="retry-button"]');
    await check(failed.el, 'list error');

    await tenant.fault({ path: '/esims', method: 'GET', kind: '401' });
    const signIn = mountList({ apiBase: tenant.apiBase });
    await untilList(signIn.el, '[part~="sign-in"]');
    await check(signIn.el, 'list sign-in');
  });

  it("the list's dialog with the flow open", async () => {
    const { el } = mountList({ apiBase: tenant.apiBase });
    await untilListRows(el, 15);
    el.shadowRoot!.querySelector<HTMLElement>(`[data-key="${INSTANT}"] [part~="cancel-button"]`)!.click();
    const flow = (await untilList(el, 'esim-cancel-flow')) as unknown as EsimCancelFlow;
    await stepIs(flow, 'review');
    await check(el as EsimList, 'dialog, review');
  });

  it('the flow: select, review, reason, confirm, submitting, completed', async () => {
    const { el } = await mount({ apiBase: tenant.apiBase });
    await stepIs(el, 'select');
    await check(el, 'select');
    await chooseEsim(el, INSTANT);
    await stepIs(el, 'review');
    await check(el, 'review');
    await next(el);
    await stepIs(el, 'reason');
    await check(el, 'reason');
    await giveReason(el);
    await confirmWith(el, await lastFourOf(tenant.apiBase, INSTANT));
    await check(el, 'confirm');
    await tenant.fault({ path: '/esims/*/cancellations', method: 'POST', kind: 'slow', delayMs: 3000 });
    await submit(el);
    await waitUntil(() => el.shadowRoot!.querySelector('.spinner'), 'no spinner while submitting');
    expect(await motionProblems(el), 'submitting: reduced motion').to.deep.equal([]);
    await stepIs(el, 'completed');
    await check(el, 'completed');
  });

  it('the declaration: form, every error, extraordinary on a date, receipt (cancellation and withdrawal)', async () => {
    const { el } = await declaration.mount({ apiBase: tenant.apiBase });
    await check(el, 'declaration form');
    await declaration.submit(el);
    await check(el, 'declaration errors');
    await declaration.fillValid(el, { name: 'Maximiliane-Theodora von Habsburg-Lothringen-Sachsen-Coburg-und-Gotha' });
    await declaration.choose(el, 'extraordinary', 'true');
    await declaration.choose(el, 'effective', 'date');
    await check(el, 'declaration extraordinary on a date');
    await declaration.type(el, 'effectiveDate', '2099-01-31');
    await declaration.submit(el);
    await declaration.declared(el);
    await check(el, 'declaration receipt');
    const withdrawal = await declaration.mount({ apiBase: tenant.apiBase, kind: 'withdrawal' });
    await check(withdrawal.el, 'withdrawal form');
  });

  it('the flow: pending with the withdraw question, and a failure with Try again', async () => {
    const { el } = await mount({ apiBase: tenant.apiBase, esimId: REVIEW });
    await stepIs(el, 'review');
    await next(el);
    await giveReason(el);
    await confirmWith(el, await lastFourOf(tenant.apiBase, REVIEW));
    await submit(el);
    await stepIs(el, 'pending');
    await check(el, 'pending');
    await click(el, '[part~="withdraw-button"]');
    await check(el, 'withdraw question');

    await tenant.fault({ path: '/esims/*/cancellation-quote', method: 'GET', kind: '500', count: 3 });
    const failing = await mount({ apiBase: tenant.apiBase, esimId: INSTANT });
    await failureShown(failing.el);
    $(failing.el, '[part~="retry-button"]');
    await check(failing.el, 'failure');
  });
});
