import { describe, expect, it } from 'vitest';
import { parseDialTarget } from './parseDialTarget';
import { phoneRules } from './phoneRules';

describe('parseDialTarget', () => {
  it('accepts an E.164 number as typed', () => {
    expect(parseDialTarget('+14155550199')).toEqual({ ok: true, value: '+14155550199' });
  });

  it('drops spaces, dashes, dots and brackets', () => {
    expect(parseDialTarget(' +1 (415) 555-01.99 ')).toEqual({ ok: true, value: '+14155550199' });
  });

  it('accepts a teammate address', () => {
    expect(parseDialTarget('client:42')).toEqual({ ok: true, value: 'client:42' });
  });

  it('reports empty input as empty', () => {
    expect(parseDialTarget('   ')).toEqual({ ok: false, reason: 'empty' });
  });

  it('refuses a national number while it has no rules to read it with', () => {
    expect(parseDialTarget('415 555 0199')).toEqual({ ok: false, reason: 'needs-country' });
    expect(parseDialTarget('415 555 0199', { rules: undefined, country: 'US' })).toEqual({
      ok: false,
      reason: 'needs-country',
    });
  });

  it('reads a national number with the rules and the line country, in E.164', () => {
    expect(parseDialTarget('(415) 555-0199', { rules: phoneRules, country: 'US' })).toEqual({
      ok: true,
      value: '+14155550199',
    });
    expect(parseDialTarget('020 7183 8750', { rules: phoneRules, country: 'GB' })).toEqual({
      ok: true,
      value: '+442071838750',
    });
  });

  it('keeps teammates and refuses letters whatever the rules', () => {
    const phone = { rules: phoneRules, country: 'GB' };
    expect(parseDialTarget('client:42', phone)).toEqual({ ok: true, value: 'client:42' });
    expect(parseDialTarget('+44 20 CALL NOW', phone)).toEqual({ ok: false, reason: 'invalid' });
  });

  it.each([
    ['a leading zero country code', '+04155550199'],
    ['more than 15 digits', '+1234567890123456'],
    ['letters', '+1415CALLNOW'],
    ['a client id that is not a number', 'client:bob'],
    ['keypad symbols', '+1415*55#'],
  ])('refuses %s', (_label, input) => {
    expect(parseDialTarget(input)).toEqual({ ok: false, reason: 'invalid' });
  });
});
