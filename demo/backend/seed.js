// Seed data. Every date is relative to the tenant's clock at reset, so "expires in 3 days" stays true
// whenever the demo runs. Three seeds:
// - default: 15 realistic travel eSIMs covering every status, install state and ineligible reason;
// - large: 10,000 deterministic eSIMs (seeded PRNG) for paging and list performance;
// - xss: the default seed with script/HTML payloads in every string field, for the security tests.

import { DAY, GB, HOUR, MB, MINUTE } from './model.js';
import { addBusinessDays, cancellationTerms, REVIEW_BUSINESS_DAYS } from './terms.js';

/** @typedef {import('./model.js').EsimRecord} EsimRecord */
/** @typedef {import('./model.js').CancellationRecord} CancellationRecord */
/** @typedef {import('./model.js').SeedData} SeedData */
/** @typedef {import('./model.js').Policy} Policy */
/** @typedef {import('./model.js').Price} Price */
/** @typedef {'default' | 'large' | 'xss'} SeedKind */

export const SEED_KINDS = /** @type {const} */ (['default', 'large', 'xss']);
const POLICY_URL = 'https://example.com/help/esim-cancellation-policy';
export const LARGE_SEED_SIZE = 10_000;

/** The default seed's ids, by the case each one demonstrates. */
export const SEED_IDS = Object.freeze({
  /** ready, not installed, unused: instant cancellation, refund to the card; in its withdrawal period */
  instant: 'esim-jp-01',
  /** ready, unlimited data: instant cancellation refunded as store credit */
  instantStoreCredit: 'esim-us-02',
  /** instant; the provider removes cancelled eSIMs, so it reads 404 afterwards */
  instantRemoved: 'esim-gb-03',
  /** active, installed, 350 MB used: review that completes; in its withdrawal period */
  review: 'esim-eu-04',
  /** active, 1.2 GB used: review that is rejected (beyond the 1 GB refund limit) */
  reviewRejected: 'esim-th-05',
  /** review with the request deadline 2 days away (`deadline_soon`) */
  reviewDeadlineSoon: 'esim-it-06',
  /** ready but downloaded to a phone: review */
  reviewDownloaded: 'esim-ae-07',
  /** cancel_pending with an open review request ({@link SEED_IDS.pendingCancellation}) */
  pendingRequest: 'esim-kr-08',
  /** the open request; it stays pending (reviewers have not picked it up) until withdrawn */
  pendingCancellation: 'cxl-kr-08',
  installed: 'esim-gl-09',
  dataUsed: 'esim-sg-10',
  expired: 'esim-fr-11',
  windowElapsed: 'esim-au-12',
  /** cancelled, with its completed instant cancellation {@link SEED_IDS.completedCancellation} */
  cancelled: 'esim-mx-13',
  completedCancellation: 'cxl-mx-13',
  /** revoked by the operator */
  revoked: 'esim-tr-14',
  /** status and install state unknown (provider outage), no usage figures */
  unknown: 'esim-cn-15',
});

/** Payloads for the security tests: any of them running, or showing as markup, is a bug. */
export const XSS_PAYLOADS = Object.freeze({
  image: '<img src=x onerror=alert(1)>',
  script: '<script>alert("xss")</script>',
  svg: '<svg onload=alert(1)>',
  attribute: '"><img src=x onerror=alert(1)>',
  url: 'javascript:alert(document.domain)',
});

/**
 * The xss seed's ids: the default ones with an attribute-breaking payload (ids end up in URLs and
 * attributes), plus a rejected cancellation only this seed has, so `rejectionReason` carries a
 * payload too.
 */
export const XSS_SEED_IDS = Object.freeze({
  .../** @type {{ [K in keyof typeof SEED_IDS]: string }} */ (
    Object.fromEntries(Object.entries(SEED_IDS).map(([name, id]) => [name, `${id}${XSS_PAYLOADS.attribute}`]))
  ),
  rejectedCancellation: `cxl-sg-10${XSS_PAYLOADS.attribute}`,
});

