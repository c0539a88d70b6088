/**
 * `<esim-cancel-declaration>`: cancel or withdraw without signing in, against the reference backend
 * over HTTP (`POST /cancellation-declarations`) and against hosts' own `backend` objects: the fields
 * the rules allow and no others, validation in words, exactly one declaration per customer action
 * (one `Idempotency-Key`, reused on every retry), and the receipt at once with Save and Print.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EsimBackend } from '../../../src/api/backend.js';
import type { Declaration, DeclarationRequest } from '../../../src/api/declaration-schemas.js';
import { EsimApiError } from '../../../src/api/errors.js';
import { newTenant } from '../../helpers/tenant.js';
import { $, choose, declared, failureShown, fillValid, mount, submit, text, type } from './helpers.js';

/** A host's backend that records declarations; `fail` decides each call's fate first. */
function hostBackend(fail: (call: number) => unknown = () => undefined) {
  const calls: { request: DeclarationRequest; key: string }[] = [];
  const notUsed = () => Promise.reject(new Error('not used by the declaration'));
  const backend: EsimBackend = {
    listEsims: notUsed,
    getEsim: notUsed,
    getCancellationQuote: notUsed,
    submitCancellation: notUsed,
    getCancellation: notUsed,
    withdrawCancellation: notUsed,
    submitDeclaration: async (request, { idempotencyKey }) => {
      calls.push({ request, key: idempotencyKey });
      const error = fail(calls.length);
      if (error) throw error;
      const declaration: Declaration = {
        id: 'd_1',
        reference: 'DEC-2026-0001',
        receivedAt: '2026-12-04T09:30:00Z',
        confirmationSentTo: request.email,
        ...request,
      };
      return declaration;
    },
  };
  return { backend, calls };
}

