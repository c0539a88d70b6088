/**
 * Reliability proof: the fault matrix of quality.md, end to end against the reference backend.
 *
 * test/elements/esim-cancel-flow/esim-cancel-flow.faults.test.ts already covers, in English, every
 * fault on the quote, the submission and the status polling (401 through the built-in sign-in). This
 * matrix adds what it lacks: the list load under every fault, the host-handled 401 path, the slow
 * backend on submission and polling, the zh-CN messages, and, on each failed submission, the
 * customer's reason, note and email still in place. Every cell ends in the catalogue's message (or
 * the sign-in path), one `esim-error`, nothing uncaught for the whole test, and success once the
 * fault clears.
 */
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import type { EsimErrorCode } from '../../src/api/errors.js';
import type { EsimList } from '../../src/elements/esim-list/esim-list.js';
import { en, type Catalogue } from '../../src/i18n/en.js';
import { zhCN } from '../../src/i18n/zh-CN.js';
import { newTenant, type FaultKind } from '../helpers/tenant.js';
import {
  $,
  confirmWith,
  failureShown,
  giveReason,
  lastFourOf,
  mount,
  next,
  part,
  setVisibility,
  stepIs,
  submit,
  text,
} from '../elements/esim-cancel-flow/helpers.js';
import { listRows, mountList, noUncaught, shortClient, shadowText, untilList, untilListRows } from './helpers.js';
import { SEED_IDS } from '../helpers/seed.js';

type Lang = 'en' | 'zh-CN';
type Target = 'list' | 'quote' | 'submit' | 'poll';

interface Case {
  target: Target;
  kind: FaultKind;
  lang: Lang;
  /** 401 only: the built-in sign-in form, or a host that signs the customer in itself. */
  auth?: 'sign-in' | 'host';
  /** List only: the failing load is a filter change after the customer searched, not the first load. */
  afterInput?: boolean;
}

/**
 * The cells. The list answers a GET, so 409 (a duplicate request) and 422 (a form's fields) have no
 * meaning there; the flow's other cells live in esim-cancel-flow.faults.test.ts.
 */
const CASES: Case[] = [
  ...(['drop', 'delay', '500', 'html502', 'malformed', 'schema', '403', '404', '429', 'slow'] as const).map((kind): Case => ({
    target: 'list',
    kind,
    lang: 'en',
  })),
  { target: 'list', kind: '401', lang: 'en', auth: 'sign-in' },
  { target: 'list', kind: '401', lang: 'en', auth: 'host' },
  { target: 'list', kind: '401', lang: 'zh-CN', auth: 'sign-in' },
  { target: 'list', kind: 'drop', lang: 'zh-CN' },
  { target: 'list', kind: 'schema', lang: 'zh-CN' },
  { target: 'list', kind: '500', lang: 'en', afterInput: true },
  { target: 'list', kind: 'delay', lang: 'zh-CN', afterInput: true },
  { target: 'quote', kind: '401', lang: 'en', auth: 'host' },
  { target: 'submit', kind: '401', lang: 'zh-CN', auth: 'host' },
  { target: 'poll', kind: '401', lang: 'en', auth: 'host' },
  { target: 'submit', kind: 'slow', lang: 'en' },
  { target: 'poll', kind: 'slow', lang: 'en' },
  { target: 'quote', kind: 'html502', lang: 'zh-CN' },
  { target: 'poll', kind: 'delay', lang: 'zh-CN' },
  ...(['drop', 'delay', '500', 'malformed', '429'] as const).map((kind): Case => ({ target: 'submit', kind, lang: 'en' })),
  ...(['drop', '403', '422', '409', '429'] as const).map((kind): Case => ({ target: 'submit', kind, lang: 'zh-CN' })),
];

const CATALOGUES: Record<Lang, Catalogue> = { en, 'zh-CN': zhCN };

const CODES: Partial<Record<FaultKind, EsimErrorCode>> = {
  drop: 'network',
  delay: 'timeout',
  '500': 'internal',
  html502: 'upstream_unavailable',
  malformed: 'invalid_response',
  schema: 'invalid_response',
  '401': 'unauthenticated',
  '403': 'forbidden',
  '404': 'not_found',
  '409': 'duplicate_request',
  '422': 'validation_failed',
  '429': 'rate_limited',
};

/** The catalogue's words for a code, as the customer must read them. */
function message(t: Catalogue, code: EsimErrorCode): string {
  const messages: Partial<Record<EsimErrorCode, string>> = {
    network: t.errorNetwork,
    timeout: t.errorTimeout,
    internal: t.errorInternal,
    upstream_unavailable: t.errorUpstream,
    invalid_response: t.errorInvalidResponse,
    unauthenticated: t.errorUnauthenticated,
    forbidden: t.errorForbidden,
    not_found: t.errorNotFound,
    duplicate_request: t.errorDuplicate,
    validation_failed: t.errorValidation,
    rate_limited: t.errorRateLimited(RETRY_AFTER_S),
  };
  return messages[code]!;
}

