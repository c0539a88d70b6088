/**
 * Money for the flow's quote and request (the list shows none): in a module of its own so that it
 * comes with the flow's chunk, not with the list's first paint.
 */
import type { Money } from '../api/schemas.js';
import { cached } from './format.js';

/**
 * Money exactly as the backend sent it: the decimal string goes to `Intl` as a string (never through
 * a float, so 20 digits stay 20 digits), with at least the fraction digits it was sent with, so a
 * zero-decimal currency keeps sent fractions ("¥1,500.50") and others keep their usual two ("$9.50").
 */
export function formatMoney(locale: string, money: Money): string {
  const { amount, currency } = money;
  try {
    const usual = cached(`m|${locale}|${currency}`, () => new Intl.NumberFormat(locale, { style: 'currency', currency }));
    const digits = Math.max(amount.split('.')[1]?.length ?? 0, usual.resolvedOptions().minimumFractionDigits ?? 0);
    return cached(
      `m|${locale}|${currency}|${digits}`,
      () => new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }),
      // Intl formats a decimal string exactly (ECMA-402 Intl.NumberFormat v3); the type says number.
    ).format(amount as unknown as number);
  } catch {
    // An ISO code this browser's Intl does not know: show the figures as sent.
    return `${money.amount} ${money.currency}`;
  }
}
