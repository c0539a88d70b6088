/**
 * Every shipped catalogue against English, key for key (the locales are in ./locales.ts, one line
 * each): every key and no other; nothing left in English but the locale's kept list; every function
 * gives a full sentence for every sample (counts that pick every plural form, Arabic's six included),
 * with each value passed in and each number formatted for the locale, no `#`, `undefined` or `NaN`;
 * plural forms chosen by `Intl.PluralRules`; accessible names that start with the visible text; and
 * English's own plurals as they were.
 */
import { expect } from '@open-wc/testing';
import { ar } from '../../src/i18n/ar.js';
import { en, type Catalogue } from '../../src/i18n/en.js';
import { KEPT_EVERYWHERE, LOCALES } from './locales.js';

type FunctionKey = {
  [K in keyof Catalogue]: Catalogue[K] extends (...args: never[]) => string ? K : never;
}[keyof Catalogue];

type Fn = (...args: unknown[]) => string;

/* Counts chosen so every CLDR plural form of the shipped languages comes up (Arabic: 0 zero, 1 one,
 * 2 two, 3 few, 11 many, 100 other; 1002 and 1200 need grouping); strings that must come back
 * unchanged in the output. A new function key without samples here does not compile. */
const COUNTS = [0, 1, 2, 3, 11, 100, 1002, 1200];
const counts = COUNTS.map((n) => [n] as [number]);
const SAMPLES: { [K in FunctionKey]: Parameters<Catalogue[K]>[] } = {
  errorRateLimited: [[], ...counts],
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
    [4, 4],
  ],
  effectiveAfterReview: [[], ...counts],
  refundToCard: [['€12.50']],
  refundAsCredit: [['€12.50']],
  warnDeadline: [[], ['2026-12-31']],
  noteCount: [...COUNTS.map((n) => [n, 500] as [number, number]), [1234, 2000]],
  problemNoteLong: counts,
  confirmDigitsHint: [['•••• 1234']],
  submitInstant: [['1234']],
  emailNotice: [['me@example.com']],
  statusNow: [['Under review']],
  listCount: COUNTS.flatMap((n) => [
    [n, n, false],
    [n, n, true],
    [Math.max(0, n - 1), n, false],
  ]) as [number, number, boolean][],
  listLoaded: counts,
  listSomeUnreadable: counts,
  listCopyLabel: [['Japan 10 GB (ending 1234)']],
  listCopiedAnnounce: [['Japan 10 GB (ending 1234)']],
  listCancelLabel: [['Japan 10 GB (ending 1234)']],
  listWithdrawUntil: [['2026-12-31']],
  reviewWithdrawable: [['2026-12-31']],
  declProblemLong: counts,
  declSentTo: [['me@example.com']],
  declMadeWith: [['Cancel now']],
  altSupportSubject: [['Japan 10 GB (ending 1234)']],
  altSupportBody: [['Japan 10 GB (ending 1234)', '8988303000123456789', 'No coverage']],
  altKeepText: [['2026-12-31']],
};

/** Keys whose sentence takes a plural form of its one number. */
const PLURAL_KEYS = ['errorRateLimited', 'effectiveAfterReview', 'problemNoteLong', 'listLoaded'] as const;

/** Every leaf of a catalogue as [path, value]; nested groups (reasonLabels…) become `group.key`. */
function leaves(catalogue: object, prefix = ''): [string, unknown][] {
  return Object.entries(catalogue).flatMap(([key, value]): [string, unknown][] =>
    typeof value === 'object' && value !== null ? leaves(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value]],
  );
}

/** A sentence without its digits (any script's), separators and spaces: what a plural form changes. */
const words = (s: string) => s.replace(/[\p{Nd}\s.,\u066b\u066c\u00a0\u202f]+/gu, ' ').trim();

