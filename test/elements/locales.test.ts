/**
 * Each translated locale, rendered: `<esim-list>` and `<esim-cancel-flow>` with `lang` set show the
 * locale's catalogue (not English) on their buttons and headings, accessible names still start with
 * the visible text, and axe finds nothing.
 */
import { expect } from '@open-wc/testing';
import { en, type Catalogue } from '../../src/i18n/en.js';
import { ja } from '../../src/i18n/ja.js';
import { ptBR } from '../../src/i18n/pt-BR.js';
import { fr } from '../../src/i18n/fr.js';
import { es } from '../../src/i18n/es.js';
import { id } from '../../src/i18n/id.js';
import { vi } from '../../src/i18n/vi.js';
import { th } from '../../src/i18n/th.js';
import { zhTW } from '../../src/i18n/zh-TW.js';
import { ko } from '../../src/i18n/ko.js';
import { newTenant } from '../helpers/tenant.js';
import * as flow from './esim-cancel-flow/helpers.js';
import * as list from './esim-list/helpers.js';

const LOCALES: Record<string, Catalogue> = {
  ja,
  'pt-BR': ptBR,
  fr,
  es,
  id,
  vi,
  th,
  'zh-TW': zhTW,
  ko,
};

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

describe('translated locales, rendered', () => {
  before(() => flow.setVisibility('visible'));
  after(() => flow.setVisibility(null));

  for (const [lang, t] of Object.entries(LOCALES)) {
    describe(lang, () => {
      it('esim-list: buttons, labels and count in the catalogue, accessible', async () => {
        const tenant = await newTenant();
        const { el } = await list.mount({ apiBase: tenant.apiBase, lang });
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
        const { el } = await flow.mount({ apiBase: tenant.apiBase, lang });
        await flow.stepIs(el, 'select');
        expect(flow.part(el, 'base').getAttribute('aria-label')).to.equal(t.flowLabel);
        expect(squash(flow.part(el, 'heading').textContent)).to.equal(squash(t.selectTitle));
        expect(squash(flow.part(el, 'progress').textContent)).to.match(/\d/).and.not.match(/Step/);
        expect(squash(flow.part(el, 'next-button').textContent)).to.equal(t.flowNext);
        expect(t.flowNext).to.not.equal(en.flowNext);
        expect(squash(flow.part(el, 'close-button').textContent)).to.equal(t.flowKeep);
        await expect(el).to.be.accessible();
      });

      it('esim-cancel-flow, review with warnings, then reason: in the catalogue, accessible', async () => {
        const tenant = await newTenant();
        const { el } = await flow.mount({ apiBase: tenant.apiBase, lang, esimId: 'esim-it-06' });
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
        const { el } = await flow.mount({ apiBase: tenant.apiBase, lang, cancellationId: id });
        await flow.stepIs(el, 'pending');
        expect(squash(flow.part(el, 'heading').textContent)).to.equal(squash(t.pendingTitle));
        expect(squash(flow.part(el, 'withdraw-button').textContent)).to.equal(squash(t.withdraw));
        expect(squash(flow.part(el, 'check-button').textContent)).to.equal(squash(t.checkStatus));
        expect(flow.text(el)).to.contain(t.labelReference).and.not.contain(en.labelReference);
        await expect(el).to.be.accessible();
      });
    });
  }
});
