/**
 * The backend contract in zod (the single source of truth). Every response the elements receive is
 * parsed by these schemas; the OpenAPI document is generated from them.
 *
 * `zod/mini` keeps the script-tag bundle inside its size budget: the classic API would add ~90 KB.
 * Objects strip unknown keys, so a backend may add fields without breaking older elements.
 *
 * Every zod schema kind or check used here brings its implementation into the script-tag bundle, so
 * the schemas stick to a few: string, number, boolean, object, array, enum, nullable/optional, the
 * string-format (pattern) and `gte` checks, plus `literal` for a request body. Length limits are
 * patterns rather than `minLength`/`maxLength`, an email is zod's email pattern and format rather
 * than `z.email()`, and the error body's `details` a catch-all object rather than a `record`: the
 * same constraints in the OpenAPI document for ~1 KB gzip less. The patterns carry no custom
 * messages: `parseWith` reports the failing pattern itself.
 */
import * as z from 'zod/mini';

/* Shared instances: the same schema object may sit in many places (zod never mutates one). The few
 * that are made once are built with their classes, which is all `z.string()` & co. do: the wrappers
 * around them then stay out of the bundle. */
const str = new z.ZodMiniString({ type: 'string' });
const bool = new z.ZodMiniBoolean({ type: 'boolean' });
/** Optional fields are read as `nullish`: many serializers write null for an absent field. */
const optStr = z.nullish(str);
/**
 * A string matching `pattern`, by zod's string-format check: the one `z.regex()` and `z.email()`
 * build on, used directly so their own schema and check kinds stay out of the bundle. In the OpenAPI
 * document: `pattern`, and `format` unless it is `regex`.
 */
const matching = (pattern: RegExp, format = 'regex') =>
  str.check(new z.core.$ZodCheckStringFormat({ check: 'string_format', format, pattern }));
/** At least one character (`pattern: "."`, for `minLength: 1`). */
const nonEmpty = matching(/./);
/** A number >= 0 (`z.gte(0)`). */
const count = new z.ZodMiniNumber({ type: 'number' }).check(
  new z.core.$ZodCheckGreaterThan({ check: 'greater_than', value: 0, inclusive: true }),
);
/** An email address: what `z.email()` checks, with its `email` format in the OpenAPI document. */
const email = matching(z.regexes.email, 'email');

/**
 * ISO 8601 date-time with an offset (`2026-11-25T10:00:00Z`, `2026-11-25T18:00:00.123+08:00`).
 * Read leniently, as RFC 3339 allows and serializers emit: lowercase `t`/`z`, `+0800`, or a plain
 * date for day-precision fields such as a deadline. A regex rather than `z.iso.datetime()`, which
 * costs the script-tag bundle ~0.9 KB gzip.
 */
export const DateTimeSchema = matching(/^\d{4}-\d\d-\d\d([Tt ]\d\d:\d\d(:\d\d(\.\d+)?)?([Zz]|[+-]\d\d(:?\d\d)?))?$/);
const optDate = z.nullish(DateTimeSchema);

