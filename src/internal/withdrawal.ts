import type { Esim } from '../api/schemas.js';

/**
 * The end of the eSIM's statutory withdrawal period (`withdrawal.until`), while it runs and the eSIM
 * is still the customer's; undefined otherwise. The list says "You can withdraw until …", the flow's
 * review offers withdrawing instead.
 */
export function withdrawalUntil(esim: Pick<Esim, 'withdrawal' | 'status'>, now = Date.now()): string | undefined {
  const until = esim.withdrawal?.until;
  if (!until || esim.status === 'cancelled' || esim.status === 'revoked') return undefined;
  return new Date(until).getTime() > now ? until : undefined;
}
