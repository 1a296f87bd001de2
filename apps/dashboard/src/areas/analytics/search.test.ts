import { describe, expect, it } from 'vitest';
import {
  activeFilters,
  DIRECT,
  filterValue,
  isDay,
  parseAnalyticsSearch,
  queryString,
  todayIn,
  toReportQuery,
  withFilter,
  withPeriod,
} from './search';

describe('parseAnalyticsSearch', () => {
  it('keeps a known period and drops the default and unknown ones', () => {
    expect(parseAnalyticsSearch({ period: '30d' })).toEqual({ period: '30d' });
    expect(parseAnalyticsSearch({ period: '7d' })).toEqual({});
    expect(parseAnalyticsSearch({ period: 'year' })).toEqual({});
  });

  it('keeps a custom range only with two real days in order', () => {
    expect(parseAnalyticsSearch({ period: 'custom', from: '2026-11-01', to: '2026-11-15' })).toEqual({
      period: 'custom',
      from: '2026-11-01',
      to: '2026-11-15',
    });
    expect(parseAnalyticsSearch({ period: 'custom', from: '2026-11-15', to: '2026-11-01' })).toEqual({});
    expect(parseAnalyticsSearch({ period: 'custom', from: '2026-02-31', to: '2026-03-01' })).toEqual({});
    expect(parseAnalyticsSearch({ period: 'custom' })).toEqual({});
  });

  it('keeps filters as trimmed text, even when the router parsed them as numbers', () => {
    expect(parseAnalyticsSearch({ page: ' /contact ', source: 'Instagram', device: 'Mobile' })).toEqual({
      page: '/contact',
      source: 'Instagram',
      device: 'Mobile',
    });
    expect(parseAnalyticsSearch({ page: 404 })).toEqual({ page: '404' });
  });

  it('drops empty, oversized and non-text filters', () => {
    expect(parseAnalyticsSearch({ page: '', source: 'x'.repeat(101), device: { a: 1 } })).toEqual({});
  });
});

describe('toReportQuery', () => {
  it('defaults to the last 7 days and spells a direct source as the API does', () => {
    expect(toReportQuery({})).toEqual({ period: '7d' });
    expect(toReportQuery({ source: DIRECT, device: 'Mobile' })).toEqual({
      period: '7d',
      source: '',
      device: 'Mobile',
    });
  });

  it('sends the days of a custom range only', () => {
    expect(toReportQuery({ period: 'custom', from: '2026-11-01', to: '2026-11-02' })).toEqual({
      period: 'custom',
      from: '2026-11-01',
      to: '2026-11-02',
    });
    expect(toReportQuery({ period: 'today', from: '2026-11-01' })).toEqual({ period: 'today' });
  });
});

describe('filters and periods', () => {
  it('sets and removes a filter and lists the active ones in order', () => {
    const set = withFilter({ period: '30d' }, 'source', filterValue('source', ''));
    expect(set).toEqual({ period: '30d', source: DIRECT });
    const both = withFilter(set, 'page', '/about');
    expect(activeFilters(both)).toEqual([
      { key: 'page', value: '/about' },
      { key: 'source', value: DIRECT },
    ]);
    expect(withFilter(both, 'source', undefined)).toEqual({ period: '30d', page: '/about' });
  });

  it('changes the period and keeps the filters', () => {
    const search = { period: 'custom' as const, from: '2026-11-01', to: '2026-11-02', device: 'Mobile' };
    expect(withPeriod(search, '7d')).toEqual({ device: 'Mobile' });
    expect(withPeriod(search, 'today')).toEqual({ period: 'today', device: 'Mobile' });
    expect(withPeriod({}, 'custom', { from: '2026-10-01', to: '2026-10-31' })).toEqual({
      period: 'custom',
      from: '2026-10-01',
      to: '2026-10-31',
    });
  });

  it('builds the CSV link’s query, keeping a direct source as an empty value', () => {
    expect(queryString({ period: '7d', source: '' }, { format: 'csv' })).toBe('period=7d&source=&format=csv');
  });

  it('knows a real day', () => {
    expect(isDay('2026-11-23')).toBe(true);
    expect(isDay('2026-13-01')).toBe(false);
    expect(isDay(20261123)).toBe(false);
  });

  it('knows today in the App’s time zone, not the reader’s', () => {
    const late = new Date('2026-11-23T22:30:00Z');
    expect(todayIn('Africa/Nairobi', late)).toBe('2026-11-24');
    expect(todayIn('America/New_York', late)).toBe('2026-11-23');
    expect(todayIn('Not/AZone', late)).toBe('2026-11-23');
  });
});
