import { describe, expect, it } from 'vitest';
import { CIRCULAR, safeJson } from './safeJson';

describe('safeJson', () => {
  it('writes plain values as pretty JSON', () => {
    expect(safeJson({ type: 'DIALER.SYNC', payload: [1, 'a'] })).toBe(
      JSON.stringify({ type: 'DIALER.SYNC', payload: [1, 'a'] }, null, 2),
    );
  });

  it('writes a bigint as its digits instead of throwing', () => {
    expect(JSON.parse(safeJson({ type: 'X', payload: { id: 12345678901234567890n } }))).toEqual({
      type: 'X',
      payload: { id: '12345678901234567890' },
    });
  });

  it('marks a cycle instead of throwing', () => {
    const message: Record<string, unknown> = { type: 'X', list: [] };
    message.self = message;
    (message.list as unknown[]).push(message);
    expect(JSON.parse(safeJson(message))).toEqual({ type: 'X', list: [CIRCULAR], self: CIRCULAR });
  });

  it('writes an object seen twice but not inside itself both times', () => {
    const shared = { n: 1 };
    expect(JSON.parse(safeJson({ a: shared, b: [shared, shared] }))).toEqual({
      a: { n: 1 },
      b: [{ n: 1 }, { n: 1 }],
    });
  });

  it('falls back to String for what JSON cannot write at all', () => {
    expect(safeJson(undefined)).toBe('undefined');
    const hostile = {
      toJSON() {
        throw new Error('no');
      },
      toString: () => 'hostile',
    };
    expect(safeJson(hostile)).toBe('hostile');
  });

  it('never throws, even when String throws too', () => {
    const hostile = {
      toJSON() {
        throw new Error('no');
      },
      toString() {
        throw new Error('no');
      },
    };
    expect(safeJson(hostile)).toBe('[unprintable]');
  });
});
