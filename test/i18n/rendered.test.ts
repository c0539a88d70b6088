/**
 * What the customer reads on the buttons, rendered: in every state of both elements, in each locale
 * below, every button and link says the locale's catalogue text, never English ("Continue", "Back",
 * "Done", "Try again", "Cancel", "Save", "Print"…).
 */
import { expect } from '@open-wc/testing';
import { ar } from '../../src/i18n/ar.js';
import { de } from '../../src/i18n/de.js';
import { en, type Catalogue } from '../../src/i18n/en.js';
import { zhCN } from '../../src/i18n/zh-CN.js';
import { setVisibility } from '../elements/esim-cancel-flow/helpers.js';
import { STATES as FLOW_STATES } from '../elements/esim-cancel-flow/states.js';
import { LIST_STATES } from '../elements/esim-list/states.js';
import { newTenant } from '../helpers/tenant.js';

const LOCALES: [lang: string, catalogue: Catalogue, dir?: 'rtl'][] = [
  ['zh-CN', zhCN],
  ['de', de],
  ['ar', ar, 'rtl'],
];

/** Every string English has, flat: a button showing one of these is untranslated. */
const ENGLISH = new Set(
  (function flat(values: unknown[]): string[] {
    return values.flatMap((v) => (typeof v === 'string' ? [v] : typeof v === 'object' && v ? flat(Object.values(v)) : []));
  })(Object.values(en)),
);
const KEPT = new Set(['eSIM', 'ICCID']);

/** The text of every button and link in an element's shadow root, and in the shadow roots inside it. */
function controls(root: ShadowRoot): string[] {
  const found = [...root.querySelectorAll('button, a[href]')].map((node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim());
  for (const inner of root.querySelectorAll('*')) if (inner.shadowRoot) found.push(...controls(inner.shadowRoot));
  return found.filter(Boolean);
}

describe('rendered controls are translated', () => {
  before(() => setVisibility('visible'));
  after(() => setVisibility(null));

  for (const [lang, t, dir] of LOCALES) {
    describe(lang, () => {
      const seen = new Set<string>();

      for (const state of FLOW_STATES) {
        it(`flow: ${state.name}`, async () => {
          const tenant = await newTenant(state.reset);
          const el = await state.open(tenant, { apiBase: tenant.apiBase, lang, dir });
          const texts = controls(el.shadowRoot!);
          for (const text of texts) {
            seen.add(text);
            expect(ENGLISH.has(text) && !KEPT.has(text), `"${text}" is English`).to.equal(false);
          }
        });
      }

      for (const state of LIST_STATES) {
        it(`list: ${state.name}`, async () => {
          const el = await state.open({ lang, dir });
          const texts = controls(el.shadowRoot!);
          for (const text of texts) {
            seen.add(text);
            expect(ENGLISH.has(text) && !KEPT.has(text), `"${text}" is English`).to.equal(false);
          }
        });
      }

      it("shows the catalogue's button texts", () => {
        const expected = [
          t.flowNext,
          t.flowBack,
          t.flowKeep,
          t.flowDone,
          t.retry,
          t.print,
          t.save,
          t.copyReference,
          t.checkStatus,
          t.withdrawYes,
          t.withdrawNo,
          t.signInButton,
          t.listCancel,
          t.listCopy,
          t.listClearFilters,
          t.listLoadMore,
          t.listKeepEditing,
          t.listDiscard,
        ];
        for (const text of expected) expect([...seen], `"${text}" on a button`).to.include(text);
      });
    });
  }
});
