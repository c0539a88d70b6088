/**
 * The contract of `POST /cancellation-declarations` (`<esim-cancel-declaration>`), in a module of its
 * own so that pages without the declaration element never download it: the validated backend
 * imports it on demand.
 */
import * as z from 'zod/mini';
import { DECLARATION_FIELD_MAX, NOTE_MAX } from './limits.js';
import { DateTimeSchema } from './schemas.js';

/** What a declaration made without signing in declares: ending the contract, or withdrawing from it. */
export const DECLARATION_KINDS = ['cancellation', 'withdrawal'] as const;

/** When a declared cancellation takes effect: as soon as possible, or on `effectiveDate`. */
export const DECLARATION_EFFECTIVE = ['asap', 'date'] as const;

export const DeclarationKindSchema = z.enum(DECLARATION_KINDS);

/**
 * `POST /cancellation-declarations`: a cancellation or withdrawal declared without signing in
 * (BGB §312k, EU Directive 2023/2673). It names the contract by ICCID or order reference (one is
 * enough, one is required); a reason only for an extraordinary cancellation; a date only when
 * `effective` is `date`.
 */
export const DeclarationRequestSchema = z
  .object({
    kind: DeclarationKindSchema,
    name: z.string().check(z.regex(/\S/, 'must not be blank'), z.maxLength(DECLARATION_FIELD_MAX)),
    email: z.email(),
    iccid: z.optional(z.string().check(z.regex(/^\d{18,22}$/, 'must be 18 to 22 digits'))),
    orderReference: z.optional(z.string().check(z.regex(/\S/, 'must not be blank'), z.maxLength(DECLARATION_FIELD_MAX))),
    extraordinary: z.optional(z.boolean()),
    reason: z.optional(z.string().check(z.maxLength(NOTE_MAX))),
    effective: z.enum(DECLARATION_EFFECTIVE),
    effectiveDate: z.optional(DateTimeSchema),
  })
  .check(
    z.refine((request) => Boolean(request.iccid || request.orderReference), 'needs an iccid or an orderReference'),
    z.refine(
      (request) => request.effective !== 'date' || Boolean(request.effectiveDate),
      'needs an effectiveDate when effective is "date"',
    ),
  );

/** The backend's receipt for a declaration: what it recorded, when, and where the confirmation went. */
export const DeclarationSchema = z.object({
  id: z.string().check(z.minLength(1)),
  reference: z.string().check(z.minLength(1)),
  kind: DeclarationKindSchema,
  receivedAt: DateTimeSchema,
  name: z.string(),
  email: z.string(),
  iccid: z.nullish(z.string()),
  orderReference: z.nullish(z.string()),
  extraordinary: z.nullish(z.boolean()),
  reason: z.nullish(z.string()),
  effective: z.enum(DECLARATION_EFFECTIVE),
  effectiveDate: z.nullish(DateTimeSchema),
  confirmationSentTo: z.string(),
});

export type DeclarationKind = (typeof DECLARATION_KINDS)[number];
export type DeclarationEffective = (typeof DECLARATION_EFFECTIVE)[number];
export type DeclarationRequest = z.infer<typeof DeclarationRequestSchema>;
export type Declaration = z.infer<typeof DeclarationSchema>;
