import type { Esim } from '../../api/schemas.js';
import { displayName, regionName } from '../../internal/esim-display.js';

/** Matches names, plans and regions, ICCID digits anywhere, or a masked ICCID as shown ("8981 •••• •••• 0019"). */
export function esimMatcher(query: string): (esim: Esim) => boolean {
  const text = query.toLowerCase();
  const digits = text.replace(/[\s-]/g, '');
  // Digits only (so the pattern is safe); each run of dots stands for any digits.
  const iccid = /^[\d•]*\d[\d•]*$/.test(digits) && RegExp(digits.includes('•') ? `^${digits.replace(/•+/g, '\\d*')}$` : digits);
  return (esim) =>
    (iccid && iccid.test(esim.iccid)) ||
    [displayName(esim), esim.planName, regionName(esim)].some((field) => field?.toLowerCase().includes(text));
}
