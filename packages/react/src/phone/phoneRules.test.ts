import { describe, expect, it } from 'vitest';
import { phoneRules } from './phoneRules';

const { countryOf, readNumber, formatNumber } = phoneRules;

describe('phoneRules', () => {
  it.each([
    ['+442071838750', 'GB'],
    ['+14155550100', 'US'],
    ['+33123456789', 'FR'],
    ['+61412345678', 'AU'],
  ])('finds the country of the line %s: %s', (number, country) => {
    expect(countryOf(number)).toBe(country);
  });

  it('finds no country for a number that has none', () => {
    expect(countryOf('+999123')).toBeUndefined();
    expect(countryOf('02071838750')).toBeUndefined();
  });

  it.each([
    ['a London number on a GB line', '02071838750', 'GB', '+442071838750'],
    ['a San Francisco number on a US line', '4155550100', 'US', '+14155550100'],
    ['a Paris number on a FR line', '0123456789', 'FR', '+33123456789'],
    ['an international number on any line', '+61412345678', 'GB', '+61412345678'],
    ['an international number without a line', '+14155550100', undefined, '+14155550100'],
  ])('reads %s in E.164', (_label, digits, country, e164) => {
    expect(readNumber(digits, country)).toEqual({ ok: true, value: e164 });
  });

  it.each([
    ['a national number without a country', '02071838750', undefined, 'needs-country'],
    ['too few digits', '0207', 'GB', 'too-short'],
    ['too many digits', '020718387501234', 'GB', 'too-long'],
    ['too many digits, international', '+4420718387501234', undefined, 'too-long'],
    ['a calling code no country has', '+999123', 'GB', 'unknown-country'],
    ['a US number typed without +1 on a GB line', '4155550100', 'GB', 'not-in-country'],
  ])('refuses %s', (_label, digits, country, reason) => {
    expect(readNumber(digits, country)).toMatchObject({ ok: false, reason });
  });

  it('names the country a number is not one of', () => {
    expect(readNumber('4155550100', 'GB')).toEqual({ ok: false, reason: 'not-in-country', country: 'GB' });
  });

  it.each([
    ['+442071838750', '+44 20 7183 8750'],
    ['+14155550100', '+1 415 555 0100'],
    ['+33123456789', '+33 1 23 45 67 89'],
    ['+1 415-555-0100', '+1 415 555 0100'],
  ])('shows %s as %s', (number, shown) => {
    expect(formatNumber(number)).toBe(shown);
  });

  it.each([['client:12'], ['anonymous'], ['+999123'], ['911'], ['']])('shows %j as it is', (text) => {
    expect(formatNumber(text)).toBe(text);
  });

  it('shows each number the same however many numbers it has shown (formatted numbers are kept, boundedly)', () => {
    const numbers = Array.from({ length: 450 }, (_, i) => `+1415555${String(i).padStart(4, '0')}`);
    const first = numbers.map((number) => formatNumber(number));
    expect(first[7]).toBe('+1 415 555 0007');
    // Past the bound the oldest were forgotten: formatted again, they read the same.
    expect(numbers.map((number) => formatNumber(number))).toEqual(first);
    expect(formatNumber('+999123')).toBe('+999123');
    expect(formatNumber('+442071838750')).toBe('+44 20 7183 8750');
  });
});
