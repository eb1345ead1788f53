import type { SimulatedBus } from '@dialer-kit/simulator';
import { useCallback, useSyncExternalStore } from 'react';

/** The simulated bus's call status and flow in a few words ("connected (regular)"), kept up to date. */
export function useBusSummary(bus: SimulatedBus): string {
  const subscribe = useCallback((notify: () => void) => bus.onChange(notify), [bus]);
  // A string, not the snapshot object: getSnapshot must return the same value while nothing changed.
  return useSyncExternalStore(subscribe, () => {
    const snapshot = bus.getSnapshot();
    const flow = snapshot.call?.flow;
    return flow === undefined ? snapshot.status : `${snapshot.status} (${flow})`;
  });
}
