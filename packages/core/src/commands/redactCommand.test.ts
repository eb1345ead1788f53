import { describe, expect, it } from 'vitest';
import { redactInbound } from './redactCommand';

describe('redactInbound', () => {
  it('returns a message without secrets as it is', () => {
    const message = { type: 'DIALER.SYNC', payload: { metadata: { callUuid: 'CA1' }, list: [1, 2] } };
    expect(redactInbound(message)).toBe(message);
  });

  it('hides a secret object shared by two fields in both places', () => {
    const credentials = { idToken: 'id-1' };
    const shown = redactInbound({ payload: { a: { credentials }, b: { session: credentials } } });
    expect(shown).toEqual({ payload: { a: { credentials: '***' }, b: { session: { idToken: '***' } } } });
  });

  it('ends on a cyclic message', () => {
    const payload: Record<string, unknown> = { refreshToken: 'r-1' };
    payload.self = payload;
    expect(JSON.stringify(redactInbound({ payload }))).not.toContain('r-1');
  });

  it('leaves the original message untouched', () => {
    const message = { payload: { idToken: 'id-1' } };
    redactInbound(message);
    expect(message.payload.idToken).toBe('id-1');
  });
});
