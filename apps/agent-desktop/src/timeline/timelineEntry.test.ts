import type { Diagnostic } from '@dialer-kit/core';
import { describe, expect, it } from 'vitest';
import {
  formatTime,
  fromDiagnostic,
  fromTraffic,
  isoTime,
  messageType,
  TYPE_LIMIT,
  verdict,
} from './timelineEntry';

const AT = new Date(2024, 4, 29, 9, 5, 7, 42).getTime();

describe('messageType', () => {
  it.each([
    [{ type: 'DIALER.SYNC' }, 'DIALER.SYNC'],
    [{ type: 7 }, '(no type)'],
    [{ payload: {} }, '(no type)'],
    ['DIALER.SYNC', '(no type)'],
    [null, '(no type)'],
  ])('of %j is %s', (message, type) => {
    expect(messageType(message)).toBe(type);
  });
});

describe('a huge message type', () => {
  it('is cut to the type limit', () => {
    const type = messageType({ type: 'X'.repeat(100_000) });
    expect(type).toBe(`${'X'.repeat(TYPE_LIMIT)}…`);
  });
});

describe('isoTime', () => {
  it('spells a valid time', () => {
    expect(isoTime(0)).toBe('1970-01-01T00:00:00.000Z');
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, 1e20])('gives nothing for %s instead of throwing', (at) => {
    expect(isoTime(at)).toBeUndefined();
  });
});

describe('formatTime', () => {
  it('shows local time with milliseconds, zero-padded', () => {
    expect(formatTime(AT)).toBe('09:05:07.042');
  });
});

describe('a message entry', () => {
  it('keeps direction, type and message of an outbound message, with no verdict', () => {
    const message = { type: 'DIALER.DIAL', payload: { to: '+14155550199' } };
    const entry = fromTraffic({ direction: 'out', at: AT, message }, 3);
    expect(entry).toMatchObject({ id: 3, kind: 'message', direction: 'out', type: 'DIALER.DIAL', message });
    expect(verdict(entry)).toBeUndefined();
  });

  it('says accepted for an accepted inbound message', () => {
    const entry = fromTraffic(
      { direction: 'in', at: AT, message: { type: 'DIALER.SYNC' }, accepted: true },
      1,
    );
    expect(verdict(entry)).toBe('accepted');
  });

  it('says rejected with the error for a rejected one', () => {
    const entry = fromTraffic(
      { direction: 'in', at: AT, message: { type: 'X' }, accepted: false, error: 'unknown type' },
      1,
    );
    expect(verdict(entry)).toBe('rejected: unknown type');
  });
});

describe('a diagnostic entry', () => {
  it('is typed by its code and has no verdict', () => {
    const diagnostic: Diagnostic = { seq: 1, at: AT, code: 'invalid-message', message: 'bad status' };
    const entry = fromDiagnostic(diagnostic, 9);
    expect(entry).toMatchObject({ id: 9, kind: 'diagnostic', type: 'diagnostic:invalid-message', at: AT });
    expect(verdict(entry)).toBeUndefined();
  });
});
