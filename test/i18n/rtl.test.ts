/**
 * Right to left, in Chromium: every state of both elements in Arabic laid out with `dir="rtl"` is the
 * mirror image of the same state with `dir="ltr"` (every box, nested shadow roots and the list's dialog
 * included), which fails on any physical left/right in the styles; buttons, progress and borders sit
 * on the mirrored side; ICCIDs, references, emails and amounts still read left to right.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { EsimCancelFlow } from '../../src/elements/esim-cancel-flow/esim-cancel-flow.js';
import { $, chooseEsim, mount, part, setVisibility, stepIs } from '../elements/esim-cancel-flow/helpers.js';
import { STATES as FLOW_STATES } from '../elements/esim-cancel-flow/states.js';
import { LIST_STATES } from '../elements/esim-list/states.js';
import { SEED_IDS } from '../helpers/seed.js';
import { newTenant } from '../helpers/tenant.js';

interface Box {
  what: string;
  left: number;
  right: number;
  top: number;
}

/**
 * Every laid-out box (not inline text, not the spinning spinner) under a shadow root, nested roots
 * included: horizontal edges in the viewport, the top relative to the host (the two layouts compared
 * are mounted one after the other), or to the viewport inside the list's modal dialog, which the top
 * layer centres on the viewport.
 */
function boxes(root: ShadowRoot, hostTop: number, path = ''): Box[] {
  const found: Box[] = [];
  root.querySelectorAll('*').forEach((node) => {
    const style = getComputedStyle(node);
    const rect = node.getBoundingClientRect();
    const what = `${path}${node.localName}${node.getAttribute('part') ? `[part="${node.getAttribute('part')}"]` : ''}${[...node.classList].map((c) => `.${c}`).join('')}`;
    const top = node.closest('dialog[open]') ? rect.top : rect.top - hostTop;
    if (style.display !== 'inline' && style.display !== 'contents' && rect.width > 0 && !node.matches('.spinner, .spinner *')) {
      found.push({ what, left: rect.left, right: rect.right, top });
    }
    if (node.shadowRoot) found.push(...boxes(node.shadowRoot, node.closest('dialog[open]') ? 0 : hostTop, `${what} > `));
  });
  return found;
}

/** The layout of a host, then the host taken off the page so the next one takes its place. */
function layoutOf(host: HTMLElement): Box[] {
  const layout = boxes(host.shadowRoot!, host.getBoundingClientRect().top);
  host.remove();
  return layout;
}

/** Asserts the right-to-left layout is the left-to-right one mirrored around the host's centre. */
function expectMirrored(host: HTMLElement, ltr: Box[], rtl: Box[]): void {
  const { left, right } = host.getBoundingClientRect();
  expect(rtl.map((b) => b.what)).to.deep.equal(ltr.map((b) => b.what));
  const wrong = rtl
    .map((box, i) => ({ box, mirror: left + right - ltr[i]!.right, top: ltr[i]!.top }))
    .filter(({ box, mirror, top }) => Math.abs(box.left - mirror) > 1.5 || Math.abs(box.top - top) > 1.5)
    .map(
      ({ box, mirror, top }) =>
        `${box.what}: left ${box.left.toFixed(1)} top ${box.top.toFixed(1)} width ${(box.right - box.left).toFixed(1)}, mirrored ${mirror.toFixed(1)} top ${top.toFixed(1)}`,
    );
  expect(wrong, 'boxes not mirrored').to.deep.equal([]);
}

const center = (node: Element) => {
  const r = node.getBoundingClientRect();
  return r.left + r.width / 2;
};

