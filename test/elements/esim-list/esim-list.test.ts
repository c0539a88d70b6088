import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import type { Esim } from '../../../src/api/schemas.js';
import { EsimList } from '../../../src/elements/esim-list/esim-list.js';
import type { EsimCancelRequestDetail } from '../../../src/elements/events.js';
import { newTenant } from '../../helpers/tenant.js';
import { $, $$, generateEsims, memoryBackend, mount, recordFetches, row, rows, text, untilRows } from './helpers.js';
import { iso } from '../../helpers/isolate.js';
import { SEED_IDS } from '../../helpers/seed.js';

const STATUS_TEXT: Record<Esim['status'], string> = {
  ready: 'Ready to install',
  active: 'Active',
  depleted: 'Data used up',
  expired: 'Expired',
  suspended: 'Suspended',
  cancel_pending: 'Cancellation pending',
  cancelled: 'Cancelled',
  revoked: 'Revoked',
  unknown: 'Status unknown',
};

const INSTALL_TEXT: Record<Esim['installState'], string> = {
  not_installed: 'Not installed',
  downloaded: 'Downloaded, not installed',
  installed: 'Installed',
  enabled: 'Installed and turned on',
  disabled: 'Installed, turned off',
  deleted: 'Removed from the device',
  unknown: 'Installation unknown',
};

const REASON_TEXT: Record<string, string> = {
  installed: 'Installed on a device: contact support to cancel it',
  request_open: 'A cancellation request is already open',
  expired: 'Expired',
  window_elapsed: 'The cancellation window has ended',
  data_used: 'Data has been used',
  already_cancelled: 'Already cancelled',
  not_supported: 'This plan cannot be cancelled online',
};

/** The seeded Tokyo eSIM's ICCID, read from the backend (the seed owns the digits). */
async function tokyoIccid(apiBase: string): Promise<string> {
  return ((await (await fetch(`${apiBase}/esims/${SEED_IDS.instant}`)).json()) as Esim).iccid;
}

