/**
 * Every catalogue against English, key for key: nothing missing or extra, every function gives text
 * for every sample (plural counts that pick each of Arabic's six forms included) and keeps the values
 * it is given, and nothing left in English except the terms each locale keeps on purpose.
 * A new locale joins with one line in LOCALES.
 */
import { expect } from '@open-wc/testing';
import { ar } from '../../src/i18n/ar.js';
import { de } from '../../src/i18n/de.js';
import { en, type Catalogue } from '../../src/i18n/en.js';
import { zhCN } from '../../src/i18n/zh-CN.js';

/** Terms every locale may leave as in English: names and codes, not words. */
const KEPT_EVERYWHERE = ['eSIM', 'eSIMs', 'ICCID'];

interface LocaleCase {
  code: string;
  catalogue: Catalogue;
  /** Words this language writes exactly as English does (German "Status"), on top of KEPT_EVERYWHERE. */
  kept?: string[];
}

const LOCALES: LocaleCase[] = [
  { code: 'zh-CN', catalogue: zhCN },
  { code: 'de', catalogue: de, kept: ['Status', 'Installation'] },
  { code: 'ar', catalogue: ar },
];

type FunctionKey = {
  [K in keyof Catalogue]: Catalogue[K] extends (...args: never[]) => string ? K : never;
}[keyof Catalogue];

/* Counts chosen so every CLDR plural form of the shipped languages comes up (Arabic: 0 zero, 1 one,
 * 2 two, 3 few, 11 many, 100 other); strings that must come back unchanged in the output. A new
 * function key without samples here does not compile. */
const COUNTS = [0, 1, 2, 3, 11, 100, 1002];
const SAMPLES: { [K in FunctionKey]: Parameters<Catalogue[K]>[] } = {
  errorRateLimited: [[], ...COUNTS.map((n) => [n] as [number])],
  supportEmailLink: [['help@example.com']],
  resetSent: [['me@example.com']],
  dataUsedOf: [['1.2 GB', '10 GB']],
  dataUsedUnlimited: [['1.2 GB']],
  dataUpdated: [['2h ago']],
  expiresIn: [['in 3 days']],
  validUntil: [['2026-12-31']],
  expiredOn: [['2026-12-31']],
  iccidEnding: [['1234']],
  esimLabel: [['Japan 10 GB', '1234']],
  cancellationLine: [['C-1042', 'Under review']],
  decisionBy: [['2026-12-31']],
  flowProgress: [
    [1, 4],
    [3, 4],
  ],
  effectiveAfterReview: [[], ...COUNTS.map((n) => [n] as [number])],
  refundToCard: [['€12.50']],
  refundAsCredit: [['€12.50']],
  warnDeadline: [[], ['2026-12-31']],
  noteCount: COUNTS.map((n) => [n, 500] as [number, number]),
  problemNoteLong: [[500]],
  confirmDigitsHint: [['•••• 1234']],
  submitInstant: [['1234']],
  emailNotice: [['me@example.com']],
  statusNow: [['Under review']],
  listCount: COUNTS.flatMap((n) => [
    [n, n, false],
    [n, n, true],
    [Math.max(0, n - 1), n, false],
  ]) as [number, number, boolean][],
  listLoaded: COUNTS.map((n) => [n] as [number]),
  listCopyLabel: [['Japan 10 GB (ending 1234)']],
  listCopiedAnnounce: [['Japan 10 GB (ending 1234)']],
  listCancelLabel: [['Japan 10 GB (ending 1234)']],
};

/** Every leaf of a catalogue as [path, value]; nested groups (reasonLabels…) become `group.key`. */
function leaves(catalogue: object, prefix = ''): [string, unknown][] {
  return Object.entries(catalogue).flatMap(([key, value]): [string, unknown][] =>
    typeof value === 'object' && value !== null ? leaves(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value]],
  );
}

