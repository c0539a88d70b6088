import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { en, type Catalogue } from '../../src/i18n/en.js';
import { zhCN } from '../../src/i18n/zh-CN.js';
import { resolveLocale as resolveAmong, SHIPPED_LOCALES } from '../../src/i18n/locales.js';
import { catalogueFor, LocalizeController, registerLocale, resolveLocale } from '../../src/internal/localize.js';

/** Every locale planned (issue 14): the table must send each tag to the right one once they ship. */
const PLANNED = ['en', 'zh-CN', 'id', 'ja', 'ko', 'th', 'vi', 'es', 'fr', 'de', 'pt-BR', 'zh-TW', 'ar'];

class LocalizeProbe extends LitElement {
  strings?: Partial<Catalogue>;
  readonly localize = new LocalizeController(this);
  override render() {
    return html`<p>${this.localize.t.retry}</p>`;
  }
}
customElements.define('localize-probe', LocalizeProbe);

function text(el: LocalizeProbe): string {
  return el.shadowRoot!.querySelector('p')!.textContent!;
}

describe('localize', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  // First in this file: zh-CN is fetched once per page.
  it('fetches a shipped locale on demand and shows no English while it comes', async () => {
    expect(catalogueFor('zh-CN'), 'zh-CN loaded before anyone asked').to.equal(undefined);
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="zh-CN"><localize-probe></localize-probe></div>`);
    const probe = wrapper.querySelector<LocalizeProbe>('localize-probe')!;
    expect(probe.localize.loaded).to.equal(false);
    expect(text(probe)).to.equal('');
    await probe.localize.ready();
    await probe.updateComplete;
    expect(probe.localize.loaded).to.equal(true);
    expect(text(probe)).to.equal(zhCN.retry);
  });

  it('resolves every tag to the shipped locale that reads right for it (the planned table)', () => {
    const cases: Record<string, string> = {
      en: 'en',
      'en-GB': 'en',
      EN_us: 'en',
      '': 'en',
      xx: 'en',
      'tlh-Latn': 'en',
      iw: 'en',
      zh: 'zh-CN',
      'zh-CN': 'zh-CN',
      'zh-Hans': 'zh-CN',
      'zh-Hans-CN': 'zh-CN',
      'zh-SG': 'zh-CN',
      ZH_cn: 'zh-CN',
      'zh-Hans-HK': 'zh-CN',
      'zh-TW': 'zh-TW',
      'zh-Hant': 'zh-TW',
      'zh-HK': 'zh-TW',
      'zh-MO': 'zh-TW',
      'zh-Hant-HK': 'zh-TW',
      'zh-Hant-CN': 'zh-TW',
      'zh-yue-HK': 'zh-TW',
      pt: 'pt-BR',
      'pt-PT': 'pt-BR',
      'pt-BR': 'pt-BR',
      'pt-AO': 'pt-BR',
      in: 'id',
      id: 'id',
      'id-ID': 'id',
      'in-ID': 'id',
      'de-AT': 'de',
      'de-CH': 'de',
      'es-MX': 'es',
      'es-419': 'es',
      'fr-CA': 'fr',
      'ar-EG': 'ar',
      'ja-JP': 'ja',
      'ko-KR': 'ko',
      'th-TH': 'th',
      'vi-VN': 'vi',
    };
    for (const [tag, locale] of Object.entries(cases)) expect(resolveAmong(tag, PLANNED), tag).to.equal(locale);
  });

  it('falls back within what ships today: Traditional Chinese reads Simplified before English', () => {
    expect(SHIPPED_LOCALES).to.include.members(['en', 'zh-CN']);
    expect(resolveAmong('zh-Hant', ['en', 'zh-CN'])).to.equal('zh-CN');
    expect(resolveAmong('pt-PT', ['en', 'zh-CN'])).to.equal('en');
    expect(resolveAmong('de-AT', ['en'])).to.equal('en');
    // A registered regional variant wins over its language.
    expect(resolveAmong('fr-CA', ['en', 'fr', 'fr-CA'])).to.equal('fr-CA');
    expect(resolveAmong('fr-BE', ['en', 'fr', 'fr-CA'])).to.equal('fr');
  });

  it('registerLocale works for a locale we do not ship and replaces one we do', async () => {
    const probe = await fixture<LocalizeProbe>(html`<localize-probe lang="zh-Hant-TW"></localize-probe>`);
    registerLocale('zh-TW', { ...zhCN, retry: '重試' });
    await probe.updateComplete;
    expect(probe.localize.locale).to.equal('zh-TW');
    expect(text(probe)).to.equal('重試');
    probe.lang = 'zh-CN';
    registerLocale('zh-CN', { ...zhCN, retry: '再试一次吧' });
    await probe.updateComplete;
    expect(text(probe)).to.equal('再试一次吧');
    registerLocale('zh-CN', zhCN);
  });

  it('resolves locale fallbacks', () => {
    expect(resolveLocale('en')).to.equal('en');
    expect(resolveLocale('en-GB')).to.equal('en');
    expect(resolveLocale('zh-CN')).to.equal('zh-CN');
    expect(resolveLocale('zh-Hans-CN')).to.equal('zh-CN');
    expect(resolveLocale('zh')).to.equal('zh-CN');
    expect(resolveLocale('ZH_cn')).to.equal('zh-CN');
    expect(resolveLocale('nl-NL')).to.equal('en');
    expect(resolveLocale('fr-FR')).to.equal('fr');
    expect(resolveLocale('')).to.equal('en');
  });

  it('uses the element lang, then the nearest ancestor, then <html lang>', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="zh-CN"><localize-probe></localize-probe></div>`);
    const probe = wrapper.querySelector<LocalizeProbe>('localize-probe')!;
    expect(probe.localize.locale).to.equal('zh-CN');
    await probe.localize.ready();
    await probe.updateComplete;
    expect(text(probe)).to.equal(zhCN.retry);

    probe.setAttribute('lang', 'en');
    expect(probe.localize.locale).to.equal('en');

    const bare = await fixture<LocalizeProbe>(html`<localize-probe></localize-probe>`);
    document.documentElement.setAttribute('lang', 'zh-Hans-CN');
    await bare.updateComplete;
    await new Promise((r) => setTimeout(r));
    await bare.updateComplete;
    expect(text(bare)).to.equal(zhCN.retry);
    expect(bare.localize.intlLocale).to.equal('zh-Hans-CN');
  });

  it('finds lang through shadow roots', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="zh-CN"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const probe = document.createElement('localize-probe') as LocalizeProbe;
    root.append(probe);
    await probe.updateComplete;
    expect(probe.localize.locale).to.equal('zh-CN');
  });

  it('lets the host override any string', async () => {
    const probe = await fixture<LocalizeProbe>(html`<localize-probe lang="en"></localize-probe>`);
    probe.strings = { retry: 'Have another go' };
    probe.requestUpdate();
    await probe.updateComplete;
    expect(text(probe)).to.equal('Have another go');
  });

  it('takes new locales at run time', async () => {
    const probe = await fixture<LocalizeProbe>(html`<localize-probe lang="nl"></localize-probe>`);
    expect(text(probe)).to.equal(en.retry);
    registerLocale('nl', { ...en, retry: 'Opnieuw proberen' });
    await probe.updateComplete;
    expect(text(probe)).to.equal('Opnieuw proberen');
    expect(resolveLocale('nl-BE')).to.equal('nl');
  });
});