describe('<esim-cancel-declaration>', () => {
  it('asks only what a cancellation needs, and sends it once to the reference backend with an Idempotency-Key', async () => {
    const tenant = await newTenant();
    const { el, events, details } = await mount({ apiBase: tenant.apiBase });
    expect(events).to.deep.equal(['esim-cancel-step:declare']);
    expect($(el, 'h2').textContent).to.equal('Cancel your contract');
    // Name, email, ICCID, order reference, type, when: nothing else (no password, no survey).
    const controls = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input, textarea')].map((i) => i.id || `${i.name}=${i.value}`);
    expect(controls).to.deep.equal([
      'f-name',
      'f-email',
      'f-iccid',
      'f-orderReference',
      'extraordinary=false',
      'extraordinary=true',
      'effective=asap',
      'effective=date',
    ]);
    expect($(el, '[part~="submit-button"]').textContent!.trim()).to.equal('Cancel now');

    await fillValid(el);
    await submit(el);
    await declared(el);
    expect(events).to.deep.equal(['esim-cancel-step:declare', 'esim-cancel-submit', 'esim-cancel-submitted', 'esim-cancel-step:declared']);
    const sent = (details[1] as { declaration: DeclarationRequest }).declaration;
    expect(sent).to.deep.equal({
      kind: 'cancellation',
      name: 'Erika Mustermann',
      email: 'erika@example.com',
      iccid: '89490200001234567890',
      extraordinary: false,
      effective: 'asap',
    });
    const receipt = (details[2] as { declaration: Declaration }).declaration;
    expect(el.declaration).to.deep.equal(receipt);
    const { requests } = await tenant.log();
    const posts = requests.filter((r) => r.method === 'POST' && r.path.endsWith('/cancellation-declarations'));
    expect(posts).to.have.length(1);
    expect(posts[0]!.idempotencyKey).to.match(/^[0-9a-f-]{36}$/);
    // The receipt: heading focused, reference, what, when received, where the confirmation goes.
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'h2'));
    expect($(el, 'h2').textContent).to.equal('Cancellation received');
    const shown = text(el);
    expect(shown).to.contain(receipt.reference);
    expect(shown).to.contain('Ordinary cancellation');
    expect(shown).to.contain('As soon as possible');
    expect(shown).to.contain('89490200001234567890');
    expect(shown).to.contain('Erika Mustermann');
    expect(shown).to.contain(`A confirmation is on its way to \u2068${receipt.confirmationSentTo}\u2069.`);
    const received = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'long' }).format(new Date(receipt.receivedAt));
    expect(shown).to.contain(received);
    expect($(el, '[part~="save-button"]').textContent!.trim()).to.equal('Save');
    expect($(el, '[part~="print-button"]').textContent!.trim()).to.equal('Print');
  });

  it('withdrawal: asks no type or date, says "Confirm withdrawal", and the receipt says what was declared', async () => {
    const tenant = await newTenant();
    const { el, details } = await mount({ apiBase: tenant.apiBase, kind: 'withdrawal' });
    expect($(el, 'h2').textContent).to.equal('Withdraw from your purchase');
    expect(el.shadowRoot!.querySelector('input[name="extraordinary"], input[name="effective"]')).to.equal(null);
    expect($(el, '[part~="submit-button"]').textContent!.trim()).to.equal('Confirm withdrawal');
    await fillValid(el, { iccid: '', orderReference: 'ORD-77812' });
    await submit(el);
    await declared(el);
    expect((details[1] as { declaration: DeclarationRequest }).declaration).to.deep.equal({
      kind: 'withdrawal',
      name: 'Erika Mustermann',
      email: 'erika@example.com',
      orderReference: 'ORD-77812',
      effective: 'asap',
    });
    expect($(el, 'h2').textContent).to.equal('Withdrawal received');
    expect(text(el)).to.contain('Withdrawal from the purchase');
    expect(text(el)).to.contain('ORD-77812');
    expect(text(el)).to.not.contain('Takes effect');
  });

  it('extraordinary on a date: the reason and the date appear only when chosen, and go with the request', async () => {
    const { backend, calls } = hostBackend();
    const { el } = await mount({ backend });
    expect(el.shadowRoot!.querySelector('#f-reason')).to.equal(null);
    expect(el.shadowRoot!.querySelector('#f-effectiveDate')).to.equal(null);
    await fillValid(el);
    await choose(el, 'extraordinary', 'true');
    await type(el, 'reason', 'No coverage at all since the last update');
    await choose(el, 'effective', 'date');
    const date = $<HTMLInputElement>(el, '#f-effectiveDate');
    expect(date.type).to.equal('date');
    await type(el, 'effectiveDate', '2099-01-31');
    await submit(el);
    await declared(el);
    expect(calls[0]!.request).to.include({
      extraordinary: true,
      reason: 'No coverage at all since the last update',
      effective: 'date',
      effectiveDate: '2099-01-31',
    });
    // A calendar date reads as that day in every time zone.
    expect(text(el)).to.contain('January 31, 2099');
    expect(text(el)).to.contain('Extraordinary cancellation');
    // Changing the mind back drops what no longer applies.
  });

  it('names what to fix, in words, focuses the first field to fix, and sends nothing', async () => {
    const { backend, calls } = hostBackend();
    const { el, events } = await mount({ backend });
    await submit(el);
    expect(calls).to.have.length(0);
    expect(events).to.not.include('esim-cancel-submit');
    expect(text(el)).to.contain('Enter your name.');
    expect(text(el)).to.contain('Enter an email address like name@example.com.');
    expect(text(el)).to.contain('Enter the ICCID or the order reference.');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#f-name'));
    expect($(el, '#f-name').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#f-name').getAttribute('aria-describedby')).to.contain('f-name-error');
    await fillValid(el, { iccid: '1234' });
    await choose(el, 'effective', 'date');
    await type(el, 'effectiveDate', '2001-01-01');
    await submit(el);
    expect(calls).to.have.length(0);
    expect(text(el)).to.contain('An ICCID has 18 to 22 digits.');
    expect(text(el)).to.contain('Choose a date from today on.');
    // Nothing typed is lost.
    expect($<HTMLInputElement>(el, '#f-name').value).to.equal('Erika Mustermann');
    expect($<HTMLInputElement>(el, '#f-iccid').value).to.equal('1234');
  });

  it("shows the backend's 422 words next to the field and lets the customer fix it (a new key)", async () => {
    const { backend, calls } = hostBackend((n) =>
      n === 1
        ? new EsimApiError({ code: 'validation_failed', status: 422, message: 'bad', details: { orderReference: 'Unknown order ORD-1' } })
        : undefined,
    );
    const { el, events } = await mount({ backend });
    await fillValid(el, { iccid: '', orderReference: 'ORD-1' });
    await submit(el);
    await failureShown(el);
    expect(text(el)).to.contain('Some details need fixing.');
    expect(text(el)).to.contain('Unknown order ORD-1');
    expect($(el, '#f-orderReference').getAttribute('aria-invalid')).to.equal('true');
    expect(events).to.include('esim-error:validation_failed');
    await type(el, 'orderReference', 'ORD-2');
    await submit(el);
    await declared(el);
    expect(calls).to.have.length(2);
    expect(calls[1]!.key).to.not.equal(calls[0]!.key);
  });

  it('a lost answer: the form locks, says so, and Try again sends the same declaration with the same key', async () => {
    const { backend, calls } = hostBackend((n) => (n === 1 ? new EsimApiError({ code: 'network', message: 'offline' }) : undefined));
    const { el, events } = await mount({ backend });
    await fillValid(el);
    await submit(el);
    const failure = await failureShown(el);
    expect(failure.textContent).to.contain('We could not reach the server.');
    expect(failure.textContent).to.contain('it is never recorded twice');
    expect($<HTMLInputElement>(el, '#f-name').readOnly).to.equal(true);
    // Typing does nothing while the outcome is unknown; the button now retries.
    await type(el, 'name', 'Someone Else');
    expect($(el, '[part~="submit-button"]').textContent!.trim()).to.equal('Try again');
    await submit(el);
    await declared(el);
    expect(calls.map((c) => c.key)).to.deep.equal([calls[0]!.key, calls[0]!.key]);
    expect(calls[1]!.request.name).to.equal('Erika Mustermann');
    expect(events.filter((e) => e === 'esim-cancel-submit')).to.have.length(1);
    expect(events.filter((e) => e === 'esim-cancel-submitted')).to.have.length(1);
  });

  it('a double press sends one declaration', async () => {
    const tenant = await newTenant();
    const { el } = await mount({ apiBase: tenant.apiBase });
    await fillValid(el);
    $(el, '[part~="submit-button"]').click();
    $(el, '[part~="submit-button"]').click();
    await submit(el);
    await declared(el);
    const { requests } = await tenant.log();
    expect(requests.filter((r) => r.method === 'POST')).to.have.length(1);
  });

  it('the host may veto: nothing is sent and the form stays as typed', async () => {
    const { backend, calls } = hostBackend();
    const { el } = await mount({ backend, setup: (e) => e.addEventListener('esim-cancel-submit', (event) => event.preventDefault()) });
    await fillValid(el);
    await submit(el);
    expect(calls).to.have.length(0);
    expect(el.step).to.equal('declare');
    expect($<HTMLInputElement>(el, '#f-email').value).to.equal('erika@example.com');
    expect($<HTMLInputElement>(el, '#f-name').readOnly).to.equal(false);
  });

  it('a page without a backend, or with one that takes no declarations, says so at once; set later, the form appears', async () => {
    const { el, events } = await mount({});
    expect(text(el)).to.contain('This page is not connected to an eSIM service yet.');
    expect(el.shadowRoot!.querySelector('form')).to.equal(null);
    expect(events).to.include('esim-error:not_configured');
    const { backend } = hostBackend();
    const { submitDeclaration: _omit, ...withoutDeclarations } = backend;
    el.backend = withoutDeclarations as EsimBackend;
    await el.updateComplete;
    expect(text(el)).to.contain('This page cannot take cancellations yet.');
    el.backend = backend;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('form')).to.not.equal(null);
  });

  it('prefill fills what the host knows and leaves what the customer typed', async () => {
    const { el } = await mount({ backend: hostBackend().backend });
    await type(el, 'name', 'Typed Name');
    el.prefill = { name: 'Host Name', email: 'host@example.com', iccid: '89490200001234567890' };
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#f-name').value).to.equal('Typed Name');
    expect($<HTMLInputElement>(el, '#f-email').value).to.equal('host@example.com');
    expect($<HTMLInputElement>(el, '#f-iccid').value).to.equal('89490200001234567890');
  });

  it('detached mid-send and back: the same send finishes, announced once', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { backend, calls } = hostBackend();
    const slow: EsimBackend = {
      ...backend,
      submitDeclaration: async (request, options) => {
        if (calls.length === 0) {
          calls.push({ request, key: options.idempotencyKey });
          await gate;
          throw new DOMException('aborted', 'AbortError');
        }
        return backend.submitDeclaration!(request, options);
      },
    };
    const { el, events } = await mount({ backend: slow });
    await fillValid(el);
    await submit(el);
    const parent = el.parentElement!;
    el.remove();
    release();
    parent.append(el);
    await declared(el);
    expect(new Set(calls.map((c) => c.key)).size).to.equal(1);
    expect(events.filter((e) => e === 'esim-cancel-submit')).to.have.length(1);
  });

  it('keyboard only: Tab through the fields, Space chooses, Enter sends', async () => {
    const { backend, calls } = hostBackend();
    const { el } = await mount({ backend });
    $(el, '#f-name').focus();
    await sendKeys({ type: 'Erika Mustermann' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'erika@example.com' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '89490200001234567890' });
    await sendKeys({ press: 'Enter' });
    await declared(el);
    expect(calls).to.have.length(1);
    expect(calls[0]!.request.iccid).to.equal('89490200001234567890');
    await waitUntil(() => el.shadowRoot!.activeElement === $(el, 'h2'));
  });

  it('backend text is text: a receipt with markup and bidi controls renders as isolated text', async () => {
    const { backend } = hostBackend();
    const hostile: EsimBackend = {
      ...backend,
      submitDeclaration: async (request, options) => ({
        ...(await backend.submitDeclaration!(request, options)),
        reference: '<img src=x onerror=alert(1)>\u202eREF',
      }),
    };
    const { el } = await mount({ backend: hostile });
    await fillValid(el);
    await submit(el);
    await declared(el);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect($(el, '[part="reference"]').textContent).to.equal('\u2068<img src=x onerror=alert(1)>REF\u2069');
  });
});