/** What is left of a text once the values passed in, numbers, punctuation and kept terms are gone. */
function untranslated(text: string, args: unknown[], kept: string[]): string {
  let rest = text;
  for (const arg of args) if (typeof arg === 'string') rest = rest.replaceAll(arg, ' ');
  return rest
    .split(/[^\p{L}]+/u)
    .filter((word) => word && !kept.includes(word))
    .join(' ');
}

describe('catalogues', () => {
  it('English has samples for every function key', () => {
    const functions = Object.entries(en)
      .filter(([, value]) => typeof value === 'function')
      .map(([key]) => key);
    expect(Object.keys(SAMPLES).sort()).to.deep.equal(functions.sort());
  });

  for (const { code, catalogue, kept = [] } of LOCALES) {
    describe(code, () => {
      const keptTerms = [...KEPT_EVERYWHERE, ...kept];

      it('has every key of English and no other', () => {
        expect(
          leaves(catalogue)
            .map(([path]) => path)
            .sort(),
        ).to.deep.equal(
          leaves(en)
            .map(([path]) => path)
            .sort(),
        );
      });

      it('has no string left in English but its kept terms', () => {
        const english = new Map(leaves(en));
        for (const [path, value] of leaves(catalogue)) {
          if (typeof value !== 'string') continue;
          expect(value.trim(), path).to.not.equal('');
          if (value === english.get(path)) expect(untranslated(value, [], keptTerms), `${path} is English`).to.equal('');
        }
      });

      it('gives translated text from every function, for every sample, keeping the values passed in', () => {
        for (const key of Object.keys(SAMPLES) as FunctionKey[]) {
          const fn = catalogue[key] as (...args: unknown[]) => unknown;
          const english = en[key] as (...args: unknown[]) => unknown;
          for (const args of SAMPLES[key] as unknown[][]) {
            const label = `${key}(${args.map((a) => JSON.stringify(a)).join(', ')})`;
            const text = fn(...args);
            expect(typeof text, label).to.equal('string');
            expect((text as string).trim(), label).to.not.equal('');
            expect(text, `${label}: a placeholder left in`).to.not.match(/\$\{|#|undefined|NaN/);
            for (const arg of args) if (typeof arg === 'string') expect(text, `${label} drops ${arg}`).to.contain(arg);
            if (text === english(...args)) expect(untranslated(text as string, args, keptTerms), `${label} is English`).to.equal('');
          }
        }
      });
    });
  }

  it('Arabic uses all six plural forms', () => {
    const forms = new Set([0, 1, 2, 3, 11, 100].map((n) => ar.listLoaded(n)));
    expect(forms.size).to.equal(6);
    expect(new Set([0, 1, 2, 3, 11, 100].map((n) => new Intl.PluralRules('ar').select(n)))).to.have.property('size', 6);
  });

  it('English plurals read as before', () => {
    expect(en.listCount(1, 1, false)).to.equal('1 eSIM');
    expect(en.listCount(2, 2, true)).to.equal('2 eSIMs loaded, more available');
    expect(en.listCount(1, 1, true)).to.equal('1 eSIM loaded, more available');
    expect(en.listCount(1, 3, false)).to.equal('1 of 3 loaded eSIMs match');
    expect(en.listCount(0, 1, false)).to.equal('0 of 1 loaded eSIM matches');
    expect(en.listCount(1200, 1200, false)).to.equal('1,200 eSIMs');
    expect(en.listLoaded(1)).to.equal('1 more eSIM loaded');
    expect(en.listLoaded(50)).to.equal('50 more eSIMs loaded');
    expect(en.errorRateLimited(1)).to.equal('Too many requests. Please try again in 1 second.');
    expect(en.errorRateLimited(5)).to.equal('Too many requests. Please try again in 5 seconds.');
    expect(en.effectiveAfterReview(1)).to.equal('After our review (up to 1 business day)');
    expect(en.effectiveAfterReview(3)).to.equal('After our review (up to 3 business days)');
  });
});
