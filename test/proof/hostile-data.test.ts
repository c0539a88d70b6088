/**
 * Proof: data that is valid by the contract and hostile to a page (the reference backend's `hostile`
 * fault, demo/backend/faults.js): bidi overrides and a stray isolate terminator in nicknames,
 * zero-width and combining characters, 10,000-character plan, region and device names, Arabic text,
 * a 20-digit refund, a zero-decimal currency with fractions, dates in 1970 and 9999, a plan of 0 bytes
 * and one used five times over. It must all show as sent, restyle none of the elements' own text,
 * wrap without sideways scrolling at 320 px, and raise nothing: no `esim-error` (nothing is wrong),
 * no uncaught exception.
 */
import { expect } from '@open-wc/testing';
import { newTenant, type Tenant } from '../helpers/tenant.js';
import { confirmWith, mount, next, part, giveReason, setVisibility, stepIs, text } from '../elements/esim-cancel-flow/helpers.js';
import { listRows, mountList, noUncaught, shadowText, untilListRows } from './helpers.js';
import { deep, reflowProblems } from './layout.js';

/** As in demo/backend/faults.js (HOSTILE_TEXT has six entries, one eSIM each). */
const HOSTILE_LIST_SIZE = 6;
const RLO = '\u202e';

/**
 * The text of every node in the element's shadow trees with each well-formed isolate (FSI … PDI)
 * taken out: what is left must hold no bidi control, or a backend string is restyling our text.
 */
function strayBidiControls(host: Element): string[] {
  const found: string[] = [];
  for (const node of [host, ...deep(host)]) {
    const root = node.shadowRoot;
    if (!root) continue;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const outside = t.textContent!.replace(/\u2068[^\u2066-\u2069]*\u2069/g, '');
      const stray = outside.match(/[\u202a-\u202e\u2066-\u2069]/g);
      if (stray) found.push(`${JSON.stringify(t.textContent!.slice(0, 40))}: ${stray.map((c) => `U+${c.charCodeAt(0).toString(16)}`)}`);
    }
    for (const el of root.querySelectorAll('[aria-label]')) {
      const outside = el.getAttribute('aria-label')!.replace(/\u2068[^\u2066-\u2069]*\u2069/g, '');
      if (/[\u202a-\u202e\u2066-\u2069]/.test(outside)) found.push(`aria-label of ${el.localName}`);
    }
  }
  return found;
}

describe('proof: hostile but valid data', function () {
  this.timeout(30_000);
  let tenant: Tenant;
  before(() => setVisibility('visible'));
  after(() => setVisibility(null));
  beforeEach(async () => {
    tenant = await newTenant({ manualClock: true });
    await tenant.fault({ path: '/esims/**', method: 'GET', kind: 'hostile', count: 100 });
  });

  it('the list shows every record as sent, isolated, wrapped, and raises nothing', () =>
    noUncaught(async () => {
      const { el, errors } = mountList({ apiBase: tenant.apiBase });
      await untilListRows(el, HOSTILE_LIST_SIZE);
      expect(strayBidiControls(el)).to.deep.equal([]);
      const shown = shadowText(el);
      // Assertions on booleans: a failed `contain` would print 60,000 characters.
      const has = (value: string) => expect(shown.includes(value), `shows ${JSON.stringify(value.slice(0, 30))}`).to.equal(true);
      // Zero-width and combining characters are kept: they are the customer's text.
      has('Ja\u200bpan\u200d 10\u200c GB');
      has('Z\u0351\u0352\u0353a');
      has('X'.repeat(10_000));
      has('شريحة العمل');
      // The override character itself is dropped; the letters it would have reversed stay in order.
      expect(shown.includes(RLO), 'U+202E shown').to.equal(false);
      has('Mum\u2019s phone 9876');
      // Extreme dates read as dates; zero and over-full plans read as they are.
      has('Dec 31, 9999');
      has('Jan 1, 1970');
      has('50 GB of 10 GB used');
      has('0 MB of 0 MB used');
      expect(listRows(el).every((row) => row.querySelector('[part="meter"]') !== null)).to.equal(true);
      expect(await reflowProblems(el, 320, 640), '320 px').to.deep.equal([]);
      expect(errors).to.deep.equal([]);
      await expect(el).to.be.accessible();
    }));

  it("the flow shows the money exactly and the eSIM's own ending next to its name", () =>
    noUncaught(async () => {
      const { el, events } = await mount({ apiBase: tenant.apiBase, esimId: 'esim-hostile-0' });
      await stepIs(el, 'review');
      // 20 digits and the cents, as sent; yen with the fraction the backend sent.
      expect(text(el).includes('$12,345,678,901,234,567,890.12'), 'the refund, every digit').to.equal(true);
      expect(text(el).includes('¥1,500.50'), 'the fee, yen with sent fractions').to.equal(true);
      expect(strayBidiControls(el)).to.deep.equal([]);
      expect(await reflowProblems(el, 320, 640), 'review at 320 px').to.deep.equal([]);
      await next(el);
      await giveReason(el);
      await confirmWith(el, '1000');
      // The summary names this eSIM: "<nickname> (ending 1000)", the nickname isolated.
      expect(/\u2068Mum\u2019s phone 9876\u2069 \(ending 1000\)/.test(text(el)), 'the summary names this eSIM').to.equal(true);
      expect(part(el, 'submit-button').textContent!.includes('Cancel eSIM ending 1000'), 'the button names it').to.equal(true);
      expect(strayBidiControls(el)).to.deep.equal([]);
      expect(await reflowProblems(el, 320, 256), 'confirm at 400 %').to.deep.equal([]);
      expect(events.filter((e) => e.startsWith('esim-error'))).to.deep.equal([]);
      await expect(el).to.be.accessible();
    }));
});
