import { describe, expect, it } from 'vitest';
import { locateJsonError } from '../src/http/json-locate.js';

describe('locating JSON errors', () => {
  it('accepts everything JSON.parse accepts', () => {
    for (const text of [
      '{}',
      '[]',
      '"x"',
      '0',
      '-1.5e+3',
      'true',
      'null',
      '{"a":[1,{"b":"\\u00e9\\n"}]}',
      ' [ 1 , 2 ] ',
    ]) {
      expect(locateJsonError(text), text).toBeNull();
    }
  });

  it.each([
    ['{"a": 1,}', 1, 9, 'a property name in double quotes'],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, "',' or '}'"],
    ["{'a': 1}", 1, 2, 'a property name in double quotes'],
    ['[1, 2', 1, 6, "',' or ']'"],
    ['{"a": tru}', 1, 7, 'a value (found an unknown word)'],
    ['{"a": 01}', 1, 8, "',' or '}'"],
    ['{"a": "x\\q"}', 1, 9, 'a valid escape sequence'],
    ['{} {}', 1, 4, 'the end of the body (extra characters after the JSON value)'],
    ['', 1, 1, 'a value'],
  ])('finds the fault in %j at line %i, column %i', (text, line, column, expected) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(locateJsonError(text)).toMatchObject({ line, column, expected });
  });
});
