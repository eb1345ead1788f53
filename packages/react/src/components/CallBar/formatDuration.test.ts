import { describe, expect, it } from 'vitest';
import { formatDuration, isoDuration } from './formatDuration';

describe('formatDuration', () => {
  it.each([
    [0, '0:00'],
    [999, '0:00'],
    [65_000, '1:05'],
    [3_599_000, '59:59'],
    [3_600_000, '1:00:00'],
    [3_725_000, '1:02:05'],
    [-5_000, '0:00'],
  ])('shows %i ms as %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it('gives whole seconds as an ISO duration', () => {
    expect(isoDuration(65_400)).toBe('PT65S');
  });
});