describe('esim-list: rows', () => {
  /** The default seed rendered whole, with what the backend holds for each row. */
  async function renderSeeded() {
    const tenant = await newTenant({ seed: 'default' });
    const seeded = ((await (await fetch(`${tenant.apiBase}/esims?limit=100`)).json()) as { items: Esim[] }).items;
    const mounted = await mount({ apiBase: tenant.apiBase });
    await untilRows(mounted.el, seeded.length);
    const rowOf = (esim: Esim) => {
      const r = row(mounted.el, esim.id);
      expect(r, esim.id).to.exist;
      return r!;
    };
    return { ...mounted, seeded, rowOf };
  }

  it('renders every seeded eSIM from one page load, in the backend order', async () => {
    const { el, loads, seeded } = await renderSeeded();
    expect(loads).to.have.length(1);
    expect(loads[0]!.hasMore).to.equal(false);
    expect(loads[0]!.items.map((e) => e.id)).to.deep.equal(seeded.map((e) => e.id));
    for (const esim of seeded) expect(row(el, esim.id), esim.id).to.exist;
  });

  it('names each eSIM by nickname, else plan, with plan and region', async () => {
    const { seeded, rowOf } = await renderSeeded();
    for (const esim of seeded) {
      const r = rowOf(esim);
      expect(text(r.querySelector('[part="name"]'))).to.equal(iso(esim.nickname ?? esim.planName));
      if (esim.nickname) expect(text(r.querySelector('[part="plan"]'))).to.contain(esim.planName);
      if (esim.region) expect(text(r.querySelector('[part="plan"]'))).to.contain(esim.region.name);
    }
  });

  it('masks each ICCID and says its last four digits', async () => {
    const { seeded, rowOf } = await renderSeeded();
    for (const esim of seeded) {
      const r = rowOf(esim);
      const last4 = esim.iccid.slice(-4);
      const iccid = text(r.querySelector('[part="iccid"]'));
      expect(iccid).to.contain(`•••• ${last4}`).and.contain(`ending ${last4}`);
      expect(r.textContent).not.to.contain(esim.iccid);
    }
  });

  it('shows status (with an icon) and install state in words', async () => {
    const { seeded, rowOf } = await renderSeeded();
    for (const esim of seeded) {
      const r = rowOf(esim);
      expect(text(r.querySelector('[part="status"]'))).to.equal(STATUS_TEXT[esim.status]);
      expect(r.querySelector('[part="status"] svg')).to.exist;
      expect(text(r.querySelector('[part="install-state"]'))).to.equal(INSTALL_TEXT[esim.installState]);
    }
  });

  it('shows usage with a meter for capped plans, and says when none was reported', async () => {
    const { seeded, rowOf } = await renderSeeded();
    for (const esim of seeded) {
      const r = rowOf(esim);
      const usage = text(r.querySelector('[part="usage"]'));
      if (esim.data) {
        expect(usage).to.match(esim.data.totalBytes === null ? /used Unlimited/ : / of [\d.]+ GB used/);
        expect(usage).to.match(/updated .+ ago/);
        expect(Boolean(r.querySelector('[part="meter"]'))).to.equal(esim.data.totalBytes !== null);
      } else {
        expect(usage).to.contain('No usage reported yet');
      }
    }
  });

  it('shows validity and the device only when known', async () => {
    const { seeded, rowOf } = await renderSeeded();
    for (const esim of seeded) {
      const r = rowOf(esim);
      expect(Boolean(r.querySelector('[part="validity"]'))).to.equal(Boolean(esim.expiresAt));
      if (esim.device?.model) expect(text(r.querySelector('[part="device"]'))).to.contain(esim.device.model);
      else expect(r.querySelector('[part="device"]') === null, 'r.querySelector(\'[part="device"]\') is null').to.equal(true);
    }
  });

  it('shows an open request instead of the cancel button', async () => {
    const { seeded, rowOf } = await renderSeeded();
    for (const esim of seeded.filter((e) => e.cancellation.openRequestId)) {
      const r = rowOf(esim);
      expect(r.querySelector('[part="cancellation"]'), esim.id).to.exist;
      expect(r.querySelector('[part="cancel-button"]') === null, 'r.querySelector(\'[part="cancel-button"]\') is null').to.equal(true);
    }
  });

  it('labels the cancel button of each cancellable eSIM with its name and last four digits', async () => {
    const { seeded, rowOf } = await renderSeeded();
    for (const esim of seeded.filter((e) => !e.cancellation.openRequestId && e.cancellation.eligible)) {
      const cancel = rowOf(esim).querySelector('[part="cancel-button"]');
      expect(cancel!.getAttribute('aria-label')).to.equal(`Cancel ${iso(esim.nickname ?? esim.planName)} (ending ${esim.iccid.slice(-4)})`);
      expect(text(cancel)).to.equal('Cancel');
    }
  });

  it('says in words why an eSIM cannot be cancelled online', async () => {
    const { seeded, rowOf } = await renderSeeded();
    for (const esim of seeded.filter((e) => !e.cancellation.openRequestId && !e.cancellation.eligible)) {
      const r = rowOf(esim);
      expect(r.querySelector('[part="cancel-button"]') === null, 'r.querySelector(\'[part="cancel-button"]\') is null').to.equal(true);
      expect(text(r.querySelector('[part="ineligible-reason"]'))).to.equal(
        REASON_TEXT[esim.cancellation.ineligibleReason ?? 'not_supported'],
      );
    }
  });

  it('words usage, validity, device, plan and an open request exactly', async () => {
    const { el } = await renderSeeded();
    const work = row(el, SEED_IDS.review)!;
    expect(text(work.querySelector('[part="usage"]'))).to.equal('Data 350 MB of 20 GB used updated 2 hours ago');
    expect(text(work.querySelector('[part="validity"]'))).to.equal('Expires in 26 days');
    expect(text(work.querySelector('[part="device"]'))).to.equal(`Device ${iso('iPhone 15 Pro')}`);
    expect(text(row(el, SEED_IDS.instant)!.querySelector('[part="plan"]'))).to.equal(`${iso('Japan 10 GB / 30 days')} · ${iso('Japan')}`);
    expect(text(row(el, SEED_IDS.expired)!.querySelector('[part="validity"]'))).to.match(/^Expired on /);
    await waitUntil(() => text(row(el, SEED_IDS.pendingRequest)!.querySelector('[part="cancellation"]')).includes('CXL-4KQ8ZP'));
    expect(text(row(el, SEED_IDS.pendingRequest)!.querySelector('[part="cancellation"]'))).to.match(
      /^Cancellation request \u2068CXL-4KQ8ZP\u2069: Submitted Decision expected by /,
    );
  });

  it('uses list semantics with position and size on each row', async () => {
    const tenant = await newTenant();
    const { el } = await mount({ apiBase: tenant.apiBase });
    await untilRows(el, 15);
    const list = $(el, '[role="list"]')!;
    expect(list.getAttribute('aria-label')).to.equal('Your eSIMs');
    const items = rows(el);
    items.forEach((r, i) => {
      expect(r.getAttribute('role')).to.equal('listitem');
      expect(r.getAttribute('aria-posinset')).to.equal(String(i + 1));
      expect(r.getAttribute('aria-setsize')).to.equal('15');
    });
    expect(text($(el, '[part="count"]'))).to.equal('15 eSIMs');
  });

  it('shows HTML and script in backend text as text', async () => {
    const tenant = await newTenant({ seed: 'xss' });
    const alerts: unknown[] = [];
    const originalAlert = window.alert;
    window.alert = (message?: unknown) => void alerts.push(message);
    try {
      const { el } = await mount({ apiBase: tenant.apiBase });
      await untilRows(el);
      await aTimeout(100);
      const names = $$(el, '[part="name"]').map((n) => n.textContent ?? '');
      expect(names.some((n) => n.includes('<img src=x onerror=alert(1)>'))).to.equal(true);
      expect(
        el.shadowRoot!.querySelector('img, script, iframe, [onerror], [onload]') === null,
        "el.shadowRoot!.querySelector('img, script, iframe, [onerror], [onload]') is null",
      ).to.equal(true);
      expect($$(el, 'svg').every((svg) => svg.classList.contains('icon'))).to.equal(true);
      expect(alerts).to.deep.equal([]);
      await expect(el).to.be.accessible();
    } finally {
      window.alert = originalAlert;
    }
  });

  it('re-renders in another language when lang changes, and reloads', async () => {
    const tenant = await newTenant();
    const { el, loads } = await mount({ apiBase: tenant.apiBase });
    await untilRows(el, 15);
    el.setAttribute('lang', 'zh-CN');
    // The reload's answer waits for the zh-CN strings, fetched on demand.
    await waitUntil(() => loads.length === 2, 'no reload', { timeout: 5000 });
    await el.updateComplete;
    expect(text($(el, '[part="count"]'))).to.equal('共 15 个 eSIM');
    expect(text(row(el, SEED_IDS.review)!.querySelector('[part="status"]'))).to.equal('使用中');
    const last4 = (await tokyoIccid(tenant.apiBase)).slice(-4);
    expect(row(el, SEED_IDS.instant)!.querySelector('[part="cancel-button"]')!.getAttribute('aria-label')).to.equal(
      `取消 ${iso('Tokyo trip')}（尾号 ${last4}）`,
    );
  });
});

