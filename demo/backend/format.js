// Wire formats shared by every response: ISO 8601 times and decimal-string money.

/** @typedef {import('./model.js').Price} Price */

/** @param {number} time epoch ms */
export function iso(time) {
  return new Date(time).toISOString();
}

/** @param {number | null} time */
export function isoOrNull(time) {
  return time === null ? null : iso(time);
}

/**
 * `{ amount: "9.50", currency: "USD" }`: a decimal string, never a float, as the contract asks.
 * @param {Price} price
 */
export function moneyJson(price) {
  const sign = price.cents < 0 ? '-' : '';
  const cents = Math.abs(price.cents);
  return { amount: `${sign}${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`, currency: price.currency };
}