const RETRY_AFTER_S = 1;
/** Past the 2 s client timeout; the backend processes the request when the client hangs up. */
const DELAY_MS = 4000;
/** Slow, yet within the client's timeout. */
const SLOW_MS = 350;
const REVIEW = SEED_IDS.review;
const NOTE = 'Moving abroad';
const EMAIL = 'keep@example.com';

const FAULT_PATHS: Record<Target, { path: string; method: 'GET' | 'POST' }> = {
  list: { path: '/esims', method: 'GET' },
  quote: { path: '/esims/*/cancellation-quote', method: 'GET' },
  submit: { path: '/esims/*/cancellations', method: 'POST' },
  poll: { path: '/cancellations/*', method: 'GET' },
};

function label(c: Case): string {
  return [c.target, c.kind, c.auth, c.afterInput && 'after the customer searched', c.lang].filter(Boolean).join(' · ');
}

async function listCase(c: Case, t: Catalogue): Promise<void> {
  if (c.kind === '401') {
    // The real thing: a backend that requires sign-in, and the element's own client carrying the token.
    const tenant = await newTenant({ requireAuth: true });
    let retry: (() => void) | undefined;
    const { el, errors } = mountList({
      apiBase: tenant.apiBase,
      lang: c.lang,
      setup: (list) => {
        if (c.auth !== 'host') return;
        list.addEventListener('esim-auth-required', (event) => {
          event.preventDefault();
          retry = event.detail.retry;
        });
      },
    });
    if (c.auth === 'host') {
      const signedOut = await untilList(el, '[part="signed-out"]');
      expect(signedOut.textContent).to.contain(t.signedOutTitle).and.contain(t.signedOutWaiting);
      expect(errors.map((e) => [e.code, e.message])).to.deep.equal([['unauthenticated', t.errorUnauthenticated]]);
      el.authToken = 'demo-token';
      retry!();
    } else {
      const form = await untilList(el, '[part~="sign-in"]');
      expect(form.textContent).to.contain(t.signInTitle);
      // A first visit that needs signing in: the form says what to do; no "session ended" event.
      expect(errors.map((e) => [e.code, e.message])).to.deep.equal([]);
      typeInto(el, '#sign-in-email', 'demo@example.com');
      typeInto(el, '#sign-in-password', 'demo-password');
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="sign-in"] [part~="submit-button"]')!.click();
    }
    await untilListRows(el, 15);
    return;
  }

  const tenant = await newTenant();
  const fault = { ...FAULT_PATHS.list, kind: c.kind, delayMs: c.kind === 'delay' ? DELAY_MS : SLOW_MS, retryAfter: RETRY_AFTER_S };
  if (!c.afterInput) await tenant.fault(fault);
  const { el, errors } = mountList({ backend: shortClient(tenant.apiBase, c.lang), lang: c.lang });
  if (c.afterInput) {
    await untilListRows(el, 15);
    await tenant.fault(fault);
    typeInto(el, '[part="search"]', 'Tok');
    el.shadowRoot!.querySelector('[part="search"]')!.dispatchEvent(new Event('search'));
    const filter = el.shadowRoot!.querySelector<HTMLSelectElement>('[part="filter"]')!;
    filter.value = 'ready';
    filter.dispatchEvent(new Event('change'));
  }
  const listRequests = async () => (await tenant.log()).requests.filter((r) => r.method === 'GET' && r.path === '/esims');

  if (c.kind === 'slow') {
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
    expect(el.shadowRoot!.querySelectorAll('[part="skeleton"]').length).to.be.greaterThan(0);
    expect(shadowText(el)).to.contain(t.listLoading);
    await untilListRows(el, 15);
    expect(await listRequests(), 'one request, however slow').to.have.length(1);
    expect(errors).to.deep.equal([]);
    return;
  }

  const code = CODES[c.kind]!;
  const error = await untilList(el, '[part="error"]');
  expect(error.getAttribute('role')).to.equal('alert');
  expect(error.textContent).to.contain(t.listLoadErrorTitle).and.contain(message(t, code));
  expect(errors.map((e) => [e.code, e.message])).to.deep.equal([[code, message(t, code)]]);

  if (c.afterInput) {
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!.value).to.equal('Tok');
    expect(el.shadowRoot!.querySelector<HTMLSelectElement>('[part="filter"]')!.value).to.equal('ready');
  }
  // Told to wait a second, the customer waits a second.
  if (c.kind === '429') await aTimeout(RETRY_AFTER_S * 1000);
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
  // After the search for "Tok" among ready eSIMs, only "Tokyo trip" is left.
  await untilListRows(el, c.afterInput ? 1 : 15);
  expect(el.shadowRoot!.querySelector('[part="error"]') === null, 'el.shadowRoot!.querySelector(\'[part="error"]\') is null').to.equal(
    true,
  );
  expect(errors).to.have.length(1);
}

