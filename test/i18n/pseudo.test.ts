/**
 * Every state of every element in the pseudo-locale (accented, ~40 % longer, ⟦ ⟧ at both ends) on a
 * 320 px wide page: no text cut off (a box that clips or ellipsizes narrower than its text, a box
 * reaching past the element) and nothing that makes the page scroll sideways.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { en } from '../../src/i18n/en.js';
import { pseudo, pseudoText } from '../../src/i18n/pseudo.js';
import { registerLocale } from '../../src/internal/localize.js';
import { setVisibility } from '../elements/esim-cancel-flow/helpers.js';
import { STATES as FLOW_STATES } from '../elements/esim-cancel-flow/states.js';
import { LIST_STATES } from '../elements/esim-list/states.js';
import { DECLARATION_STATES } from '../elements/esim-cancel-declaration/states.js';
import { newTenant } from '../helpers/tenant.js';

const WIDTH = 320;
const LANG = 'en-XA';

const CLIPS = new Set(['hidden', 'clip', 'scroll', 'auto']);

function describeNode(node: Element): string {
  return `${node.localName}${node.getAttribute('part') ? `[part="${node.getAttribute('part')}"]` : ''}${[...node.classList].map((c) => `.${c}`).join('')} "${(node.textContent ?? '').trim().slice(0, 40)}"`;
}

/** What is cut off or sticks out, in a shadow root and the shadow roots inside it. */
function cutOff(root: ShadowRoot, bounds: DOMRect): string[] {
  const found: string[] = [];
  for (const node of root.querySelectorAll('*')) {
    if (node.shadowRoot) {
      const inDialog = node.closest('dialog[open]');
      found.push(...cutOff(node.shadowRoot, inDialog ? inDialog.getBoundingClientRect() : bounds));
    }
    if (!(node instanceof HTMLElement) || node.closest('.visually-hidden') || !node.textContent?.trim()) continue;
    const style = getComputedStyle(node);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    if ((CLIPS.has(style.overflowX) || style.textOverflow === 'ellipsis') && node.scrollWidth > node.clientWidth + 1) {
      found.push(`${describeNode(node)} is cut off sideways (${node.scrollWidth} > ${node.clientWidth})`);
    }
    if (CLIPS.has(style.overflowY) && node.localName !== 'dialog' && node.scrollHeight > node.clientHeight + 1) {
      found.push(`${describeNode(node)} is cut off at the bottom (${node.scrollHeight} > ${node.clientHeight})`);
    }
    const rect = node.getBoundingClientRect();
    const within = node.closest('dialog[open]')?.getBoundingClientRect() ?? bounds;
    if (rect.width && (rect.left < within.left - 1 || rect.right > within.right + 1)) {
      found.push(`${describeNode(node)} reaches past the element (${rect.left.toFixed(0)}–${rect.right.toFixed(0)})`);
    }
  }
  return found;
}

function expectFits(host: HTMLElement): void {
  expect(document.documentElement.clientWidth, 'the page is 320 px wide').to.equal(WIDTH);
  const problems = cutOff(host.shadowRoot!, host.getBoundingClientRect());
  if (document.documentElement.scrollWidth > WIDTH) problems.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px)`);
  if (host.scrollWidth > host.clientWidth) problems.push(`the element scrolls sideways (${host.scrollWidth} > ${host.clientWidth})`);
  expect(problems).to.deep.equal([]);
}

describe('pseudo-locale at 320 px', () => {
  before(async () => {
    registerLocale(LANG, pseudo());
    setVisibility('visible');
    await setViewport({ width: WIDTH, height: 800 });
  });
  after(() => setVisibility(null));

  it('is accented, about 40 % longer and bracketed, keeping the values passed in', () => {
    const t = pseudo();
    expect(t.flowNext).to.match(/^⟦[^A-Za-z]*⟧$/u);
    expect(t.flowNext.length).to.be.at.least(Math.round(en.flowNext.length * 1.4));
    expect(t.emailNotice('me@example.com')).to.match(/^⟦.*me@example\.com.*⟧$/u);
    expect(t.reasonLabels.other).to.match(/^⟦.+⟧$/u);
    expect(t.listCount(3, 3, false)).to.contain('3');
    const total = (values: unknown[]): number =>
      values.reduce<number>(
        (sum, v) => sum + (typeof v === 'string' ? v.length : typeof v === 'object' && v ? total(Object.values(v)) : 0),
        0,
      );
    expect(total(Object.values(t)) / total(Object.values(en))).to.be.within(1.3, 1.6);
    expect(pseudoText('Cancel Japan ending 1234', ['Japan'])).to.contain(' Japan ');
  });

  for (const state of FLOW_STATES) {
    it(`flow: ${state.name}`, async () => {
      const tenant = await newTenant(state.reset);
      const el = await state.open(tenant, { apiBase: tenant.apiBase, lang: LANG });
      expect(el.shadowRoot!.textContent).to.contain('⟦');
      expectFits(el);
    });
  }

  for (const state of DECLARATION_STATES) {
    it(`declaration: ${state.name}`, async () => {
      const tenant = await newTenant();
      const el = await state.open({ lang: LANG }, tenant.apiBase);
      expect(el.shadowRoot!.textContent).to.contain('⟦');
      expectFits(el);
    });
  }

  for (const state of LIST_STATES) {
    it(`list: ${state.name}`, async () => {
      const el = await state.open({ lang: LANG });
      expect(el.shadowRoot!.textContent).to.contain('⟦');
      expectFits(el);
    });
  }
});
