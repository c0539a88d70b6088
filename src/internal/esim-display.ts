/**
 * How an eSIM is described to a customer, shared by `<esim-list>` and `<esim-cancel-flow>` so both
 * say the same thing the same way. Pure functions of the data, the catalogue `t` and the `Intl`
 * locale; only {@link statusBadge} returns markup.
 */
import { html, type TemplateResult } from 'lit';
import type { CancellationStatus, Esim, EsimStatus, IneligibleReason, InstallState } from '../api/schemas.js';
import type { Catalogue } from '../i18n/en.js';
import { formatBytes, formatDate, formatRelative, lastFour } from './format.js';
import { icon, type IconName } from './icons.js';
import { isolate } from './isolate.js';

const DAY = 86_400_000;

/** Catalogue keys whose value is a plain string (not a function). */
type TextKey = { [K in keyof Catalogue]: Catalogue[K] extends string ? K : never }[keyof Catalogue];

/** `not_installed` → `NotInstalled`, as a type. */
type Pascal<S extends string> = S extends `${infer Head}_${infer Tail}` ? `${Capitalize<Head>}${Pascal<Tail>}` : Capitalize<S>;

/**
 * The catalogue's text for a backend enum value: `label(t, 'install', 'not_installed')` reads
 * `t.installNotInstalled`. Deriving the key keeps lookup tables out of the bundle; the parameter
 * type still rejects, at compile time, any value whose key the catalogue lacks.
 */
function label<P extends string, V extends string>(
  t: Catalogue,
  prefix: P,
  value: V & (`${P}${Pascal<V>}` extends TextKey ? unknown : never),
): string {
  return t[(prefix + value.replace(/(?:^|_)(.)/g, (_, c: string) => c.toUpperCase())) as TextKey];
}

/** Closer than this, the expiry reads as "Expires in 3 days" rather than as a date. */
const RELATIVE_EXPIRY_DAYS = 30;

/* Every backend string these accessors return is isolated (see isolate.ts): each can be dropped into
 * a sentence or an attribute as it is. */

/** The customer's own name for the eSIM, else the plan's. */
export function displayName(esim: Pick<Esim, 'nickname' | 'planName'>): string {
  return isolate(esim.nickname?.trim() || esim.planName);
}

/** The plan's name, when a nickname is shown instead of it; else nothing. */
export function planBesideNickname(esim: Pick<Esim, 'nickname' | 'planName'>): string | undefined {
  return esim.nickname?.trim() ? isolate(esim.planName) : undefined;
}

/** Names one eSIM among several with the same plan: "Japan 10 GB (ending 1234)". */
export function esimLabel(t: Catalogue, esim: Pick<Esim, 'nickname' | 'planName' | 'iccid'>): string {
  return t.esimLabel(displayName(esim), lastFour(esim.iccid));
}

/** The region's name, when the backend sent one. */
export function regionName(esim: Pick<Esim, 'region'>): string | undefined {
  return esim.region?.name ? isolate(esim.region.name) : undefined;
}

/** The device as people call it: the model ("iPhone 15 Pro"), else the make. */
export function deviceName(esim: Pick<Esim, 'device'>): string | undefined {
  const name = esim.device?.model?.trim() || esim.device?.make?.trim();
  return name ? isolate(name) : undefined;
}

/** How a status looks: the tone picks colours, the icon keeps it readable without them. */
export type StatusTone = 'success' | 'info' | 'warning' | 'danger' | 'neutral';

const STATUS: Record<EsimStatus, [tone: StatusTone, icon: IconName]> = {
  ready: ['info', 'arrow-circle'],
  active: ['success', 'check-circle'],
  depleted: ['warning', 'alert'],
  expired: ['neutral', 'x-circle'],
  suspended: ['warning', 'alert'],
  cancel_pending: ['warning', 'clock'],
  cancelled: ['neutral', 'x-circle'],
  revoked: ['neutral', 'x-circle'],
  unknown: ['neutral', 'question'],
};

export function statusLabel(t: Catalogue, status: EsimStatus): string {
  return label(t, 'status', status);
}

export function statusTone(status: EsimStatus): StatusTone {
  return STATUS[status][0];
}