function typeInto(el: EsimList, selector: string, value: string): void {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

async function flowCase(c: Case, t: Catalogue): Promise<void> {
  const tenant = await newTenant({ manualClock: true });
  const last4 = await lastFourOf(tenant.apiBase, REVIEW);
  await tenant.fault({
    ...FAULT_PATHS[c.target],
    kind: c.kind,
    delayMs: c.kind === 'delay' ? DELAY_MS : SLOW_MS,
    retryAfter: RETRY_AFTER_S,
  });
  let hostRetry: (() => void) | undefined;
  const mounted = await mount({
    apiBase: tenant.apiBase,
    esimId: REVIEW,
    lang: c.lang,
    setup: (el) => {
      el.pollInterval = 100;
      if (c.auth === 'host') {
        // The element's own client, so the token the host hands over is the one sent.
        el.addEventListener('esim-auth-required', (event) => {
          event.preventDefault();
          hostRetry = event.detail.retry;
        });
      } else {
        el.backend = shortClient(tenant.apiBase, c.lang);
      }
    },
  });
  const { el, events } = mounted;
  const errors = () => events.filter((e) => e.startsWith('esim-error'));
  const log = () => tenant.log();

  if (c.target !== 'quote') {
    await stepIs(el, 'review');
    await next(el);
    await giveReason(el, 'other', EMAIL, NOTE);
    await confirmWith(el, last4);
    await submit(el);
  }

  /** What the customer typed, still there on confirm: the summary, the box and the digits. */
  const inputKept = () => {
    expect(el.step).to.equal('confirm');
    const summary = part(el, 'summary').textContent!;
    expect(summary).to.contain(t.reasonLabels.other).and.contain(NOTE).and.contain(EMAIL);
    expect($<HTMLInputElement>(el, '.check input').checked).to.equal(true);
    expect($<HTMLInputElement>(el, '#f-lastFour').value).to.equal(last4);
  };
  /** Exactly one cancellation, with what the customer typed, however many attempts it took. */
  const oneCancellation = async () => {
    const { cancellationsCreated, requests } = await log();
    expect(cancellationsCreated).to.equal(1);
    const keys = new Set(requests.filter((r) => r.method === 'POST').map((r) => r.idempotencyKey));
    expect(keys.size, 'one idempotency key for every attempt').to.equal(1);
    expect(el.cancellation!.contactEmail).to.equal(EMAIL);
  };

  if (c.kind === 'slow') {
    if (c.target === 'submit') {
      await el.updateComplete;
      const button = part(el, 'submit-button');
      expect(button.querySelector('.spinner'), 'the submit button spins').to.exist;
      expect(button.textContent).to.contain(t.submitting);
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      button.click();
      button.click();
      await stepIs(el, 'pending');
      await oneCancellation();
      expect((await log()).requests.filter((r) => r.method === 'POST')).to.have.length(1);
    } else {
      await stepIs(el, 'pending');
      // The slow poll is in flight: polling does not pile further requests on top of it.
      await waitUntil(
        async () => (await log()).requests.some((r) => (r as { fault?: string }).fault === 'slow'),
        'the slow poll never started',
      );
      await aTimeout(SLOW_MS / 2);
      expect((await log()).requests.filter((r) => r.path.startsWith('/cancellations/'))).to.have.length(1);
      await waitUntil(async () => (await log()).requests.filter((r) => r.path.startsWith('/cancellations/')).length > 1);
      expect(el.step).to.equal('pending');
    }
    expect(errors()).to.deep.equal([]);
    return;
  }

  if (c.kind === '409') {
    // The backend says a request is already open: the flow tracks it, in the customer's language.
    await stepIs(el, 'pending');
    expect(text(el)).to.contain(t.noticeDuplicate);
    expect(errors()).to.deep.equal([]);
    expect((await log()).cancellationsCreated).to.equal(0);
    return;
  }

  const code = CODES[c.kind]!;
  const failure = await failureShown(el);
  expect(errors()).to.deep.equal([`esim-error:${code}`]);
  expect(failure.getAttribute('role')).to.equal('alert');
  expect(failure.textContent).to.contain(message(t, code));
  if (c.target === 'poll') expect(failure.textContent).to.contain(t.statusRefreshFailed);

  if (c.kind === '422') {
    // Back on the reason step with the field's message from the backend (in its language) next to it.
    expect(el.step).to.equal('reason');
    expect($(el, '#f-contactEmail-error').textContent).to.match(c.lang === 'zh-CN' ? /[\u4e00-\u9fff]/ : /\w/);
    expect($<HTMLTextAreaElement>(el, '#f-note').value).to.equal(NOTE);
    expect($<HTMLInputElement>(el, '#f-contactEmail').value).to.equal(EMAIL);
    await next(el);
    inputKept();
    await submit(el);
    await stepIs(el, 'pending');
    expect((await log()).cancellationsCreated).to.equal(1);
    return;
  }
  if (c.target === 'submit') inputKept();

  if (c.kind === '401') {
    expect(events).to.include('esim-auth-required');
    expect(failure.textContent).to.contain(t.signedOutWaiting);
    el.authToken = 'demo-token';
    hostRetry!();
  } else if (c.target === 'poll') {
    // Polling goes on in the background and clears the message once it gets through.
    await waitUntil(() => !el.shadowRoot!.querySelector('.failure'), 'the next poll clears the failure', { timeout: 5000 });
    expect(el.step).to.equal('pending');
    return;
  } else {
    const retry = failure.querySelector<HTMLButtonElement>('[part~="retry-button"]');
    if (!retry) {
      // Nothing a retry could fix (403): support is the way forward, and the input stays.
      expect(failure.querySelector('a[href="https://example.com/support"]')).to.exist;
      return;
    }
    if (c.kind === '429') {
      expect(retry.getAttribute('aria-disabled')).to.equal('true');
      await waitUntil(() => retry.getAttribute('aria-disabled') === 'false', 'retry enabled after Retry-After', { timeout: 3000 });
    }
    retry.click();
  }
  await el.updateComplete;
  const after = c.target === 'quote' ? 'review' : 'pending';
  await stepIs(el, after);
  expect(el.shadowRoot!.querySelector('.failure') === null, "el.shadowRoot!.querySelector('.failure') is null").to.equal(true);
  if (c.target === 'quote') expect(part(el, 'next-button')).to.exist;
  if (c.target === 'submit') await oneCancellation();
  if (c.target === 'poll') expect(el.step).to.equal('pending');
}

describe('proof: fault matrix', () => {
  before(() => setVisibility('visible'));
  after(() => setVisibility(null));

  for (const c of CASES) {
    it(label(c), () => noUncaught(() => (c.target === 'list' ? listCase(c, CATALOGUES[c.lang]) : flowCase(c, CATALOGUES[c.lang]))));
  }

  it("polling waits out a 429's Retry-After before asking again", () =>
    noUncaught(async () => {
      const tenant = await newTenant({ manualClock: true });
      const { el, events } = await mount({
        apiBase: tenant.apiBase,
        cancellationId: SEED_IDS.pendingCancellation,
        setup: (flow) => {
          flow.pollInterval = 100;
          flow.backend = shortClient(tenant.apiBase, 'en');
        },
      });
      await stepIs(el, 'pending');
      await tenant.fault({ ...FAULT_PATHS.poll, kind: '429', retryAfter: 1 });
      const failure = await failureShown(el);
      expect(failure.textContent).to.contain(en.errorRateLimited(1));
      expect(events.filter((e) => e.startsWith('esim-error'))).to.deep.equal(['esim-error:rate_limited']);
      const polls = async () => (await tenant.log()).requests.filter((r) => r.path === '/cancellations/cxl-kr-08');
      const limited = (await polls()).length;
      // Polling every 150 ms or so would ask five more times in this second; the backend said to wait.
      await aTimeout(800);
      expect(await polls(), 'polls during Retry-After').to.have.length(limited);
      await waitUntil(async () => (await polls()).length > limited, 'polling resumes after Retry-After', { timeout: 3000 });
      await waitUntil(() => !el.shadowRoot!.querySelector('.failure'), 'the next poll clears the failure');
    }));

  it('the default client waits out a short Retry-After by itself, then succeeds', () =>
    noUncaught(async () => {
      const tenant = await newTenant();
      await tenant.fault({ ...FAULT_PATHS.list, kind: '429', retryAfter: 0.3 });
      const started = performance.now();
      const { el, errors } = mountList({ apiBase: tenant.apiBase });
      await untilListRows(el, 15);
      expect(performance.now() - started).to.be.greaterThan(300);
      expect(errors).to.deep.equal([]);
      expect((await tenant.log()).requests.filter((r) => r.path === '/esims')).to.have.length(2);
      expect(listRows(el)).to.have.length(15);
    }));
});
