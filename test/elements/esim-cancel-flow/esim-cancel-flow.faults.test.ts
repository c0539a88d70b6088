/**
 * Every injected fault of the reference backend, on the quote, the submission and the status
 * polling: each ends in a localized message with a way forward and an `esim-error` (or the sign-in
 * step for 401, the open request for 409 on submit), keeps the customer's input, and throws nothing.
 */
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { createHttpBackend } from '../../../src/api/http-backend.js';
import { en } from '../../../src/i18n/en.js';
import { newTenant, type FaultKind, type Tenant } from '../../helpers/tenant.js';
import { watchUncaught } from '../../helpers/uncaught.js';
import type { Mounted } from './helpers.js';
import {
  $,
  $$,
  click,
  confirmWith,
  failureShown,
  giveReason,
  lastFourOf,
  mount,
  next,
  part,
  setVisibility,
  settled,
  stepIs,
  submit,
  text,
  type,
} from './helpers.js';
import { SEED_IDS } from '../../helpers/seed.js';

const REVIEW = SEED_IDS.review;

type Target = 'quote' | 'submit' | 'poll';

const PATHS: Record<Target, { path: string; method: 'GET' | 'POST' }> = {
  quote: { path: '/esims/*/cancellation-quote', method: 'GET' },
  submit: { path: '/esims/*/cancellations', method: 'POST' },
  poll: { path: '/cancellations/*', method: 'GET' },
};

const CODES: Partial<Record<FaultKind, string>> = {
  drop: 'network',
  delay: 'timeout',
  '500': 'internal',
  html502: 'upstream_unavailable',
  malformed: 'invalid_response',
  schema: 'invalid_response',
  '403': 'forbidden',
  '404': 'not_found',
  '409': 'duplicate_request',
  '422': 'validation_failed',
  '429': 'rate_limited',
};

const MESSAGES: Record<string, string> = {
  network: en.errorNetwork,
  timeout: en.errorTimeout,
  internal: en.errorInternal,
  upstream_unavailable: en.errorUpstream,
  invalid_response: en.errorInvalidResponse,
  forbidden: en.errorForbidden,
  not_found: en.errorNotFound,
  duplicate_request: en.errorDuplicate,
  validation_failed: en.errorValidation,
  rate_limited: en.errorRateLimited(1),
};

const KINDS: FaultKind[] = ['drop', 'delay', '500', 'html502', 'malformed', 'schema', '401', '403', '404', '409', '422', '429'];

async function setUp(target: Target, kind: FaultKind): Promise<{ tenant: Tenant; mounted: Mounted; last4: string }> {
  const tenant = await newTenant({ manualClock: true });
  const last4 = await lastFourOf(tenant.apiBase, REVIEW);
  await tenant.fault({ ...PATHS[target], kind, delayMs: kind === 'delay' ? 1500 : undefined, retryAfter: 1 });
  const mounted = await mount({
    apiBase: tenant.apiBase,
    esimId: REVIEW,
    setup: (el) => {
      el.backend = createHttpBackend({ apiBase: tenant.apiBase, timeoutMs: 500, retries: 0 });
      el.pollInterval = 100;
    },
  });
  return { tenant, mounted, last4 };
}

/** Drives the flow to where `target` is called. */
async function reach(target: Target, { mounted: { el }, last4 }: { mounted: Mounted; last4: string }): Promise<void> {
  if (target === 'quote') return;
  await stepIs(el, 'review');
  await next(el);
  await giveReason(el, 'other', 'keep@example.com', 'My note');
  await confirmWith(el, last4);
  await submit(el);
}

/** The customer's input is still there on confirm. */
function inputKept(mounted: Mounted, last4: string): void {
  const { el } = mounted;
  expect($<HTMLInputElement>(el, '.check input').checked).to.equal(true);
  expect($<HTMLInputElement>(el, '#f-lastFour').value).to.equal(last4);
}

