import { en, type Catalogue } from './en.js';

/*
 * A pseudo-locale for testing layouts, not for customers (no element resolves to it unless a test
 * registers it): English with accented letters, about 40 % longer (vowels doubled), and ⟦ ⟧ at both
 * ends, so truncated or clipped text, strings built outside the catalogue, and layouts that only fit
 * English show at a glance. Values passed to a function (emails, names, amounts) stay as given.
 */
const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, i) => [
    letter,
    [...'áƀçďéƒĝĥíĵķļɱñöƥʠŕšţüṽŵẋýžÅƁÇĎÉƑĜĤÎĴĶĻṀÑØƤǪŔŠŢÜṼŴẊÝŽ'][i]!,
  ]),
);

/** `Continue` → `Çöönţíínüüéé`-like: each letter accented, each vowel doubled. */
function stretch(text: string): string {
  return text.replace(/[A-Za-z]/g, (letter) => {
    const accented = ACCENTED[letter]!;
    return /[aeiouAEIOU]/.test(letter) ? accented + accented : accented;
  });
}

/** Pseudo-localizes `text`, leaving the `kept` substrings (the values a function was given) as they are. */
export function pseudoText(text: string, kept: readonly string[] = []): string {
  const parts = kept.filter(Boolean).sort((a, b) => b.length - a.length);
  let out = '';
  let rest = text;
  while (rest) {
    const hit = parts
      .map((part) => [rest.indexOf(part), part] as const)
      .filter(([at]) => at >= 0)
      .sort((a, b) => a[0] - b[0])[0];
    if (!hit) {
      out += stretch(rest);
      break;
    }
    out += stretch(rest.slice(0, hit[0])) + hit[1];
    rest = rest.slice(hit[0] + hit[1].length);
  }
  return `⟦${out}⟧`;
}

function pseudoValue(value: unknown): unknown {
  if (typeof value === 'string') return pseudoText(value);
  if (typeof value === 'function') {
    return (...args: unknown[]) =>
      pseudoText(
        (value as (...a: unknown[]) => string)(...args),
        args.filter((arg): arg is string => typeof arg === 'string'),
      );
  }
  return Object.fromEntries(Object.entries(value as object).map(([key, inner]) => [key, pseudoValue(inner)]));
}

/** The pseudo-locale of a catalogue (English by default); register it with `registerLocale('en-XA', pseudo())`. */
export function pseudo(source: Catalogue = en): Catalogue {
  return pseudoValue(source) as Catalogue;
}
