/**
 * What a log entry is about: `received` a valid command, `refused` a malformed or out-of-place one (the kit
 * gets nothing back), `scenario` a far-side action, `fault` an injected fault, `suppressed` an event not
 * emitted because no INIT is active, `warning` a protocol misuse the bus tolerates.
 */
export type SimulatorLogKind = 'received' | 'refused' | 'scenario' | 'fault' | 'suppressed' | 'warning';

/** One entry of the simulator's own log, for developers (never sent to the kit). */
export interface SimulatorLogEntry {
  readonly seq: number;
  /** Simulator clock time, ms. */
  readonly at: number;
  readonly kind: SimulatorLogKind;
  readonly message: string;
  /** The command or event type concerned, when there is one. */
  readonly messageType?: string;
}

/** The simulator's log: an in-memory list plus listeners. */
export interface SimulatorLog {
  readonly entries: readonly SimulatorLogEntry[];
  add(kind: SimulatorLogKind, message: string, messageType?: string): void;
  subscribe(listener: (entry: SimulatorLogEntry) => void): () => void;
}

/** Entries kept; older ones are dropped so a long demo session does not grow without bound. */
const MAX_ENTRIES = 1000;

/** Creates a {@link SimulatorLog} stamped by `now`. */
export function createSimulatorLog(now: () => number): SimulatorLog {
  const entries: SimulatorLogEntry[] = [];
  const listeners = new Set<(entry: SimulatorLogEntry) => void>();
  let seq = 0;
  return {
    entries,
    add(kind, message, messageType) {
      const entry: SimulatorLogEntry = {
        seq: ++seq,
        at: now(),
        kind,
        message,
        ...(messageType === undefined ? {} : { messageType }),
      };
      entries.push(entry);
      if (entries.length > MAX_ENTRIES) entries.splice(0, entries.length - MAX_ENTRIES);
      for (const listener of listeners) listener(entry);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
