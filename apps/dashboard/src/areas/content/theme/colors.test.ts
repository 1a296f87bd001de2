import { describe, expect, it } from 'vitest';
import { loadSiteKit } from '../shared/site-kit.test-helper';
import { contrastRatio, contrastWarning, DESIGN_SYSTEM_COLORS, normalizeHex, readableOn } from './colors';

describe('theme colors', () => {
  it('knows the colors of every design system exactly as the site kit defines them', async () => {
    const { DESIGN_SYSTEMS } = await loadSiteKit();
    const fromKit = Object.fromEntries(
      DESIGN_SYSTEMS.map((d) => [
        d.id,
        {
          background: d.tokens['--qs-bg'],
          text: d.tokens['--qs-text'],
          primary: d.tokens['--qs-primary'],
          accent: d.tokens['--qs-accent'],
        },
      ]),
    );
    expect(DESIGN_SYSTEM_COLORS).toEqual(fromKit);
  });

  it('computes WCAG contrast: black on white is 21:1, a color on itself 1:1', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#1d4ed8', '#1d4ed8')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('warns below AA (4.5:1) and says which way to go', () => {
    expect(contrastWarning('primary', '#ffe066', '#ffffff')).toMatch(/1\.\d\d:1.*darker/);
    expect(contrastWarning('primary', '#ff4d8d', '#130b20')).toBeNull();
    expect(contrastWarning('accent', '#222222', '#0d0f12')).toMatch(/lighter/);
  });

  it('reads hex colors the way people type them', () => {
    expect(normalizeHex('#ABC')).toBe('#aabbcc');
    expect(normalizeHex('1a7f5a')).toBe('#1a7f5a');
    expect(normalizeHex('red')).toBeNull();
    expect(readableOn('#c6f432')).toBe('#111111');
  });
});
