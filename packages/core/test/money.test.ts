import { describe, expect, it } from 'vitest';
import {
  add,
  allocate,
  formatMoney,
  fromDecimal,
  money,
  multiply,
  percentOf,
  subtract,
  toDecimal,
} from '../src/index.js';

describe('money', () => {
  it('parses decimal strings exactly, without float rounding', () => {
    expect(fromDecimal('0.10', 'KES').amount + fromDecimal('0.20', 'KES').amount).toBe(30);
    expect(fromDecimal('1250.5', 'KES')).toEqual({ amount: 125050, currency: 'KES' });
    expect(fromDecimal('-3.25', 'USD').amount).toBe(-325);
    expect(fromDecimal('1500', 'UGX').amount).toBe(1500);
    expect(fromDecimal('1.234', 'KWD').amount).toBe(1234);
  });

  it('refuses floats, too many decimals and malformed strings with specific codes', () => {
    expect(() => money(10.5, 'KES')).toThrow(expect.objectContaining({ code: 'money.invalid_amount' }));
    expect(() => fromDecimal('1.234', 'KES')).toThrow(
      expect.objectContaining({ code: 'money.invalid_decimal' }),
    );
    expect(() => fromDecimal('1,000', 'KES')).toThrow(
      expect.objectContaining({ code: 'money.invalid_decimal' }),
    );
    expect(() => money(1, 'kes')).toThrow(expect.objectContaining({ code: 'money.unknown_currency' }));
  });

  it('prints exact decimals for each currency exponent', () => {
    expect(toDecimal(money(125050, 'KES'))).toBe('1250.50');
    expect(toDecimal(money(-5, 'KES'))).toBe('-0.05');
    expect(toDecimal(money(1500, 'UGX'))).toBe('1500');
  });

  it('refuses to combine different currencies', () => {
    expect(() => add(money(1, 'KES'), money(1, 'USD'))).toThrow(
      expect.objectContaining({ code: 'money.currency_mismatch' }),
    );
    expect(subtract(money(500, 'KES'), money(125, 'KES')).amount).toBe(375);
    expect(multiply(money(250, 'KES'), 3).amount).toBe(750);
  });

  it('rounds percentages half away from zero', () => {
    expect(percentOf(money(1005, 'KES'), 16).amount).toBe(161); // 160.8 → 161
    expect(percentOf(money(-1005, 'KES'), 16).amount).toBe(-161);
    expect(percentOf(money(250, 'KES'), 1, 2).amount).toBe(125);
  });

  it('allocates without losing a minor unit', () => {
    const parts = allocate(money(10000, 'KES'), [1, 1, 1]);
    expect(parts.map((p) => p.amount)).toEqual([3334, 3333, 3333]);
    const uneven = allocate(money(-101, 'KES'), [3, 7]);
    expect(uneven.reduce((s, p) => s + p.amount, 0)).toBe(-101);
  });

  it('formats for people', () => {
    expect(formatMoney(money(125050, 'KES'), 'en-KE')).toMatch(/1,250\.50/);
    expect(formatMoney(money(1500, 'UGX'), 'en-UG')).not.toMatch(/\./);
  });
});
