/**
 * The `alternatives` step: shown after the reason only when an alternative fits it, with
 * "Continue cancelling" one activation away; the defaults per reason; the host's `alternatives`
 * property; `esim-cancel-alternatives` and the cancelable `esim-cancel-alternative-select`;
 * `direct-cancel`; keyboard and axe. Against the reference backend.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CancelAlternative } from '../../../src/elements/esim-cancel-flow/alternatives.js';
import type { EsimCancelFlow } from '../../../src/elements/esim-cancel-flow/esim-cancel-flow.js';
import { defaultAlternatives } from '../../../src/elements/esim-cancel-flow/alternatives.js';
import {
  transition,
  initialState,
  stepsBefore,
  submissionOf,
  UNSPECIFIED_REASON,
} from '../../../src/elements/esim-cancel-flow/flow-machine.js';
import type { Esim } from '../../../src/api/schemas.js';
import { en, type Catalogue } from '../../../src/i18n/en.js';
import { DEFAULT_REASONS } from '../../../src/elements/esim-cancel-flow/reasons.js';
import { formatDate } from '../../../src/internal/format.js';
import { SEED_IDS } from '../../helpers/seed.js';
import { newTenant } from '../../helpers/tenant.js';
import { $, $$, click, confirmWith, lastFourOf, mount, next, part, stepIs, submit, text, type, type MountOptions } from './helpers.js';

/** From review to the step after the reason, with `reason` chosen. */
async function toAfterReason(options: MountOptions, reason: string) {
  const mounted = await mount(options);
  const { el } = mounted;
  await stepIs(el, 'review');
  await next(el);
  await stepIs(el, 'reason');
  await click(el, `input[name="reason"][value="${reason}"]`);
  await type(el, '#f-contactEmail', 'me@example.com');
  await next(el);
  await el.updateComplete;
  return mounted;
}

const titles = (el: EsimCancelFlow) => $$(el, '[part~="alternative-title"]').map((h) => h.textContent);

