/**
 * `<esim-cancel-flow>` during a submission: removed and put back, or pointed at another eSIM, it
 * finishes (or resolves) the submission first, says so, and fires each event once.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { iso } from '../../helpers/isolate.js';
import { en } from '../../../src/i18n/en.js';
import { newTenant } from '../../helpers/tenant.js';
import { $, click, confirmWith, giveReason, lastFourOf, mount, next, setVisibility, stepIs, submit, text } from './helpers.js';

const INSTANT = 'esim-jp-01';
const REVIEW = 'esim-eu-04';

describe('esim-cancel-flow during a submission', () => {
  before(() => setVisibility('visible'));
  after(() => setVisibility(null));

  it('removed and put back mid-submit: esim-cancel-submit once, the same key, one cancellation', async () => {
    const tenant = await newTenant({ manualClock: true });
    const { el, events } = await mount({ apiBase: tenant.apiBase, esimId: REVIEW });
    await stepIs(el, 'review');
    await next(el);
    await giveReason(el);
    await confirmWith(el, await lastFourOf(tenant.apiBase, REVIEW));
    await tenant.fault({ path: '/esims/*/cancellations', method: 'POST', kind: 'slow', delayMs: 800 });
    await submit(el);
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await stepIs(el, 'pending');
    expect(events.filter((e) => e === 'esim-cancel-submit')).to.have.length(1);
    expect(events.filter((e) => e === 'esim-cancel-submitted')).to.have.length(1);
    const { requests, cancellationsCreated } = await tenant.log();
    const keys = requests.filter((r) => r.method === 'POST').map((r) => r.idempotencyKey);
    expect(new Set(keys).size, `keys ${keys.join(', ')}`).to.equal(1);
    expect(cancellationsCreated).to.equal(1);
  });

  it('a new getAuthToken function on every host render keeps the customer where they are', async () => {
    const tenant = await newTenant({ manualClock: true });
    const { el } = await mount({ apiBase: tenant.apiBase, esimId: INSTANT });
    await stepIs(el, 'review');
    await next(el);
    await stepIs(el, 'reason');
    for (let i = 0; i < 3; i++) {
      el.getAuthToken = () => undefined;
      await el.updateComplete;
    }
    expect(el.step).to.equal('reason');
    // A new backend is another configuration: the flow loads again, keeping what was typed.
    await click(el, 'input[name="reason"][value="switching_provider"]');
    el.apiBase = `${tenant.apiBase}/`;
    await stepIs(el, 'review');
    await next(el);
    await stepIs(el, 'reason');
    expect($<HTMLInputElement>(el, 'input[name="reason"][value="switching_provider"]').checked, 'the answer kept').to.equal(true);
  });

  it('esim-id changed mid-submit: the submission finishes first, is shown with a notice, then the other eSIM', async () => {
    const tenant = await newTenant({ manualClock: true });
    const { el, events } = await mount({ apiBase: tenant.apiBase, esimId: INSTANT });
    await stepIs(el, 'review');
    await next(el);
    await giveReason(el);
    await confirmWith(el, await lastFourOf(tenant.apiBase, INSTANT));
    await tenant.fault({ path: '/esims/*/cancellations', method: 'POST', kind: 'slow', delayMs: 800 });
    await submit(el);
    el.esimId = REVIEW;
    await stepIs(el, 'completed');
    expect(el.cancellation!.esimId).to.equal(INSTANT);
    expect(text(el).includes(en.noticeSubmittedFirst), 'says the submission was finished first').to.equal(true);
    expect(events.filter((e) => e === 'esim-cancel-submitted')).to.have.length(1);
    expect($(el, '[part~="reference"]').textContent).to.equal(iso(el.cancellation!.reference));
    await click(el, '[part~="other-esim-button"]');
    await stepIs(el, 'review');
    expect(text(el).includes(en.noticeSubmittedFirst), 'the notice is gone').to.equal(false);
    await waitUntil(() => text(el).includes(en.reviewTitle));
    expect((await tenant.log()).cancellationsCreated).to.equal(1);
  });
});
