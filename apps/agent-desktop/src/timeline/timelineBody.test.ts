import { describe, expect, it } from 'vitest';
import { timelineBody } from './timelineBody';
import { fromDiagnostic, fromTraffic } from './timelineEntry';

const inbound = (message: unknown) => fromTraffic({ direction: 'in', at: 0, message, accepted: false }, 1);

describe('timelineBody', () => {
  it('shows a message carrying a bigint', () => {
    expect(JSON.parse(timelineBody(inbound({ type: 'X', n: 10n })))).toEqual({ type: 'X', n: '10' });
  });

  it('shows a circular message', () => {
    const message: Record<string, unknown> = { type: 'X' };
    message.self = message;
    expect(JSON.parse(timelineBody(inbound(message)))).toEqual({ type: 'X', self: '[Circular]' });
  });

  it('shows a diagnostic itself', () => {
    const diagnostic = { seq: 1, at: 0, code: 'invalid-message', message: 'bad' } as const;
    expect(JSON.parse(timelineBody(fromDiagnostic(diagnostic, 1)))).toEqual(diagnostic);
  });

  it('cuts a huge payload and says how much is left out', () => {
    const body = timelineBody(inbound({ type: 'X', blob: 'a'.repeat(100) }), 40);
    expect(body.startsWith(JSON.stringify({ type: 'X', blob: 'a'.repeat(100) }, null, 2).slice(0, 40))).toBe(
      true,
    );
    expect(body).toMatch(/cut: \d+ more characters/);
    expect(body.length).toBeLessThan(40 + 80);
  });

  it('keeps a body within the limit whole', () => {
    expect(timelineBody(inbound({ type: 'X' }), 1000)).toBe(JSON.stringify({ type: 'X' }, null, 2));
  });
});