describe('catalogues', () => {
  it('English has samples for every function key', () => {
    const functions = Object.entries(en)
      .filter(([, value]) => typeof value === 'function')
      .map(([key]) => key);
    expect(Object.keys(SAMPLES).sort()).to.deep.equal(functions.sort());
  });

  it('covers thirteen locales, English included, once each', () => {
    const codes = ['en', ...LOCALES.map(({ code }) => code)];
    expect(new Set(codes).size).to.equal(codes.length);
    expect(codes).to.include.members(['en', 'zh-CN', 'zh-TW', 'ja', 'ko', 'th', 'vi', 'id', 'es', 'fr', 'de', 'pt-BR', 'ar']);
  });

  for (const { code, catalogue, kept: own = {} } of LOCALES) {
    describe(code, () => {
      const kept: Record<string, string> = { ...KEPT_EVERYWHERE, ...own };
      const number = new Intl.NumberFormat(code);
      /** A sentence equal to English's may hold nothing but these (German "Status: …", "0 eSIMs"). */
      const keptWords = new Set(['eSIMs', ...Object.values(kept).flatMap((value) => value.split(/[^\p{L}]+/u))]);

      it('has every key of English and no other', () => {
        const paths = (c: object) =>
          leaves(c)
            .map(([path]) => path)
            .sort();
        expect(paths(catalogue)).to.deep.equal(paths(en));
      });

      it('has no string left in English but its kept list, and keeps that list as listed', () => {
        const english = new Map(leaves(en));
        const left: string[] = [];
        for (const [path, value] of leaves(catalogue)) {
          if (typeof value === 'function') continue;
          expect(value, path).to.be.a('string');
          expect((value as string).trim(), path).to.not.equal('');
          expect(value, `${path}: a placeholder left in`).to.not.match(/#|\$\{|undefined|NaN/);
          if (kept[path] !== undefined) expect(value, `${path} is kept`).to.equal(kept[path]);
          else if (value === english.get(path)) left.push(`${path}: ${value as string}`);
        }
        expect(left, 'still English').to.deep.equal([]);
      });

      it('fills every function for every sample: each value in it, numbers formatted for the locale, not English', () => {
        for (const key of Object.keys(SAMPLES) as FunctionKey[]) {
          const fn = catalogue[key] as Fn;
          for (const args of SAMPLES[key] as unknown[][]) {
            const label = `${key}(${args.map((a) => JSON.stringify(a)).join(', ')})`;
            const text = fn(...args);
            expect(text, label).to.be.a('string');
            expect(text.trim(), label).to.not.equal('');
            expect(text, `${label}: a placeholder left in`).to.not.match(/\$\{|#|undefined|NaN|\[object/);
            // What the locale wrote itself: the sentence without the values passed in.
            const own = args.reduce<string>((rest, a) => (typeof a === 'string' ? rest.replaceAll(a, ' ') : rest), text);
            if (text === (en[key] as Fn)(...args)) {
              const english = own.split(/[^\p{L}]+/u).filter((word) => word && !keptWords.has(word));
              expect(english, `${label} is still English`).to.deep.equal([]);
            }
            for (const arg of args) {
              if (typeof arg === 'string') expect(text, `${label} drops ${arg}`).to.contain(arg);
              // A plural form may word its number (Arabic's zero "now", a dual): digits, when written, are the locale's.
              if (typeof arg === 'number' && /\p{Nd}/u.test(own)) {
                expect(text, `${label} lacks ${number.format(arg)}`).to.contain(number.format(arg));
              }
            }
          }
        }
      });

      it('chooses plural forms by the locale’s rules (Intl.PluralRules)', () => {
        const rules = new Intl.PluralRules(code);
        let distinguishing = 0;
        for (const key of PLURAL_KEYS) {
          const f = catalogue[key] as Fn;
          // One sentence per plural category: counts of the same category read alike, bar the number.
          const byForm = new Map<string, string>();
          for (const n of COUNTS) {
            const form = rules.select(n);
            const text = words(f(n));
            if (byForm.has(form)) expect(text, `${key}(${n}) reads as the other "${form}" counts`).to.equal(byForm.get(form));
            else byForm.set(form, text);
          }
          if (byForm.has('one') && byForm.get('one') !== byForm.get('other')) distinguishing++;
        }
        // A word may read alike in several forms (German "1 Zeichen", "2 Zeichen"), but a locale that
        // has a singular shows it somewhere. (Arabic's six: the test below.)
        if (rules.resolvedOptions().pluralCategories.includes('one'))
          expect(distinguishing, 'no sentence tells one from other').to.be.greaterThan(0);
      });

      it('starts each accessible name with its visible text', () => {
        const esim = 'Japan 10 GB (ending 1234)';
        expect(catalogue.listCopyLabel(esim).startsWith(catalogue.listCopy), 'listCopyLabel').to.equal(true);
        expect(catalogue.listCancelLabel(esim).startsWith(catalogue.listCancel), 'listCancelLabel').to.equal(true);
      });
    });
  }

  it('Arabic uses all six plural forms', () => {
    const sample = [0, 1, 2, 3, 11, 100];
    expect(new Set(sample.map((n) => new Intl.PluralRules('ar').select(n)))).to.have.property('size', 6);
    for (const key of PLURAL_KEYS) expect(new Set(sample.map((n) => (ar[key] as Fn)(n))), key).to.have.property('size', 6);
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