describe('esim-list: actions and events', () => {
  it('fires a cancelable esim-cancel-request and opens the flow unless prevented', async () => {
    const opened: string[] = [];
    class Spy extends EsimList {
      protected override openCancelFlow(esim: Esim): void {
        opened.push(esim.id);
      }
    }
    customElements.define('esim-list-spy', Spy);
    const tenant = await newTenant();
    const el = document.createElement('esim-list-spy') as Spy;
    el.setAttribute('api-base', tenant.apiBase);
    const events: CustomEvent<EsimCancelRequestDetail>[] = [];
    let prevent = true;
    el.addEventListener('esim-cancel-request', (e) => {
      events.push(e);
      if (prevent) e.preventDefault();
    });
    document.body.append(el);
    try {
      await untilRows(el, 15);
      const button = row(el, SEED_IDS.instant)!.querySelector<HTMLButtonElement>('[part="cancel-button"]')!;
      button.click();
      expect(events).to.have.length(1);
      expect(events[0]!.cancelable).to.equal(true);
      expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
      expect(events[0]!.detail.esim.id).to.equal(SEED_IDS.instant);
      expect(opened).to.deep.equal([]);
      prevent = false;
      button.click();
      expect(opened).to.deep.equal([SEED_IDS.instant]);
    } finally {
      el.remove();
    }
  });

  it('copies the full ICCID and confirms it visibly', async () => {
    const tenant = await newTenant();
    const { el } = await mount({ apiBase: tenant.apiBase });
    await untilRows(el, 15);
    const written: string[] = [];
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (value: string) => void written.push(value) },
    });
    try {
      const iccid = await tokyoIccid(tenant.apiBase);
      const button = row(el, SEED_IDS.instant)!.querySelector<HTMLButtonElement>('[part="copy-button"]')!;
      expect(button.getAttribute('aria-label')).to.equal(`Copy the full ICCID of ${iso('Tokyo trip')} (ending ${iccid.slice(-4)})`);
      button.click();
      await waitUntil(() => text(button) === 'Copied');
      expect(written).to.deep.equal([iccid]);
      expect(text($(el, '[role="status"]'))).to.equal(`The full ICCID of ${iso('Tokyo trip')} (ending ${iccid.slice(-4)}) is copied.`);
      await expect(el).to.be.accessible();
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
  });

  it('shows the full ICCID to select when the clipboard is unavailable', async () => {
    const tenant = await newTenant();
    const { el } = await mount({ apiBase: tenant.apiBase });
    await untilRows(el, 15);
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
    try {
      row(el, SEED_IDS.instant)!.querySelector<HTMLButtonElement>('[part="copy-button"]')!.click();
      await waitUntil(() => row(el, SEED_IDS.instant)!.querySelector('.iccid-full'));
      const r = row(el, SEED_IDS.instant)!;
      expect(text(r.querySelector('.iccid-full'))).to.equal(await tokyoIccid(tenant.apiBase));
      expect(text(r)).to.contain('select the number to copy it');
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('reload() refetches from the first page', async () => {
    const tenant = await newTenant();
    const { el, loads } = await mount({ apiBase: tenant.apiBase, pageSize: 10 });
    await untilRows(el);
    expect(loads[0]!.hasMore).to.equal(true);
    const before = loads.length;
    const fetches = recordFetches();
    try {
      await el.reload();
    } finally {
      fetches.restore();
    }
    expect(loads).to.have.length(before + 1);
    expect(fetches.urls.filter((u) => u.includes('/esims'))).to.deep.equal([`${tenant.apiBase}/esims?limit=10`]);
  });

  it('refreshEsim() replaces one row, and drops an eSIM the backend no longer has', async () => {
    const backend = memoryBackend(generateEsims(5));
    const { el } = await mount({ backend });
    await untilRows(el, 5);
    backend.esims = backend.esims.map((e) => (e.id === 'gen-1' ? { ...e, nickname: 'Renamed', status: 'cancelled' } : e));
    await el.refreshEsim('gen-1');
    await el.updateComplete;
    expect(text(row(el, 'gen-1')!.querySelector('[part="name"]'))).to.equal(iso('Renamed'));
    expect(text(row(el, 'gen-1')!.querySelector('[part="status"]'))).to.equal('Cancelled');
    backend.esims = backend.esims.filter((e) => e.id !== 'gen-2');
    await el.refreshEsim('gen-2');
    await el.updateComplete;
    expect(row(el, 'gen-2') === undefined, "row(el, 'gen-2') is undefined").to.equal(true);
    expect(rows(el)).to.have.length(4);
  });

  it('refreshEsim() reports a failure in the inline banner and keeps the row', async () => {
    const tenant = await newTenant();
    const { el, errors } = await mount({ apiBase: tenant.apiBase });
    await untilRows(el, 15);
    await tenant.fault({ path: '/esims/*', kind: '403' });
    await el.refreshEsim(SEED_IDS.instant);
    await el.updateComplete;
    expect(errors.map((e) => e.code)).to.deep.equal(['forbidden']);
    expect(text($(el, '.banner'))).to.contain('not allowed');
    expect(row(el, SEED_IDS.instant)).to.exist;
  });

  it('moves focus to the sign-in form when the session ends under the customer', async () => {
    const tenant = await newTenant();
    const { el } = await mount({ apiBase: tenant.apiBase });
    await untilRows(el, 15);
    row(el, SEED_IDS.instant)!.querySelector<HTMLButtonElement>('[part="copy-button"]')!.focus();
    await tenant.fault({ path: '/esims', kind: '401' });
    await el.reload();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.hasAttribute('data-sign-in-heading')).to.equal(true);
  });

  it('loads again when attached again after a detach aborted the loading', async () => {
    const tenant = await newTenant();
    await tenant.fault({ path: '/esims', kind: 'delay', delayMs: 800 });
    const { el, errors } = await mount({ apiBase: tenant.apiBase });
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await untilRows(el, 15);
    expect(errors).to.deep.equal([]);
  });

  it('keeps the window working after being moved in the page', async () => {
    const backend = memoryBackend(generateEsims(2000), 2000);
    const { el, loads } = await mount({ backend });
    await waitUntil(() => loads.length === 1);
    await untilRows(el);
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    const list = el.shadowRoot!.querySelector<HTMLElement>('[part="list"]')!;
    window.scrollTo(0, list.getBoundingClientRect().top + window.scrollY + 50_000);
    try {
      await waitUntil(() => Number(rows(el)[0]!.getAttribute('aria-posinset')) > 100, 'window follows the scroll');
    } finally {
      window.scrollTo(0, 0);
    }
  });

  it('aborts its request when detached, without reporting an error', async () => {
    const tenant = await newTenant();
    await tenant.fault({ path: '/esims', kind: 'delay', delayMs: 1500 });
    const { el, errors, loads } = await mount({ apiBase: tenant.apiBase });
    await aTimeout(100);
    el.remove();
    await aTimeout(1700);
    expect(errors).to.deep.equal([]);
    expect(loads).to.deep.equal([]);
  });
});

describe('esim-list: keyboard', () => {
  it('moves focus sensibly with Tab through toolbar and rows', async () => {
    const { sendKeys } = await import('@web/test-runner-commands');
    const tenant = await newTenant();
    const { el } = await mount({ apiBase: tenant.apiBase });
    await untilRows(el, 15);
    $(el, '[part="search"]')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(
      el.shadowRoot!.activeElement === $(el, '[part="filter"]'),
      'el.shadowRoot!.activeElement is $(el, \'[part="filter"]\')',
    ).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(
      el.shadowRoot!.activeElement === rows(el)[0]!.querySelector('[part="copy-button"]'),
      'el.shadowRoot!.activeElement is rows(el)[0]!.querySelector(\'[part="copy-button"]\')',
    ).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(
      el.shadowRoot!.activeElement === rows(el)[0]!.querySelector('[part="cancel-button"]'),
      'el.shadowRoot!.activeElement is rows(el)[0]!.querySelector(\'[part="cancel-button"]\')',
    ).to.equal(true);
  });
});
