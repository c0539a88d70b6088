/**
 * `esim-elements/api.js`: the backend contract (zod schemas and types), the HTTP client and the
 * error class. Registers no element and touches no DOM.
 */
export * from './schemas.js';
export { QUOTE_WARNINGS, QuoteSchema, QuoteWarningSchema, REFUND_METHODS } from './quote-schemas.js';
export type { Quote, QuoteWarning, RefundMethod } from './quote-schemas.js';
export * from './errors.js';
export type { CallOptions, EsimBackend, IdempotentCallOptions, ListEsimsParams } from './backend.js';
export { createHttpBackend, newIdempotencyKey, parseWith } from './http-backend.js';
export type { AuthTokenGetter, HttpBackendOptions } from './http-backend.js';
export { validatedBackend } from './validated-backend.js';
export type { CheckedBackend, CheckedEsimPage, UncheckedBackend } from './validated-backend.js';
export * from './declaration-schemas.js';