describe('alternatives', () => {
  it('changed device: how to move the eSIM, with the honest caveat; Continue cancelling goes on; Back returns', async () => {
    const tenant = await newTenant();
    const { el, events, details } = await toAfterReason({ apiBase: tenant.apiBase, esimId: SEED_IDS.instant }, 'changed_device');
    await stepIs(el, 'alternatives');
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'h2'));
    expect($(el, 'h2').textContent).to.equal('This might help instead');
    expect(titles(el)).to.deep.equal(['Move your eSIM to your new phone']);
    expect(text(el)).to.contain('Many travel eSIMs cannot be moved');
    expect(text(el)).to.contain('Transfer From Nearby iPhone');
    expect(text(el)).to.contain('Transfer SIM');
    // The progress counts the step; Continue cancelling is the step's main button.
    expect(part(el, 'progress').textContent).to.equal('Step 3 of 4');
    const shown = details[events.indexOf('esim-cancel-alternatives')] as {
      reason: string;
      alternatives: CancelAlternative[];
      esimId: string;
    };
    expect(shown).to.deep.include({ reason: 'changed_device', esimId: SEED_IDS.instant });
    expect(shown.alternatives.map((a) => a.id)).to.deep.equal(['transfer-esim']);
    const continueButton = part(el, 'continue-button');
    expect(continueButton.textContent!.trim()).to.equal('Continue cancelling');
    expect(continueButton.classList.contains('btn-primary')).to.equal(true);
    await click(el, '[part~="back-button"]');
    await stepIs(el, 'reason');
    await next(el);
    await stepIs(el, 'alternatives');
    await click(el, '[part~="continue-button"]');
    await stepIs(el, 'confirm');
    // Back from confirm returns to the alternatives it came through.
    await click(el, '[part~="back-button"]');
    await stepIs(el, 'alternatives');
    await click(el, '[part~="continue-button"]');
    await confirmWith(el, await lastFourOf(tenant.apiBase, SEED_IDS.instant));
    await submit(el);
    await stepIs(el, 'completed');
    expect(events.filter((e) => e === 'esim-cancel-submit')).to.have.length(1);
  });

  it('a reason without a fitting alternative skips the step (Back from confirm returns to the reason)', async () => {
    const tenant = await newTenant();
    const { el, events } = await toAfterReason({ apiBase: tenant.apiBase, esimId: SEED_IDS.instant }, 'switching_provider');
    await stepIs(el, 'confirm');
    expect(events).to.not.include('esim-cancel-alternatives');
    expect(part(el, 'progress').textContent).to.equal('Step 3 of 3');
    await click(el, '[part~="back-button"]');
    await stepIs(el, 'reason');
  });

  it('a technical problem: support with the eSIM prefilled (only when support is configured)', async () => {
    const tenant = await newTenant();
    const esim = (await (await fetch(`${tenant.apiBase}/esims/${SEED_IDS.instant}`)).json()) as { iccid: string };
    const { el } = await toAfterReason({ apiBase: tenant.apiBase, esimId: SEED_IDS.instant }, 'no_coverage');
    await stepIs(el, 'alternatives');
    expect(titles(el)).to.deep.equal(['Let support look at the problem']);
    const link = $<HTMLAnchorElement>(el, '[part~="alternative-action"]');
    expect(link.protocol).to.equal('mailto:');
    const mail = new URL(link.href);
    expect(mail.pathname).to.equal('help@example.com');
    expect(mail.searchParams.get('body')).to.contain(`ICCID: ${esim.iccid}`);
    expect(mail.searchParams.get('body')).to.contain('no coverage where I am');
    expect(mail.searchParams.get('subject')).to.contain('Problem with my eSIM');
    // Without support links there is nothing to offer: the step is skipped.
    const bare = await toAfterReason(
      { apiBase: tenant.apiBase, esimId: SEED_IDS.instant, setup: (e) => ((e.supportEmail = ''), (e.supportUrl = '')) },
      'no_coverage',
    );
    await stepIs(bare.el, 'confirm');
  });

  it('no longer needed: keep it for a later trip, with its expiry date, while it stays valid', async () => {
    const tenant = await newTenant();
    const esim = (await (await fetch(`${tenant.apiBase}/esims/${SEED_IDS.instant}`)).json()) as { expiresAt: string };
    const { el, events, details } = await toAfterReason({ apiBase: tenant.apiBase, esimId: SEED_IDS.instant }, 'no_longer_needed');
    await stepIs(el, 'alternatives');
    expect(titles(el)).to.deep.equal(['Keep it for a later trip']);
    expect(text(el)).to.contain(`This eSIM stays valid until ${formatDate('en', esim.expiresAt)}`);
    // Every button and link of the step has a name of its own (the footer says "Keep my eSIM").
    const names = [...el.shadowRoot!.querySelectorAll('button, a')].map((control) => control.textContent!.trim());
    expect(names).to.include('Keep it for my next trip').and.to.include('Keep my eSIM');
    expect(new Set(names).size, names.join(' | ')).to.equal(names.length);
    // The action keeps the eSIM: the flow ends, reporting which alternative.
    await click(el, '[part~="alternative-action"]');
    expect(events.slice(-2)).to.deep.equal(['esim-cancel-alternative-select', 'esim-cancel-close']);
    expect(details.at(-1)).to.deep.equal({ step: 'alternatives', alternative: 'keep-for-later' });
    expect((details.at(-2) as { alternative: CancelAlternative }).alternative.id).to.equal('keep-for-later');
  });

  it('the host vetoes a choice: nothing opens, the flow stays', async () => {
    const tenant = await newTenant();
    const { el, events } = await toAfterReason(
      {
        apiBase: tenant.apiBase,
        esimId: SEED_IDS.instant,
        setup: (e) => e.addEventListener('esim-cancel-alternative-select', (ev) => ev.preventDefault()),
      },
      'no_longer_needed',
    );
    await stepIs(el, 'alternatives');
    await click(el, '[part~="alternative-action"]');
    expect(events.at(-1)).to.equal('esim-cancel-alternative-select');
    expect(events).to.not.include('esim-cancel-close');
    expect(el.step).to.equal('alternatives');
  });

  it('the alternatives property adds, replaces and removes per reason; unusable entries are left out', async () => {
    const tenant = await newTenant();
    const mine: CancelAlternative = {
      id: 'pause',
      title: 'Pause instead',
      text: 'Keep your number for €1 a month.',
      href: 'https://shop.example/pause',
      action: 'Pause it',
    };
    const added = await toAfterReason(
      {
        apiBase: tenant.apiBase,
        esimId: SEED_IDS.instant,
        setup: (e) =>
          (e.alternatives = ({ defaults }) => [
            ...defaults,
            mine,
            { id: 'bad', title: 'x', text: '', href: 'javascript:alert(1)', action: 'x' },
          ]),
      },
      'changed_device',
    );
    await stepIs(added.el, 'alternatives');
    // The host's text is isolated for bidi; the catalogue's own default is not.
    expect(titles(added.el)).to.deep.equal(['Move your eSIM to your new phone', '\u2068Pause instead\u2069']);
    const link = $$<HTMLAnchorElement>(added.el, '[part~="alternative-action"]')[1]!;
    expect(link.href).to.equal('https://shop.example/pause');
    expect(link.target).to.equal('_blank');
    link.addEventListener('click', (e) => e.preventDefault(), { once: true });

    const replaced = await toAfterReason(
      { apiBase: tenant.apiBase, esimId: SEED_IDS.instant, setup: (e) => (e.alternatives = { wrong_plan: [mine] }) },
      'wrong_plan',
    );
    await stepIs(replaced.el, 'alternatives');
    expect(titles(replaced.el)).to.deep.equal(['\u2068Pause instead\u2069']);

    const removed = await toAfterReason(
      { apiBase: tenant.apiBase, esimId: SEED_IDS.instant, setup: (e) => (e.alternatives = { changed_device: [] }) },
      'changed_device',
    );
    await stepIs(removed.el, 'confirm');
  });

  it('a link opens (anchor semantics, its target as configured); a vetoed link does not', async () => {
    const tenant = await newTenant();
    const pause: CancelAlternative = {
      id: 'pause',
      title: 'Pause',
      text: '<img src=x onerror="window.hacked=1"> For €1 a month.',
      href: 'https://shop.example/pause',
      target: '_self',
      action: 'Pause it',
    };
    const { el, events, details } = await toAfterReason(
      { apiBase: tenant.apiBase, esimId: SEED_IDS.instant, setup: (e) => (e.alternatives = { wrong_plan: [pause] }) },
      'wrong_plan',
    );
    await stepIs(el, 'alternatives');
    // The host's text is text, never HTML.
    expect($$(el, '[part~="alternative"] img')).to.have.length(0);
    expect(text(el)).to.contain('<img src=x onerror="window.hacked=1"> For €1 a month.');
    const link = $<HTMLAnchorElement>(el, '[part~="alternative-action"]');
    expect(link.tagName).to.equal('A');
    expect(link.target).to.equal('_self');
    expect(link.relList.contains('noopener')).to.equal(true);
    // Seen after the flow's own handler: whether the browser would follow the link. The test then
    // stops it, so the page under test stays.
    const followed: boolean[] = [];
    el.shadowRoot!.addEventListener('click', (e) => (followed.push(!e.defaultPrevented), e.preventDefault()));
    link.click();
    expect(followed).to.deep.equal([true]);
    expect(events.at(-1)).to.equal('esim-cancel-alternative-select');
    expect((details.at(-1) as { alternative: CancelAlternative }).alternative).to.deep.include({
      id: 'pause',
      href: 'https://shop.example/pause',
    });
    // A link does not end the flow: the customer may come back to it.
    expect(events).to.not.include('esim-cancel-close');
    expect(el.step).to.equal('alternatives');
    // Vetoed: the host handles it, the link is not followed.
    el.addEventListener('esim-cancel-alternative-select', (e) => e.preventDefault());
    link.click();
    expect(followed).to.deep.equal([true, false]);
    expect(events).to.not.include('esim-cancel-close');
  });

  it('an http(s) link opens in a new tab unless told otherwise; a mailto link has no target', async () => {
    const tenant = await newTenant();
    const { el } = await toAfterReason(
      {
        apiBase: tenant.apiBase,
        esimId: SEED_IDS.instant,
        setup: (e) =>
          (e.alternatives = {
            wrong_plan: [
              { id: 'a', title: 'A', text: '', href: 'https://shop.example/a', action: 'A' },
              { id: 'b', title: 'B', text: '', href: 'https://shop.example/b', target: '_top', action: 'B' },
              { id: 'c', title: 'C', text: '', href: 'mailto:help@example.com', target: '_self', action: 'C' },
            ],
          }),
      },
      'wrong_plan',
    );
    await stepIs(el, 'alternatives');
    const links = $$<HTMLAnchorElement>(el, '[part~="alternative-action"]');
    expect(links.map((a) => a.getAttribute('target'))).to.deep.equal(['_blank', '_top', null]);
  });

  it('direct-cancel set while the alternatives show: on to confirm, and Back skips them', async () => {
    const tenant = await newTenant();
    const { el } = await toAfterReason({ apiBase: tenant.apiBase, esimId: SEED_IDS.instant }, 'changed_device');
    await stepIs(el, 'alternatives');
    el.directCancel = true;
    await stepIs(el, 'confirm');
    expect(part(el, 'progress').textContent).to.equal('Step 3 of 3');
    await click(el, '[part~="back-button"]');
    await stepIs(el, 'reason');
  });

  it('direct-cancel: no alternatives step and the reason is optional (sent as unspecified)', async () => {
    const tenant = await newTenant();
    const { el, details, events } = await mount({
      apiBase: tenant.apiBase,
      esimId: SEED_IDS.instant,
      setup: (e) => e.setAttribute('direct-cancel', ''),
    });
    await stepIs(el, 'review');
    await next(el);
    await stepIs(el, 'reason');
    expect(text(el)).to.contain('Optional: it helps us improve.');
    await type(el, '#f-contactEmail', 'me@example.com');
    await next(el);
    await stepIs(el, 'confirm');
    expect(text(el)).to.contain('Not given');
    await confirmWith(el, await lastFourOf(tenant.apiBase, SEED_IDS.instant));
    await submit(el);
    await stepIs(el, 'completed');
    expect((details[events.indexOf('esim-cancel-submit')] as { reason: string }).reason).to.equal('unspecified');
    // A reason with alternatives still skips them.
    const second = await toAfterReason(
      { apiBase: tenant.apiBase, esimId: SEED_IDS.review, setup: (e) => (e.directCancel = true) },
      'changed_device',
    );
    await stepIs(second.el, 'confirm');
    expect(second.events).to.not.include('esim-cancel-alternatives');
  });

  it('keyboard only: Tab reaches each alternative and Continue cancelling; Enter continues', async () => {
    const tenant = await newTenant();
    const { el } = await toAfterReason({ apiBase: tenant.apiBase, esimId: SEED_IDS.instant }, 'changed_device');
    await stepIs(el, 'alternatives');
    const active = () => el.shadowRoot!.activeElement as HTMLElement | null;
    const reached: string[] = [];
    for (let i = 0; i < 12 && !active()?.matches('[part~="continue-button"]'); i++) {
      await sendKeys({ press: 'Tab' });
      if (active()?.getAttribute('part')) reached.push(active()!.getAttribute('part')!);
    }
    expect(reached.some((p) => p.includes('alternative-action'))).to.equal(true);
    expect(active()?.matches('[part~="continue-button"]')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await stepIs(el, 'confirm');
  });

  it('is axe clean, light and dark, in English, German and Arabic', async () => {
    const tenant = await newTenant();
    for (const [lang, dir] of [['en'], ['de'], ['ar', 'rtl']] as const) {
      for (const theme of ['light', 'dark'] as const) {
        const { el } = await toAfterReason({ apiBase: tenant.apiBase, esimId: SEED_IDS.instant, lang, dir, theme }, 'changed_device');
        await stepIs(el, 'alternatives');
        await expect(el).to.be.accessible();
        el.remove();
      }
    }
  });

  it('the machine: alternatives only when the reason has some, and only without direct-cancel; progress counts them', () => {
    const reason = { ...initialState('me@example.com'), step: 'reason' as const, origin: 'esim' as const, history: ['review' as const] };
    const chosen = { ...reason, form: { ...reason.form, reason: 'changed_device' } };
    const shown = transition(chosen, { type: 'next', alternatives: true }, DEFAULT_REASONS);
    expect(shown.step).to.equal('alternatives');
    expect(stepsBefore(shown)).to.deep.equal(['review', 'reason', 'alternatives', 'confirm']);
    expect(transition(chosen, { type: 'next', alternatives: false }, DEFAULT_REASONS).step).to.equal('confirm');
    const direct = transition(chosen, { type: 'direct', value: true }, DEFAULT_REASONS);
    expect(transition(direct, { type: 'next', alternatives: true }, DEFAULT_REASONS).step).to.equal('confirm');
    expect(transition(shown, { type: 'next' }, DEFAULT_REASONS).step).to.equal('confirm');
    expect(transition(shown, { type: 'back' }, DEFAULT_REASONS).step).to.equal('reason');
    // Back from confirm goes through the alternatives only when they were shown.
    const viaShown = transition(shown, { type: 'next' }, DEFAULT_REASONS);
    expect(transition(viaShown, { type: 'back' }, DEFAULT_REASONS).step).to.equal('alternatives');
    const skipped = transition(chosen, { type: 'next', alternatives: false }, DEFAULT_REASONS);
    expect(transition(skipped, { type: 'back' }, DEFAULT_REASONS).step).to.equal('reason');
    expect(stepsBefore(skipped)).to.deep.equal(['review', 'reason', 'confirm']);
    // direct-cancel set on the alternatives step or after it: they go, and the way back skips them.
    const onIt = transition(shown, { type: 'direct', value: true }, DEFAULT_REASONS);
    expect(onIt).to.deep.include({ step: 'confirm', alternatives: false });
    expect(transition(onIt, { type: 'back' }, DEFAULT_REASONS).step).to.equal('reason');
    const after = transition(viaShown, { type: 'direct', value: true }, DEFAULT_REASONS);
    expect(after.step).to.equal('confirm');
    expect(transition(after, { type: 'back' }, DEFAULT_REASONS).step).to.equal('reason');
    // Without a reason, the reason step holds; with direct-cancel it may go on without one.
    const none = { ...reason, form: { ...reason.form, reason: '' } };
    expect(transition(none, { type: 'next', alternatives: true }, DEFAULT_REASONS).step).to.equal('reason');
    const noneDirect = transition({ ...none, direct: true }, { type: 'next', alternatives: true }, DEFAULT_REASONS);
    expect(noneDirect.step).to.equal('confirm');
    expect(submissionOf(noneDirect).reason).to.equal(UNSPECIFIED_REASON);
  });

  it('the defaults, DOM-free: which reason gets which, and when none fits', () => {
    const t: Catalogue = en;
    const now = Date.parse('2026-06-01T00:00:00Z');
    const esim = {
      id: 'e1',
      iccid: '8944000000000001234',
      planName: 'Japan 10 GB',
      status: 'active',
      expiresAt: '2026-07-01T00:00:00Z',
    } as unknown as Esim;
    const base = { t, date: (iso: string) => iso.slice(0, 10), reasons: DEFAULT_REASONS, esim, now, supportEmail: 'help@example.com' };
    const ids = (reason: string, extra: Partial<Parameters<typeof defaultAlternatives>[0]> = {}) =>
      defaultAlternatives({ ...base, reason, ...extra }).map((a) => a.id);
    expect(ids('changed_device')).to.deep.equal(['transfer-esim']);
    for (const technical of ['installation_failed', 'no_coverage', 'poor_connection'])
      expect(ids(technical)).to.deep.equal(['contact-support']);
    expect(ids('no_coverage', { supportEmail: undefined, supportUrl: 'https://example.com/help' })).to.deep.equal(['contact-support']);
    expect(ids('no_coverage', { supportEmail: undefined })).to.deep.equal([]);
    expect(ids('no_longer_needed')).to.deep.equal(['keep-for-later']);
    expect(defaultAlternatives({ ...base, reason: 'no_longer_needed' })[0]!.text).to.contain('2026-07-01');
    // Validity nearly gone, or none: nothing to keep it for.
    expect(ids('no_longer_needed', { esim: { ...esim, expiresAt: '2026-06-03T00:00:00Z' } })).to.deep.equal([]);
    expect(ids('no_longer_needed', { esim: { ...esim, expiresAt: null } as unknown as Esim })).to.deep.equal([]);
    expect(ids('no_longer_needed', { esim: { ...esim, status: 'depleted' } as unknown as Esim })).to.deep.equal([]);
    for (const none of ['device_lost', 'switching_provider', 'wrong_plan', 'device_not_compatible', 'other'])
      expect(ids(none)).to.deep.equal([]);
  });
});
