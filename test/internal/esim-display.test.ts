import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import type { Esim } from '../../src/api/schemas.js';
import { en } from '../../src/i18n/en.js';
import { zhCN } from '../../src/i18n/zh-CN.js';
import {
  cancellationStatusLabel,
  dataUsage,
  deviceName,
  displayName,
  esimLabel,
  ineligibleReasonText,
  installStateLabel,
  regionName,
  statusBadge,
  statusLabel,
  statusTone,
  validity,
} from '../../src/internal/esim-display.js';
import { iso } from '../helpers/isolate.js';
import { ESIM_STATUSES, INELIGIBLE_REASONS, INSTALL_STATES } from '../../src/api/schemas.js';

const NOW = Date.parse('2026-11-25T12:00:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function esim(overrides: Partial<Esim> = {}): Esim {
  return {
    id: 'e1',
    iccid: '8944500102030401234',
    planName: 'Japan 10 GB',
    status: 'active',
    installState: 'enabled',
    cancellation: { eligible: false, mode: 'none', ineligibleReason: 'installed' },
    ...overrides,
  };
}

describe('esim-display', () => {
  it('names an eSIM by nickname, else by plan, each isolated', () => {
    expect(displayName(esim({ nickname: 'Trip phone' }))).to.equal(iso('Trip phone'));
    expect(displayName(esim({ nickname: '  ' }))).to.equal(iso('Japan 10 GB'));
    expect(displayName(esim({ nickname: null }))).to.equal(iso('Japan 10 GB'));
    expect(esimLabel(en, esim())).to.equal(`${iso('Japan 10 GB')} (ending 1234)`);
    expect(esimLabel(zhCN, esim())).to.equal(`${iso('Japan 10 GB')}（尾号 1234）`);
  });

  it('keeps bidi controls in a name from reaching the text around it', () => {
    // U+202E would reverse "(ending 1234)"; a stray PDI would close the isolate early. Both go.
    expect(esimLabel(en, esim({ nickname: '\u202eenohp 9876' }))).to.equal(`${iso('enohp 9876')} (ending 1234)`);
    expect(displayName(esim({ nickname: 'Work \u2069\u202b\u2066x' }))).to.equal(iso('Work x'));
    // Zero-width and combining characters are text, not controls: kept.
    expect(displayName(esim({ nickname: 'Ja\u200bpa\u0301n' }))).to.equal(iso('Ja\u200bpa\u0301n'));
  });

  it('labels every status, install state and reason in both locales', () => {
    for (const t of [en, zhCN]) {
      for (const s of ESIM_STATUSES) expect(statusLabel(t, s)).to.be.a('string').and.not.empty;
      for (const s of INSTALL_STATES) expect(installStateLabel(t, s)).to.be.a('string').and.not.empty;
      for (const r of INELIGIBLE_REASONS) expect(ineligibleReasonText(t, r)).to.be.a('string').and.not.empty;
    }
    expect(statusLabel(en, 'cancel_pending')).to.equal('Cancellation pending');
    expect(statusTone('active')).to.equal('success');
    expect(installStateLabel(en, 'not_installed')).to.equal('Not installed');
    expect(ineligibleReasonText(en, 'installed')).to.equal('Installed on a device: contact support to cancel it');
    expect(ineligibleReasonText(en, 'request_open')).to.equal('A cancellation request is already open');
    expect(ineligibleReasonText(en, undefined)).to.equal('This plan cannot be cancelled online');
    expect(cancellationStatusLabel(en, 'processing')).to.equal('Under review');
    expect(cancellationStatusLabel(zhCN, 'pending')).to.equal('已提交');
  });

  it('renders the status as icon plus text in a status part', async () => {
    const el = await fixture(html`<div>${statusBadge(en, 'expired')}</div>`);
    const badge = el.querySelector('[part="status"]')!;
    expect(badge.textContent!.trim()).to.equal('Expired');
    expect(badge.getAttribute('data-tone')).to.equal('neutral');
    expect(badge.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('describes data usage with its age', () => {
    // 1 GB = 1024³ bytes, as plans are sold: a 10 GB plan reads "10 GB", not "11 GB".
    const GB = 1024 ** 3;
    const data = { usedBytes: 1.2 * GB, totalBytes: 10 * GB, updatedAt: new Date(NOW - 2 * HOUR).toISOString() };
    expect(dataUsage(en, 'en', esim({ data }), NOW)).to.deep.equal({
      amount: '1.2 GB of 10 GB used',
      unlimited: false,
      fraction: 0.12,
      updated: 'updated 2 hours ago',
    });
    const zh = dataUsage(zhCN, 'zh-CN', esim({ data }), NOW)!;
    expect(zh.amount).to.equal('已用 1.2 GB，共 10 GB');
    expect(zh.updated).to.equal('更新于2小时前');
    const unlimited = dataUsage(en, 'en', esim({ data: { ...data, totalBytes: null } }), NOW)!;
    expect(unlimited.unlimited).to.equal(true);
    expect(unlimited.amount).to.equal('1.2 GB used');
    expect(unlimited.fraction).to.equal(undefined);
    expect(dataUsage(en, 'en', esim({ data: { ...data, usedBytes: 20 * GB } }), NOW)!.fraction).to.equal(1);
    expect(dataUsage(en, 'en', esim({ data: { ...data, totalBytes: 0 } }), NOW)!.fraction).to.equal(1);
    expect(dataUsage(en, 'en', esim(), NOW)).to.equal(undefined);
  });

  it('describes validity relative when close, as a date otherwise', () => {
    const at = (ms: number) => new Date(NOW + ms).toISOString();
    expect(validity(en, 'en', esim({ expiresAt: at(3 * DAY + HOUR) }), NOW)).to.deep.equal({
      text: 'Expires in 3 days',
      expired: false,
      soon: false,
    });
    expect(validity(en, 'en', esim({ expiresAt: at(5 * HOUR) }), NOW)!.soon).to.equal(true);
    expect(validity(zhCN, 'zh-CN', esim({ expiresAt: at(3 * DAY + HOUR) }), NOW)!.text).to.equal('3天后到期');
    expect(validity(en, 'en-GB', esim({ expiresAt: '2026-11-12T10:00:00Z' }), NOW)).to.deep.equal({
      text: 'Expired on 12 Nov 2026',
      expired: true,
      soon: false,
    });
    expect(validity(en, 'en-GB', esim({ expiresAt: '2027-01-20T10:00:00Z' }), NOW)!.text).to.equal('Valid until 20 Jan 2027');
    expect(validity(en, 'en', esim({ status: 'ready', expiresAt: null, activatedAt: null }), NOW)!.text).to.equal(
      'Validity starts when first used',
    );
    expect(validity(en, 'en', esim({ expiresAt: null }), NOW)).to.equal(undefined);
  });

  it('names the device and region when known', () => {
    expect(deviceName(esim({ device: { make: 'Apple', model: 'iPhone 15 Pro' } }))).to.equal(iso('iPhone 15 Pro'));
    expect(deviceName(esim({ device: { make: 'Google' } }))).to.equal(iso('Google'));
    expect(deviceName(esim({ device: {} }))).to.equal(undefined);
    expect(deviceName(esim())).to.equal(undefined);
    expect(regionName(esim({ region: { code: 'JP', name: 'Japan' } }))).to.equal(iso('Japan'));
    expect(regionName(esim())).to.equal(undefined);
  });
});
