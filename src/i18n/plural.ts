/**
 * Plural forms for catalogues, chosen by `Intl.PluralRules` (CLDR): English has two forms, Arabic
 * six, Japanese one. `#` in a form is replaced by the number, formatted for the locale.
 *
 * ```ts
 * listLoaded: (n: number) => plural('en', n, { one: '# more eSIM loaded', other: '# more eSIMs loaded' }),
 * ```
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

export function plural(locale: string, n: number, forms: PluralForms): string {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  let number = numbers.get(locale);
  if (!number) numbers.set(locale, (number = new Intl.NumberFormat(locale)));
  return (forms[rule.select(n)] ?? forms.other).replaceAll('#', number.format(n));
}
