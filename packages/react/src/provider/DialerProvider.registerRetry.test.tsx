import { createScriptedBus, renderWithDialer } from '@dialer-kit/testing';
import { act } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { simulatedTime } from '../../test/simulatedTime';
import { Status } from './providerProbes';

simulatedTime();

/** A bus that never answers REGISTER, as one still busy or one whose page is not listening yet. */
function silentBus() {
  const bus = createScriptedBus({ act });
  bus.answer('BUS.REGISTER', () => undefined);
  return bus;
}

const advance = (ms: number) => act(() => void vi.advanceTimersByTime(ms));

describe('DialerProvider registerRetryMs', () => {
  it('sends an unanswered REGISTER again after 500 ms by default', async () => {
    const { bus } = await renderWithDialer(<Status />, { bus: silentBus() });
    expect(bus.sent('BUS.REGISTER')).toHaveLength(1);
    await advance(499);
    expect(bus.sent('BUS.REGISTER')).toHaveLength(1);
    await advance(1);
    expect(bus.sent('BUS.REGISTER')).toHaveLength(2);
  });

  it('waits the given time before sending it again, for a bus known to answer slowly', async () => {
    const { bus } = await renderWithDialer(<Status />, {
      bus: silentBus(),
      provider: { registerRetryMs: 4_000 },
    });
    await advance(3_999);
    expect(bus.sent('BUS.REGISTER')).toHaveLength(1);
    await advance(1);
    expect(bus.sent('BUS.REGISTER')).toHaveLength(2);
    expect(bus.sent('BUS.INIT')).toHaveLength(0);
  });
});
