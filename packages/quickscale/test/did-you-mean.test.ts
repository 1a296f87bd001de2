import { describe, expect, it } from 'vitest';
import { didYouMean, levenshtein } from '../src/config/did-you-mean.js';
import { looksLikeSecret } from '../src/config/secrets.js';

describe('levenshtein', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(levenshtein('theme', 'theme')).toBe(0);
    expect(levenshtein('them', 'theme')).toBe(1);
    expect(levenshtein('platfrom', 'platform')).toBe(2);
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('', 'abc')).toBe(3);
  });
});

describe('didYouMean', () => {
  const keys = ['schema_version', 'project', 'theme', 'frontend', 'modules', 'deployment'];

  it('suggests the closest key within the distance limit', () => {
    expect(didYouMean('them', keys)).toBe('theme');
    expect(didYouMean('modules_', keys)).toBe('modules');
    expect(didYouMean('schema_verison', keys)).toBe('schema_version');
  });

  it('ignores case', () => {
    expect(didYouMean('Theme', keys)).toBe('theme');
  });

  it('offers nothing when no key is close', () => {
    expect(didYouMean('region', keys)).toBeUndefined();
    expect(didYouMean('xyz', ['abc'])).toBeUndefined();
  });

  it('allows one edit for short words only', () => {
    expect(didYouMean('db', ['do'])).toBe('do');
    expect(didYouMean('dbx', ['dog'])).toBeUndefined();
  });

  it('prefers the nearer of two candidates', () => {
    expect(didYouMean('sorce', ['score', 'source'])).toBe('source');
    expect(didYouMean('scor', ['source', 'score'])).toBe('score');
  });
});

describe('looksLikeSecret', () => {
  it.each([
    'sk_live_51HxYzAbCdEf',
    'ghp_0123456789abcdefghijABCDEFGHIJ',
    'AKIAIOSFODNN7EXAMPLE',
    'smtps://mailer:hunter2@smtp.example.com:465',
    'Zx9vQ2m8Lr4tKp7Wb3Nc6Hd1Jf5Gs0Ya',
    '4f3c2b1a0e9d8c7b6a5f4e3d2c1b0a9f',
  ])('flags %s', (value) => {
    expect(looksLikeSecret(value)).toBe(true);
  });

  it.each([
    'SMTP_URL',
    'hello@mystore.co.ke',
    'Mystore <hello@mystore.co.ke>',
    './.qspace/media',
    'smtp://127.0.0.1:1025',
    'https://mystore.co.ke/welcome',
    'Online shop for handmade goods',
  ])('does not flag %s', (value) => {
    expect(looksLikeSecret(value)).toBe(false);
  });
});
