/**
 * The subset of `zod/mini` that the contract (src/api/schemas.ts) and the HTTP client use, for the
 * script-tag build only: scripts/build-bundles.mjs resolves `zod/mini` to this file there, so the
 * same schema definitions validate every response in ~1 KB instead of zod's ~6 KB runtime, which
 * alone would not let the list paint from 24 KB. The npm package, `esim-elements/api.js` and the
 * OpenAPI document keep zod itself.
 *
 * Same results as zod for what the contract uses: objects strip unknown keys and keep shape order,
 * `optional`/`nullish` keys stay absent when absent, the first issue (in the order zod reports it)
 * carries the same path and the same message (the check's own, else zod/mini's "Invalid input").
 * test/packaging/zod-lite.test.ts runs both engines over the same payloads.
 */
type Path = (string | number)[];
type Parse = (value: unknown) => unknown;
/** A check: the message when `value` fails it. */
type Check = (value: never) => string | undefined;

interface Issue {
  path: Path;
  message: string;
}

/** A schema: its parser, whether an absent key is fine, and `.check()` as zod/mini has it. */
export interface LiteSchema {
  p: Parse;
  o?: boolean;
  check(...checks: Check[]): LiteSchema;
}

class Failure {
  constructor(readonly issue: Issue) {}
}

/* A failure's path is built while the error unwinds (see `at`), so a parse that succeeds allocates
 * no paths: per-field arrays were most of the garbage of reading a 10,000-eSIM list. */
const fail = (message: string): never => {
  throw new Failure({ path: [], message });
};

/** zod/mini's message for a failed check that names none (it loads no locale: one wording for all). */
const INVALID = 'Invalid input';

const invalid = (): never => fail(INVALID);

/** Parses the value at `key` of its parent: a failure below gets `key` in front of its path. */
function at(schema: LiteSchema, value: unknown, key: string | number): unknown {
  try {
    return schema.p(value);
  } catch (error) {
    if (error instanceof Failure) error.issue.path.unshift(key);
    throw error;
  }
}

/* @__NO_SIDE_EFFECTS__ */
function make(p: Parse, o?: boolean): LiteSchema {
  return {
    p,
    o,
    check: (...checks) =>
      make((value) => {
        const out = p(value);
        for (const check of checks) {
          const message = check(out as never);
          if (message) fail(message);
        }
        return out;
      }, o),
  };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/* @__NO_SIDE_EFFECTS__ */
export function string(): LiteSchema {
  return make((value) => (typeof value === 'string' ? value : invalid()));
}

/* @__NO_SIDE_EFFECTS__ */
export function number(): LiteSchema {
  return make((value) => (typeof value === 'number' && Number.isFinite(value) ? value : invalid()));
}

/* @__NO_SIDE_EFFECTS__ */
export function boolean(): LiteSchema {
  return make((value) => (typeof value === 'boolean' ? value : invalid()));
}

/* @__NO_SIDE_EFFECTS__ */
export function literal(literal: unknown): LiteSchema {
  return make((value) => (value === literal ? value : invalid()));
}

/* @__NO_SIDE_EFFECTS__ */
function oneOf(values: readonly unknown[]): LiteSchema {
  return make((value) => (values.includes(value) ? value : invalid()));
}
export { oneOf as enum };

/* @__NO_SIDE_EFFECTS__ */
export function array(item: LiteSchema): LiteSchema {
  return make((value) => (Array.isArray(value) ? value.map((v, i) => at(item, v, i)) : invalid()));
}

/* @__NO_SIDE_EFFECTS__ */
export function object(shape: Record<string, LiteSchema>): LiteSchema {
  const keys = Object.keys(shape);
  const schemas = keys.map((key) => shape[key]!);
  return make((value) => {
    if (!isObject(value)) return invalid();
    const out: Record<string, unknown> = {};
    let i = 0;
    try {
      for (; i < keys.length; i++) {
        const key = keys[i]!;
        const schema = schemas[i]!;
        const v = value[key];
        if (v === undefined && schema.o) {
          if (key in value) out[key] = v;
        } else {
          out[key] = schema.p(v);
        }
      }
    } catch (error) {
      if (error instanceof Failure) error.issue.path.unshift(keys[i]!);
      throw error;
    }
    return out;
  });
}

/* @__NO_SIDE_EFFECTS__ */
export function record(_key: LiteSchema, item: LiteSchema): LiteSchema {
  return make((value) => {
    if (!isObject(value)) return invalid();
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) out[key] = at(item, value[key], key);
    return out;
  });
}

/* @__NO_SIDE_EFFECTS__ */
export function optional(schema: LiteSchema): LiteSchema {
  return make((value) => (value === undefined ? value : schema.p(value)), true);
}

/* @__NO_SIDE_EFFECTS__ */
export function nullable(schema: LiteSchema): LiteSchema {
  return make((value) => (value === null ? value : schema.p(value)), schema.o);
}

/* @__NO_SIDE_EFFECTS__ */
export function nullish(schema: LiteSchema): LiteSchema {
  return make((value) => (value == null ? value : schema.p(value)), true);
}

/* @__NO_SIDE_EFFECTS__ */
export function regex(pattern: RegExp, message?: string): Check {
  return (value: string) => (pattern.test(value) ? undefined : (message ?? INVALID));
}

/* @__NO_SIDE_EFFECTS__ */
export function minLength(length: number, message?: string): Check {
  return (value: string | unknown[]) => (value.length >= length ? undefined : (message ?? INVALID));
}

/* @__NO_SIDE_EFFECTS__ */
export function maxLength(length: number, message?: string): Check {
  return (value: string | unknown[]) => (value.length <= length ? undefined : (message ?? INVALID));
}

/* @__NO_SIDE_EFFECTS__ */
export function gte(minimum: number, message?: string): Check {
  return (value: number) => (value >= minimum ? undefined : (message ?? INVALID));
}

/* @__NO_SIDE_EFFECTS__ */
export function refine<T>(predicate: (value: T) => boolean, message?: string): Check {
  return (value: T) => (predicate(value) ? undefined : (message ?? INVALID));
}

/* @__NO_SIDE_EFFECTS__ */
export function unknown(): LiteSchema {
  return make((value) => value);
}

/* @__NO_SIDE_EFFECTS__ */
export function email(): LiteSchema {
  return string().check(regex(/^(?!\.)(?!.*\.\.)([A-Za-z0-9_'+\-.]*)[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/));
}

export function safeParse(
  schema: LiteSchema,
  data: unknown,
): { success: true; data: unknown } | { success: false; error: { issues: Issue[] } } {
  try {
    return { success: true, data: schema.p(data) };
  } catch (error) {
    if (error instanceof Failure) return { success: false, error: { issues: [error.issue] } };
    throw error;
  }
}
