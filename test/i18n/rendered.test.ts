/**
 * Every shipped locale (./locales.ts), rendered: `<esim-list>` and `<esim-cancel-flow>` with `lang`
 * (and `dir`) set show the locale's catalogue, not English, on their buttons, headings, labels and
 * count; accessible names still start with the visible text; axe finds nothing. The locales marked
 * `everyState` (zh-CN, de, ar) are also walked through every state of both elements, where no button
 * or link may say an English string ("Continue", "Back", "Done", "Try again", "Cancel", "Save",
 * "Print"…) and every button text of the catalogue must turn up. (axe on every state in de and ar:
 * a11y.test.ts and the flow's a11y test.)
 */
import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/en.js';
import * as flow from '../elements/esim-cancel-flow/helpers.js';
import { STATES as FLOW_STATES } from '../elements/esim-cancel-flow/states.js';
import * as list from '../elements/esim-list/helpers.js';
import { LIST_STATES } from '../elements/esim-list/states.js';
import { newTenant } from '../helpers/tenant.js';
import { LOCALES } from './locales.js';

/** Every string English has, flat: a button showing one of these is untranslated. */
const ENGLISH = new Set(
  (function flat(values: unknown[]): string[] {
    return values.flatMap((v) => (typeof v === 'string' ? [v] : typeof v === 'object' && v ? flat(Object.values(v)) : []));
  })(Object.values(en)),
);
const KEPT = new Set(['eSIM', 'ICCID']);

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The text of every button and link in an element's shadow root, and in the shadow roots inside it. */
function controls(root: ShadowRoot): string[] {
  const found = [...root.querySelectorAll('button, a[href]')].map((node) => squash(node.textContent));
  for (const inner of root.querySelectorAll('*')) if (inner.shadowRoot) found.push(...controls(inner.shadowRoot));
  return found.filter(Boolean);
}

describe('every locale, rendered', () => {
  before(() => flow.setVisibility('visible'));
  after(() => flow.setVisibility(null));

  for (const { code: lang, catalogue: t, dir, everyState } of LOCALES) {
    describe(lang, () => {
      it('esim-list: buttons, labels and count in the catalogue, accessible', async () => {
        const tenant = await newTenant();
        const { el } = await list.mount({ apiBase: tenant.apiBase, lang });
        if (dir) el.dir = dir;
        await list.untilRows(el);
        const cancel = list.$(el, '[part~="cancel-button"]')!;
        expect(squash(cancel.textContent)).to.equal(t.listCancel);
        expect(t.listCancel).to.not.equal(en.listCancel);
        expect(cancel.getAttribute('aria-label')!.startsWith(t.listCancel), 'cancel name starts with its text').to.equal(true);
        const copy = list.$(el, '[part~="copy-button"]')!;
        expect(squash(copy.textContent)).to.equal(t.listCopy);
        expect(copy.getAttribute('aria-label')!.startsWith(t.listCopy), 'copy name starts with its text').to.equal(true);
        expect(squash(list.$(el, 'label[for="search"]')!.textContent)).to.equal(squash(t.listSearchLabel));
        expect(squash(list.$(el, '[part="filter"] option')!.textContent)).to.equal(t.listFilterAll);
        const count = squash(list.$(el, '[part="count"]')!.textContent);
        const n = list.rows(el).length;
        expect([t.listCount(n, n, false), t.listCount(n, n, true)]).to.include(count);
        await expect(el).to.be.accessible();
      });

      it('esim-cancel-flow, select: heading, progress and buttons in the catalogue, accessible', async () => {
        const tenant = await newTenant();
        const { el } = await flow.mount({ apiBase: tenant.apiBase, lang, dir });
        await flow.stepIs(el, 'select');
        expect(flow.part(el, 'base').getAttribute('aria-label')).to.equal(t.flowLabel);
        expect(squash(flow.part(el, 'heading').textContent)).to.equal(squash(t.selectTitle));
        expect(squash(flow.part(el, 'progress').textContent))
          .to.match(/\p{Nd}/u)
          .and.not.match(/Step/);
        expect(squash(flow.part(el, 'next-button').textContent)).to.equal(t.flowNext);
        expect(t.flowNext).to.not.equal(en.flowNext);
        expect(squash(flow.part(el, 'close-button').textContent)).to.equal(t.flowKeep);
        await expect(el).to.be.accessible();
      });

      it('esim-cancel-flow, review with warnings, then reason: in the catalogue, accessible', async () => {
        const tenant = await newTenant();
        const { el } = await flow.mount({ apiBase: tenant.apiBase, lang, dir, esimId: 'esim-it-06' });
        await flow.stepIs(el, 'review');
        expect(squash(flow.part(el, 'heading').textContent)).to.equal(squash(t.reviewTitle));
        expect(flow.text(el)).to.contain(t.labelRefund).and.not.contain(en.labelRefund);
        await expect(el).to.be.accessible();
        await flow.next(el);
        await flow.stepIs(el, 'reason');
        expect(squash(flow.part(el, 'heading').textContent)).to.equal(squash(t.reasonTitle));
        expect(flow.text(el)).to.contain(t.reasonLabels.changed_device);
        expect(squash(flow.part(el, 'back-button').textContent)).to.equal(t.flowBack);
        await expect(el).to.be.accessible();
      });

      it('esim-cancel-flow, pending: withdraw and check-status buttons in the catalogue, accessible', async () => {
        const tenant = await newTenant();
        const { id } = await flow.createCancellation(tenant.apiBase, 'esim-eu-04');
        const { el } = await flow.mount({ apiBase: tenant.apiBase, lang, dir, cancellationId: id });
        await flow.stepIs(el, 'pending');
        expect(squash(flow.part(el, 'heading').textContent)).to.equal(squash(t.pendingTitle));
        expect(squash(flow.part(el, 'withdraw-button').textContent)).to.equal(squash(t.withdraw));
        expect(squash(flow.part(el, 'check-button').textContent)).to.equal(squash(t.checkStatus));
        expect(flow.text(el)).to.contain(t.labelReference).and.not.contain(en.labelReference);
        await expect(el).to.be.accessible();
      });

      if (!everyState) return;

      describe('every state: no English on a button or link', () => {
        const seen = new Set<string>();

        for (const state of FLOW_STATES) {
          it(`flow: ${state.name}`, async () => {
            const tenant = await newTenant(state.reset);
            const el = await state.open(tenant, { apiBase: tenant.apiBase, lang, dir });
            for (const text of controls(el.shadowRoot!)) {
              seen.add(text);
              expect(ENGLISH.has(text) && !KEPT.has(text), `"${text}" is English`).to.equal(false);
            }
          });
        }

        for (const state of LIST_STATES) {
          it(`list: ${state.name}`, async () => {
            const el = await state.open({ lang, dir });
            for (const text of controls(el.shadowRoot!)) {
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
    });
  }
});
