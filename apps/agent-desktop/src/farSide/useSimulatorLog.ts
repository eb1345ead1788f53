import type { SimulatedBus, SimulatorLogEntry } from '@dialer-kit/simulator';
import { useEffect, useState } from 'react';

/** The newest `limit` lines of the simulator's own log (refusals, faults, scenarios), newest first. */
export function useSimulatorLog(bus: SimulatedBus, limit = 8): readonly SimulatorLogEntry[] {
  const [entries, setEntries] = useState<readonly SimulatorLogEntry[]>([]);
  useEffect(
    () => bus.onLog((entry) => setEntries((previous) => [entry, ...previous].slice(0, limit))),
    [bus, limit],
  );
  return entries;
}