/** The badge markup: icon plus text, so colour is never the only signal. */
const badge = (tone: StatusTone, name: IconName, label: string): TemplateResult =>
  html`<span part="status" class="status" data-tone=${tone}>${icon(name)}<span>${label}</span></span>`;

/**
 * The status as icon plus text, in a `status` part: `<span part="status" class="status"
 * data-tone="success">`. Style it through `.status[data-tone=…]`; the text carries the meaning.
 */
export function statusBadge(t: Catalogue, status: EsimStatus): TemplateResult {
  const [tone, name] = STATUS[status];
  return badge(tone, name, statusLabel(t, status));
}

const CANCELLATION: Record<CancellationStatus, [tone: StatusTone, icon: IconName]> = {
  pending: ['info', 'clock'],
  processing: ['warning', 'clock'],
  completed: ['success', 'check-circle'],
  rejected: ['danger', 'x-circle'],
  withdrawn: ['neutral', 'x-circle'],
};

/** A cancellation request's status as a badge, like {@link statusBadge} for the eSIM's. */
export function cancellationBadge(t: Catalogue, status: CancellationStatus): TemplateResult {
  const [tone, name] = CANCELLATION[status];
  return badge(tone, name, cancellationStatusLabel(t, status));
}

/** "Not installed", "Installed and turned on"… */
export function installStateLabel(t: Catalogue, state: InstallState): string {
  return label(t, 'install', state);
}

/** Why an eSIM cannot be cancelled online, as a sentence. A missing reason reads as "not supported". */
export function ineligibleReasonText(t: Catalogue, reason: IneligibleReason | null | undefined): string {
  return label(t, 'ineligible', reason ?? 'not_supported');
}

/** A cancellation request's status: "Submitted", "Under review"… */
export function cancellationStatusLabel(t: Catalogue, status: CancellationStatus): string {
  return label(t, 'cancellation', status);
}

export interface DataUsageText {
  /** "1.2 GB of 10 GB used", or "3.4 GB used" when unlimited. */
  amount: string;
  /** True for an unlimited plan: show `t.dataUnlimited` instead of a meter. */
  unlimited: boolean;
  /** Used share from 0 to 1 for a meter; undefined when unlimited. */
  fraction?: number;
  /** "updated 2 hours ago": usage figures are always stale by minutes to hours. */
  updated: string;
}

/** Data usage in words, or undefined when the backend reported none. */
export function dataUsage(t: Catalogue, locale: string, esim: Pick<Esim, 'data'>, now = Date.now()): DataUsageText | undefined {
  const data = esim.data;
  if (!data) return undefined;
  const used = formatBytes(locale, data.usedBytes);
  const updated = t.dataUpdated(formatRelative(locale, data.updatedAt, now));
  if (data.totalBytes === null) return { amount: t.dataUsedUnlimited(used), unlimited: true, updated };
  return {
    amount: t.dataUsedOf(used, formatBytes(locale, data.totalBytes)),
    unlimited: false,
    fraction: data.totalBytes > 0 ? Math.min(1, data.usedBytes / data.totalBytes) : 1,
    updated,
  };
}

export interface ValidityText {
  text: string;
  /** The expiry has passed. */
  expired: boolean;
  /** Expires within three days: worth drawing attention to. */
  soon: boolean;
}

/**
 * "Expires in 3 days" when close, "Valid until 12 Dec 2026" when far, "Expired on 12 Nov 2026" when
 * past, "Validity starts when first used" for an unused eSIM without a date; undefined otherwise.
 */
export function validity(
  t: Catalogue,
  locale: string,
  esim: Pick<Esim, 'expiresAt' | 'activatedAt' | 'status'>,
  now = Date.now(),
): ValidityText | undefined {
  if (!esim.expiresAt) {
    return esim.status === 'ready' && !esim.activatedAt ? { text: t.validityOnFirstUse, expired: false, soon: false } : undefined;
  }
  const left = new Date(esim.expiresAt).getTime() - now;
  if (left <= 0) return { text: t.expiredOn(formatDate(locale, esim.expiresAt)), expired: true, soon: false };
  if (left < RELATIVE_EXPIRY_DAYS * DAY) {
    return { text: t.expiresIn(formatRelative(locale, esim.expiresAt, now)), expired: false, soon: left < 3 * DAY };
  }
  return { text: t.validUntil(formatDate(locale, esim.expiresAt)), expired: false, soon: false };
}
