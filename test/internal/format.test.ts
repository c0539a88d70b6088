import { expect } from '@open-wc/testing';
import { daysUntil, formatBytes, formatDate, formatRelative, lastFour, maskIccid } from '../../src/internal/format.js';
import { formatMoney } from '../../src/internal/money.js';

const NOW = Date.parse('2026-11-25T12:00:00Z');

describe('format', () => {
  it('formats money by locale and currency', () => {
    expect(formatMoney('en', { amount: '9.50', currency: 'USD' })).to.equal('$9.50');
    expect(formatMoney('zh-CN', { amount: '9.50', currency: 'CNY' })).to.equal('¥9.50');
    expect(formatMoney('en', { amount: '1234.5', currency: 'EUR' })).to.equal('€1,234.50');
    expect(formatMoney('en', { amount: '3', currency: 'ZZZ' })).to.contain('3');
    expect(formatMoney('en', { amount: '10', currency: 'USD' })).to.equal('$10.00');
  });

  it('shows money exactly as sent: every digit, and every fraction digit the backend sent', () => {
    // Through Number() the first would read $12,345,678,901,234,567,000.00.
    expect(formatMoney('en', { amount: '12345678901234567890.12', currency: 'USD' })).to.equal('$12,345,678,901,234,567,890.12');
    expect(formatMoney('en', { amount: '0.1', currency: 'USD' })).to.equal('$0.10');
    expect(formatMoney('en', { amount: '9.999', currency: 'USD' })).to.equal('$9.999');
    // Zero-decimal currencies: sent fractions are kept, none are invented.
    expect(formatMoney('en', { amount: '1500.50', currency: 'JPY' })).to.equal('¥1,500.50');
    expect(formatMoney('en', { amount: '1500', currency: 'JPY' })).to.equal('¥1,500');
    expect(formatMoney('de', { amount: '-1234.5', currency: 'EUR' })).to.equal('-1.234,50\u00a0€');
    expect(formatMoney('zh-CN', { amount: '99999999999999999999', currency: 'CNY' })).to.equal('¥99,999,999,999,999,999,999.00');
  });

  it('formats data sizes as plans are sold: 1 GB = 1024³ bytes', () => {
    const MB = 1024 ** 2;
    const GB = 1024 ** 3;
    expect(formatBytes('en', 0)).to.equal('0 MB');
    expect(formatBytes('en', 0.3 * MB)).to.equal('0.3 MB');
    expect(formatBytes('en', 1.2 * GB)).to.equal('1.2 GB');
    expect(formatBytes('en', 10 * GB)).to.equal('10 GB');
    expect(formatBytes('en', 5 * GB)).to.equal('5 GB');
    expect(formatBytes('en', 512 * MB)).to.equal('512 MB');
    expect(formatBytes('zh-CN', 1.5 * GB)).to.equal('1.5 GB');
  });

  it('formats dates and relative times', () => {
    expect(formatDate('en', '2026-11-28T12:00:00Z')).to.equal('Nov 28, 2026');
    expect(formatDate('zh-CN', '2026-11-28T12:00:00Z')).to.equal('2026年11月28日');
    expect(formatRelative('en', '2026-11-28T12:00:00Z', NOW)).to.equal('in 3 days');
    expect(formatRelative('en', '2026-11-25T10:00:00Z', NOW)).to.equal('2 hours ago');
    expect(formatRelative('en', '2026-11-25T11:59:30Z', NOW)).to.equal('this minute');
    expect(formatRelative('zh-CN', '2026-11-28T12:00:00Z', NOW)).to.equal('3天后');
    expect(daysUntil('2026-11-28T12:00:00Z', NOW)).to.equal(3);
    expect(daysUntil('2026-11-24T11:00:00Z', NOW)).to.equal(-2);
  });

  it('never throws on a date Date cannot read (render code must not)', () => {
    for (const bad of ['2026-11-25T10:00:00+08', '2026-13-01', 'soon', '']) {
      expect(formatDate('en', bad)).to.equal(bad);
      expect(formatDate('en', bad, 'datetime')).to.equal(bad);
      expect(formatRelative('en', bad, NOW)).to.be.a('string');
    }
  });

  it('masks an ICCID to its last four digits', () => {
    expect(maskIccid('8988247000001234567')).to.equal('8988 •••• •••• 4567');
    expect(lastFour('8988247000001234567')).to.equal('4567');
  });
});
