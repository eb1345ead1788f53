import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reduceDialer } from '../reduceDialer';
import { createMemoryTransport } from '../transport/createMemoryTransport';
import { connect, setup } from './storeHarness.test-helper';

vi.mock('../reduceDialer', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../reduceDialer')>();
  return { reduceDialer: vi.fn(actual.reduceDialer) };
});

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('when the reducer throws on a message', () => {
  it('does not throw out of the transport listener and records a diagnostic', () => {
    const harness = setup();
    connect(harness);
    vi.mocked(reduceDialer).mockImplementationOnce(() => {
      throw new Error('boom');
    });
    expect(() => harness.bus.push({ type: 'BUS.INIT_FULFILLED' })).not.toThrow();
    expect(harness.diagnostics.at(-1)).toMatchObject({ code: 'invalid-message' });
    expect(harness.diagnostics.at(-1)?.message).toContain('boom');
    expect(harness.store.getState().connection).toBe('ready');
  });

  it('still reports the failure when even the diagnostic cannot be reduced', () => {
    const harness = setup();
    connect(harness);
    vi.mocked(reduceDialer).mockImplementation(() => {
      throw new Error('broken');
    });
    try {
      expect(() => harness.bus.push({ type: 'BUS.INIT_FULFILLED' })).not.toThrow();
    } finally {
      vi.mocked(reduceDialer).mockReset();
    }
    expect(harness.diagnostics.at(-1)).toMatchObject({ seq: -1, code: 'invalid-message' });
  });
});

describe('when the transport fails to send', () => {
  it('refuses instead of throwing, and what was recorded as sent times out', () => {
    const { transport, bus } = createMemoryTransport();
    const failing = {
      ...transport,
      send: (message: unknown) => {
        if ((message as { type: string }).type === 'DIALER.DIAL') throw new Error('frame gone');
        transport.send(message);
      },
    };
    const harness = { ...setup({ transport: failing, commandTimeoutMs: 1_000 }), bus };
    connect(harness);
    expect(harness.store.actions.dial('+14155550199')).toEqual({ ok: false, reason: 'not-allowed' });
    expect(harness.diagnostics.at(-1)?.message).toContain('frame gone');
    vi.advanceTimersByTime(1_000);
    expect(harness.store.getState().pending).toBeUndefined();
  });
});
