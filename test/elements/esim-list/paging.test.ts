import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import type { Esim } from '../../../src/api/schemas.js';
import { newTenant } from '../../helpers/tenant.js';
import { $, $$, generateEsims, memoryBackend, mount, recordFetches, row, rows, text, until, untilRows } from './helpers.js';
import { SEED_IDS } from '../../helpers/seed.js';

afterEach(() => window.scrollTo(0, 0));

describe('esim-list: paging', () => {
  it('loads the next page when the end of the list scrolls into view', async () => {
    const tenant = await newTenant({ seed: 'large' });
    const { el, loads } = await mount({ apiBase: tenant.apiBase, pageSize: 50 });
    await waitUntil(() => loads.length === 1, 'first page', { timeout: 8000 });
    expect(loads[0]!.items).to.have.length(50);
    expect(loads[0]!.hasMore).to.equal(true);
    await aTimeout(200);
    expect(loads).to.have.length(1);
    window.scrollTo(0, document.documentElement.scrollHeight);
    await waitUntil(() => loads.length === 2, 'second page after scrolling', { timeout: 8000 });
    expect(loads[1]!.items).to.have.length(50);
    expect(loads[1]!.items[0]!.id).to.equal('esim-l-00051');
    expect(loads[1]!.hasMore).to.equal(true);
    await el.updateComplete;
    expect(text($(el, '[part="count"]'))).to.equal('100 eSIMs loaded, more available');
    const last = rows(el).at(-1)!;
    expect(last.getAttribute('aria-setsize')).to.equal('100');
  });

  it('still loads the next page on scrolling after being moved in the page', async () => {
    const tenant = await newTenant({ seed: 'large' });
    const { el, loads } = await mount({ apiBase: tenant.apiBase, pageSize: 50 });
    await waitUntil(() => loads.length === 1, 'first page', { timeout: 8000 });
    // Detach and attach again (a host moving the element): the first page stays, paging resumes.
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await el.updateComplete;
    window.scrollTo(0, document.documentElement.scrollHeight);
    await waitUntil(() => loads.length === 2, 'second page after scrolling', { timeout: 8000 });
    expect(loads[1]!.items[0]!.id).to.equal('esim-l-00051');
  });

  it('loads more with the Load more button, for keyboard users', async () => {
    const tenant = await newTenant({ seed: 'large' });
    const { el, loads } = await mount({ apiBase: tenant.apiBase, pageSize: 50 });
    await waitUntil(() => loads.length === 1, 'first page', { timeout: 8000 });
    const button = await until(el, '[part="load-more"]');
    expect(text(button)).to.equal('Load more eSIMs');
    button.focus();
    button.click();
    await waitUntil(() => loads.length === 2, 'second page', { timeout: 8000 });
    await el.updateComplete;
    expect(
      el.shadowRoot!.activeElement === $(el, '[part="load-more"]'),
      'el.shadowRoot!.activeElement is $(el, \'[part="load-more"]\')',
    ).to.equal(true);
    expect(text($(el, '[role="status"]'))).to.equal('50 more eSIMs loaded');
  });

  it('pages through the cursor to the end, then says all are shown', async () => {
    const tenant = await newTenant();
    const { el, loads } = await mount({ apiBase: tenant.apiBase, pageSize: 4 });
    await waitUntil(() => loads.length > 0, 'first page');
    // Pages load by themselves while the end is near the viewport; the button takes the rest.
    while (loads.at(-1)!.hasMore) {
      const seen = loads.length;
      await el.updateComplete;
      $(el, '[part="load-more"]')?.click();
      await waitUntil(() => loads.length > seen, 'next page');
    }
    expect(loads.map((l) => l.items.length)).to.deep.equal([4, 4, 4, 3]);
    expect(loads.map((l) => l.hasMore)).to.deep.equal([true, true, true, false]);
    await untilRows(el, 15);
    expect($(el, '[part="load-more"]') === null, '$(el, \'[part="load-more"]\') is null').to.equal(true);
    expect(text($(el, '[part="footer"]'))).to.equal('All your eSIMs are shown.');
    expect(new Set(rows(el).map((r) => r.dataset.key)).size).to.equal(15);
  });

  it('a failed next page keeps the rows and offers a retry', async () => {
    const tenant = await newTenant({ seed: 'large' });
    const { el, loads, errors } = await mount({ apiBase: tenant.apiBase, pageSize: 50 });
    await waitUntil(() => loads.length === 1, 'first page', { timeout: 8000 });
    await tenant.fault({ path: '/esims', kind: '500' });
    (await until(el, '[part="load-more"]')).click();
    const banner = await until(el, '[part="footer"] .banner');
    expect(errors.map((e) => e.code)).to.deep.equal(['internal']);
    expect(rows(el)).to.have.length(50);
    banner.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await waitUntil(() => loads.length === 2, 'second page', { timeout: 8000 });
  });
});

