/**
 * Alternatives to cancelling, chosen by the reason given: the defaults every reseller gets (moving
 * the eSIM to a new phone, support for a technical problem, keeping it for a later trip while it is
 * valid) and the host's own through the flow's `alternatives` property. DOM-free.
 */
import type { Esim } from '../../api/schemas.js';
import type { Catalogue } from '../../i18n/en.js';
import { esimLabel } from '../../internal/esim-display.js';
import type { CancelAlternative } from '../../internal/event-types.js';
import { findReason } from './flow-machine.js';
import type { CancelReason, DefaultReason } from './reasons.js';

export type { CancelAlternative };

/** What a host's `alternatives` function gets: the reason given, the eSIM, and what the flow would show by default. */
export interface AlternativesContext {
  reason: string;
  esim: Esim;
  defaults: readonly CancelAlternative[];
}

/**
 * The flow's `alternatives` property: per reason value, the alternatives to show instead of the
 * defaults (`[]` shows none for that reason; reasons not listed keep theirs), or a function that
 * returns them (add to `defaults`, replace or remove them).
 */
export type AlternativesOption =
  Readonly<Partial<Record<string, readonly CancelAlternative[]>>> | ((context: AlternativesContext) => readonly CancelAlternative[]);

export interface DefaultsInput {
  t: Catalogue;
  /** Formats a date for the customer's locale. */
  date: (iso: string) => string;
  reason: string;
  reasons: readonly CancelReason[];
  esim: Esim;
  supportUrl?: string;
  supportEmail?: string;
  now?: number;
}

const DAY = 86_400_000;
/** A later trip needs some validity left: less than this, keeping it helps no one. */
const KEEP_MIN_DAYS = 7;

/** Without the bidi isolates (FSI … PDI) that on-page text carries: for a mailto body. */
const plain = (text: string) => text.replace(/[\u2068\u2069]/g, '');

/** The alternatives the flow offers for `reason` when the host configures none. */
export function defaultAlternatives({
  t,
  date,
  reason,
  reasons,
  esim,
  supportUrl,
  supportEmail,
  now = Date.now(),
}: DefaultsInput): CancelAlternative[] {
  const known = reason as DefaultReason;
  if (known === 'changed_device') {
    return [
      {
        id: 'transfer-esim',
        title: t.altTransferTitle,
        text: t.altTransferText,
        steps: [t.altTransferIphone, t.altTransferAndroid],
        action: t.altTransferAction,
      },
    ];
  }
  if (findReason(reasons, reason)?.technical && (supportEmail || supportUrl)) {
    const label = plain(esimLabel(t, esim));
    const problem = plain(t.reasonLabels[known] ?? findReason(reasons, reason)?.label ?? reason);
    const href = supportEmail
      ? `mailto:${supportEmail}?subject=${encodeURIComponent(t.altSupportSubject(label))}&body=${encodeURIComponent(t.altSupportBody(label, esim.iccid, problem))}`
      : supportUrl;
    return [{ id: 'contact-support', title: t.altSupportTitle, text: t.altSupportText, href, action: t.altSupportAction }];
  }
  const expires = esim.expiresAt ? new Date(esim.expiresAt).getTime() : NaN;
  if (known === 'no_longer_needed' && expires - now >= KEEP_MIN_DAYS * DAY && esim.status !== 'expired' && esim.status !== 'depleted') {
    return [{ id: 'keep-for-later', title: t.altKeepTitle, text: t.altKeepText(date(esim.expiresAt!)), action: t.altKeepAction }];
  }
  return [];
}

/** The alternatives a host gave (not the flow's own defaults): their text is shown isolated for bidi. */
const FROM_HOST = new WeakSet<CancelAlternative>();

/** Whether `alternative` came from the host's `alternatives` (its text is the host's, not the catalogue's). */
export const isFromHost = (alternative: CancelAlternative): boolean => FROM_HOST.has(alternative);

/** Links an alternative may open: http(s) and mailto, never `javascript:`. */
function safeHref(href: string): string | undefined {
  try {
    const url = new URL(href, globalThis.document?.baseURI ?? 'https://invalid.example/');
    return /^(https?|mailto):$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What the `alternatives` step shows for the reason given: the host's choice (or the defaults),
 * with anything unusable left out (no id, title or action; a link that is not http(s) or mailto).
 */
export function alternativesFor(option: AlternativesOption | undefined, context: AlternativesContext): CancelAlternative[] {
  let chosen: readonly CancelAlternative[] | undefined;
  try {
    chosen = typeof option === 'function' ? option(context) : (option?.[context.reason] ?? context.defaults);
  } catch (error) {
    // A host's function that throws must not stand in the way of cancelling: no alternatives then.
    console.warn('esim-elements: the alternatives function threw; showing none.', error);
    return [];
  }
  if (!Array.isArray(chosen)) return [];
  return (chosen as unknown[]).flatMap((item): CancelAlternative[] => {
    const a = item as Partial<CancelAlternative> | null;
    if (!a || typeof a.id !== 'string' || !a.id || typeof a.title !== 'string' || typeof a.action !== 'string' || !a.action) return [];
    const href = typeof a.href === 'string' ? safeHref(a.href) : undefined;
    if (a.href !== undefined && !href) return [];
    const out: CancelAlternative = {
      id: a.id,
      title: a.title,
      text: typeof a.text === 'string' ? a.text : '',
      ...(Array.isArray(a.steps) ? { steps: a.steps.filter((s): s is string => typeof s === 'string') } : {}),
      ...(href && { href, target: a.target }),
      action: a.action,
    };
    if (!context.defaults.includes(item as CancelAlternative)) FROM_HOST.add(out);
    return [out];
  });
}
