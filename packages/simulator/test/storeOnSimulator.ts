import { createDialerStore, type DialerStore } from '@dialer-kit/core';
import {
  createManualClock,
  createSimulatedBus,
  type SimulatedBus,
  type SimulatedBusOptions,
} from '../src/index';

// The kit's own store on the simulator, for the tests that check the two agree.

/** The kit's own store wired to the simulator (a restored session), both on one manual clock, connected. */
export function storeOnSimulator(
  options: SimulatedBusOptions = {},
  appName = 'simulator-tests',
): { bus: SimulatedBus; store: DialerStore } {
  const clock = createManualClock(1_717_000_000_000);
  const bus = createSimulatedBus({ session: 'restored', ...options, clock });
  const store = createDialerStore({
    transport: bus.transport,
    appName,
    release: '0.0.0',
    origin: 'https://app.example.com',
    now: () => clock.now(),
    setTimeout: (fn, ms) => clock.schedule(ms, fn),
    clearTimeout: (cancel) => (cancel as () => void)(),
  });
  store.start();
  bus.advance(1_000);
  return { bus, store };
}
