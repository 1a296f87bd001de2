import { describe, expect, it } from 'vitest';
import { describeDevice } from './user-agent';

describe('describeDevice', () => {
  it('names Chrome on Android as a phone', () => {
    const ua =
      'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36';
    expect(describeDevice(ua)).toEqual({ browser: 'Chrome', os: 'Android', kind: 'phone' });
  });

  it('names Safari on an iPhone, not Chrome', () => {
    const ua =
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
    expect(describeDevice(ua)).toEqual({ browser: 'Safari', os: 'iPhone', kind: 'phone' });
  });

  it('tells Edge from the Chrome it contains', () => {
    const ua =
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36 Edg/126.0';
    expect(describeDevice(ua)).toEqual({ browser: 'Edge', os: 'Windows', kind: 'desktop' });
  });

  it('names Firefox on macOS', () => {
    const ua = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:127.0) Gecko/20100101 Firefox/127.0';
    expect(describeDevice(ua)).toEqual({ browser: 'Firefox', os: 'macOS', kind: 'desktop' });
  });

  it('falls back for a missing or unknown header', () => {
    expect(describeDevice(null)).toEqual({ browser: 'Unknown browser', os: 'unknown system', kind: 'other' });
    expect(describeDevice('curl/8.0').browser).toBe('curl');
  });
});
