/**
 * Plain-fetch access to the reference backend (demo/backend/) for its own tests: each test gets a
 * fresh tenant under `/api/t/<uuid>` and talks raw HTTP, so status codes, headers and bodies are
 * checked exactly as a reseller's server would be, with no client library in between.
 */
import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { ErrorBodySchema } from '../../src/api/schemas.js';

export interface ResetOptions {
  seed?: 'default' | 'large' | 'xss';
  requireAuth?: boolean;
  reviewPaceMs?: number;
  manualClock?: boolean;
  outcome?: 'auto' | 'complete' | 'reject';
}

/** The default seed's ids by case (demo/backend/seed.js `SEED_IDS`), as the reset answers them. */
export interface SeedIds {
  instant: string;
  instantStoreCredit: string;
  instantRemoved: string;
  review: string;
  reviewRejected: string;
  reviewDeadlineSoon: string;
  reviewDownloaded: string;
  pendingRequest: string;
  pendingCancellation: string;
  installed: string;
  dataUsed: string;
  expired: string;
  windowElapsed: string;
  cancelled: string;
  completedCancellation: string;
  revoked: string;
  unknown: string;
  /** xss seed only: a rejected cancellation whose rejectionReason carries a payload. */
  rejectedCancellation?: string;
}

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  /** The body parsed as JSON (undefined when empty). */
  json: unknown;
}

export interface CallOptions {
  body?: unknown;
  /** Sent as Idempotency-Key. */
  key?: string;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export interface LoggedRequest {
  method: string;
  path: string;
  idempotencyKey?: string;
  status: number;
  at: string;
  fault?: string;
}

export interface TestTenant {
  base: string;
  /** Meaningless for the large seed, which has no named cases. */
  seedIds: SeedIds;
  call(method: string, path: string, options?: CallOptions): Promise<Answer>;
  get(path: string, options?: CallOptions): Promise<Answer>;
  post(path: string, body: unknown, options?: CallOptions): Promise<Answer>;
  control(method: string, action: string, body?: unknown): Promise<Answer>;
  fault(fault: Record<string, unknown>): Promise<void>;
  advance(ms: number): Promise<void>;
  log(): Promise<{ requests: LoggedRequest[]; cancellationsCreated: number }>;
}

export const validRequest = {
  reason: 'bought_wrong_plan',
  contactEmail: 'traveller@example.com',
  acknowledged: true,
};

export function newKey(): string {
  return crypto.randomUUID();
}

async function request(url: string, method: string, options: CallOptions = {}): Promise<Answer> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.key !== undefined) headers['Idempotency-Key'] = options.key;
  const response = await fetch(url, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: options.signal,
  });
  const text = await response.text();
  const isJson = response.headers.get('Content-Type')?.startsWith('application/json') ?? false;
  return { status: response.status, headers: response.headers, text, json: isJson && text ? JSON.parse(text) : undefined };
}

export async function newTenant(reset: ResetOptions = {}): Promise<TestTenant> {
  const base = `/api/t/${crypto.randomUUID()}`;
  const call = (method: string, path: string, options?: CallOptions) => request(`${base}${path}`, method, options);
  const control = async (method: string, action: string, body?: unknown) => {
    const answer = await request(`${base}/__control/${action}`, method, { body });
    if (answer.status >= 300) throw new Error(`control ${action}: ${answer.status} ${answer.text}`);
    return answer;
  };
  const answer = await control('POST', 'reset', reset);
  const { seedIds } = answer.json as { seedIds: SeedIds };
  return {
    base,
    seedIds,
    call,
    get: (path, options) => call('GET', path, options),
    post: (path, body, options) => call('POST', path, { ...options, body }),
    control,
    fault: async (fault) => void (await control('POST', 'faults', fault)),
    advance: async (ms) => void (await control('POST', 'advance', { ms })),
    log: async () => (await control('GET', 'log')).json as { requests: LoggedRequest[]; cancellationsCreated: number },
  };
}

/** Parses with a contract schema, failing the test with zod's own explanation. */
export function parse<T extends z.ZodMiniType>(schema: T, value: unknown): z.infer<T> {
  const result = z.safeParse(schema, value);
  if (!result.success) expect.fail(z.prettifyError(result.error));
  return result.data as z.infer<T>;
}

/** Checks a contract error answer: status, JSON error body, code; returns the error object. */
export function expectError(answer: Answer, status: number, code: string) {
  expect(answer.status, answer.text).to.equal(status);
  expect(answer.headers.get('Content-Type')).to.equal('application/json; charset=utf-8');
  const { error } = parse(ErrorBodySchema, answer.json);
  expect(error.code).to.equal(code);
  expect(error.message).to.be.a('string').and.not.equal('');
  expect(error.requestId).to.equal(answer.headers.get('X-Request-Id'));
  return error;
}

/** Resolves when `promise` rejects (a network error), failing if it resolves. */
export async function expectNetworkError(promise: Promise<unknown>): Promise<void> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(TypeError);
    return;
  }
  expect.fail('expected the request to fail at the network level');
}
