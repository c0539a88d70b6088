/**
 * The receipt of a declaration: the facts it shows on the page, and the same facts as the text file
 * the customer saves.
 */
import type { Declaration } from '../../api/declaration-schemas.js';
import type { Catalogue } from '../../i18n/en.js';
import { isolate } from '../../internal/isolate.js';

/** A label and its value as text (backend text isolated for bidi), or false for one that does not apply. */
export type Fact = readonly [label: string, value: string] | false;

/** A calendar date (`YYYY-MM-DD`) as the locale writes it: the same day in every time zone. */
function calendarDate(locale: string, value: string): string {
  const day = /^\d{4}-\d\d-\d\d$/.test(value);
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', ...(day ? { timeZone: 'UTC' } : {}) }).format(date);
}

/** When it was received, to the minute, in the customer's time zone, named (a saved file travels). */
export function receivedAt(locale: string, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'long' }).format(date);
}

/** What the receipt states, in order. */
export function facts(t: Catalogue, locale: string, d: Declaration): Fact[] {
  const declared = d.kind === 'withdrawal' ? t.declWithdrawal : d.extraordinary ? t.declExtraordinary : t.declOrdinary;
  return [
    [t.declDeclared, declared],
    !!d.reason && [t.declReason, isolate(d.reason)],
    d.kind === 'cancellation' && [
      t.declEffectiveAt,
      d.effective === 'date' && d.effectiveDate ? calendarDate(locale, d.effectiveDate) : t.declAsap,
    ],
    !!d.iccid && [t.declIccid, isolate(d.iccid)],
    !!d.orderReference && [t.declOrderReference, isolate(d.orderReference)],
    [t.declFrom, isolate(d.name)],
    [t.declReceivedAt, receivedAt(locale, d.receivedAt)],
  ];
}

/** "Made on this page with the button “Cancel now”": how the declaration was made (BGB §312k). */
export const madeWith = (t: Catalogue, d: Declaration): string =>
  t.declMadeWith(d.kind === 'withdrawal' ? t.declWithdrawNow : t.declCancelNow);

/** The receipt as a plain text file: title, reference, the facts, where the confirmation went. */
export function receiptText(t: Catalogue, locale: string, d: Declaration): string {
  const lines = [
    t.declSaveTitle,
    '',
    `${t.declReference}: ${d.reference}`,
    ...facts(t, locale, d).map((fact) => fact && `${fact[0]}: ${fact[1]}`),
    '',
    madeWith(t, d),
    t.declSentTo(d.confirmationSentTo),
  ];
  // A plain text file has no page around it to isolate from.
  return lines
    .filter((line) => line !== false)
    .join('\n')
    .replace(/[\u2068\u2069]/g, '');
}
