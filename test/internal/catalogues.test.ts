/**
 * Every shipped catalogue is complete and translated: every key of the English one, every function
 * returning a full sentence for sample arguments (each argument in it, numbers formatted for the
 * locale, no `#` left), plural forms chosen by the locale's rules, accessible names that start with
 * the visible text, and nothing left in English but the terms listed in KEPT. (zh-CN has its own,
 * older check in localize.test.ts.)
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

/** Values a locale may share with English, by key: product terms, and words the language borrows. */
const KEPT_EVERYWHERE: Partial<Record<string, string>> = { labelEsim: 'eSIM', labelIccid: 'ICCID' };
const KEPT: Record<string, Partial<Record<string, string>>> = {
  // Indonesian apps label a status "Status", and show it as "Status: …".
  id: { labelStatus: 'Status' },
  // The same word in French.
  fr: { statusActive: 'Active', labelInstall: 'Installation' },
};

type Fn = (...args: unknown[]) => string;

/** Sample arguments for every function key: each branch of every function is called. */
const SAMPLES: Record<string, unknown[][]> = {
  errorRateLimited: [[], [1], [2], [30]],
  supportEmailLink: [['help@example.com']],
  resetSent: [['me@example.com']],
  dataUsedOf: [['1.2 GB', '10 GB']],
  dataUsedUnlimited: [['1.2 GB']],
  dataUpdated: [['<ago>']],
  expiresIn: [['<when>']],
  validUntil: [['<date>']],
  expiredOn: [['<date>']],
  iccidEnding: [['1234']],
  esimLabel: [['Japan 10 GB', '1234']],
  cancellationLine: [['C-1042', '<status>']],
  decisionBy: [['<date>']],
  flowProgress: [
    [1, 4],
    [4, 4],
  ],
  effectiveAfterReview: [[], [1], [2], [10]],
  refundToCard: [['<amount>']],
  refundAsCredit: [['<amount>']],
  warnDeadline: [[], ['<date>']],
  noteCount: [
    [0, 500],
    [1, 500],
    [1234, 2000],
  ],
  problemNoteLong: [[1], [2], [1000]],
  confirmDigitsHint: [['•••• 1234']],
  submitInstant: [['1234']],
  emailNotice: [['me@example.com']],
  statusNow: [['<status>']],
  listCount: [
    [2, 5, false],
    [1, 5, true],
    [1, 1, true],
    [5, 5, true],
    [1, 1, false],
    [1200, 1200, false],
  ],
  listLoaded: [[1], [2], [1200]],
  listCopyLabel: [['<esim>']],
  listCopiedAnnounce: [['<esim>']],
  listCancelLabel: [['<esim>']],
};

/** Keys whose English sentence takes a plural form; a locale with several forms must vary too. */
const PLURAL_KEYS: { key: keyof Catalogue; one: unknown[]; other: unknown[] }[] = [
  { key: 'errorRateLimited', one: [1], other: [2] },
  { key: 'effectiveAfterReview', one: [1], other: [2] },
  { key: 'problemNoteLong', one: [1], other: [2] },
  { key: 'listLoaded', one: [1], other: [2] },
];

const words = (s: string) => s.replace(/[\d\s.,\u00a0\u202f]+/g, ' ').trim();

for (const [code, catalogue] of Object.entries(LOCALES)) {
  describe(`catalogue ${code}`, () => {
    const keys = Object.keys(en) as (keyof Catalogue)[];
    const kept = { ...KEPT_EVERYWHERE, ...KEPT[code] };
    const number = new Intl.NumberFormat(code);

    it('has every key of the English catalogue and no other', () => {
      expect(Object.keys(catalogue).sort()).to.deep.equal([...keys].sort());
      for (const key of ['reasonLabels', 'problemRequired'] as const) {
        expect(Object.keys(catalogue[key]).sort(), key).to.deep.equal(Object.keys(en[key]).sort());
      }
    });

    it('translates every string (nothing left in English but the kept terms)', () => {
      const english: string[] = [];
      const check = (path: string, value: unknown, original: unknown): void => {
        if (typeof value === 'object' && value) {
          for (const [k, v] of Object.entries(value)) check(`${path}.${k}`, v, (original as Record<string, unknown>)[k]);
          return;
        }
        if (typeof value === 'function') return;
        expect(value, path).to.be.a('string');
        expect((value as string).trim(), path).to.not.equal('');
        expect(value, `${path} contains a plural marker`).to.not.contain('#');
        if (kept[path] !== undefined) expect(value, path).to.equal(kept[path]);
        else if (value === original) english.push(`${path}: ${value}`);
      };
      for (const key of keys) check(key, catalogue[key], en[key]);
      expect(english, 'still English').to.deep.equal([]);
    });

    it('fills every function for sample arguments, with each argument in the sentence', () => {
      for (const key of keys) {
        if (typeof en[key] !== 'function') continue;
        const samples = SAMPLES[key];
        expect(samples, `sample arguments for ${key}`).to.be.an('array');
        for (const args of samples!) {
          const out = (catalogue[key] as Fn)(...args);
          const label = `${key}(${args.map((a) => JSON.stringify(a)).join(', ')})`;
          expect(out, label).to.be.a('string');
          expect(out.trim(), label).to.not.equal('');
          expect(out, label).to.not.match(/#|undefined|NaN|\[object|\$\{/);
          expect(out, `${label} is still English`).to.not.equal((en[key] as Fn)(...args));
          for (const arg of args) {
            if (typeof arg === 'string') expect(out, label).to.contain(arg);
            if (typeof arg === 'number') expect(out, label).to.contain(number.format(arg));
          }
        }
      }
    });

    it('chooses plural forms by the locale’s rules', () => {
      const rules = new Intl.PluralRules(code);
      for (const { key, one, other } of PLURAL_KEYS) {
        const f = catalogue[key] as Fn;
        const differs = rules.select(one[0] as number) !== rules.select(other[0] as number);
        if (differs) expect(words(f(...one)), key).to.not.equal(words(f(...other)));
        else expect(words(f(...one)), key).to.equal(words(f(...other)));
      }
    });

    it('starts each accessible name with its visible text', () => {
      expect(catalogue.listCopyLabel('<esim>').startsWith(catalogue.listCopy)).to.equal(true);
      expect(catalogue.listCancelLabel('<esim>').startsWith(catalogue.listCancel)).to.equal(true);
    });
  });
}
