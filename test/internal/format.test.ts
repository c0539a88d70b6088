import { expect } from '@open-wc/testing';
import {
  daysUntil,
  formatBytes,
  formatDate,
  formatMoney,
  formatRelative,
  isZero,
  lastFour,
  maskIccid,
} from '../../src/internal/format.js';

const NOW = Date.parse('2026-11-25T12:00:00Z');

describe('format', () => {
  it('formats money by locale and currency', () => {
    expect(formatMoney('en', { amount: '9.50', currency: 'USD' })).to.equal('$9.50');
    expect(formatMoney('zh-CN', { amount: '9.50', currency: 'CNY' })).to.equal('¥9.50');
    expect(formatMoney('en', { amount: '1234.5', currency: 'EUR' })).to.equal('€1,234.50');
    expect(formatMoney('en', { amount: '3', currency: 'ZZZ' })).to.contain('3');
    expect(isZero({ amount: '0.00', currency: 'USD' })).to.equal(true);
    expect(isZero(undefined)).to.equal(true);
    expect(isZero({ amount: '0.01', currency: 'USD' })).to.equal(false);
  });

  it('formats data sizes in decimal units', () => {
    expect(formatBytes('en', 0)).to.equal('0 MB');
    expect(formatBytes('en', 250_000)).to.equal('0.3 MB');
    expect(formatBytes('en', 1_200_000_000)).to.equal('1.2 GB');
    expect(formatBytes('en', 10_000_000_000)).to.equal('10 GB');
    expect(formatBytes('en', 512_000_000)).to.equal('512 MB');
    expect(formatBytes('zh-CN', 1_500_000_000)).to.equal('1.5 GB');
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

  it('masks an ICCID to its last four digits', () => {
    expect(maskIccid('8988247000001234567')).to.equal('8988 •••• •••• 4567');
    expect(lastFour('8988247000001234567')).to.equal('4567');
  });
});
