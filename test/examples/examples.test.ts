/**
 * The framework examples (examples/react/ and examples/vue/, built by scripts/examples.mjs from the
 * packed tarball): a whole cancellation driven through the framework's own state. Each page keeps
 * the step, the cancellation and the errors the element reported in React or Vue state and renders
 * them; the test reads them back. Without a built example (run `node scripts/examples.mjs` after
 * `npm run build`; CI does) its test is skipped.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { SEED_IDS } from '../helpers/seed.js';
import { newTenant } from '../helpers/tenant.js';

async function open(page: string, query: Record<string, string>): Promise<{ doc: Document; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '800px';
  frame.style.blockSize = '900px';
  await new Promise<void>((resolve) => {
    frame.onload = () => resolve();
    frame.src = `${page}?${new URLSearchParams(query)}`;
    document.body.append(frame);
  });
  return { doc: frame.contentDocument!, frame };
}

for (const [name, framework] of [
  ['react', 'React'],
  ['vue', 'Vue'],
] as const) {
  const PAGE = `/examples/${name}/dist/index.html`;
  describe(`examples/${name}`, function () {
    this.timeout(30_000);
    before(async function () {
      if (!(await fetch(PAGE)).ok) this.skip();
    });

    it(`drives a cancellation through ${framework} state: the step, the error and the completion reach the component`, async () => {
      const tenant = await newTenant();
      // One failed quote first: an esim-error the component must receive.
      await tenant.fault({ path: '/esims/*/cancellation-quote', method: 'GET', kind: '500', count: 3 });
      const { doc, frame } = await open(PAGE, { view: 'cancel', api: tenant.apiBase, esim: SEED_IDS.instant });
      const state = (name: string) => doc.querySelector(`[data-state="${name}"]`)?.textContent ?? '';
      const flow = () => doc.querySelector('esim-cancel-flow')!;
      const inFlow = <T extends HTMLElement>(selector: string) => flow().shadowRoot!.querySelector<T>(selector);
      const click = async (selector: string) => {
        await waitUntil(() => inFlow(selector), `no ${selector} (step ${state('step')})`, { timeout: 8000 });
        inFlow(selector)!.click();
      };
      await waitUntil(() => state('errors').includes('internal'), `the error never reached ${framework} state`, { timeout: 10_000 });
      await tenant.clearFaults();
      await click('[part~="retry-button"]');
      await waitUntil(() => state('step') === 'review', `${framework} state says ${state('step')}`, { timeout: 8000 });
      await click('[part~="next-button"]');
      await waitUntil(() => state('step') === 'reason');
      await click('input[name="reason"][value="switching_provider"]');
      const email = inFlow<HTMLInputElement>('#f-contactEmail')!;
      email.value = 'me@example.com';
      email.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await click('[part~="next-button"]');
      await waitUntil(() => state('step') === 'confirm');
      await click('.check input');
      const esim = (await (await fetch(`${tenant.apiBase}/esims/${SEED_IDS.instant}`)).json()) as { iccid: string };
      const digits = inFlow<HTMLInputElement>('#f-lastFour')!;
      digits.value = esim.iccid.slice(-4);
      digits.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await click('[part~="submit-button"]');
      await waitUntil(() => state('step') === 'completed', `${framework} state says ${state('step')}`, { timeout: 10_000 });
      const reference = (flow() as HTMLElement & { cancellation: { reference: string } }).cancellation.reference;
      expect(state('reference')).to.equal(reference);
      expect(state('errors')).to.equal('internal');
      frame.remove();
    });
  });
}