describe('esim-list: filter and search', () => {
  it('the status filter asks the backend for that status and shows only matching eSIMs', async () => {
    const tenant = await newTenant();
    const { el, loads } = await mount({ apiBase: tenant.apiBase });
    await untilRows(el, 15);
    const fetches = recordFetches();
    try {
      const select = $<HTMLSelectElement>(el, '[part="filter"]')!;
      select.value = 'active';
      select.dispatchEvent(new Event('change'));
      await waitUntil(() => loads.length === 2, 'filtered page');
    } finally {
      fetches.restore();
    }
    expect(fetches.urls.filter((u) => u.includes('/esims'))).to.deep.equal([`${tenant.apiBase}/esims?limit=50&status=active`]);
    await el.updateComplete;
    const statuses = rows(el).map((r) => text(r.querySelector('[part="status"]')));
    expect(statuses.length).to.be.greaterThan(0);
    expect(statuses.every((s) => s === 'Active')).to.equal(true);
    expect(el.statusFilter).to.equal('active');
  });

  it('keeps the toolbar, and focus in its filter, while a new filter loads', async () => {
    const tenant = await newTenant();
    await tenant.fault({ path: '/esims', method: 'GET', kind: 'slow', delayMs: 600, count: 10 });
    const { el, loads } = await mount({ apiBase: tenant.apiBase, setup: (e) => (e.statusFilter = 'active') });
    await waitUntil(() => loads.length === 1, 'filtered page', { timeout: 8000 });
    await el.updateComplete;
    const select = $<HTMLSelectElement>(el, '[part="filter"]')!;
    select.focus();
    select.value = '';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    // Loading every status: the rows are gone, but the customer's place is not.
    expect(select.isConnected, 'the same select stays').to.equal(true);
    expect(el.shadowRoot!.activeElement === select, 'el.shadowRoot!.activeElement is select').to.equal(true);
    await waitUntil(() => loads.length === 2, 'every status', { timeout: 8000 });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement === select, 'el.shadowRoot!.activeElement is select').to.equal(true);
  });

  it('searches loaded eSIMs by name or ICCID after typing stops', async () => {
    const tenant = await newTenant();
    const { el } = await mount({ apiBase: tenant.apiBase });
    await untilRows(el, 15);
    const search = $<HTMLInputElement>(el, '[part="search"]')!;
    const type = (value: string) => {
      search.value = value;
      search.dispatchEvent(new Event('input'));
    };
    type('tok');
    type('tokyo');
    expect(rows(el)).to.have.length(15);
    await untilRows(el, 1);
    expect(row(el, SEED_IDS.instant)).to.exist;
    expect(text($(el, '[part="count"]'))).to.equal('1 of 15 loaded eSIMs match');
    expect(text($(el, '[role="status"]'))).to.equal('1 of 15 loaded eSIMs match');
    const seoul = ((await (await fetch(`${tenant.apiBase}/esims/esim-kr-08`)).json()) as Esim).iccid;
    type(seoul.slice(-6));
    await waitUntil(() => row(el, SEED_IDS.pendingRequest), 'found by ICCID digits');
    expect(rows(el)).to.have.length(1);
    type(`${seoul.slice(0, 4)} •••• •••• ${seoul.slice(-4)}`);
    await aTimeout(300);
    expect(rows(el).map((r) => r.dataset.key)).to.deep.equal([SEED_IDS.pendingRequest]);
    type('no such esim');
    const empty = await until(el, '[part="empty"]');
    expect(text(empty)).to.contain('No eSIMs match');
    empty.querySelector<HTMLButtonElement>('[part="clear-button"]')!.click();
    await untilRows(el, 15);
    expect(search.value).to.equal('');
  });
});

