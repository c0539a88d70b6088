import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { en, type Catalogue } from '../../src/i18n/en.js';
import { zhCN } from '../../src/i18n/zh-CN.js';
import { LocalizeController, registerLocale, resolveLocale } from '../../src/internal/localize.js';

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
