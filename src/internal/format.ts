import type { Money } from '../api/schemas.js';

/* Intl constructors are costly; rows re-render often, so formatters are cached per locale+options. */
type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat;
const cache = new Map<string, Formatter>();

function cached<T extends Formatter>(key: string, make: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) cache.set(key, (formatter = make()));
  return formatter;
}

export function formatNumber(locale: string, value: number, options: Intl.NumberFormatOptions = {}): string {
  return cached(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options)).format(value);
}

export function formatMoney(locale: string, money: Money): string {
  try {
    return cached(`m|${locale}|${money.currency}`, () => new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency })).format(
      Number(money.amount),
    );
  } catch {
    // An ISO code this browser's Intl does not know: show the figures as sent.
    return `${money.amount} ${money.currency}`;
  }
}

export function isZero(money: Money | undefined): boolean {
  return !money || Number(money.amount) === 0;
}

export type DateStyle = 'date' | 'datetime';

export function formatDate(locale: string, iso: string, style: DateStyle = 'date'): string {
  return cached(
    `d|${locale}|${style}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: style === 'date' ? undefined : 'short' }),
  ).format(new Date(iso));
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "in 3 days", "2 hours ago", "yesterday": the largest unit that fits. */
export function formatRelative(locale: string, iso: string, now: number = Date.now()): string {
  const diff = new Date(iso).getTime() - now;
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

/** Decimal units (1 GB = 10^9 bytes), as carriers sell data plans; never smaller than MB. */
export function formatBytes(locale: string, bytes: number): string {
  let value = bytes / 1e6;
  let unit = 0;
  while (value >= 1000 && unit < BYTE_UNITS.length - 1) {
    value /= 1000;
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
