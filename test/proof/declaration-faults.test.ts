/**
 * Reliability proof for `<esim-cancel-declaration>`: every fault kind of the proof suite on
 * `POST /cancellation-declarations`, against the reference backend. Each ends in a message from the
 * catalogue, one `esim-error`, nothing typed lost, nothing uncaught, and once the fault clears the
 * customer's next press records the declaration: exactly one, whatever the fault did on the server
 * (a lost answer included).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { en } from '../../src/i18n/en.js';
import { newTenant, type FaultKind } from '../helpers/tenant.js';
import { $, declared, failureShown, fillValid, mount, submit } from '../elements/esim-cancel-declaration/helpers.js';

const KINDS: FaultKind[] = [
  'drop',
  '500',
  'html502',
  'malformed',
  'schema',
  '401',
  '403',
  '404',
  '409',
  '422',
  '429',
  'lostResponse',
  'redirect',
];

/** Every sentence the catalogue can say, English, with the rate-limit wait filled in. */
const MESSAGES = new Set<string>([
  ...Object.values(en).filter((value): value is string => typeof value === 'string'),
  en.errorRateLimited(),
  en.errorRateLimited(1),
]);

const mails = async (apiBase: string) => ((await (await fetch(`${apiBase}/__control/outbox`)).json()) as { mails: unknown[] }).mails;

describe('proof: the declaration under every fault', function () {
  this.timeout(30_000);
  for (const kind of KINDS) {
    it(`${kind}: a message in words, one esim-error, nothing lost, then exactly one declaration`, async () => {
      const tenant = await newTenant();
      await tenant.fault({
        path: '/cancellation-declarations',
        method: 'POST',
        kind,
        count: 1,
        ...(kind === '429' ? { retryAfter: 1 } : {}),
      });
      const { el, events } = await mount({ apiBase: tenant.apiBase });
      await fillValid(el);
      await submit(el);
      // A fault the client retries by itself (with the same key) may never reach the customer.
      await waitUntil(() => el.step === 'declared' || el.shadowRoot!.querySelector('.failure'), 'neither a receipt nor a failure', {
        timeout: 15_000,
      });
      if (el.step === 'declared') {
        expect(events.filter((e) => e.startsWith('esim-error'))).to.deep.equal([]);
        expect(await mails(tenant.apiBase), 'one declaration, one confirmation').to.have.length(1);
        return;
      }
      const failure = await failureShown(el);
      const message = failure.querySelector('p')!.textContent!.trim();
      expect(MESSAGES.has(message), `"${message}" is a catalogue message`).to.equal(true);
      expect(events.filter((e) => e.startsWith('esim-error'))).to.have.length(1);
      expect($<HTMLInputElement>(el, '#f-name').value).to.equal('Erika Mustermann');
      expect($<HTMLInputElement>(el, '#f-email').value).to.equal('erika@example.com');
      // The fault was for one request: the next press goes through (after Retry-After for a 429).
      await waitUntil(() => $(el, '[part~="submit-button"]').getAttribute('aria-disabled') === 'false', 'the button stays held', {
        timeout: 5000,
      });
      await submit(el);
      await declared(el);
      expect(await mails(tenant.apiBase), 'one declaration, one confirmation').to.have.length(1);
      expect(events.filter((e) => e === 'esim-cancel-submitted')).to.have.length(1);
    });
  }
});
