import { describe, expect, it } from 'vitest';
import { createInitialState } from './createInitialState';
import { checkInvariants } from './invariants';

describe('createInitialState', () => {
  it('starts connecting and idle, with the default timeouts', () => {
    const state = createInitialState();
    expect(state).toMatchObject({
      connection: 'connecting',
      call: { status: 'idle', flow: undefined },
      config: { commandTimeoutMs: 10_000, requestTimeoutMs: 10_000, swapConfirmMs: 3_000 },
      diagnostics: { items: [], total: 0, limit: 100 },
    });
    expect(checkInvariants(state)).toEqual([]);
  });

  it('takes the given options', () => {
    const state = createInitialState({
      commandTimeoutMs: 1,
      requestTimeoutMs: 2,
      swapConfirmMs: 3,
      registerRetryMs: 5,
      diagnosticsLimit: 4,
    });
    expect(state.config).toEqual({
      commandTimeoutMs: 1,
      requestTimeoutMs: 2,
      swapConfirmMs: 3,
      registerRetryMs: 5,
    });
    expect(state.diagnostics.limit).toBe(4);
  });
});
