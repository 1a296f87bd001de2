import { describe, expect, it } from 'vitest';
import { checkPassword } from '../src/index.js';

describe('password rules', () => {
  it.each([
    ['short', 'too_short'],
    ['123456789', 'too_short'],
    ['x'.repeat(129), 'too_long'],
    ['password1234', 'common'],
    ['QWERTYUIOP', 'common'],
    ['Basketball', 'common'],
    ['Password2026!', 'common'],
    ['!!dragonfly99', 'common'],
    ['nairobi1234', 'common'],
  ])('refuses %j (%s)', (password, problem) => {
    expect(checkPassword(password)).toBe(problem);
  });

  it.each(['correct horse battery', 'Mandazi-na-chai-7', 'tuk tuk to Kilimani'])('accepts %j', (password) => {
    expect(checkPassword(password)).toBeNull();
  });
});
