/**
 * The backend contract in zod (the single source of truth). Every response the elements receive is
 * parsed by these schemas; the OpenAPI document is generated from them.
 *
 * `zod/mini` keeps the script-tag bundle inside its size budget: the classic API would add ~90 KB.
 * Objects strip unknown keys, so a backend may add fields without breaking older elements.
 */
import * as z from 'zod/mini';
import { NOTE_MAX } from './limits.js';

/**
 * ISO 8601 date-time with an offset (`2026-11-25T10:00:00Z`, `2026-11-25T18:00:00.123+08:00`).
 * Read leniently, as RFC 3339 allows and serializers emit: lowercase `t`/`z`, `+0800`, or a plain
 * date for day-precision fields such as a deadline. A regex rather than `z.iso.datetime()`, which
 * costs the script-tag bundle ~0.9 KB gzip. What passes can be read by `Date`, and means the day
 * it names: `+08` (no minutes), month 13, 25:00 or 30 February fail here, not while rendering.
 */
/** Days in `month` (1–12) of `year`, Gregorian. */
const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : 30 + ((month + (month >> 3)) & 1);

export const DateTimeSchema = z.string().check(
  z.regex(/^\d{4}-\d\d-\d\d([Tt ]\d\d:\d\d(:\d\d(\.\d+)?)?([Zz]|[+-]\d\d:?\d\d))?$/, 'must be an ISO 8601 date-time with an offset'),
  // Date.parse says whether this browser reads it (and rejects month 13 or 25:00); it rolls
  // 30 February over into March, hence the day's own check, by arithmetic (no Date per field: a
  // 10,000-eSIM page has 20,000 of them).
  z.refine(
    (value) => !Number.isNaN(Date.parse(value)) && +value.slice(8, 10) <= daysInMonth(+value.slice(0, 4), +value.slice(5, 7)),
    'must be a date and time that exist',
  ),
);

/** A decimal amount as a string plus an ISO 4217 currency code. */
export const MoneySchema = z.object({
  amount: z.string().check(z.regex(/^-?\d+(\.\d+)?$/, 'must be a decimal string like "9.50"')),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code like "USD"')),
});

export const ESIM_STATUSES = [
  'ready',
  'active',
  'depleted',
  'expired',
  'suspended',
  'cancel_pending',
  'cancelled',
  'revoked',
  'unknown',
] as const;

export const INSTALL_STATES = ['not_installed', 'downloaded', 'installed', 'enabled', 'disabled', 'deleted', 'unknown'] as const;

export const CANCELLATION_MODES = ['instant', 'review', 'none'] as const;

export const INELIGIBLE_REASONS = [
  'installed',
  'data_used',
  'expired',
  'window_elapsed',
  'request_open',
  'already_cancelled',
  'not_supported',
] as const;

export const CANCELLATION_STATUSES = ['pending', 'processing', 'completed', 'rejected', 'withdrawn'] as const;

export const ERROR_CODES = [
  'unauthenticated',
  'forbidden',
  'not_found',
  'not_eligible',
  'duplicate_request',
  'idempotency_mismatch',
  'already_cancelled',
  'validation_failed',
  'rate_limited',
  'upstream_unavailable',
  'internal',
] as const;

/* Optional fields are read as `nullish`: many serializers write null for an absent field.
 * The contract is strict about these; the HTTP client still reads an unfamiliar status or install
 * state as "unknown" before parsing (see `normalizeEsim`), since provider systems add values over
 * time and one odd row must not fail a whole list. (`z.catch` would do it here, but pulls ~3.8 KB
 * gzip of zod's error machinery into the bundle.) */
export const EsimStatusSchema = z.enum(ESIM_STATUSES);
export const InstallStateSchema = z.enum(INSTALL_STATES);
export const CancellationModeSchema = z.enum(CANCELLATION_MODES);
export const IneligibleReasonSchema = z.enum(INELIGIBLE_REASONS);
export const CancellationStatusSchema = z.enum(CANCELLATION_STATUSES);

export const RegionSchema = z.object({
  code: z.string(),
  name: z.string(),
});

export const DataUsageSchema = z.object({
  usedBytes: z.number().check(z.gte(0)),
  totalBytes: z.nullable(z.number().check(z.gte(0))),
  updatedAt: DateTimeSchema,
});

