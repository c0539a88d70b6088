/**
 * The contract of `GET /esims/{id}/cancellation-quote`, in a module of its own: only the flow asks
 * for a quote, so the validated backend imports this on demand, and in the script-tag build it comes
 * with the flow's chunk instead of the list's first paint.
 */
import * as z from 'zod/mini';
import { CancellationModeSchema, DateTimeSchema, IneligibleReasonSchema, MoneySchema } from './schemas.js';

export const QUOTE_WARNINGS = [
  'irreversible',
  'data_forfeited',
  'keep_installed_for_support',
  'refund_as_credit',
  'deadline_soon',
] as const;

export const REFUND_METHODS = ['original_payment', 'store_credit', 'none'] as const;

export const QuoteWarningSchema = z.enum(QUOTE_WARNINGS);

export const QuoteSchema = z.object({
  esimId: z.string(),
  quoteId: z.string(),
  expiresAt: z.nullish(DateTimeSchema),
  eligible: z.boolean(),
  mode: CancellationModeSchema,
  ineligibleReason: z.nullish(IneligibleReasonSchema),
  fee: MoneySchema,
  refund: MoneySchema,
  refundMethod: z.nullish(z.enum(REFUND_METHODS)),
  effective: z.enum(['immediately', 'after_review']),
  reviewBusinessDays: z.nullish(z.number().check(z.gte(0))),
  expectedDecisionBy: z.nullish(DateTimeSchema),
  warnings: z.array(QuoteWarningSchema),
  policyUrl: z.nullish(z.string()),
});

/** A warning this version cannot word is dropped rather than failing the whole quote. */
export function normalizeQuote(json: unknown): unknown {
  const warnings = (json as { warnings?: unknown } | null)?.warnings;
  return Array.isArray(warnings) ? { ...(json as object), warnings: warnings.filter((w) => QUOTE_WARNINGS.includes(w)) } : json;
}

export type QuoteWarning = (typeof QUOTE_WARNINGS)[number];
export type RefundMethod = (typeof REFUND_METHODS)[number];
export type Quote = z.infer<typeof QuoteSchema>;
