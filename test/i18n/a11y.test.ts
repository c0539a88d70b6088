/**
 * axe on every state of `<esim-list>` (its dialog with the flow included) in German and in Arabic
 * right to left, in both themes. The flow's states in every locale are in
 * test/elements/esim-cancel-flow/esim-cancel-flow.a11y.test.ts.
 */
import { expect } from '@open-wc/testing';
import { setVisibility } from '../elements/esim-cancel-flow/helpers.js';
import { LIST_STATES } from '../elements/esim-list/states.js';

const VARIANTS = [{ lang: 'de' }, { lang: 'ar', dir: 'rtl' }] as const;

describe('esim-list accessibility in de and ar', () => {
  before(() => setVisibility('visible'));
  after(() => setVisibility(null));

  for (const variant of VARIANTS) {
    for (const theme of ['light', 'dark'] as const) {
      describe(`${variant.lang}, ${theme}`, () => {
        for (const state of LIST_STATES) {
          it(state.name, async () => {
            const el = await state.open({ ...variant, theme });
            expect(el.lang).to.equal(variant.lang);
            await expect(el).to.be.accessible();
          });
        }
      });
    }
  }
});
