import { describe, expect, it } from 'vitest';
import { createInitialState } from '../state/createInitialState';
import { after } from './testing';

describe('kit diagnostics', () => {
  it('records a refused command', () => {
    const state = after([
      { type: 'kit/commandRefused', payload: { commandType: 'DIALER.DIAL', reason: 'mandatory-tagging' } },
    ]);
    expect(state.diagnostics.items).toEqual([
      {
        seq: 1,
        at: 1_000,
        code: 'command-refused',
        message: 'DIALER.DIAL refused: mandatory-tagging',
        messageType: 'DIALER.DIAL',
      },
    ]);
  });

  it('records a rejected message by its parse error code', () => {
    const state = after([
      {
        type: 'kit/messageRejected',
        payload: { error: { code: 'unknown-type', path: '', message: 'unknown', messageType: 'X.Y' } },
      },
      {
        type: 'kit/messageRejected',
        payload: {
          error: {
            code: 'invalid-payload',
            path: 'payload.status',
            message: 'bad status',
            messageType: 'DIALER.CALL_STATUS',
          },
        },
      },
    ]);
    expect(
      state.diagnostics.items.map(({ code, path, messageType }) => ({ code, path, messageType })),
    ).toEqual([
      { code: 'unknown-type', path: undefined, messageType: 'X.Y' },
      { code: 'invalid-message', path: 'payload.status', messageType: 'DIALER.CALL_STATUS' },
    ]);
  });

  it('records a dropped message', () => {
    const state = after([
      { type: 'kit/messageDropped', payload: { reason: 'foreign-source', origin: 'https://x.example' } },
    ]);
    expect(state.diagnostics.items[0]?.code).toBe('message-dropped');
  });

  it('keeps only the newest diagnostics, numbered by total', () => {
    const dropped = {
      type: 'kit/messageDropped',
      payload: { reason: 'foreign-origin', origin: 'o' },
    } as const;
    const state = after(
      [dropped, dropped, dropped, dropped, dropped],
      createInitialState({ diagnosticsLimit: 3 }),
    );
    expect(state.diagnostics.total).toBe(5);
    expect(state.diagnostics.items.map((item) => item.seq)).toEqual([3, 4, 5]);
  });
});