/**
 * @param {SeedKind} kind
 * @param {number} now
 * @returns {SeedData}
 */
export function createSeed(kind, now) {
  switch (kind) {
    case 'default':
      return defaultSeed(now);
    case 'large':
      return largeSeed(now);
    case 'xss':
      return xssSeed(now);
  }
}

/**
 * An ICCID as operators print them: 89 (telecom), 882 (international networks, as travel eSIM
 * issuers often are), issuer, serial and a Luhn check digit; 19 digits in all.
 * @param {string} issuer 5 digits after the 89 prefix, e.g. "88247"
 * @param {number} serial
 */
function iccid(issuer, serial) {
  const body = `89${issuer}${String(serial).padStart(11, '0')}`;
  let sum = 0;
  for (let i = 0; i < body.length; i += 1) {
    let digit = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return `${body}${(10 - (sum % 10)) % 10}`;
}

/**
 * @param {number} cents
 * @param {string} [currency]
 * @returns {Price}
 */
const price = (cents, currency = 'USD') => ({ cents, currency });

/**
 * @param {Partial<Policy> & Pick<Policy, 'mode' | 'price'>} policy
 * @returns {Policy}
 */
function policyOf(policy) {
  return {
    deadline: null,
    refundMethod: 'original_payment',
    removeWhenCancelled: false,
    policyUrl: POLICY_URL,
    ...policy,
  };
}

/**
 * @param {Omit<EsimRecord, 'nickname' | 'activatedAt' | 'openRequestId' | 'statusBeforeRequest'> & Partial<EsimRecord>} fields
 * @returns {EsimRecord}
 */
function esimOf(fields) {
  return { nickname: null, activatedAt: null, openRequestId: null, statusBeforeRequest: null, ...fields };
}

/**
 * @param {number} now
 * @returns {SeedData}
 */
function defaultSeed(now) {
  const updated = (/** @type {number} */ minutesAgo) => now - minutesAgo * MINUTE;
  const daysAgo = (/** @type {number} */ days) => now - days * DAY;
  const inDays = (/** @type {number} */ days) => now + days * DAY;

  const esims = [
    esimOf({
      seq: 1,
      id: SEED_IDS.instant,
      iccid: iccid('88210', 40_213_001),
      nickname: 'Tokyo trip',
      planName: 'Japan 10 GB / 30 days',
      region: { code: 'JP', name: 'Japan' },
      status: 'ready',
      installState: 'not_installed',
      data: { usedBytes: 0, totalBytes: 10 * GB, updatedAt: updated(20) },
      purchasedAt: daysAgo(2),
      // Bought 2 days ago: the 14-day withdrawal period runs.
      withdrawalUntil: inDays(12),
      expiresAt: inDays(178),
      policy: policyOf({ mode: 'instant', deadline: inDays(28), price: price(1700) }),
    }),
    esimOf({
      seq: 2,
      id: SEED_IDS.instantStoreCredit,
      iccid: iccid('88247', 10_552_914),
      planName: 'USA Unlimited 7 days',
      region: { code: 'US', name: 'United States' },
      status: 'ready',
      installState: 'not_installed',
      data: { usedBytes: 0, totalBytes: null, updatedAt: updated(45) },
      purchasedAt: daysAgo(1),
      expiresAt: inDays(179),
      policy: policyOf({ mode: 'instant', deadline: inDays(29), price: price(2500), refundMethod: 'store_credit' }),
    }),
    esimOf({
      seq: 3,
      id: SEED_IDS.instantRemoved,
      iccid: iccid('88234', 77_310_402),
      nickname: 'London conference',
      planName: 'United Kingdom 12 GB / 30 days',
      region: { code: 'GB', name: 'United Kingdom' },
      status: 'active',
      installState: 'not_installed',
      data: { usedBytes: 0, totalBytes: 12 * GB, updatedAt: updated(90) },
      purchasedAt: daysAgo(4),
      expiresAt: inDays(176),
      policy: policyOf({ mode: 'instant', deadline: inDays(26), price: price(1400, 'GBP'), removeWhenCancelled: true }),
    }),
    esimOf({
      seq: 4,
      id: SEED_IDS.review,
      iccid: iccid('88228', 31_887_120),
      nickname: 'Work phone',
      planName: 'Europe 20 GB / 30 days',
      region: { code: 'EU', name: 'Europe (39 countries)' },
      status: 'active',
      installState: 'enabled',
      data: { usedBytes: 350 * MB, totalBytes: 20 * GB, updatedAt: updated(130) },
      purchasedAt: daysAgo(5),
      // Bought 5 days ago: the 14-day withdrawal period runs.
      withdrawalUntil: inDays(9),
      activatedAt: daysAgo(4),
      expiresAt: inDays(26),
      device: { make: 'Apple', model: 'iPhone 15 Pro' },
      policy: policyOf({ mode: 'review', deadline: inDays(9), price: price(2600, 'EUR') }),
    }),
    esimOf({
      seq: 5,
      id: SEED_IDS.reviewRejected,
      iccid: iccid('88266', 50_912_336),
      planName: 'Thailand 8 GB / 15 days',
      region: { code: 'TH', name: 'Thailand' },
      status: 'active',
      installState: 'installed',
      data: { usedBytes: 1.2 * GB, totalBytes: 8 * GB, updatedAt: updated(240) },
      purchasedAt: daysAgo(6),
      activatedAt: daysAgo(3),
      expiresAt: inDays(12),
      device: { make: 'Google', model: 'Pixel 8' },
      policy: policyOf({ mode: 'review', deadline: inDays(8), price: price(1250) }),
    }),
    esimOf({
      seq: 6,
      id: SEED_IDS.reviewDeadlineSoon,
      iccid: iccid('88239', 62_004_871),
      nickname: "Mum's phone",
      planName: 'Italy 7 GB / 15 days',
      region: { code: 'IT', name: 'Italy' },
      status: 'active',
      installState: 'enabled',
      data: { usedBytes: 120 * MB, totalBytes: 7 * GB, updatedAt: updated(15) },
      purchasedAt: daysAgo(12),
      activatedAt: daysAgo(2),
      expiresAt: inDays(13),
      device: { make: 'Samsung', model: 'Galaxy S23' },
      policy: policyOf({ mode: 'review', deadline: inDays(2), price: price(1100, 'EUR') }),
    }),
    esimOf({
      seq: 7,
      id: SEED_IDS.reviewDownloaded,
      iccid: iccid('88297', 20_518_660),
      planName: 'UAE 2 GB / 7 days',
      region: { code: 'AE', name: 'United Arab Emirates' },
      status: 'ready',
      installState: 'downloaded',
      data: { usedBytes: 0, totalBytes: 2 * GB, updatedAt: updated(300) },
      purchasedAt: daysAgo(3),
      expiresAt: inDays(177),
      device: { make: 'Apple', model: 'iPhone 13' },
      policy: policyOf({ mode: 'review', deadline: inDays(27), price: price(900) }),
    }),
    esimOf({
      seq: 8,
      id: SEED_IDS.pendingRequest,
      iccid: iccid('88282', 18_230_045),
      nickname: 'Seoul',
      planName: 'South Korea 5 GB / 10 days',
      region: { code: 'KR', name: 'South Korea' },
      status: 'cancel_pending',
      statusBeforeRequest: 'active',
      installState: 'installed',
      data: { usedBytes: 800 * MB, totalBytes: 5 * GB, updatedAt: updated(60) },
      purchasedAt: daysAgo(8),
      activatedAt: daysAgo(6),
      expiresAt: inDays(4),
      device: { make: 'Samsung', model: 'Galaxy S24' },
      openRequestId: SEED_IDS.pendingCancellation,
      policy: policyOf({ mode: 'review', deadline: inDays(6), price: price(1100) }),
    }),
    esimOf({
      seq: 9,
      id: SEED_IDS.installed,
      iccid: iccid('88247', 10_661_208),
      planName: 'Global 5 GB / 30 days',
      region: { code: 'GLOBAL', name: 'Global (120+ countries)' },
      status: 'active',
      installState: 'installed',
      data: { usedBytes: 0, totalBytes: 5 * GB, updatedAt: updated(10) },
      purchasedAt: daysAgo(1),
      activatedAt: daysAgo(1),
      expiresAt: inDays(29),
      device: { make: 'Apple', model: 'iPad Air' },
      policy: policyOf({ mode: 'none', ineligibleReason: 'installed', price: price(1900) }),
    }),
    esimOf({
      seq: 10,
      id: SEED_IDS.dataUsed,
      iccid: iccid('88265', 41_700_933),
      planName: 'Singapore 3 GB / 7 days',
      region: { code: 'SG', name: 'Singapore' },
      status: 'depleted',
      installState: 'enabled',
      data: { usedBytes: 3 * GB, totalBytes: 3 * GB, updatedAt: updated(500) },
      purchasedAt: daysAgo(9),
      activatedAt: daysAgo(5),
      expiresAt: inDays(2),
      device: { make: 'Google', model: 'Pixel 7a' },
      policy: policyOf({ mode: 'none', ineligibleReason: 'data_used', price: price(950) }),
    }),
    esimOf({
      seq: 11,
      id: SEED_IDS.expired,
      iccid: iccid('88233', 93_120_577),
      nickname: 'Paris spring',
      planName: 'France 10 GB / 15 days',
      region: { code: 'FR', name: 'France' },
      status: 'expired',
      installState: 'disabled',
      data: { usedBytes: 6.4 * GB, totalBytes: 10 * GB, updatedAt: updated(60 * 24 * 10) },
      purchasedAt: daysAgo(40),
      activatedAt: daysAgo(25),
      expiresAt: daysAgo(10),
      device: { make: 'Apple', model: 'iPhone 14' },
      policy: policyOf({ mode: 'none', ineligibleReason: 'expired', deadline: daysAgo(10), price: price(1400, 'EUR') }),
    }),
    esimOf({
      seq: 12,
      id: SEED_IDS.windowElapsed,
      iccid: iccid('88261', 25_336_190),
      planName: 'Australia 15 GB / 30 days',
      region: { code: 'AU', name: 'Australia' },
      status: 'suspended',
      installState: 'installed',
      data: { usedBytes: 2.1 * GB, totalBytes: 15 * GB, updatedAt: updated(180) },
      purchasedAt: daysAgo(35),
      activatedAt: daysAgo(20),
      expiresAt: inDays(10),
      policy: policyOf({ mode: 'none', ineligibleReason: 'window_elapsed', deadline: daysAgo(5), price: price(2200) }),
    }),
    esimOf({
      seq: 13,
      id: SEED_IDS.cancelled,
      iccid: iccid('88252', 70_045_818),
      planName: 'Mexico 6 GB / 14 days',
      region: { code: 'MX', name: 'Mexico' },
      status: 'cancelled',
      installState: 'deleted',
      data: { usedBytes: 0, totalBytes: 6 * GB, updatedAt: updated(60 * 24 * 12) },
      purchasedAt: daysAgo(14),
      expiresAt: null,
      policy: policyOf({ mode: 'instant', deadline: inDays(16), price: price(1600) }),
    }),
    esimOf({
      seq: 14,
      id: SEED_IDS.revoked,
      iccid: iccid('88290', 38_651_227),
      nickname: 'Istanbul',
      planName: 'Türkiye 10 GB / 30 days',
      region: { code: 'TR', name: 'Türkiye' },
      status: 'revoked',
      installState: 'deleted',
      data: { usedBytes: 4.5 * GB, totalBytes: 10 * GB, updatedAt: updated(60 * 24 * 3) },
      purchasedAt: daysAgo(21),
      activatedAt: daysAgo(20),
      expiresAt: inDays(10),
      policy: policyOf({ mode: 'none', ineligibleReason: 'not_supported', price: price(1300) }),
    }),
    esimOf({
      seq: 15,
      id: SEED_IDS.unknown,
      iccid: iccid('88286', 12_907_764),
      planName: 'China Mainland 5 GB / 15 days',
      region: { code: 'CN', name: 'China Mainland' },
      status: 'unknown',
      installState: 'unknown',
      purchasedAt: daysAgo(3),
      expiresAt: null,
      policy: policyOf({ mode: 'none', ineligibleReason: 'not_supported', price: price(1500) }),
    }),
  ];

  const byId = new Map(esims.map((esim) => [esim.id, esim]));
  const pending = /** @type {EsimRecord} */ (byId.get(SEED_IDS.pendingRequest));
  const cancelled = /** @type {EsimRecord} */ (byId.get(SEED_IDS.cancelled));
  const requestedAt = now - 20 * HOUR;
  const cancelledAt = daysAgo(12);

  const cancellations = [
    /** @type {CancellationRecord} */ ({
      id: SEED_IDS.pendingCancellation,
      reference: 'CXL-4KQ8ZP',
      esimId: pending.id,
      status: 'pending',
      mode: 'review',
      reason: 'no_longer_needed',
      note: 'My trip to Seoul was postponed.',
      contactEmail: 'demo@example.com',
      ...cancellationTerms(pending, 'review'),
      refundMethod: 'original_payment',
      createdAt: requestedAt,
      updatedAt: requestedAt,
      expectedDecisionBy: addBusinessDays(requestedAt, REVIEW_BUSINESS_DAYS),
      rejection: null,
      nextStepAt: null,
    }),
    /** @type {CancellationRecord} */ ({
      id: SEED_IDS.completedCancellation,
      reference: 'CXL-9TM2RD',
      esimId: cancelled.id,
      status: 'completed',
      mode: 'instant',
      reason: 'wrong_plan',
      note: null,
      contactEmail: 'demo@example.com',
      ...cancellationTerms(cancelled, 'instant'),
      refundMethod: 'original_payment',
      createdAt: cancelledAt,
      updatedAt: cancelledAt,
      expectedDecisionBy: null,
      rejection: null,
      nextStepAt: null,
    }),
  ];
  return { esims, cancellations };
}

/**
 * @param {number} now
 * @returns {SeedData}
 */
function xssSeed(now) {
  const { image, script, svg, attribute, url } = XSS_PAYLOADS;
  const { esims, cancellations } = defaultSeed(now);
  const xssEsims = esims.map((esim) => ({
    ...esim,
    id: `${esim.id}${attribute}`,
    nickname: `${image}Mum's phone`,
    planName: `${esim.planName} ${script}`,
    ...(esim.region ? { region: { code: `${esim.region.code}${attribute}`, name: `${svg}${esim.region.name}` } } : {}),
    device: { make: `${image}Apple`, model: `iPhone ${script}` },
    openRequestId: esim.openRequestId && `${esim.openRequestId}${attribute}`,
    policy: { ...esim.policy, policyUrl: url },
  }));
  /** @param {CancellationRecord} cancellation */
  const withPayloads = (cancellation) => ({
    ...cancellation,
    id: `${cancellation.id}${attribute}`,
    esimId: `${cancellation.esimId}${attribute}`,
    reference: `${cancellation.reference}${image}`,
    reason: `${cancellation.reason}${script}`,
    note: `${svg}${cancellation.note ?? ''}`,
    contactEmail: `${attribute}@example.com`,
  });
  const sgDataUsed = /** @type {EsimRecord} */ (esims.find((esim) => esim.id === SEED_IDS.dataUsed));
  const rejectedAt = now - 3 * DAY;
  /** @type {CancellationRecord} */
  const rejected = {
    id: 'cxl-sg-10',
    reference: 'CXL-R3JX7C',
    esimId: sgDataUsed.id,
    status: 'rejected',
    mode: 'review',
    reason: 'poor_connection',
    note: 'No signal at all.',
    contactEmail: 'demo@example.com',
    ...cancellationTerms(sgDataUsed, 'review'),
    refundMethod: 'original_payment',
    createdAt: rejectedAt - 2 * DAY,
    updatedAt: rejectedAt,
    expectedDecisionBy: rejectedAt,
    rejection: { kind: 'text', text: `${image}All data was used ${script}` },
    nextStepAt: null,
  };
  return { esims: xssEsims, cancellations: [...cancellations, rejected].map(withPayloads) };
}

/** mulberry32: a tiny PRNG, so the large seed is the same on every run and every machine. */
function prng(/** @type {number} */ seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * @typedef {{ name: string, code: string, region: string, gb: number | null, days: number, cents: number,
 *   currency: string }} Plan
 */

/** @type {Plan[]} */
const PLANS = [
  { name: 'Japan 10 GB / 30 days', code: 'JP', region: 'Japan', gb: 10, days: 30, cents: 1700, currency: 'USD' },
  { name: 'Japan 3 GB / 8 days', code: 'JP', region: 'Japan', gb: 3, days: 8, cents: 800, currency: 'USD' },
  { name: 'Europe 20 GB / 30 days', code: 'EU', region: 'Europe (39 countries)', gb: 20, days: 30, cents: 2600, currency: 'EUR' },
  { name: 'USA Unlimited 7 days', code: 'US', region: 'United States', gb: null, days: 7, cents: 2500, currency: 'USD' },
  { name: 'Global 5 GB / 30 days', code: 'GLOBAL', region: 'Global (120+ countries)', gb: 5, days: 30, cents: 1900, currency: 'USD' },
  { name: 'Thailand 8 GB / 15 days', code: 'TH', region: 'Thailand', gb: 8, days: 15, cents: 1250, currency: 'USD' },
  { name: 'South Korea 5 GB / 10 days', code: 'KR', region: 'South Korea', gb: 5, days: 10, cents: 1100, currency: 'USD' },
  { name: 'United Kingdom 12 GB / 30 days', code: 'GB', region: 'United Kingdom', gb: 12, days: 30, cents: 1400, currency: 'GBP' },
  { name: 'Asia 10 GB / 15 days', code: 'ASIA', region: 'Asia (14 countries)', gb: 10, days: 15, cents: 2100, currency: 'USD' },
  { name: 'Mexico 6 GB / 14 days', code: 'MX', region: 'Mexico', gb: 6, days: 14, cents: 1600, currency: 'USD' },
];
const NICKNAMES = ['Work phone', 'Holiday', "Mum's phone", 'Backpacking', 'Conference', 'Kids tablet', 'Road trip'];
const DEVICES = [
  { make: 'Apple', model: 'iPhone 15' },
  { make: 'Apple', model: 'iPhone 13 mini' },
  { make: 'Samsung', model: 'Galaxy S24' },
  { make: 'Google', model: 'Pixel 8' },
  { make: 'Xiaomi', model: '14' },
];
/** Cumulative weights of the statuses in the large seed. */
const STATUS_WEIGHTS = /** @type {const} */ ([
  ['active', 0.35],
  ['ready', 0.55],
  ['expired', 0.7],
  ['depleted', 0.78],
  ['cancelled', 0.86],
  ['suspended', 0.89],
  ['revoked', 0.92],
  ['cancel_pending', 0.95],
  ['unknown', 1],
]);

/**
 * @param {number} now
 * @returns {SeedData}
 */
function largeSeed(now) {
  const random = prng(20_240_611);
  /** @template T @param {readonly T[]} items @returns {T} */
  const pick = (items) => /** @type {T} */ (items[Math.floor(random() * items.length)]);
  /** @type {EsimRecord[]} */
  const esims = [];
  /** @type {CancellationRecord[]} */
  const cancellations = [];
  for (let i = 1; i <= LARGE_SEED_SIZE; i += 1) {
    const plan = pick(PLANS);
    const roll = random();
    const status = (STATUS_WEIGHTS.find(([, weight]) => roll < weight) ?? STATUS_WEIGHTS[0])[0];
    const purchasedAt = now - Math.floor(random() * 120 * DAY);
    const totalBytes = plan.gb === null ? null : plan.gb * GB;
    const started = status !== 'ready' && status !== 'unknown';
    const activatedAt = started ? purchasedAt + Math.floor(random() * 5 * DAY) : null;
    const capacity = totalBytes ?? 20 * GB;
    const usedBytes = !started ? 0 : status === 'depleted' ? capacity : Math.floor(random() * capacity * 0.9);
    const installState = !started
      ? random() < 0.6
        ? 'not_installed'
        : 'downloaded'
      : status === 'active' || status === 'suspended' || status === 'cancel_pending' || status === 'depleted'
        ? pick(/** @type {const} */ (['installed', 'enabled', 'disabled']))
        : 'deleted';
    const id = `esim-l-${String(i).padStart(5, '0')}`;
    const planPrice = price(plan.cents, plan.currency);
    /** @type {Policy} */
    const policy =
      status === 'ready'
        ? policyOf({
            mode: installState === 'not_installed' ? 'instant' : 'review',
            deadline: purchasedAt + 30 * DAY,
            price: planPrice,
          })
        : status === 'active' || status === 'cancel_pending'
          ? usedBytes < capacity * 0.5
            ? policyOf({ mode: 'review', deadline: purchasedAt + 60 * DAY, price: planPrice })
            : policyOf({ mode: 'none', ineligibleReason: 'data_used', price: planPrice })
          : policyOf({
              mode: 'none',
              ineligibleReason:
                status === 'expired'
                  ? 'expired'
                  : status === 'depleted'
                    ? 'data_used'
                    : status === 'suspended'
                      ? 'window_elapsed'
                      : 'not_supported',
              price: planPrice,
            });
    const esim = esimOf({
      seq: i,
      id,
      iccid: iccid('88247', 50_000_000 + i),
      nickname: random() < 0.2 ? pick(NICKNAMES) : null,
      planName: plan.name,
      region: { code: plan.code, name: plan.region },
      status,
      installState,
      data: { usedBytes, totalBytes, updatedAt: now - Math.floor(random() * 6 * HOUR) },
      purchasedAt,
      activatedAt,
      expiresAt: activatedAt === null ? purchasedAt + 180 * DAY : activatedAt + plan.days * DAY,
      ...(installState === 'not_installed' ? {} : { device: pick(DEVICES) }),
      policy,
    });
    if (status === 'cancel_pending') {
      const requestedAt = now - Math.floor(random() * 2 * DAY);
      const cancellationId = `cxl-l-${String(i).padStart(5, '0')}`;
      esim.openRequestId = cancellationId;
      esim.statusBeforeRequest = 'active';
      cancellations.push({
        id: cancellationId,
        reference: `CXL-L${String(i).padStart(5, '0')}`,
        esimId: id,
        status: 'pending',
        mode: 'review',
        reason: 'no_longer_needed',
        note: null,
        contactEmail: 'demo@example.com',
        ...cancellationTerms(esim, 'review'),
        refundMethod: 'original_payment',
        createdAt: requestedAt,
        updatedAt: requestedAt,
        expectedDecisionBy: addBusinessDays(requestedAt, REVIEW_BUSINESS_DAYS),
        rejection: null,
        nextStepAt: null,
      });
    }
    esims.push(esim);
  }
  return { esims, cancellations };
}
