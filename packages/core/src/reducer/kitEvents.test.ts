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

  describe('the ring of diagnostics', () => {
    const rejected = (path: string) =>
      ({
        type: 'kit/messageRejected',
        payload: { error: { code: 'invalid-payload', path, message: 'bad' } },
      }) as const;
    const events = ['a', 'b', 'c', 'd', 'e'].map(rejected);

    it('keeps the newest `limit` items, in order, frozen, and counts them all', () => {
      const state = after(events, createInitialState({ diagnosticsLimit: 3 }));
      expect(state.diagnostics.total).toBe(5);
      expect(state.diagnostics.items.map((item) => [item.seq, item.path])).toEqual([
        [3, 'c'],
        [4, 'd'],
        [5, 'e'],
      ]);
      expect(Object.isFrozen(state.diagnostics.items)).toBe(true);
      expect(state.diagnostics.items.every((item) => Object.isFrozen(item))).toBe(true);
    });

    it('keeps nothing with a limit of 0, but still counts', () => {
      const state = after(events, createInitialState({ diagnosticsLimit: 0 }));
      expect(state.diagnostics.items).toEqual([]);
      expect(state.diagnostics.total).toBe(5);
    });

    it('leaves the previous state as it was', () => {
      const before = after(events.slice(0, 3), createInitialState({ diagnosticsLimit: 3 }));
      const seqs = before.diagnostics.items.map((item) => item.seq);
      after(events.slice(3), before);
      expect(before.diagnostics.items.map((item) => item.seq)).toEqual(seqs);
    });
  });
});