describe('esim-cancel-flow faults', () => {
  before(() => setVisibility('visible'));
  after(() => setVisibility(null));

  for (const target of ['quote', 'submit', 'poll'] as const) {
    describe(`on ${target}`, () => {
      for (const kind of KINDS) {
        it(kind, async () => {
          const uncaught = watchUncaught();
          try {
            const setup = await setUp(target, kind);
            const { tenant, mounted, last4 } = setup;
            const { el, events } = mounted;
            await reach(target, setup);

            if (kind === '401') {
              await stepIs(el, 'sign-in');
              expect(events).to.include('esim-auth-required');
              await type(el, '#sign-in-email', 'demo@example.com');
              await type(el, '#sign-in-password', 'demo-password');
              await click(el, '[part~="submit-button"]');
              await stepIs(el, target === 'quote' ? 'review' : 'pending');
              if (target === 'quote') expect(part(el, 'next-button')).to.exist;
              expect((await tenant.log()).cancellationsCreated).to.equal(target === 'quote' ? 0 : 1);
              return;
            }

            if (target === 'submit' && kind === '409') {
              // The backend says a request is already open: the flow tracks it instead.
              await stepIs(el, 'pending');
              expect(text(el)).to.contain('no second one was made');
              expect(el.cancellation!.id).to.equal(SEED_IDS.pendingCancellation);
              return;
            }

            const code = CODES[kind]!;
            const failure = await failureShown(el);
            expect(events.filter((e) => e.startsWith('esim-error'))).to.deep.equal([`esim-error:${code}`]);
            expect(failure.getAttribute('role')).to.equal('alert');
            expect(failure.textContent).to.contain(MESSAGES[code]);
            if (target === 'poll') expect(failure.textContent).to.contain(en.statusRefreshFailed);

            if (target === 'submit' && kind === '422') {
              // Field messages from the backend go next to the field, on the step that has it.
              expect(el.step).to.equal('reason');
              expect($(el, '#f-contactEmail-error').textContent).to.not.equal('');
              expect($<HTMLInputElement>(el, '#f-contactEmail').getAttribute('aria-invalid')).to.equal('true');
              expect($<HTMLTextAreaElement>(el, '#f-note').value).to.equal('My note');
              await type(el, '#f-contactEmail', 'fixed@example.com');
              expect($$(el, '#f-contactEmail-error')).to.have.length(0);
              await next(el);
              await stepIs(el, 'confirm');
              inputKept(mounted, last4);
              await submit(el);
              await stepIs(el, 'pending');
              expect(el.cancellation!.contactEmail).to.equal('fixed@example.com');
              return;
            }

            if (target === 'submit') inputKept(mounted, last4);
            const retry = failure.querySelector<HTMLButtonElement>('[part~="retry-button"]');

            if (target === 'poll') {
              // Polling goes on in the background and clears the message once it gets through.
              await waitUntil(() => !el.shadowRoot!.querySelector('.failure'), 'the next poll clears the failure', { timeout: 5000 });
              expect(el.step).to.equal('pending');
              return;
            }

            if (!retry) {
              // Nothing to retry (403, 404, 409 on quote…): support is the way forward.
              expect(failure.querySelector<HTMLAnchorElement>('a[href="https://example.com/support"]')).to.exist;
              return;
            }
            if (kind === '429') {
              expect(retry.getAttribute('aria-disabled')).to.equal('true');
              retry.click();
              await el.updateComplete;
              expect(el.shadowRoot!.querySelector('.failure')).to.exist;
              await waitUntil(() => retry.getAttribute('aria-disabled') === 'false', 'retry enabled after Retry-After', { timeout: 3000 });
            }
            await click(el, '[part~="retry-button"]');
            await stepIs(el, target === 'quote' ? 'review' : 'pending');
            await settled(el);
            if (target === 'quote') expect(part(el, 'next-button')).to.exist;
            if (target === 'submit') {
              const log = await tenant.log();
              expect(log.cancellationsCreated).to.equal(1);
              const keys = new Set(log.requests.filter((r) => r.method === 'POST').map((r) => r.idempotencyKey));
              expect(keys.size, 'one idempotency key for every attempt').to.equal(1);
            }
          } finally {
            await aTimeout(0);
            uncaught.stop();
            expect(uncaught.problems).to.deep.equal([]);
          }
        });
      }
    });
  }

  it('a slow backend shows a spinner and sends no second request', async () => {
    const tenant = await newTenant({ manualClock: true });
    await tenant.fault({ path: '/esims/*/cancellation-quote', kind: 'slow', delayMs: 600 });
    const { el } = await mount({ apiBase: tenant.apiBase, esimId: REVIEW });
    await waitUntil(() => el.step === 'review');
    expect($(el, '.loading').textContent).to.contain(en.loading);
    expect(part(el, 'base').getAttribute('aria-busy')).to.equal('true');
    await stepIs(el, 'review');
    const quotes = (await tenant.log()).requests.filter((r) => r.path.endsWith('/cancellation-quote'));
    expect(quotes).to.have.length(1);
  });

  it('the default client retries a transient 500 on its own', async () => {
    const tenant = await newTenant({ manualClock: true });
    await tenant.fault({ path: '/esims/*/cancellation-quote', kind: '503' as FaultKind });
    const { el, events } = await mount({ apiBase: tenant.apiBase, esimId: REVIEW });
    await stepIs(el, 'review');
    expect(events.filter((e) => e.startsWith('esim-error'))).to.deep.equal([]);
    expect(part(el, 'next-button')).to.exist;
  });

  it('no backend configured says so', async () => {
    const { el, events } = await mount({ esimId: REVIEW });
    const failure = await failureShown(el);
    expect(failure.textContent).to.contain(en.errorNotConfigured);
    expect(events).to.deep.equal(['esim-error:not_configured']);
  });
});