export const DeviceSchema = z.object({
  make: z.nullish(z.string()),
  model: z.nullish(z.string()),
});

export const EsimCancellationInfoSchema = z.object({
  eligible: z.boolean(),
  mode: CancellationModeSchema,
  ineligibleReason: z.nullish(IneligibleReasonSchema),
  deadline: z.nullish(DateTimeSchema),
  openRequestId: z.nullish(z.string()),
});

/** A statutory withdrawal period (EU: 14 days) that runs until `until`. */
export const WithdrawalSchema = z.object({
  until: DateTimeSchema,
});

export const EsimSchema = z.object({
  id: z.string().check(z.minLength(1)),
  iccid: z.string().check(z.regex(/^\d{18,22}$/, 'must be 18 to 22 digits')),
  nickname: z.nullish(z.string()),
  planName: z.string(),
  region: z.nullish(RegionSchema),
  status: EsimStatusSchema,
  installState: InstallStateSchema,
  data: z.nullish(DataUsageSchema),
  purchasedAt: z.nullish(DateTimeSchema),
  activatedAt: z.nullish(DateTimeSchema),
  expiresAt: z.nullish(DateTimeSchema),
  device: z.nullish(DeviceSchema),
  cancellation: EsimCancellationInfoSchema,
  withdrawal: z.nullish(WithdrawalSchema),
});

export const EsimPageSchema = z.object({
  items: z.array(EsimSchema),
  nextCursor: z.nullable(z.string()),
});

export const CancellationSchema = z.object({
  id: z.string().check(z.minLength(1)),
  reference: z.string(),
  esimId: z.string(),
  status: CancellationStatusSchema,
  mode: z.enum(['instant', 'review']),
  reason: z.string(),
  note: z.nullish(z.string()),
  contactEmail: z.string(),
  fee: z.nullish(MoneySchema),
  refund: z.nullish(MoneySchema),
  refundMethod: z.nullish(z.string()),
  createdAt: DateTimeSchema,
  updatedAt: DateTimeSchema,
  expectedDecisionBy: z.nullish(DateTimeSchema),
  rejectionReason: z.nullish(z.string()),
  withdrawable: z.boolean(),
});

export const CancellationRequestSchema = z.object({
  reason: z.string().check(z.minLength(1)),
  note: z.optional(z.string().check(z.maxLength(NOTE_MAX))),
  contactEmail: z.email(),
  quoteId: z.optional(z.string()),
  acknowledged: z.literal(true),
});

export const SessionRequestSchema = z.object({
  email: z.email(),
  password: z.string().check(z.minLength(1)),
});

export const SessionSchema = z.object({
  token: z.nullish(z.string()),
  expiresAt: z.nullish(DateTimeSchema),
});

export const PasswordResetRequestSchema = z.object({
  email: z.email(),
});

export const ErrorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    retryable: z.nullish(z.boolean()),
    details: z.nullish(z.record(z.string(), z.string())),
    existingRequestId: z.nullish(z.string()),
    requestId: z.nullish(z.string()),
  }),
});

export type Money = z.infer<typeof MoneySchema>;
export type EsimStatus = (typeof ESIM_STATUSES)[number];
export type InstallState = (typeof INSTALL_STATES)[number];
export type CancellationMode = (typeof CANCELLATION_MODES)[number];
export type IneligibleReason = (typeof INELIGIBLE_REASONS)[number];
export type CancellationStatus = (typeof CANCELLATION_STATUSES)[number];
export type ContractErrorCode = (typeof ERROR_CODES)[number];
export type Esim = z.infer<typeof EsimSchema>;
export type Withdrawal = z.infer<typeof WithdrawalSchema>;

export type EsimPage = z.infer<typeof EsimPageSchema>;
export type Cancellation = z.infer<typeof CancellationSchema>;
export type CancellationRequest = z.infer<typeof CancellationRequestSchema>;
export type SessionRequest = z.infer<typeof SessionRequestSchema>;
export type Session = z.infer<typeof SessionSchema>;
export type PasswordResetRequest = z.infer<typeof PasswordResetRequestSchema>;
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
