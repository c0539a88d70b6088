import { expect, fixtureCleanup, nextFrame } from '@open-wc/testing';
import { html } from 'lit';
import { loadWindowing, VirtualWindow } from '../../src/internal/virtual-window.js';
import { newHost, type TestHost } from './hosts.js';

const items = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `item-${i}` }));
const content = (item: { id: string }) => html`<p style="margin:0;block-size:50px">${item.id}</p>`;

/** A host in the page with a list element to render rows into. */
function setUp(): { host: TestHost; list: HTMLElement; window: VirtualWindow<{ id: string }> } {
  const host = newHost();
  const window = new VirtualWindow<{ id: string }>(host);
  const list = document.createElement('div');
  host.renderRoot.append(list);
  document.body.append(host);
  return { host, list, window };
}

const cleanUp = () => {
  document.querySelectorAll('esim-test-host').forEach((host) => host.remove());
  fixtureCleanup();
};

/* First in this file (each test file has a page of its own): the windowing code is not in yet. */
describe('VirtualWindow before its windowing code is in', () => {
  afterEach(cleanUp);

  it('renders the first 60 rows of a long list with space for the rest, fetches the windowing, then renders only the window', async () => {
    expect(performance.getEntriesByType('resource').some((entry) => entry.name.includes('virtual-scroll'))).to.equal(false);
    const { host, list, window } = setUp();
    window.setItems(items(1000));
    expect(window.range).to.deep.equal({ rows: [...Array(60).keys()], before: 0, after: 940 * 180 });
    window.renderInto(list, content);
    expect(list.children).to.have.length(60);
    const updates = host.updates;
    await loadWindowing();
    await host.updateComplete;
    expect(host.updates).to.be.greaterThan(updates);
    window.renderInto(list, content);
    // The viewport plus 600 px each side at the first guess of a row's height: far fewer than 60.
    expect(list.children.length).to.be.within(1, 59);
    expect(window.range.after).to.be.greaterThan(0);
  });
});

describe('VirtualWindow', () => {
  before(() => loadWindowing());
  afterEach(cleanUp);

  it('renders a short list whole, one keyed listitem per item with its position', () => {
    const { list, window } = setUp();
    window.setItems(items(20));
    expect(window.range).to.deep.equal({ rows: [...Array(20).keys()], before: 0, after: 0 });
    window.renderInto(list, content);
    const rows = [...list.children] as HTMLElement[];
    expect(rows.map((row) => row.dataset.key)).to.deep.equal(items(20).map((item) => item.id));
    expect(rows[3]!.getAttribute('part')).to.equal('row');
    expect(rows[3]!.getAttribute('role')).to.equal('listitem');
    expect(rows[3]!.getAttribute('aria-posinset')).to.equal('4');
    expect(rows[3]!.getAttribute('aria-setsize')).to.equal('20');
    expect(rows[3]!.textContent).to.equal('item-3');
  });

  it('renders only the start of a long list, with space standing in for the rest', () => {
    const { list, window } = setUp();
    window.setItems(items(1000));
    const { rows, before, after } = window.range;
    expect(rows[0]).to.equal(0);
    expect(rows.length).to.be.within(1, 100);
    expect(before).to.equal(0);
    expect(after).to.be.greaterThan(0);
    window.renderInto(list, content);
    expect(list.children).to.have.length(rows.length);
  });

  it('learns row sizes after a render and asks the host to render the rows that now fit', async () => {
    const { host, list, window } = setUp();
    window.setItems(items(1000));
    const guessed = window.range.rows.length;
    window.renderInto(list, content);
    const updates = host.updates;
    host.renderNow();
    await nextFrame();
    await nextFrame();
    expect(host.updates).to.be.greaterThan(updates);
    // 50 px rows instead of the first guess: more of them fit the same distance.
    expect(window.range.rows.length).to.be.greaterThan(guessed);
  });

  it('keeps a row that is out of view rendered when asked to (the row a dialog returns focus to)', () => {
    const { list, window } = setUp();
    const all = items(1000);
    window.setItems(all, 'item-900');
    expect(window.range.pinned).to.equal(900);
    expect(window.range.rows).to.include(900);
    window.renderInto(list, content);
    const pinned = list.querySelector<HTMLElement>('[data-key="item-900"]');
    expect(pinned).to.exist;
    expect(pinned!.hasAttribute('data-pinned')).to.equal(true);
  });

  it('keeps the nodes of rows that stay, so focus inside them survives a render', () => {
    const { list, window } = setUp();
    const all = items(30);
    window.setItems(all);
    window.renderInto(list, content);
    const kept = list.querySelector('[data-key="item-5"]');
    window.setItems(all.filter((item) => item.id !== 'item-2'));
    window.renderInto(list, content);
    expect(list.querySelector('[data-key="item-5"]') === kept, 'list.querySelector(\'[data-key="item-5"]\') is kept').to.equal(true);
    expect(list.querySelector('[data-key="item-2"]') === null, 'list.querySelector(\'[data-key="item-2"]\') is null').to.equal(true);
    expect(list.children).to.have.length(29);
  });
});