/** A decimal amount as a string plus an ISO 4217 currency code. */
export const MoneySchema = z.object({
  amount: matching(/^-?\d+(\.\d+)?$/),
  currency: matching(/^[A-Z]{3}$/),
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

export const INSTALL_STATES = [
  'not_installed',
  'downloaded',
  'installed',
  'enabled',
  'disabled',
  'deleted',
  'unknown',
] as const;

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

export const QUOTE_WARNINGS = [
  'irreversible',
  'data_forfeited',
  'keep_installed_for_support',
  'refund_as_credit',
  'deadline_soon',
] as const;

export const REFUND_METHODS = ['original_payment', 'store_credit', 'none'] as const;

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

/* The contract is strict about these; the HTTP client still reads an unfamiliar status or install
 * state as "unknown" before parsing (see `normalizeEsim`), since provider systems add values over
 * time and one odd row must not fail a whole list. (`z.catch` would do it here, but pulls ~3.8 KB
 * gzip of zod's error machinery into the bundle.) */
export const EsimStatusSchema = z.enum(ESIM_STATUSES);
export const InstallStateSchema = z.enum(INSTALL_STATES);
export const CancellationModeSchema = z.enum(CANCELLATION_MODES);
export const IneligibleReasonSchema = z.enum(INELIGIBLE_REASONS);
export const CancellationStatusSchema = z.enum(CANCELLATION_STATUSES);
export const QuoteWarningSchema = z.enum(QUOTE_WARNINGS);
const optReason = z.nullish(IneligibleReasonSchema);

export const RegionSchema = z.object({
  code: str,
  name: str,
});

export const DataUsageSchema = z.object({
  usedBytes: count,
  totalBytes: z.nullable(count),
  updatedAt: DateTimeSchema,
});

export const DeviceSchema = z.object({
  make: optStr,
  model: optStr,
});

export const EsimCancellationInfoSchema = z.object({
  eligible: bool,
  mode: CancellationModeSchema,
  ineligibleReason: optReason,
  deadline: optDate,
  openRequestId: optStr,
});

export const EsimSchema = z.object({
  id: nonEmpty,
  iccid: matching(/^\d{18,22}$/),
  nickname: optStr,
  planName: str,
  region: z.nullish(RegionSchema),
  status: EsimStatusSchema,
  installState: InstallStateSchema,
  data: z.nullish(DataUsageSchema),
  purchasedAt: optDate,
  activatedAt: optDate,
  expiresAt: optDate,
  device: z.nullish(DeviceSchema),
  cancellation: EsimCancellationInfoSchema,
});

export const EsimPageSchema = z.object({
  items: z.array(EsimSchema),
  nextCursor: z.nullable(str),
});

export const QuoteSchema = z.object({
  esimId: str,
  quoteId: str,
  expiresAt: optDate,
  eligible: bool,
  mode: CancellationModeSchema,
  ineligibleReason: optReason,
  fee: MoneySchema,
  refund: MoneySchema,
  refundMethod: z.nullish(z.enum(REFUND_METHODS)),
  effective: z.enum(['immediately', 'after_review']),
  reviewBusinessDays: z.nullish(count),
  expectedDecisionBy: optDate,
  warnings: z.array(QuoteWarningSchema),
  policyUrl: optStr,
});

const optMoney = z.nullish(MoneySchema);

export const CancellationSchema = z.object({
  id: nonEmpty,
  reference: str,
  esimId: str,
  status: CancellationStatusSchema,
  mode: z.enum(['instant', 'review']),
  reason: str,
  note: optStr,
  contactEmail: str,
  fee: optMoney,
  refund: optMoney,
  refundMethod: optStr,
  createdAt: DateTimeSchema,
  updatedAt: DateTimeSchema,
  expectedDecisionBy: optDate,
  rejectionReason: optStr,
  withdrawable: bool,
});

export const CancellationRequestSchema = z.object({
  reason: nonEmpty,
  // At most 1000 characters (UTF-16 units, as `maxLength` counted them).
  note: z.optional(matching(/^[\s\S]{0,1000}$/)),
  contactEmail: email,
  quoteId: z.optional(str),
  acknowledged: z.literal(true),
});

export const SessionRequestSchema = z.object({
  email,
  password: nonEmpty,
});

export const SessionSchema = z.object({
  token: optStr,
  expiresAt: optDate,
});

export const PasswordResetRequestSchema = z.object({
  email,
});

export const ErrorBodySchema = z.object({
  error: z.object({
    code: str,
    message: str,
    retryable: z.nullish(bool),
    /**
     * A message per field: an object whose every key is a string (`z.record` would cost the bundle
     * ~0.5 KB gzip). Built as `z.catchall(z.object({}), str)` would build it, typed as it would type it.
     */
    details: z.nullish(
      new z.ZodMiniObject({ type: 'object', shape: {}, catchall: str }) as z.ZodMiniObject<
        {},
        z.core.$catchall<typeof str>
      >,
    ),
    existingRequestId: optStr,
    requestId: optStr,
  }),
});

export type Money = z.infer<typeof MoneySchema>;
export type EsimStatus = (typeof ESIM_STATUSES)[number];
export type InstallState = (typeof INSTALL_STATES)[number];
export type CancellationMode = (typeof CANCELLATION_MODES)[number];
export type IneligibleReason = (typeof INELIGIBLE_REASONS)[number];
export type CancellationStatus = (typeof CANCELLATION_STATUSES)[number];
export type QuoteWarning = (typeof QUOTE_WARNINGS)[number];
export type RefundMethod = (typeof REFUND_METHODS)[number];
export type ContractErrorCode = (typeof ERROR_CODES)[number];
export type Esim = z.infer<typeof EsimSchema>;
export type EsimPage = z.infer<typeof EsimPageSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type Cancellation = z.infer<typeof CancellationSchema>;
export type CancellationRequest = z.infer<typeof CancellationRequestSchema>;
export type SessionRequest = z.infer<typeof SessionRequestSchema>;
export type Session = z.infer<typeof SessionSchema>;
export type PasswordResetRequest = z.infer<typeof PasswordResetRequestSchema>;
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
