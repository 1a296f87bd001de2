/**
 * Money as an integer count of minor units plus an ISO 4217 currency — never a float.
 * KES 1,250.50 is `{ amount: 125050, currency: 'KES' }`. Amounts are safe integers
 * (|amount| < 2^53), which covers any realistic sum; operations that would leave that range throw.
 */
import { defineErrors } from './errors.js';

export interface Money {
  readonly amount: number;
  readonly currency: string;
}

export const MoneyErrors = defineErrors('money', {
  invalid_amount: {
    status: 400,
    message: 'An amount must be a whole number of minor units (e.g. cents). Decimals and floats are refused.',
  },
  unknown_currency: {
    status: 400,
    message: 'Unknown currency. Use a three-letter ISO 4217 code such as KES or USD.',
  },
  currency_mismatch: { status: 400, message: 'Amounts in different currencies cannot be combined.' },
  invalid_decimal: {
    status: 400,
    message: 'Not a valid decimal amount. Write it like 1250.50 (a dot, no thousands separators).',
  },
});

/** Minor-unit exponent per currency (ISO 4217). Currencies not listed use 2. */
const EXPONENTS: Record<string, number> = {
  BHD: 3,
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  IQD: 3,
  ISK: 0,
  JOD: 3,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  PYG: 0,
  RWF: 0,
  TND: 3,
  UGX: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
};
const CURRENCY_RE = /^[A-Z]{3}$/;

export function minorUnitExponent(currency: string): number {
  assertCurrency(currency);
  return EXPONENTS[currency] ?? 2;
}

function assertCurrency(currency: string): void {
  if (!CURRENCY_RE.test(currency)) throw MoneyErrors.unknown_currency({ currency });
}

function assertAmount(amount: number): void {
  if (!Number.isSafeInteger(amount)) throw MoneyErrors.invalid_amount({ amount });
}

/** Builds a Money from minor units. */
export function money(amount: number, currency: string): Money {
  assertAmount(amount);
  assertCurrency(currency);
  return Object.freeze({ amount, currency });
}

/** Parses a decimal string ("1250.5", "-3.25") in the currency's major unit, exactly (no floats). */
export function fromDecimal(value: string, currency: string): Money {
  const exp = minorUnitExponent(currency);
  const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!match) throw MoneyErrors.invalid_decimal({ value });
  const [, sign, whole = '0', frac = ''] = match;
  if (frac.length > exp) throw MoneyErrors.invalid_decimal({ value, maxDecimals: exp });
  const minor = BigInt(whole) * 10n ** BigInt(exp) + BigInt(frac.padEnd(exp, '0') || '0');
  const signed = sign ? -minor : minor;
  if (signed > BigInt(Number.MAX_SAFE_INTEGER) || signed < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw MoneyErrors.invalid_amount({ value });
  }
  return money(Number(signed), currency);
}

/** The exact decimal string of an amount ("1250.50"). */
export function toDecimal(m: Money): string {
  const exp = minorUnitExponent(m.currency);
  const abs = Math.abs(m.amount)
    .toString()
    .padStart(exp + 1, '0');
  const whole = exp === 0 ? abs : abs.slice(0, -exp);
  const frac = exp === 0 ? '' : `.${abs.slice(-exp)}`;
  return `${m.amount < 0 ? '-' : ''}${whole}${frac}`;
}

function same(a: Money, b: Money): void {
  if (a.currency !== b.currency) throw MoneyErrors.currency_mismatch({ left: a.currency, right: b.currency });
}

export function add(a: Money, b: Money): Money {
  same(a, b);
  return money(a.amount + b.amount, a.currency);
}

export function subtract(a: Money, b: Money): Money {
  same(a, b);
  return money(a.amount - b.amount, a.currency);
}

/** Multiplies by a whole number (e.g. quantity). */
export function multiply(m: Money, times: number): Money {
  assertAmount(times);
  return money(m.amount * times, m.currency);
}

/**
 * Takes `numerator/denominator` of an amount (e.g. 16/100 for VAT), rounding half away from zero.
 * Integer arithmetic only.
 */
export function percentOf(m: Money, numerator: number, denominator = 100): Money {
  assertAmount(numerator);
  assertAmount(denominator);
  if (denominator <= 0) throw MoneyErrors.invalid_amount({ denominator });
  const product = BigInt(m.amount) * BigInt(numerator);
  const d = BigInt(denominator);
  const q = product / d;
  const r = product % d;
  const twice = (r < 0n ? -r : r) * 2n;
  const rounded = twice >= d ? q + (product < 0n ? -1n : 1n) : q;
  return money(Number(rounded), m.currency);
}

/**
 * Splits an amount by ratios without losing a single minor unit: the remainder goes, one unit at a
 * time, to the first shares. `allocate(KES 100.00, [1, 1, 1])` → 33.34, 33.33, 33.33.
 */
export function allocate(m: Money, ratios: readonly number[]): Money[] {
  if (ratios.length === 0 || ratios.some((r) => !Number.isSafeInteger(r) || r < 0)) {
    throw MoneyErrors.invalid_amount({ ratios });
  }
  const total = ratios.reduce((s, r) => s + r, 0);
  if (total === 0) throw MoneyErrors.invalid_amount({ ratios });
  const shares = ratios.map((r) => Number((BigInt(m.amount) * BigInt(r)) / BigInt(total)));
  let remainder = m.amount - shares.reduce((s, v) => s + v, 0);
  const step = remainder < 0 ? -1 : 1;
  for (let i = 0; remainder !== 0; i = (i + 1) % shares.length) {
    shares[i] = (shares[i] ?? 0) + step;
    remainder -= step;
  }
  return shares.map((amount) => money(amount, m.currency));
}

export function isZero(m: Money): boolean {
  return m.amount === 0;
}

export function compare(a: Money, b: Money): -1 | 0 | 1 {
  same(a, b);
  return a.amount === b.amount ? 0 : a.amount < b.amount ? -1 : 1;
}

/** Human formatting, e.g. `format(money(125050, 'KES'), 'en-KE')` → "Ksh 1,250.50". */
export function format(m: Money, locale = 'en-KE'): string {
  const exp = minorUnitExponent(m.currency);
  const formatter = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: m.currency,
    minimumFractionDigits: exp,
    maximumFractionDigits: exp,
  });
  // Intl accepts a decimal string exactly (no float rounding) on Node >= 20.
  return formatter.format(toDecimal(m) as unknown as number);
}
