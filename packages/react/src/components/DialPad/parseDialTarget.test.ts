import { describe, expect, it } from 'vitest';
import { parseDialTarget } from './parseDialTarget';

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

  it.each([
    ['a number without the plus', '4155550199'],
    ['a leading zero country code', '+04155550199'],
    ['more than 15 digits', '+1234567890123456'],
    ['letters', '+1415CALLNOW'],
    ['a client id that is not a number', 'client:bob'],
    ['keypad symbols', '+1415*55#'],
  ])('refuses %s', (_label, input) => {
    expect(parseDialTarget(input)).toEqual({ ok: false, reason: 'invalid' });
  });
});
