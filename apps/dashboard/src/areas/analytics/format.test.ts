import { describe, expect, it } from 'vitest';
import {
  deltaOf,
  formatCount,
  formatDuration,
  formatMetric,
  formatPercent,
  periodLabel,
  rowLabel,
} from './format';

describe('formatCount', () => {
  it('writes counts in full below ten thousand and compactly above', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(7)).toBe('7');
    expect(formatCount(1234)).toBe('1,234');
    expect(formatCount(9999)).toBe('9,999');
    expect(formatCount(12_345)).toBe('12.3k');
    expect(formatCount(1_250_000)).toBe('1.3M');
  });

  it('shows a dash for a number that is not one', () => {
    expect(formatCount(Number.NaN)).toBe('—');
  });
});

describe('formatDuration', () => {
  it('writes seconds, minutes and hours with padded parts', () => {
    expect(formatDuration(0)).toBe('0s');
    expect(formatDuration(-3)).toBe('0s');
    expect(formatDuration(44.6)).toBe('45s');
    expect(formatDuration(125)).toBe('2m 05s');
    expect(formatDuration(3600 + 120 + 9)).toBe('1h 02m');
  });
});

describe('formatPercent', () => {
  it('rounds to whole percents from 10% and keeps one decimal below', () => {
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(0.0004)).toBe('<0.1%');
    expect(formatPercent(0.035)).toBe('3.5%');
    expect(formatPercent(0.05)).toBe('5%');
    expect(formatPercent(0.4251)).toBe('43%');
    expect(formatPercent(1)).toBe('100%');
  });
});

describe('deltaOf', () => {
  it('says "—" when there is no previous period to compare with', () => {
    expect(deltaOf(null)).toMatchObject({ direction: 'none', tone: 'neutral', label: '—' });
    expect(deltaOf(undefined).label).toBe('—');
  });

  it('marks growth in visitors as good and a fall as bad', () => {
    expect(deltaOf(0.18, 'visitors')).toMatchObject({ direction: 'up', tone: 'good', label: '+18%' });
    expect(deltaOf(-0.04, 'pageviews')).toMatchObject({ direction: 'down', tone: 'bad', label: '−4%' });
  });

  it('treats a falling bounce rate as the good news', () => {
    expect(deltaOf(-0.1, 'bounceRate')).toMatchObject({ direction: 'down', tone: 'good' });
    expect(deltaOf(0.1, 'bounceRate')).toMatchObject({ direction: 'up', tone: 'bad' });
  });

  it('calls a change under half a percent flat', () => {
    expect(deltaOf(0.004)).toMatchObject({ direction: 'flat', tone: 'neutral', label: '0%' });
  });

  it('says the change in words for screen readers', () => {
    expect(deltaOf(0.5).spoken).toBe('up 50% on the previous period');
    expect(deltaOf(null).spoken).toMatch(/no previous data/);
  });
});

describe('formatMetric and rowLabel', () => {
  it('formats each metric in its own unit', () => {
    expect(formatMetric('visitors', 1500)).toBe('1,500');
    expect(formatMetric('bounceRate', 0.42)).toBe('42%');
    expect(formatMetric('avgDuration', 65)).toBe('1m 05s');
  });

  it('names a direct visit and an unknown value', () => {
    expect(rowLabel('', 'source')).toBe('Direct / None');
    expect(rowLabel('', 'browser')).toBe('(not set)');
    expect(rowLabel('Instagram', 'source')).toBe('Instagram');
  });
});

describe('periodLabel', () => {
  it('names the days of a period in the App’s time zone, the end being exclusive', () => {
    const week = {
      name: '7d',
      timeZone: 'Africa/Nairobi',
      from: '2026-11-16T21:00:00.000Z',
      to: '2026-11-23T21:00:00.000Z',
    };
    expect(periodLabel(week)).toBe('Nov 17 – Nov 23, 2026');
    const today = {
      ...week,
      name: 'today',
      from: '2026-11-22T21:00:00.000Z',
      to: '2026-11-23T08:00:00.000Z',
    };
    expect(periodLabel(today)).toBe('Today, Nov 23');
  });
});
