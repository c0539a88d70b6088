/**
 * axe on every state of `<esim-cancel-declaration>` (form, form with errors, a failed send whose
 * outcome is unknown, the receipt; cancellation and withdrawal) in en, de (the legal wording) and ar
 * (right to left), light and dark.
 */
import { expect } from '@open-wc/testing';
import { ar } from '../../../src/i18n/ar.js';
import { de } from '../../../src/i18n/de.js';
import { en, type Catalogue } from '../../../src/i18n/en.js';
import { newTenant } from '../../helpers/tenant.js';
import { $ } from './helpers.js';
import { DECLARATION_STATES } from './states.js';

const LOCALES: [lang: string, catalogue: Catalogue, dir?: 'rtl'][] = [
  ['en', en],
  ['de', de],
  ['ar', ar, 'rtl'],
];

describe('esim-cancel-declaration accessibility', () => {
  for (const [lang, t, dir] of LOCALES) {
    for (const theme of ['light', 'dark'] as const) {
      describe(`${lang}, ${theme}`, () => {
        for (const state of DECLARATION_STATES) {
          it(state.name, async () => {
            const tenant = await newTenant();
            const el = await state.open({ lang, dir, theme }, tenant.apiBase);
            await expect(el).to.be.accessible();
            expect($(el, 'h2').textContent!.trim()).to.not.equal('');
            // The one button says what it does, in the customer's language.
            const button = el.shadowRoot!.querySelector('[part~="submit-button"]');
            if (button && state.name.endsWith('form')) {
              expect(button.textContent!.trim()).to.equal(state.name.startsWith('withdrawal') ? t.declWithdrawNow : t.declCancelNow);
            }
          });
        }
      });
    }
  }

  it('German: "Jetzt kündigen" and "Widerruf bestätigen", as the law words them', () => {
    expect(de.declCancelNow).to.equal('Jetzt kündigen');
    expect(de.declWithdrawNow).to.equal('Widerruf bestätigen');
  });
});
