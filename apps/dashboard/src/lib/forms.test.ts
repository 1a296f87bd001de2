import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors';
import { fieldErrorsOf, passwordProblem, SLUG_RE, safeRedirect, slugify } from './forms';

describe('form helpers', () => {
  it('applies the server’s password length rules before sending', () => {
    expect(passwordProblem('short')).toMatch(/at least 10/);
    expect(passwordProblem('x'.repeat(129))).toMatch(/at most 128/);
    expect(passwordProblem('chai at the river')).toBeNull();
  });

  it('suggests a slug the server accepts from an App name', () => {
    expect(slugify('Mama Oliech’s Kitchen!')).toBe('mama-oliechs-kitchen');
    expect(slugify('  Café Ngong Road  ')).toBe('cafe-ngong-road');
    expect(SLUG_RE.test(slugify('Mama Oliech’s Kitchen!'))).toBe(true);
    expect(SLUG_RE.test('ab')).toBe(false);
    expect(SLUG_RE.test('double--hyphen')).toBe(false);
  });

  it('returns only to same-origin paths after sign-in (no open redirect)', () => {
    expect(safeRedirect('/apps/new?x=1')).toBe('/apps/new?x=1');
    expect(safeRedirect('https://evil.example')).toBe('/');
    expect(safeRedirect('//evil.example')).toBe('/');
    expect(safeRedirect('/\\evil.example')).toBe('/');
    expect(safeRedirect(undefined)).toBe('/');
  });

  it('puts server errors on the field they name, and the rest on the form', () => {
    const common = new ApiError(400, 'auth.password_common', 'This password is on the list…');
    expect(fieldErrorsOf(common, ['email', 'password'] as const)).toEqual({
      fields: { password: 'This password is on the list…' },
      form: null,
    });
    const taken = new ApiError(409, 'apps.slug_taken', 'Another App already uses this slug.');
    expect(fieldErrorsOf(taken, ['name', 'slug'] as const).fields).toEqual({ slug: taken.message });
    const invalid = new ApiError(400, 'core.validation_failed', 'Invalid input', {
      issues: [{ path: 'name', message: 'Give the App a name.' }],
    });
    expect(fieldErrorsOf(invalid, ['name', 'slug'] as const).fields).toEqual({
      name: 'Give the App a name.',
    });
    const limited = new ApiError(429, 'core.rate_limited', 'Too many sign-ups from your network.');
    expect(fieldErrorsOf(limited, ['email'] as const)).toEqual({ fields: {}, form: limited.message });
  });
});
