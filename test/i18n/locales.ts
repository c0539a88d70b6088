/**
 * The shipped locales, for every i18n test (catalogues.test.ts, rendered.test.ts): one line each.
 * A new locale joins the tests with one line here.
 */
import type { Catalogue } from '../../src/i18n/en.js';
import { ar } from '../../src/i18n/ar.js';
import { de } from '../../src/i18n/de.js';
import { es } from '../../src/i18n/es.js';
import { fr } from '../../src/i18n/fr.js';
import { id } from '../../src/i18n/id.js';
import { ja } from '../../src/i18n/ja.js';
import { ko } from '../../src/i18n/ko.js';
import { ptBR } from '../../src/i18n/pt-BR.js';
import { th } from '../../src/i18n/th.js';
import { vi } from '../../src/i18n/vi.js';
import { zhCN } from '../../src/i18n/zh-CN.js';
import { zhTW } from '../../src/i18n/zh-TW.js';

export interface TestLocale {
  code: string;
  catalogue: Catalogue;
  dir?: 'rtl';
  /**
   * Strings this locale writes exactly as English does, by key (`group.key` inside a group), with the
   * value: words the language shares or borrows (German "Status"). Anything else equal to English
   * fails. `labelEsim: 'eSIM'` and `labelIccid: 'ICCID'` are kept everywhere.
   */
  kept?: Record<string, string>;
  /**
   * Rendered in every state of both elements (buttons checked in each). The other locales render
   * the main states only, to keep the suite's runtime down on a 2-core machine.
   */
  everyState?: true;
}

/** Every shipped locale but English, the reference. */
export const LOCALES: readonly TestLocale[] = [
  { code: 'zh-CN', catalogue: zhCN, everyState: true },
  { code: 'zh-TW', catalogue: zhTW },
  { code: 'ja', catalogue: ja },
  { code: 'ko', catalogue: ko },
  { code: 'th', catalogue: th },
  { code: 'vi', catalogue: vi },
  // Indonesian apps label a status "Status".
  { code: 'id', catalogue: id, kept: { labelStatus: 'Status' } },
  { code: 'es', catalogue: es },
  { code: 'fr', catalogue: fr, kept: { statusActive: 'Active', labelInstall: 'Installation', declDate: 'Date' } },
  { code: 'de', catalogue: de, kept: { labelStatus: 'Status', labelInstall: 'Installation' }, everyState: true },
  { code: 'pt-BR', catalogue: ptBR },
  { code: 'ar', catalogue: ar, dir: 'rtl', everyState: true },
];

/** Kept as in English by every locale: product names and codes, not words. */
export const KEPT_EVERYWHERE: Readonly<Record<string, string>> = { labelEsim: 'eSIM', labelIccid: 'ICCID', declIccid: 'ICCID' };
