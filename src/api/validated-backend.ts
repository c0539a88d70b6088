/**
 * The one validation boundary: every backend's answers, the HTTP client's and a host's own
 * `backend` object's alike, are parsed here by the contract's schemas before an element sees them.
 * A wrong shape becomes `EsimApiError('invalid_response')` naming the field; anything else a backend
 * throws becomes an `EsimApiError` too, so the elements handle one kind of failure.
 */
import * as z from 'zod/mini';
import type { EsimBackend } from './backend.js';
import { EsimApiError, toEsimApiError } from './errors.js';
import { loadDeclarationSchemas, loadQuoteSchemas } from './schema-loader.js';
import { CancellationSchema, ESIM_STATUSES, EsimSchema, INSTALL_STATES, SessionSchema, type EsimPage } from './schemas.js';

/** A list page as the elements receive it: the valid items, and what was wrong with any others. */
export interface CheckedEsimPage extends EsimPage {
  /** One `invalid_response` error per item left out of `items` because it broke the contract. */
  rejected: EsimApiError[];
}

/** A backend whose every answer has passed the boundary. */
export interface CheckedBackend extends EsimBackend {
  listEsims(...args: Parameters<EsimBackend['listEsims']>): Promise<CheckedEsimPage>;
}

/** A backend as the boundary takes it: the methods of {@link EsimBackend}, answering anything at all. */
export type UncheckedBackend = {
  [K in keyof EsimBackend]: (...args: Parameters<NonNullable<EsimBackend[K]>>) => unknown;
};

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null;

/**
 * Provider systems add statuses and install states over time: a string this version does not know
 * reads as "unknown" instead of failing the whole answer. Anything else is left for the schema.
 */
export function normalizeEsim(json: unknown): unknown {
  if (!isRecord(json)) return json;
  const unfamiliar = (key: string, values: readonly string[]) => typeof json[key] === 'string' && !values.includes(json[key] as string);
  // Nearly always nothing to change: no copy then (a 10,000-eSIM list is read in one go).
  if (!unfamiliar('status', ESIM_STATUSES) && !unfamiliar('installState', INSTALL_STATES)) return json;
  const known = (key: string, values: readonly string[]) => (unfamiliar(key, values) ? 'unknown' : json[key]);
  return { ...json, status: known('status', ESIM_STATUSES), installState: known('installState', INSTALL_STATES) };
}

/** The `invalid_response` error for an answer that broke the contract at `path`. */
export const invalidResponse = (detail: string, status?: number): EsimApiError =>
  new EsimApiError({
    code: 'invalid_response',
    status,
    message: `The server's response could not be read: ${detail}.`,
  });

/** Parses an answer by its schema; the error names the first bad field so backend authors can fix it. */
export function parseWith<T>(schema: z.ZodMiniType<T>, data: unknown, status?: number, prefix = ''): T {
  const result = z.safeParse(schema, data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw invalidResponse(`${prefix + (issue?.path.join('.') ?? '') || '(root)'}: ${issue?.message ?? 'invalid'}`, status);
}

const PageEnvelopeSchema = z.object({ items: z.array(z.unknown()), nextCursor: z.nullable(z.string()) });

/**
 * A list page: the envelope must be right; each item is parsed on its own, so one bad record is
 * left out (and reported in `rejected`) instead of blanking the list. A page whose every item is bad
 * fails as a whole: an empty list would say "no eSIMs", which is not true.
 */
export function parsePage(json: unknown, status?: number): CheckedEsimPage {
  const envelope = parseWith(PageEnvelopeSchema, json, status);
  const page: CheckedEsimPage = { items: [], nextCursor: envelope.nextCursor, rejected: [] };
  envelope.items.forEach((item, index) => {
    try {
      page.items.push(parseWith(EsimSchema, normalizeEsim(item), status, `items.${index}.`));
    } catch (error) {
      page.rejected.push(error as EsimApiError);
    }
  });
  if (page.rejected.length && !page.items.length) throw page.rejected[0];
  return page;
}

const checkedBackends = new WeakMap<object, CheckedBackend>();

/** A schema module fetched on demand; a failure to fetch it is an `EsimApiError` like any other. */
const onDemand = <T>(module: Promise<T>): Promise<T> => module.catch((error: unknown) => Promise.reject(toEsimApiError(error)));

/**
 * Wraps a backend so each answer goes through the contract's schemas and each failure is an
 * `EsimApiError`. The same object always gets the same wrapper; a wrapper is returned as it is.
 */
export function validatedBackend(backend: EsimBackend | UncheckedBackend): CheckedBackend {
  let checked = checkedBackends.get(backend);
  if (checked) return checked;
  /** Calls `backend[name]`, turning a missing method or anything thrown into an `EsimApiError`. */
  const call = async (name: keyof EsimBackend, args: unknown[]): Promise<unknown> => {
    const method = backend[name] as ((...a: unknown[]) => unknown) | undefined;
    if (typeof method !== 'function') throw invalidResponse(`the backend has no ${name}() method`);
    try {
      return await method.apply(backend, args);
    } catch (error) {
      throw toEsimApiError(error);
    }
  };
  checked = {
    listEsims: async (...args) => parsePage(await call('listEsims', args)),
    getEsim: async (...args) => parseWith(EsimSchema, normalizeEsim(await call('getEsim', args))),
    // The quote's schema is fetched with the first quote (it comes with the flow's code in the
    // script-tag build): list pages never load it.
    getCancellationQuote: async (...args) => {
      const [{ QuoteSchema, normalizeQuote }, answer] = await Promise.all([
        onDemand(loadQuoteSchemas()),
        call('getCancellationQuote', args),
      ]);
      return parseWith(QuoteSchema, normalizeQuote(answer));
    },
    submitCancellation: async (...args) => parseWith(CancellationSchema, await call('submitCancellation', args)),
    getCancellation: async (...args) => parseWith(CancellationSchema, await call('getCancellation', args)),
    withdrawCancellation: async (...args) => parseWith(CancellationSchema, await call('withdrawCancellation', args)),
    // The declaration's schema is fetched with the first declaration: list and flow pages never load it.
    ...(typeof backend.submitDeclaration === 'function' && {
      submitDeclaration: async (...args: Parameters<NonNullable<EsimBackend['submitDeclaration']>>) => {
        const [{ DeclarationSchema }, answer] = await Promise.all([onDemand(loadDeclarationSchemas()), call('submitDeclaration', args)]);
        return parseWith(DeclarationSchema, answer);
      },
    }),
    // The sign-in step appears only for a backend that has these.
    ...(typeof backend.signIn === 'function' && {
      signIn: async (...args: Parameters<NonNullable<EsimBackend['signIn']>>) =>
        parseWith(SessionSchema, (await call('signIn', args)) ?? {}),
    }),
    ...(typeof backend.requestPasswordReset === 'function' && {
      requestPasswordReset: async (...args: Parameters<NonNullable<EsimBackend['requestPasswordReset']>>) => {
        await call('requestPasswordReset', args);
      },
    }),
  };
  checkedBackends.set(backend, checked);
  checkedBackends.set(checked, checked);
  return checked;
}
