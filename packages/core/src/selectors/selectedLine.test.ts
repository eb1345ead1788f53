import { describe, expect, it } from 'vitest';
import type { Line } from '../protocol/entities';
import { lineNumber, selectedLine } from './selectedLine';

const SALES: Line = { id: 1, name: 'Sales US', number: '+1 415-555-0123', normalized: '+14155550123' };
const SUPPORT: Line = { id: 2, name: 'Support UK', number: '+44 20 7183 8750', normalized: '+442071838750' };
const NO_NUMBER: Line = { id: 3, name: 'Broken' };

describe('selectedLine', () => {
  it('is the picked line while the bus lists it', () => {
    expect(selectedLine([SALES, SUPPORT], 2)).toBe(SUPPORT);
  });

  it('is the first line when nothing is picked or the picked line went away', () => {
    expect(selectedLine([SALES, SUPPORT], undefined)).toBe(SALES);
    expect(selectedLine([SALES, SUPPORT], 99)).toBe(SALES);
  });

  it('never picks a line without a number to call from', () => {
    expect(selectedLine([NO_NUMBER, SUPPORT], 3)).toBe(SUPPORT);
    expect(selectedLine([NO_NUMBER], undefined)).toBeUndefined();
  });

  it('is none without lines', () => {
    expect(selectedLine([], 1)).toBeUndefined();
  });
});

describe('lineNumber', () => {
  it('is the E.164 number, else the number as sent, else none', () => {
    expect(lineNumber(SALES)).toBe('+14155550123');
    expect(lineNumber({ id: 4, number: '+1 415-555-0199' })).toBe('+1 415-555-0199');
    expect(lineNumber({ id: 5, number: '', normalized: '' })).toBeUndefined();
    expect(lineNumber(NO_NUMBER)).toBeUndefined();
  });
});
