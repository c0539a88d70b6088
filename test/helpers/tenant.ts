/**
 * A fresh, isolated state of the reference backend for one test: `/api/t/<uuid>` (see
 * demo/backend/). Tests never share state, so they can run in parallel.
 */
export type FaultKind =
  | 'drop'
  | 'delay'
  | 'slow'
  | '500'
  | 'html502'
  | 'malformed'
  | 'schema'
  | '401'
  | '403'
  | '404'
  | '409'
  | '422'
  | '429'
  | 'lostResponse'
  | 'redirect'
  | 'endless'
  | 'unreadableDate'
  | 'hostile';

export interface Fault {
  path: string;
  method?: 'GET' | 'POST' | '*';
  kind: FaultKind;
  count?: number;
  delayMs?: number;
  /** For 429: seconds, or the header's text as sent ("-5", "soon", an HTTP date). */
  retryAfter?: number | string;
}

export interface ResetOptions {
  seed?: 'default' | 'large' | 'xss';
  requireAuth?: boolean;
  reviewPaceMs?: number;
  manualClock?: boolean;
  outcome?: 'complete' | 'reject';
}

export interface LoggedRequest {
  method: string;
  path: string;
  idempotencyKey?: string;
  status: number;
}

export interface Tenant {
  apiBase: string;
  fault(fault: Fault): Promise<void>;
  clearFaults(): Promise<void>;
  advance(ms: number): Promise<void>;
  log(): Promise<{ requests: LoggedRequest[]; cancellationsCreated: number }>;
  state(): Promise<unknown>;
}

async function control(apiBase: string, path: string, method = 'POST', body?: unknown): Promise<unknown> {
  const response = await fetch(`${apiBase}/__control/${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`control ${path}: HTTP ${response.status}`);
  const text = await response.text();
  return text ? JSON.parse(text) : undefined;
}

export async function newTenant(reset: ResetOptions = {}): Promise<Tenant> {
  const apiBase = `/api/t/${crypto.randomUUID()}`;
  await control(apiBase, 'reset', 'POST', reset);
  return {
    apiBase,
    fault: async (fault) => void (await control(apiBase, 'faults', 'POST', fault)),
    clearFaults: async () => void (await control(apiBase, 'faults', 'DELETE')),
    advance: async (ms) => void (await control(apiBase, 'advance', 'POST', { ms })),
    log: async () => (await control(apiBase, 'log', 'GET')) as { requests: LoggedRequest[]; cancellationsCreated: number },
    state: () => control(apiBase, 'state', 'GET'),
  };
}