describe('right to left', () => {
  before(() => setVisibility('visible'));
  after(() => setVisibility(null));

  describe('every state of <esim-cancel-flow> is mirrored', () => {
    for (const state of FLOW_STATES) {
      it(state.name, async () => {
        const layouts: Box[][] = [];
        let host: EsimCancelFlow | undefined;
        for (const dir of ['ltr', 'rtl'] as const) {
          const tenant = await newTenant(state.reset);
          host = await state.open(tenant, { apiBase: tenant.apiBase, lang: 'ar', dir });
          if (dir === 'rtl') layouts.push(boxes(host.shadowRoot!, host.getBoundingClientRect().top));
          else layouts.push(layoutOf(host));
        }
        expectMirrored(host!, layouts[0]!, layouts[1]!);
      });
    }
  });

  describe('every state of <esim-list> is mirrored', () => {
    for (const state of LIST_STATES) {
      it(state.name, async () => {
        const layouts: Box[][] = [];
        let host: HTMLElement | undefined;
        for (const dir of ['ltr', 'rtl'] as const) {
          host = await state.open({ lang: 'ar', dir });
          if (dir === 'rtl') layouts.push(boxes(host.shadowRoot!, host.getBoundingClientRect().top));
          else layouts.push(layoutOf(host));
        }
        expectMirrored(host!, layouts[0]!, layouts[1]!);
      });
    }
  });

  it('puts Back on the right and Continue on the left, progress from the right, with dir="rtl" on an ancestor', async () => {
    const tenant = await newTenant();
    const { el } = await mount({ apiBase: tenant.apiBase, lang: 'ar' });
    el.parentElement!.setAttribute('dir', 'rtl');
    await stepIs(el, 'select');
    await chooseEsim(el, SEED_IDS.reviewDeadlineSoon);
    await stepIs(el, 'review');
    const back = part(el, 'back-button');
    const next = part(el, 'next-button');
    expect(getComputedStyle(el).direction).to.equal('rtl');
    expect(back.getBoundingClientRect().left, 'Back right of Continue').to.be.greaterThan(next.getBoundingClientRect().right);
    const base = part(el, 'base').getBoundingClientRect();
    expect(base.right - part(el, 'heading').getBoundingClientRect().right, 'heading at the right').to.be.lessThan(40);
    const done = [...el.shadowRoot!.querySelectorAll('.bar [data-done]')].map(center);
    const todo = [...el.shadowRoot!.querySelectorAll('.bar li:not([data-done])')].map(center);
    expect(Math.min(...done), 'done steps right of the rest').to.be.greaterThan(Math.max(...todo));
    const warnings = $(el, '.warnings');
    expect(getComputedStyle(warnings).borderRightWidth).to.equal('4px');
    expect(getComputedStyle(warnings).borderLeftWidth).to.equal('0px');

    el.parentElement!.setAttribute('dir', 'ltr');
    expect(back.getBoundingClientRect().right, 'and back again in ltr').to.be.lessThan(next.getBoundingClientRect().left);
  });

  it('keeps ICCIDs, references, emails and amounts left to right inside their isolates', async () => {
    const tenant = await newTenant();
    const { el } = await mount({ apiBase: tenant.apiBase, lang: 'ar', dir: 'rtl' });
    await stepIs(el, 'select');
    const iccid = $(el, '.choice [dir="ltr"]');
    expect(iccid.textContent).to.match(/^\d{4} •••• •••• \d{4}$/);
    expect(getComputedStyle(iccid).direction).to.equal('ltr');
    expect(getComputedStyle(iccid).unicodeBidi).to.equal('isolate');
    // The first group of digits is drawn left of the last.
    const range = document.createRange();
    const text = iccid.firstChild!.nodeType === Node.TEXT_NODE ? iccid.firstChild! : iccid.lastChild!;
    const at = (i: number) => {
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      return range.getBoundingClientRect().left;
    };
    const content = text.textContent!;
    expect(at(content.indexOf('•') - 2)).to.be.lessThan(at(content.length - 1));

    const { el: tracked } = await mount({
      apiBase: tenant.apiBase,
      lang: 'ar',
      dir: 'rtl',
      cancellationId: SEED_IDS.completedCancellation,
    });
    await stepIs(tracked, 'completed');
    const reference = part(tracked, 'reference');
    expect(reference.getAttribute('dir')).to.equal('ltr');
    expect(getComputedStyle(reference).unicodeBidi).to.equal('isolate');
    // Amounts are left-to-right isolates inside the Arabic sentence (U+2066 … U+2069).
    const summary = part(tracked, 'summary').textContent!;
    expect(summary).to.match(/\u2066[^\u2069]*\d[^\u2069]*\u2069/);
  });

  it('isolates the contact email on the confirm step', async () => {
    const tenant = await newTenant();
    const { el } = await mount({
      apiBase: tenant.apiBase,
      lang: 'ar',
      dir: 'rtl',
      esimId: SEED_IDS.review,
      setup: (e) => (e.contactEmail = 'me@example.com'),
    });
    await stepIs(el, 'review');
    part(el, 'next-button').click();
    await stepIs(el, 'reason');
    $<HTMLInputElement>(el, 'input[name="reason"]').click();
    await el.updateComplete;
    part(el, 'next-button').click();
    await stepIs(el, 'confirm');
    await waitUntil(() => el.shadowRoot!.querySelector('.summary [dir="ltr"]'));
    const email = $(el, '.summary [dir="ltr"]');
    expect(email.textContent).to.equal('me@example.com');
    expect(getComputedStyle(email).direction).to.equal('ltr');
  });
});