describe('esim-list: 10,000 eSIMs', () => {
  it('keeps only a window of rows in the DOM, with correct positions', async () => {
    const backend = memoryBackend(generateEsims(10_000), 10_000);
    const { el, loads } = await mount({ backend, width: '800px' });
    await waitUntil(() => loads.length === 1);
    await untilRows(el);
    await aTimeout(50);
    const first = rows(el);
    expect(first.length).to.be.greaterThan(3).and.lessThan(60);
    expect(first[0]!.getAttribute('aria-posinset')).to.equal('1');
    expect(first[0]!.getAttribute('aria-setsize')).to.equal('10000');
    expect(text($(el, '[part="count"]'))).to.equal('10,000 eSIMs');

    const list = $(el, '[part="list"]')!;
    window.scrollTo(0, list.getBoundingClientRect().top + window.scrollY + list.offsetHeight / 2);
    await waitUntil(() => Number(rows(el)[0]!.getAttribute('aria-posinset')) > 4000, 'window moved to the middle');
    const middle = rows(el);
    expect(middle.length).to.be.lessThan(60);
    const positions = middle.map((r) => Number(r.getAttribute('aria-posinset')));
    expect(positions).to.deep.equal(positions.map((_, i) => positions[0]! + i));
    const visible = middle.find((r) => {
      const rect = r.getBoundingClientRect();
      return rect.top >= 0 && rect.top < window.innerHeight;
    });
    expect(visible, 'a rendered row is on screen').to.exist;
    expect(text(visible!.querySelector('[part="name"]'))).to.match(/^\u2068(Phone|Plan) \d+/);
  });

  it('does not lose focus when the focused row scrolls out of the window', async () => {
    const backend = memoryBackend(generateEsims(10_000), 10_000);
    const { el, loads } = await mount({ backend, width: '800px' });
    await waitUntil(() => loads.length === 1);
    await untilRows(el);
    const button = rows(el)[1]!.querySelector<HTMLButtonElement>('[part="copy-button"]')!;
    button.focus();
    window.scrollTo(0, 200_000);
    await waitUntil(() => Number(rows(el).at(-1)!.getAttribute('aria-posinset')) > 1000, 'window moved');
    await aTimeout(50);
    expect(el.shadowRoot!.activeElement === button, 'el.shadowRoot!.activeElement is button').to.equal(true);
    expect(button.closest('[part~="row"]')!.getAttribute('aria-posinset')).to.equal('2');
    window.scrollTo(0, 0);
    await waitUntil(() => rows(el)[0]!.getAttribute('aria-posinset') === '1');
    expect(el.shadowRoot!.activeElement === button, 'el.shadowRoot!.activeElement is button').to.equal(true);
    expect($$(el, '[data-pinned]')).to.have.length(0);
  });

  it('windows inside a scrolling panel of the host page', async () => {
    const backend = memoryBackend(generateEsims(10_000), 10_000);
    const { el, loads } = await mount({
      backend,
      setup: (e) => {
        // Wrap the list in a 400px-high scrolling panel before it is attached.
        const panel = document.createElement('div');
        panel.style.cssText = 'block-size: 400px; overflow: auto';
        panel.append(e);
      },
    });
    await waitUntil(() => loads.length === 1);
    const panel = el.parentElement!;
    await untilRows(el);
    await aTimeout(50);
    expect(rows(el).length).to.be.lessThan(30);
    panel.scrollTop = 300_000;
    await waitUntil(() => Number(rows(el)[0]!.getAttribute('aria-posinset')) > 1000, 'window follows the panel');
    const visible = rows(el).filter((r) => {
      const rect = r.getBoundingClientRect();
      const box = panel.getBoundingClientRect();
      return rect.bottom > box.top && rect.top < box.bottom;
    });
    expect(visible.length, 'rows visible in the panel').to.be.greaterThan(0);
  });

  it('keeps a focused row rendered below the window too', async () => {
    const backend = memoryBackend(generateEsims(10_000), 10_000);
    const { el, loads } = await mount({ backend, width: '800px' });
    await waitUntil(() => loads.length === 1);
    const list = $(el, '[part="list"]')!;
    window.scrollTo(0, list.getBoundingClientRect().top + window.scrollY + 100_000);
    await waitUntil(() => Number(rows(el)[0]!.getAttribute('aria-posinset')) > 500, 'window moved');
    await aTimeout(50);
    const target = rows(el)[2]!;
    const position = target.getAttribute('aria-posinset');
    target.querySelector<HTMLButtonElement>('[part="copy-button"]')!.focus();
    window.scrollTo(0, 0);
    await waitUntil(() => rows(el)[0]!.getAttribute('aria-posinset') === '1', 'back at the top');
    await aTimeout(50);
    const pinned = $$(el, '[data-pinned]');
    expect(pinned).to.have.length(1);
    expect(pinned[0]!.getAttribute('aria-posinset')).to.equal(position);
    expect(rows(el).at(-1) === pinned[0], 'rows(el).at(-1) is pinned[0]').to.equal(true);
    expect(
      el.shadowRoot!.activeElement!.closest('[part~="row"]') === pinned[0],
      'el.shadowRoot!.activeElement!.closest(\'[part~="row"]\') is pinned[0]',
    ).to.equal(true);
  });

  it('Tab walks through the rows in order, past the first window', async () => {
    const { sendKeys } = await import('@web/test-runner-commands');
    const backend = memoryBackend(generateEsims(10_000), 10_000);
    const { el, loads } = await mount({ backend, width: '800px' });
    await waitUntil(() => loads.length === 1);
    await untilRows(el);
    rows(el)[0]!.querySelector<HTMLButtonElement>('[part="copy-button"]')!.focus();
    const firstWindow = rows(el).length;
    const seen: number[] = [];
    for (let i = 0; i < firstWindow * 2 + 10; i++) {
      await sendKeys({ press: 'Tab' });
      const focused = el.shadowRoot!.activeElement;
      expect(focused, `focus stays in the list after ${i + 1} Tabs`).to.exist;
      seen.push(Number(focused!.closest('[part~="row"]')!.getAttribute('aria-posinset')));
    }
    seen.forEach((position, i) => {
      if (i > 0) expect(position - seen[i - 1]!).to.be.within(0, 1);
    });
    expect(seen.at(-1)).to.be.greaterThan(firstWindow + 1);
  });

  it('searches 10,000 loaded eSIMs', async () => {
    const backend = memoryBackend(generateEsims(10_000), 10_000);
    const { el, loads } = await mount({ backend });
    await waitUntil(() => loads.length === 1);
    const search = $<HTMLInputElement>(el, '[part="search"]')!;
    search.value = 'Phone 9995';
    search.dispatchEvent(new Event('input'));
    await untilRows(el, 1);
    expect(row(el, 'gen-9995')).to.exist;
  });
});
