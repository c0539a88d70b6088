import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { en } from '../../../src/i18n/en.js';
import { iso } from '../../helpers/isolate.js';
import { createHttpBackend } from '../../../src/api/http-backend.js';
import type { Cancellation } from '../../../src/api/schemas.js';
import { newTenant } from '../../helpers/tenant.js';
import {
  $,
  $$,
  chooseEsim,
  click,
  confirmWith,
  createCancellation,
  failureShown,
  giveReason,
  lastFourOf,
  mount,
  next,
  part,
  reviewToSubmit,
  setVisibility,
  settled,
  stepIs,
  submit,
  text,
  type,
} from './helpers.js';
import { SEED_IDS } from '../../helpers/seed.js';

const INSTANT = SEED_IDS.instant;
const INSTANT_REMOVED = SEED_IDS.instantRemoved;
const REVIEW = SEED_IDS.review;
const REVIEW_REJECTED = SEED_IDS.reviewRejected;
const PENDING_ESIM = SEED_IDS.pendingRequest;
const PENDING_CANCELLATION = SEED_IDS.pendingCancellation;
const COMPLETED_CANCELLATION = SEED_IDS.completedCancellation;
const PACE = 4000;

describe('esim-cancel-flow', () => {
  before(() => setVisibility('visible'));
  after(() => setVisibility(null));

  describe('paths', () => {
    it('instant: select → review → reason → confirm → completed, verified', async () => {
      const tenant = await newTenant({ manualClock: true });
      const { el, events, details } = await mount({ apiBase: tenant.apiBase });
      await stepIs(el, 'select');
      const ineligible = $$<HTMLInputElement>(el, 'input[name="selection"]').filter((input) => input.disabled);
      expect(ineligible.length).to.be.greaterThan(0);
      expect(text(el)).to.contain('Installed on a device');
      await chooseEsim(el, INSTANT);
      await stepIs(el, 'review');
      expect(part(el, 'progress').textContent).to.contain('Step 2 of 4');
      expect(text(el)).to.contain('Immediately');
      await next(el);
      await giveReason(el);
      await confirmWith(el, await lastFourOf(tenant.apiBase, INSTANT));
      const button = part(el, 'submit-button');
      expect(button.textContent).to.match(/Cancel eSIM ending \d{4}/);
      expect(button.getAttribute('aria-disabled')).to.equal('false');
      await submit(el);
      await stepIs(el, 'completed');
      expect(events).to.deep.equal([
        'esim-cancel-step:select',
        'esim-cancel-step:review',
        'esim-cancel-step:reason',
        'esim-cancel-step:confirm',
        'esim-cancel-submit',
        'esim-cancel-submitted',
        'esim-cancel-complete',
        'esim-cancel-step:completed',
      ]);
      expect(details[0]).to.deep.equal({ step: 'select', previousStep: null, esimId: null, cancellationId: null });
      expect(details[4]).to.deep.equal({ esimId: INSTANT, reason: 'switching_provider', note: '', contactEmail: 'me@example.com' });
      const cancellation = el.cancellation!;
      expect(details[7]).to.deep.equal({
        step: 'completed',
        previousStep: 'confirm',
        esimId: INSTANT,
        cancellationId: cancellation.id,
      });
      expect(part(el, 'reference').textContent).to.equal(iso(cancellation.reference));
      expect(text(el)).to.contain('Cancelled on');
      expect($$(el, '[part~="back-button"]')).to.have.length(0);
      // A step without buttons of its own leaves the footer to Done (no stray "false" from a condition).
      expect(part(el, 'footer').textContent!.replace(/\s+/g, ' ').trim()).to.equal('Done');
      const log = await tenant.log();
      expect(log.cancellationsCreated).to.equal(1);
      const post = log.requests.findIndex((r) => r.method === 'POST');
      const readBack = log.requests.slice(post).filter((r) => r.method === 'GET' && r.path === `/esims/${INSTANT}`);
      expect(readBack, 'verified by reading the eSIM back').to.have.length(1);
    });

    it('instant: a removed eSIM (404 on read-back) counts as verified', async () => {
      const tenant = await newTenant({ manualClock: true });
      const { el, events } = await mount({ apiBase: tenant.apiBase, esimId: INSTANT_REMOVED });
      await reviewToSubmit(el, tenant.apiBase, INSTANT_REMOVED);
      await stepIs(el, 'completed');
      expect(events).to.not.include('esim-error:not_found');
      expect(events.at(-2)).to.equal('esim-cancel-complete');
    });

    it('review → pending → completed, by checking the status', async () => {
      const tenant = await newTenant({ manualClock: true });
      const { el, events } = await mount({ apiBase: tenant.apiBase, esimId: REVIEW });
      await stepIs(el, 'review');
      expect(part(el, 'progress').textContent).to.contain('Step 1 of 3');
      expect(text(el)).to.contain('business days');
      await reviewToSubmit(el, tenant.apiBase, REVIEW);
      await stepIs(el, 'pending');
      expect(text(el)).to.contain('me@example.com');
      expect(part(el, 'reference').textContent).to.equal(iso(el.cancellation!.reference));
      await tenant.advance(PACE);
      await click(el, '[part~="check-button"]');
      await waitUntil(() => el.cancellation?.status === 'processing');
      await settled(el);
      expect(text(el)).to.contain('Under review');
      await tenant.advance(PACE);
      await click(el, '[part~="check-button"]');
      await stepIs(el, 'completed');
      expect(events).to.deep.equal([
        'esim-cancel-step:review',
        'esim-cancel-step:reason',
        'esim-cancel-step:confirm',
        'esim-cancel-submit',
        'esim-cancel-submitted',
        'esim-cancel-step:pending',
        'esim-cancel-status:processing',
        'esim-cancel-status:completed',
        'esim-cancel-complete',
        'esim-cancel-step:completed',
      ]);
    });

    it('review → rejected, by polling', async () => {
      const tenant = await newTenant({ manualClock: true });
      const { el, events } = await mount({ apiBase: tenant.apiBase, esimId: REVIEW_REJECTED, setup: (e) => (e.pollInterval = 50) });
      await reviewToSubmit(el, tenant.apiBase, REVIEW_REJECTED);
      await stepIs(el, 'pending');
      await tenant.advance(PACE * 2);
      await stepIs(el, 'rejected');
      expect(part(el, 'summary').textContent).to.contain(el.cancellation!.rejectionReason!);
      expect(text(el)).to.contain('contact support');
      expect(events).to.deep.equal([
        'esim-cancel-step:review',
        'esim-cancel-step:reason',
        'esim-cancel-step:confirm',
        'esim-cancel-submit',
        'esim-cancel-submitted',
        'esim-cancel-step:pending',
        'esim-cancel-status:rejected',
        'esim-cancel-step:rejected',
      ]);
    });

    it('withdrawal after an inline confirmation', async () => {
      const tenant = await newTenant({ manualClock: true });
      const { el, events } = await mount({ apiBase: tenant.apiBase, esimId: REVIEW });
      await reviewToSubmit(el, tenant.apiBase, REVIEW);
      await stepIs(el, 'pending');
      await click(el, '[part~="withdraw-button"]');
      expect(text(el)).to.contain('Withdraw this cancellation request?');
      await click(el, '[part~="withdraw-cancel-button"]');
      expect($$(el, '[part~="withdraw-confirm-button"]')).to.have.length(0);
      await click(el, '[part~="withdraw-button"]');
      await click(el, '[part~="withdraw-confirm-button"]');
      await stepIs(el, 'withdrawn');
      expect(text(el)).to.contain('stays active');
      expect(events).to.deep.equal([
        'esim-cancel-step:review',
        'esim-cancel-step:reason',
        'esim-cancel-step:confirm',
        'esim-cancel-submit',
        'esim-cancel-submitted',
        'esim-cancel-step:pending',
        'esim-cancel-status:withdrawn',
        'esim-cancel-step:withdrawn',
      ]);
      const esim = await (await fetch(`${tenant.apiBase}/esims/${REVIEW}`)).json();
      expect(esim.status).to.not.equal('cancelled');
    });

    it('fires esim-cancel-close from every step with the step', async () => {
      const tenant = await newTenant();
      const { el, details, events } = await mount({ apiBase: tenant.apiBase, esimId: INSTANT });
      await stepIs(el, 'review');
      expect(part(el, 'close-button').textContent).to.contain('Keep my eSIM');
      await click(el, '[part~="close-button"]');
      expect(events.at(-1)).to.equal('esim-cancel-close');
      expect(details.at(-1)).to.deep.equal({ step: 'review' });
    });

    it('reports the step being loaded when the customer leaves before it shows', async () => {
      const tenant = await newTenant();
      await tenant.fault({ path: '/esims/*', method: 'GET', kind: 'slow', delayMs: 2000 });
      await tenant.fault({ path: '/cancellations/*', method: 'GET', kind: 'slow', delayMs: 2000 });
      for (const [options, step] of [
        [{ esimId: INSTANT }, 'review'],
        [{ cancellationId: PENDING_CANCELLATION }, 'pending'],
      ] as const) {
        const { el, details, events } = await mount({ apiBase: tenant.apiBase, ...options });
        await click(el, '[part~="close-button"]');
        expect(events).to.deep.equal(['esim-cancel-close']);
        expect(details[0]).to.deep.equal({ step });
        el.remove();
      }
      // An eSIM with an open request: once the eSIM is in, the request is what loads.
      const other = await newTenant();
      await other.fault({ path: '/cancellations/*', method: 'GET', kind: 'slow', delayMs: 2000 });
      const { el, details } = await mount({ apiBase: other.apiBase, esimId: PENDING_ESIM });
      await waitUntil(() => el.shadowRoot!.querySelector('.loading'), 'loading the request');
      await aTimeout(300);
      await click(el, '[part~="close-button"]');
      expect(details.at(-1)).to.deep.equal({ step: 'pending' });
    });
  });

  describe('navigation and input', () => {
    it('says so when no eSIM can be cancelled online, and offers only to leave', async () => {
      const tenant = await newTenant();
      const http = createHttpBackend({ apiBase: tenant.apiBase });
      // The account as a backend could serve it: only eSIMs that cannot be cancelled online.
      const backend = {
        ...http,
        listEsims: async (...args: Parameters<typeof http.listEsims>) => {
          const page = await http.listEsims(...args);
          return { ...page, items: page.items.filter((esim) => !esim.cancellation.eligible) };
        },
      };
      const { el } = await mount({ setup: (e) => (e.backend = backend) });
      await stepIs(el, 'select');
      await waitUntil(() => text(el).includes('None of your eSIMs can be cancelled online'));
      expect($$<HTMLInputElement>(el, 'input[name="selection"]').every((input) => input.disabled)).to.equal(true);
      expect($$(el, '[part~="next-button"]')).to.have.length(0);
      expect(part(el, 'footer').textContent!.replace(/\s+/g, ' ').trim()).to.equal('Keep my eSIM');
      await expect(el).to.be.accessible();
    });

    it('Back keeps what the customer typed, until submission', async () => {
      const tenant = await newTenant();
      const { el } = await mount({ apiBase: tenant.apiBase });
      await chooseEsim(el, INSTANT);
      await stepIs(el, 'review');
      await next(el);
      await giveReason(el, 'other', 'keep@example.com', 'Moving abroad');
      await stepIs(el, 'confirm');
      await type(el, '#f-lastFour', '12');
      await click(el, '[part~="back-button"]');
      await stepIs(el, 'reason');
      expect($<HTMLInputElement>(el, 'input[value="other"]').checked).to.equal(true);
      expect($<HTMLTextAreaElement>(el, '#f-note').value).to.equal('Moving abroad');
      expect($<HTMLInputElement>(el, '#f-contactEmail').value).to.equal('keep@example.com');
      expect(text(el)).to.contain('13 of 1000 characters');
      await click(el, '[part~="back-button"]');
      await click(el, '[part~="back-button"]');
      await stepIs(el, 'select');
      expect($<HTMLInputElement>(el, `input[value="${INSTANT}"]`).checked).to.equal(true);
      await next(el);
      await next(el);
      await next(el);
      await stepIs(el, 'confirm');
      expect($<HTMLInputElement>(el, '#f-lastFour').value).to.equal('12');
    });

    it('explains what is missing when Continue or submit is activated early', async () => {
      const tenant = await newTenant();
      const { el } = await mount({ apiBase: tenant.apiBase, esimId: INSTANT });
      await stepIs(el, 'review');
      await next(el);
      await stepIs(el, 'reason');
      await next(el);
      expect(el.step).to.equal('reason');
      expect(text(el)).to.contain('Choose a reason.');
      expect(text(el)).to.contain('Enter the email address for updates.');
      expect(el.shadowRoot!.activeElement?.getAttribute('name')).to.equal('reason');
      await click(el, 'input[value="other"]');
      await type(el, '#f-contactEmail', 'not-an-email');
      await next(el);
      expect(text(el)).to.contain('Add a note for this reason.');
      expect(text(el)).to.contain('Enter an email address like');
      await type(el, '#f-note', 'x'.repeat(1001));
      expect(text(el)).to.contain('Shorten the note');
      await type(el, '#f-note', 'Fine');
      await type(el, '#f-contactEmail', 'me@example.com');
      await next(el);
      await stepIs(el, 'confirm');
      const button = part(el, 'submit-button');
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      await submit(el);
      expect(el.step).to.equal('confirm');
      expect(text(el)).to.contain('Tick the box to confirm you understand.');
      expect(text(el)).to.contain('Type the last 4 digits of the ICCID.');
      await confirmWith(el, '0000');
      await submit(el);
      expect(text(el)).to.contain('do not match');
      expect((await tenant.log()).requests.filter((r) => r.method === 'POST')).to.have.length(0);
    });

    it('a technical reason advises keeping the eSIM installed', async () => {
      const tenant = await newTenant();
      const { el } = await mount({ apiBase: tenant.apiBase, esimId: INSTANT });
      await stepIs(el, 'review');
      await next(el);
      await stepIs(el, 'reason');
      expect(text(el)).to.not.contain('Keep the eSIM installed');
      await click(el, 'input[value="poor_connection"]');
      expect(text(el)).to.contain('Keep the eSIM installed');
    });

    it('takes custom reasons and a prefilled contact email', async () => {
      const tenant = await newTenant();
      const { el } = await mount({
        apiBase: tenant.apiBase,
        esimId: INSTANT,
        setup: (e) => {
          e.reasons = [
            { value: 'moving', label: 'Moving abroad' },
            { value: 'why', label: 'Tell us', requiresNote: true },
          ];
          e.contactEmail = 'pre@example.com';
        },
      });
      await stepIs(el, 'review');
      await next(el);
      await stepIs(el, 'reason');
      expect($$(el, 'input[name="reason"]')).to.have.length(2);
      expect(text(el)).to.contain('Moving abroad');
      expect($<HTMLInputElement>(el, '#f-contactEmail').value).to.equal('pre@example.com');
    });

    it('an ineligible eSIM explains why, offers support and cannot go on', async () => {
      const tenant = await newTenant();
      const { el } = await mount({ apiBase: tenant.apiBase, esimId: SEED_IDS.installed });
      await stepIs(el, 'review');
      expect(part(el, 'heading').textContent).to.contain('cannot be cancelled online');
      expect(text(el)).to.contain('Installed on a device');
      expect($$(el, '[part~="next-button"]')).to.have.length(0);
      expect($<HTMLAnchorElement>(el, '[part="support"] a').href).to.equal('https://example.com/support');
      // Says where to turn even on a page that gives no support links.
      el.removeAttribute('support-url');
      el.removeAttribute('support-email');
      await el.updateComplete;
      expect($$(el, '[part="support"] a')).to.have.length(0);
      expect(text(el)).to.contain('Support can look at your options.');
    });

    it('pages through the eSIMs on select', async () => {
      const tenant = await newTenant({ seed: 'large' });
      const { el } = await mount({ apiBase: tenant.apiBase });
      await stepIs(el, 'select');
      expect($$(el, 'input[name="selection"]')).to.have.length(20);
      await click(el, '[part~="more-button"]');
      await settled(el);
      expect($$(el, 'input[name="selection"]')).to.have.length(40);
    });

    it('shows the quote warnings in words, and only a safe policy link', async () => {
      const tenant = await newTenant();
      const { el } = await mount({ apiBase: tenant.apiBase, esimId: SEED_IDS.reviewDeadlineSoon });
      await stepIs(el, 'review');
      const warnings = part(el, 'warning').textContent!;
      expect(warnings).to.contain('Back up what you need first');
      expect(warnings).to.contain('cannot be undone');
      expect(warnings).to.contain('Requests are only accepted until');
      expect($<HTMLAnchorElement>(el, '.body a').href).to.match(/^https:/);
    });

    it('words a deadline warning even when the eSIM gives no deadline date', async () => {
      const tenant = await newTenant();
      const http = createHttpBackend({ apiBase: tenant.apiBase });
      const { el } = await mount({
        esimId: SEED_IDS.reviewDeadlineSoon,
        setup: (e) => {
          e.backend = {
            ...http,
            getEsim: async (id, options) => {
              const esim = await http.getEsim(id, options);
              return { ...esim, cancellation: { ...esim.cancellation, deadline: null } };
            },
          };
        },
      });
      await stepIs(el, 'review');
      expect(part(el, 'warning').textContent).to.contain('The time to request a cancellation is running out.');
    });
  });

  describe('exactly once', () => {
    it('fetches the quote again when it expired before submitting, then submits once', async () => {
      const tenant = await newTenant({ manualClock: true });
      const { el, events } = await mount({ apiBase: tenant.apiBase, esimId: INSTANT });
      await stepIs(el, 'review');
      await next(el);
      await giveReason(el);
      await confirmWith(el, await lastFourOf(tenant.apiBase, INSTANT));
      // The page stayed open past the quote's expiresAt (15 minutes on the reference backend).
      const realNow = Date.now;
      Date.now = () => realNow() + 16 * 60_000;
      try {
        await submit(el);
        await stepIs(el, 'completed');
      } finally {
        Date.now = realNow;
      }
      const { requests, cancellationsCreated } = await tenant.log();
      const quotes = requests.filter((r) => r.path === `/esims/${INSTANT}/cancellation-quote`);
      const post = requests.findIndex((r) => r.method === 'POST');
      expect(quotes, 'the review quote, then a fresh one on submit').to.have.length(2);
      expect(requests.lastIndexOf(quotes[1]!)).to.be.lessThan(post);
      expect(cancellationsCreated).to.equal(1);
      expect(events.filter((e) => e === 'esim-cancel-submit')).to.have.length(1);
    });

    it('shows new terms from a fresh quote and asks to confirm again, keeping what was typed', async () => {
      const tenant = await newTenant();
      const http = createHttpBackend({ apiBase: tenant.apiBase });
      let quotes = 0;
      const { el, events } = await mount({
        esimId: INSTANT,
        setup: (e) =>
          (e.backend = {
            ...http,
            // Quotes that are already expired; the second one costs more.
            getCancellationQuote: async (id, options) => {
              const q = await http.getCancellationQuote(id, options);
              quotes++;
              return { ...q, expiresAt: '2020-01-01T00:00:00Z', fee: quotes > 1 ? { ...q.fee, amount: '9.99' } : q.fee };
            },
          }),
      });
      await stepIs(el, 'review');
      await next(el);
      await giveReason(el);
      const last4 = await lastFourOf(tenant.apiBase, INSTANT);
      await confirmWith(el, last4);
      await submit(el);
      await waitUntil(() => text(el).includes('The cancellation terms changed'), 'notice');
      await settled(el);
      expect(quotes).to.equal(2);
      expect(text(el)).to.contain('9.99');
      expect($<HTMLInputElement>(el, 'input[type="checkbox"]').checked).to.equal(false);
      expect($<HTMLInputElement>(el, '#f-lastFour').value).to.equal(last4);
      expect($(el, '[role="status"]').textContent).to.contain('The cancellation terms changed');
      expect(events).to.not.include('esim-cancel-submit');
      expect((await tenant.log()).requests.filter((r) => r.method === 'POST')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('double activation sends one request', async () => {
      const tenant = await newTenant({ manualClock: true });
      await tenant.fault({ path: '/esims/*/cancellations', method: 'POST', kind: 'slow', delayMs: 300 });
      const { el, events } = await mount({ apiBase: tenant.apiBase, esimId: REVIEW });
      await stepIs(el, 'review');
      await next(el);
      await giveReason(el);
      await confirmWith(el, await lastFourOf(tenant.apiBase, REVIEW));
      const button = part(el, 'submit-button');
      button.click();
      button.click();
      button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      await stepIs(el, 'pending');
      expect(events.filter((e) => e === 'esim-cancel-submit')).to.have.length(1);
      const log = await tenant.log();
      expect(log.requests.filter((r) => r.method === 'POST')).to.have.length(1);
      expect(log.cancellationsCreated).to.equal(1);
    });

    it('a lost response, then retry with the same key, gives one cancellation', async () => {
      const tenant = await newTenant({ manualClock: true });
      await tenant.fault({ path: '/esims/*/cancellations', method: 'POST', kind: 'lostResponse' });
      const { el, events } = await mount({
        apiBase: tenant.apiBase,
        esimId: REVIEW,
        setup: (e) => (e.backend = createHttpBackend({ apiBase: tenant.apiBase, retries: 0, timeoutMs: 2000 })),
      });
      await reviewToSubmit(el, tenant.apiBase, REVIEW);
      await failureShown(el);
      expect(events).to.include('esim-error:network');
      await click(el, '[part~="retry-button"]');
      await stepIs(el, 'pending');
      const log = await tenant.log();
      expect(log.cancellationsCreated).to.equal(1);
      const keys = log.requests.filter((r) => r.method === 'POST').map((r) => r.idempotencyKey);
      expect(keys).to.have.length(2);
      expect(keys[0]).to.be.a('string').and.equal(keys[1]);
    });

    it('the HTTP client retries a lost response by itself with the same key', async () => {
      const tenant = await newTenant({ manualClock: true });
      await tenant.fault({ path: '/esims/*/cancellations', method: 'POST', kind: 'lostResponse' });
      const { el, events } = await mount({ apiBase: tenant.apiBase, esimId: REVIEW });
      await reviewToSubmit(el, tenant.apiBase, REVIEW);
      await stepIs(el, 'pending');
      const { requests, cancellationsCreated } = await tenant.log();
      expect(cancellationsCreated).to.equal(1);
      // Two POSTs, one key: the 409 fallback (a second key, then tracking the open request) would
      // also end with one cancellation, but with two keys and no esim-cancel-submitted.
      const keys = requests.filter((r) => r.method === 'POST').map((r) => r.idempotencyKey);
      expect(keys).to.have.length(2);
      expect(keys[0]).to.be.a('string').and.equal(keys[1]);
      expect(events.filter((e) => e === 'esim-cancel-submitted')).to.have.length(1);
      expect(text(el).includes(en.noticeDuplicate), 'not the duplicate path').to.equal(false);
    });

    it('the host can veto the submission', async () => {
      const tenant = await newTenant();
      const { el, events } = await mount({
        apiBase: tenant.apiBase,
        esimId: INSTANT,
        setup: (e) => e.addEventListener('esim-cancel-submit', (event) => event.preventDefault()),
      });
      await reviewToSubmit(el, tenant.apiBase, INSTANT);
      await settled(el);
      expect(el.step).to.equal('confirm');
      expect(events.at(-1)).to.equal('esim-cancel-submit');
      expect((await tenant.log()).requests.filter((r) => r.method === 'POST')).to.have.length(0);
    });

    it('a second request for the same eSIM (409 duplicate) tracks the open one', async () => {
      const tenant = await newTenant({ manualClock: true });
      const { el, events } = await mount({ apiBase: tenant.apiBase, esimId: REVIEW });
      await stepIs(el, 'review');
      await next(el);
      await giveReason(el);
      await confirmWith(el, await lastFourOf(tenant.apiBase, REVIEW));
      // Meanwhile the customer sent a request from another tab.
      const first = await createCancellation(tenant.apiBase, REVIEW);
      await submit(el);
      await stepIs(el, 'pending');
      expect(el.cancellation!.id).to.equal(first.id);
      expect(text(el)).to.contain('no second one was made');
      expect(events).to.not.include('esim-cancel-submitted');
      expect(events.at(-1)).to.equal('esim-cancel-step:pending');
      expect((await tenant.log()).cancellationsCreated).to.equal(1);
    });
  });

  describe('resume', () => {
    it('cancellation-id opens the tracking view by status', async () => {
      const tenant = await newTenant();
      const pending = await mount({ apiBase: tenant.apiBase, cancellationId: PENDING_CANCELLATION });
      await stepIs(pending.el, 'pending');
      expect(pending.events).to.deep.equal(['esim-cancel-step:pending']);
      expect(part(pending.el, 'close-button').textContent).to.contain('Close');
      const done = await mount({ apiBase: tenant.apiBase, cancellationId: COMPLETED_CANCELLATION });
      await stepIs(done.el, 'completed');
      // Opening a completed request verifies it too, so the host hears about the completion.
      expect(done.events).to.deep.equal(['esim-cancel-complete', 'esim-cancel-step:completed']);
    });

    it('esim-id with an open request resumes tracking it', async () => {
      const tenant = await newTenant();
      const { el, events } = await mount({ apiBase: tenant.apiBase, esimId: PENDING_ESIM });
      await stepIs(el, 'pending');
      expect(el.cancellation!.id).to.equal(PENDING_CANCELLATION);
      expect(text(el)).to.contain('already has a cancellation request');
      expect(events).to.deep.equal(['esim-cancel-step:pending']);
    });

    it('a detach during submission aborts it; reattaching submits again with the same key', async () => {
      const tenant = await newTenant({ manualClock: true });
      await tenant.fault({ path: '/esims/*/cancellations', method: 'POST', kind: 'slow', delayMs: 400 });
      const { el } = await mount({ apiBase: tenant.apiBase, esimId: REVIEW });
      await reviewToSubmit(el, tenant.apiBase, REVIEW);
      const parent = el.parentElement!;
      el.remove();
      await aTimeout(600);
      parent.append(el);
      await stepIs(el, 'pending');
      const log = await tenant.log();
      expect(log.cancellationsCreated).to.equal(1);
      const keys = new Set(log.requests.filter((r) => r.method === 'POST').map((r) => r.idempotencyKey));
      expect(keys.size).to.equal(1);
    });
  });

  describe('keeping a record', () => {
    it('copies the reference, prints, and saves a text file', async () => {
      const tenant = await newTenant();
      const { el } = await mount({ apiBase: tenant.apiBase, cancellationId: PENDING_CANCELLATION });
      await stepIs(el, 'pending');
      const reference = el.cancellation!.reference;
      const copied: string[] = [];
      const saved: Blob[] = [];
      let printed = 0;
      const originals = { print: window.print, createObjectURL: URL.createObjectURL };
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (value: string) => void copied.push(value) },
      });
      window.print = () => void (printed += 1);
      URL.createObjectURL = (blob: Blob) => {
        saved.push(blob);
        return originals.createObjectURL.call(URL, blob);
      };
      try {
        await click(el, '[part~="copy-button"]');
        await waitUntil(() => text(el).includes('Reference copied.'));
        expect(copied).to.deep.equal([reference]);
        expect($(el, '[role="status"]').textContent).to.contain('Reference copied.');
        await click(el, '[part~="print-button"]');
        expect(printed).to.equal(1);
        await click(el, '[part~="save-button"]');
        expect(saved).to.have.length(1);
        const file = await saved[0]!.text();
        expect(file).to.contain(reference);
        expect(file).to.contain('Submitted');
      } finally {
        delete (navigator as { clipboard?: unknown }).clipboard;
        window.print = originals.print;
        URL.createObjectURL = originals.createObjectURL;
      }
    });

    it('says so when the clipboard refuses', async () => {
      const tenant = await newTenant();
      const { el } = await mount({ apiBase: tenant.apiBase, cancellationId: COMPLETED_CANCELLATION });
      await stepIs(el, 'completed');
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
      try {
        await click(el, '[part~="copy-button"]');
        await waitUntil(() => text(el).includes('Could not copy'));
      } finally {
        delete (navigator as { clipboard?: unknown }).clipboard;
      }
    });
  });

  describe('polling', () => {
    it('polls with backoff while visible and stops when detached', async () => {
      const tenant = await newTenant({ manualClock: true });
      const { el } = await mount({ apiBase: tenant.apiBase, cancellationId: PENDING_CANCELLATION, setup: (e) => (e.pollInterval = 40) });
      await stepIs(el, 'pending');
      await aTimeout(400);
      const polls = async () => (await tenant.log()).requests.filter((r) => r.path === `/cancellations/${PENDING_CANCELLATION}`).length;
      const during = await polls();
      // 40, 60, 90, 135 ms…: a handful in 400 ms, not ten.
      expect(during).to.be.within(3, 7);
      el.remove();
      const atDetach = await polls();
      await aTimeout(400);
      expect(await polls()).to.equal(atDetach);
    });

    it('pauses while the page is hidden and checks at once when visible again', async () => {
      const tenant = await newTenant({ manualClock: true });
      const { el } = await mount({ apiBase: tenant.apiBase, cancellationId: PENDING_CANCELLATION, setup: (e) => (e.pollInterval = 3000) });
      await stepIs(el, 'pending');
      const polls = async () => (await tenant.log()).requests.filter((r) => r.path === `/cancellations/${PENDING_CANCELLATION}`).length;
      try {
        setVisibility('hidden');
        const hidden = await polls();
        await aTimeout(300);
        expect(await polls()).to.equal(hidden);
        setVisibility('visible');
        // At once, not after the remaining backoff (the next poll is due ~2.7 s from now): 1.5 s leaves
        // room for a busy machine and still tells the two apart.
        await waitUntil(async () => (await polls()) > hidden, 'no poll after becoming visible', { timeout: 1500 });
      } finally {
        setVisibility('visible');
      }
    });

    it('aborts the in-flight poll on detach', async () => {
      const tenant = await newTenant();
      await tenant.fault({ path: '/cancellations/*', method: 'GET', kind: 'slow', delayMs: 500, count: 5 });
      let aborted = 0;
      const { el } = await mount({
        apiBase: tenant.apiBase,
        esimId: PENDING_ESIM,
        setup: (e) => {
          e.pollInterval = 10;
          const backend = createHttpBackend({ apiBase: tenant.apiBase });
          e.backend = {
            ...backend,
            getCancellation: (id, options) => {
              options?.signal?.addEventListener('abort', () => (aborted += 1));
              return backend.getCancellation(id, options);
            },
          };
        },
      });
      await stepIs(el, 'pending');
      await aTimeout(100);
      el.remove();
      expect(aborted).to.equal(1);
    });
  });

  describe('sign-in', () => {
    it('401 without a host handler shows the sign-in step, then goes on where it was', async () => {
      const tenant = await newTenant({ requireAuth: true });
      const { el, events } = await mount({ apiBase: tenant.apiBase, esimId: INSTANT });
      await stepIs(el, 'sign-in');
      expect(events).to.deep.equal(['esim-auth-required', 'esim-cancel-step:sign-in']);
      await type(el, '#sign-in-email', 'demo@example.com');
      await type(el, '#sign-in-password', 'wrong');
      await click(el, '[part~="submit-button"]');
      await waitUntil(() => text(el).includes('not correct'));
      await type(el, '#sign-in-password', 'demo-password');
      await click(el, '[part~="submit-button"]');
      await stepIs(el, 'review');
      expect(events.at(-1)).to.equal('esim-cancel-step:review');
      await next(el);
      await stepIs(el, 'reason');
      expect($<HTMLInputElement>(el, '#f-contactEmail').value).to.equal('demo@example.com');
    });

    it('forgot password says a link was sent without revealing the account', async () => {
      const tenant = await newTenant({ requireAuth: true });
      const { el } = await mount({ apiBase: tenant.apiBase });
      await stepIs(el, 'sign-in');
      await click(el, '[part~="link-button"]');
      await type(el, '#sign-in-email', 'nobody@example.com');
      await click(el, '[part~="submit-button"]');
      await waitUntil(() => text(el).includes('If an account exists for nobody@example.com'));
    });

    it('a host that handles esim-auth-required retries itself', async () => {
      const tenant = await newTenant({ requireAuth: true });
      let retry: (() => void) | undefined;
      const { el, events } = await mount({
        apiBase: tenant.apiBase,
        esimId: INSTANT,
        setup: (e) =>
          e.addEventListener('esim-auth-required', (event) => {
            event.preventDefault();
            retry = event.detail.retry;
          }),
      });
      await failureShown(el);
      expect(el.step).to.equal(null);
      expect(text(el)).to.contain('Sign in on this page to continue.');
      expect(events).to.deep.equal(['esim-auth-required', 'esim-error:unauthenticated']);
      el.authToken = 'demo-token';
      retry!();
      await stepIs(el, 'review');
    });
  });

  describe('focus and announcements', () => {
    it('moves focus to the new heading on step changes, not on the first render', async () => {
      const tenant = await newTenant();
      const { el } = await mount({ apiBase: tenant.apiBase });
      await stepIs(el, 'select');
      expect(el.shadowRoot!.activeElement === null, 'el.shadowRoot!.activeElement is null').to.equal(true);
      await chooseEsim(el, INSTANT);
      await stepIs(el, 'review');
      expect(el.shadowRoot!.activeElement === part(el, 'heading'), "el.shadowRoot!.activeElement is part(el, 'heading')").to.equal(true);
      expect($(el, '[role="status"]').textContent).to.contain('Step 2 of 4');
    });

    it('does not pull focus when it changes step on its own while the page loads (401 → sign-in)', async () => {
      const tenant = await newTenant({ requireAuth: true });
      const outside = document.createElement('button');
      outside.textContent = 'Page button';
      document.body.append(outside);
      outside.focus();
      try {
        const { el } = await mount({ apiBase: tenant.apiBase });
        await stepIs(el, 'sign-in');
        expect(document.activeElement === outside, 'document.activeElement is outside').to.equal(true);
        expect(el.shadowRoot!.activeElement === null, 'el.shadowRoot!.activeElement is null').to.equal(true);
      } finally {
        outside.remove();
      }
    });

    it('re-renders in the new language when lang changes', async () => {
      const tenant = await newTenant();
      const { el } = await mount({ apiBase: tenant.apiBase });
      await stepIs(el, 'select');
      el.lang = 'zh-CN';
      await el.updateComplete;
      expect(el.getAttribute('lang')).to.equal('zh-CN');
      // The zh-CN strings are fetched on demand (the first time on the page): no English meanwhile.
      expect(part(el, 'heading').textContent).not.to.match(/[A-Za-z]{3}/);
      await waitUntil(() => /[\u4e00-\u9fff]/.test(part(el, 'heading').textContent ?? ''), 'no Chinese heading', { timeout: 5000 });
    });

    it('focuses the first heading when opened by the user (autofocus)', async () => {
      const tenant = await newTenant();
      const { el } = await mount({ apiBase: tenant.apiBase, esimId: INSTANT, setup: (e) => (e.autofocus = true) });
      await stepIs(el, 'review');
      expect(el.shadowRoot!.activeElement === part(el, 'heading'), "el.shadowRoot!.activeElement is part(el, 'heading')").to.equal(true);
    });

    it('renders backend text as text', async () => {
      const tenant = await newTenant();
      const esimsPage = { items: [], nextCursor: null };
      const payload = '<img src=x onerror="window.__flowXss=1">';
      const cancellation: Cancellation = {
        id: 'c1',
        reference: payload,
        esimId: 'e1',
        status: 'rejected',
        mode: 'review',
        reason: payload,
        contactEmail: 'a@example.com',
        createdAt: '2026-11-25T12:00:00Z',
        updatedAt: '2026-11-25T12:00:00Z',
        rejectionReason: payload,
        withdrawable: false,
      };
      const backend = createHttpBackend({ apiBase: tenant.apiBase });
      const { el } = await mount({
        cancellationId: 'c1',
        setup: (e) => (e.backend = { ...backend, listEsims: async () => esimsPage, getCancellation: async () => cancellation }),
      });
      await stepIs(el, 'rejected');
      expect(el.shadowRoot!.querySelector('img') === null, "el.shadowRoot!.querySelector('img') is null").to.equal(true);
      expect(text(el)).to.contain(payload);
      expect((window as { __flowXss?: number }).__flowXss).to.equal(undefined);
    });
  });
});
