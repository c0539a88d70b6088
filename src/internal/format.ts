/* Intl constructors are costly; rows re-render often, so formatters are cached per locale+options. */
type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat;
const cache = new Map<string, Formatter>();

/** A formatter for `key`, made once (shared with ./money.ts). */
export function cached<T extends Formatter>(key: string, make: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) cache.set(key, (formatter = make()));
  return formatter;
}

export function formatNumber(locale: string, value: number, options: Intl.NumberFormatOptions = {}): string {
  return cached(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options)).format(value);
}

export type DateStyle = 'date' | 'datetime';

/** A date as the locale writes it. A date `Date` cannot read (the schema lets none through) reads as sent. */
export function formatDate(locale: string, iso: string, style: DateStyle = 'date'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return cached(
    `d|${locale}|${style}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: style === 'date' ? undefined : 'short' }),
  ).format(date);
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "in 3 days", "2 hours ago", "yesterday": the largest unit that fits. */
export function formatRelative(locale: string, iso: string, now: number = Date.now()): string {
  // An unreadable date (the schema lets none through) reads as "now" rather than throwing.
  const diff = new Date(iso).getTime() - now || 0;
  const abs = Math.abs(diff);
  const rtf = cached(`r|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  if (abs < HOUR) return rtf.format(abs < MINUTE ? 0 : Math.round(diff / MINUTE), 'minute');
  return abs < DAY ? rtf.format(Math.round(diff / HOUR), 'hour') : rtf.format(Math.round(diff / DAY), 'day');
}

/** Whole days from now until `iso` (negative when past). */
export function daysUntil(iso: string, now: number = Date.now()): number {
  return Math.floor((new Date(iso).getTime() - now) / DAY);
}

const BYTE_UNITS = ['megabyte', 'gigabyte', 'terabyte'] as const;

/** Data as eSIM plans are sold (1 GB = 1024³ bytes, so a 10 GB plan reads "10 GB"); never smaller than MB. */
export function formatBytes(locale: string, bytes: number): string {
  let value = bytes / 1024 ** 2;
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return formatNumber(locale, value, {
    style: 'unit',
    unit: BYTE_UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value > 0 && value < 10 ? 1 : 0,
  });
}

/** `8988 •••• •••• 1234`: enough to recognise the eSIM, not enough to misuse it. */
export function maskIccid(iccid: string): string {
  return `${iccid.slice(0, 4)} •••• •••• ${iccid.slice(-4)}`;
}

const RTL_LANGUAGES = /^(ar|ckb|dv|fa|he|iw|ps|sd|ug|ur|yi)(-|$)/i;

/**
 * Text that reads left to right (a masked ICCID's digit groups between bullets, an amount with its
 * currency) inside a sentence of a right-to-left locale: a left-to-right isolate (U+2066 … U+2069),
 * so the Arabic around it cannot reverse its groups. Left-to-right locales need none and get the
 * text as is. In markup, `<span dir="ltr">` does the same.
 */
export function ltrIn(locale: string, text: string): string {
  return RTL_LANGUAGES.test(locale) ? `\u2066${text}\u2069` : text;
}

export function lastFour(iccid: string): string {
  return iccid.slice(-4);
}
