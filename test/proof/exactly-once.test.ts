/**
 * Reliability proof: a cancellation is created exactly once whatever the customer does. Each test
 * ends with the reference backend's own count (`cancellationsCreated`) at 1, and counts the POSTs
 * the page sent, since a backend that refuses duplicates would hide a client that sends them.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { iso } from '../helpers/isolate.js';
import { sendKeys } from '@web/test-runner-commands';
import { en } from '../../src/i18n/en.js';
import { newTenant, type Tenant } from '../helpers/tenant.js';
import {
  $,
  click,
  confirmWith,
  failureShown,
  giveReason,
  lastFourOf,
  mount,
  next,
  part,
  reviewToSubmit,
  setVisibility,
  stepIs,
  submit,
  text,
} from '../elements/esim-cancel-flow/helpers.js';
import { noUncaught, shortClient } from './helpers.js';
import { SEED_IDS } from '../helpers/seed.js';

const REVIEW = SEED_IDS.review;
const INSTANT = SEED_IDS.instant;
const SUBMIT_PATH = { path: '/esims/*/cancellations', method: 'POST' } as const;

async function posts(tenant: Tenant) {
  return (await tenant.log()).requests.filter((r) => r.method === 'POST' && r.path.endsWith('/cancellations'));
}

async function exactlyOne(tenant: Tenant, sent: number): Promise<void> {
  const log = await tenant.log();
  expect(log.cancellationsCreated, 'cancellations the backend created').to.equal(1);
  expect(await posts(tenant), 'POSTs the page sent').to.have.length(sent);
}

/** Mounts a flow on `esimId` and brings it to the confirm step, ready to submit. */
async function toConfirm(tenant: Tenant, esimId: string, short = false) {
  const mounted = await mount({
    apiBase: tenant.apiBase,
    esimId,
    setup: (el) => {
      if (short) el.backend = shortClient(tenant.apiBase);
    },
  });
  await stepIs(mounted.el, 'review');
  await next(mounted.el);
  await giveReason(mounted.el);
  await confirmWith(mounted.el, await lastFourOf(tenant.apiBase, esimId));
  return mounted;
}

describe('proof: exactly once', () => {
  before(() => setVisibility('visible'));
  after(() => setVisibility(null));

  it('double click on submit, in one task and across tasks, sends one request', () =>
    noUncaught(async () => {
      const tenant = await newTenant({ manualClock: true });
      await tenant.fault({ ...SUBMIT_PATH, kind: 'slow', delayMs: 300 });
      const { el, events } = await toConfirm(tenant, REVIEW);
      const button = part(el, 'submit-button');
      // Both clicks of a double click land before Lit renders the busy button.
      button.click();
      button.click();
      await el.updateComplete;
      button.click();
      await stepIs(el, 'pending');
      expect(events.filter((e) => e === 'esim-cancel-submit')).to.have.length(1);
      expect(events.filter((e) => e === 'esim-cancel-submitted')).to.have.length(1);
      await exactlyOne(tenant, 1);
    }));

  it('Enter pressed again and again on the submit button sends one request', () =>
    noUncaught(async () => {
      const tenant = await newTenant({ manualClock: true });
      await tenant.fault({ ...SUBMIT_PATH, kind: 'slow', delayMs: 300 });
      const { el, events } = await toConfirm(tenant, INSTANT);
      part(el, 'submit-button').focus();
      // Real key presses through the browser: Enter on a focused button activates it.
      for (let i = 0; i < 6; i++) await sendKeys({ press: 'Enter' });
      await stepIs(el, 'completed');
      expect(events.filter((e) => e === 'esim-cancel-submit')).to.have.length(1);
      await exactlyOne(tenant, 1);
    }));

  it('a lost response, then Try again, replays the same request (same Idempotency-Key)', () =>
    noUncaught(async () => {
      const tenant = await newTenant({ manualClock: true });
      await tenant.fault({ ...SUBMIT_PATH, kind: 'lostResponse' });
      const { el, events } = await toConfirm(tenant, INSTANT, true);
      await submit(el);
      const failure = await failureShown(el);
      expect(failure.textContent).to.contain(en.errorNetwork);
      expect(events).to.include('esim-error:network');
      // The backend did the work; the page does not know that.
      expect((await tenant.log()).cancellationsCreated).to.equal(1);
      await click(el, '[part~="retry-button"]');
      await stepIs(el, 'completed');
      await exactlyOne(tenant, 2);
      const keys = (await posts(tenant)).map((r) => r.idempotencyKey);
      expect(keys[0]).to.be.a('string').and.equal(keys[1]);
    }));

  it('a lost response, then Back and submit again, first resolves the earlier attempt (its own key) and tracks it', () =>
    noUncaught(async () => {
      const tenant = await newTenant({ manualClock: true });
      await tenant.fault({ ...SUBMIT_PATH, kind: 'lostResponse' });
      const { el, events } = await toConfirm(tenant, REVIEW, true);
      await submit(el);
      await failureShown(el);
      await click(el, '[part~="back-button"]');
      await next(el);
      await confirmWith(el, await lastFourOf(tenant.apiBase, REVIEW));
      await submit(el);
      await stepIs(el, 'pending');
      // The request is the customer's own: found by sending the lost attempt again with its key.
      expect(text(el).includes(en.noticeDuplicate), "told it was someone else's request").to.equal(false);
      expect(events.filter((e) => e === 'esim-cancel-submitted')).to.have.length(1);
      await exactlyOne(tenant, 2);
      const keys = (await posts(tenant)).map((r) => r.idempotencyKey);
      expect(keys[0]).to.be.a('string').and.equal(keys[1]);
    }));

  it('a reload during submission resumes the open request through the eSIM, without submitting again', () =>
    noUncaught(async () => {
      const tenant = await newTenant({ manualClock: true });
      // The POST hangs until the page goes away; the backend then processes it, as a real one would.
      await tenant.fault({ ...SUBMIT_PATH, kind: 'delay', delayMs: 10_000 });
      const first = await mount({ apiBase: tenant.apiBase, esimId: REVIEW });
      await reviewToSubmit(first.el, tenant.apiBase, REVIEW);
      await waitUntil(async () => (await posts(tenant)).length === 1, 'the POST never reached the backend');
      // The page reloads: the element goes away mid-request, a new one starts from the eSIM id.
      first.el.remove();
      await waitUntil(async () => (await tenant.log()).cancellationsCreated === 1, 'the interrupted POST was never processed');
      const second = await mount({ apiBase: tenant.apiBase, esimId: REVIEW });
      await stepIs(second.el, 'pending');
      expect(text(second.el)).to.contain(en.noticeResumed);
      expect(second.events).to.not.include('esim-cancel-submit');
      const esim = (await (await fetch(`${tenant.apiBase}/esims/${REVIEW}`)).json()) as { cancellation: { openRequestId: string } };
      expect(second.el.cancellation!.id).to.be.a('string').and.equal(esim.cancellation.openRequestId);
      expect($(second.el, '[part~="reference"]').textContent).to.equal(iso(second.el.cancellation!.reference));
      await exactlyOne(tenant, 1);
    }));
});
