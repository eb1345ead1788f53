import type { CallMetadata } from '../protocol/entities';
import type { CallFlow, CallStatus } from '../protocol/enums';
import type { Diagnostic } from '../state/DialerState';
import { createMemoryTransport } from '../transport/createMemoryTransport';
import { createDialerStore } from './createDialerStore';
import type { DialerStoreOptions, SelectionStorage, TrafficEntry } from './types';

/** Test-only: a store on a memory transport with the clock and timers of Vitest's fake timers. */
export function setup(
  overrides: { [K in keyof DialerStoreOptions]?: DialerStoreOptions[K] | undefined } = {},
) {
  const { transport, bus } = createMemoryTransport();
  const diagnostics: Diagnostic[] = [];
  const traffic: TrafficEntry[] = [];
  const defaults: DialerStoreOptions = {
    transport,
    appName: 'test-desk',
    release: '1.2.3',
    origin: 'https://desk.example',
    now: () => Date.now(),
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    onDiagnostic: (diagnostic) => diagnostics.push(diagnostic),
    onTraffic: (entry) => traffic.push(entry),
  };
  // An override set to `undefined` removes the default (to test what happens without it).
  const defined = Object.fromEntries(
    Object.entries({ ...defaults, ...overrides }).filter(([, value]) => value !== undefined),
  );
  const store = createDialerStore(defined as unknown as DialerStoreOptions);
  return { store, bus, diagnostics, traffic };
}

/** A user as REGISTER_FULFILLED restores it. */
export const USER = { id: 123456, email: 'jane.agent@example.com' };
/** A call id. */
export const CALL_UUID = 'CA0123456789abcdef0123456789abcdef';

/** Starts the store and answers its bring-up with a restored session; forgets what was sent. */
export function connect(harness: ReturnType<typeof setup>): void {
  harness.store.start();
  harness.bus.push({ type: 'BUS.REGISTER_FULFILLED', payload: { user: USER } });
  harness.bus.push({ type: 'BUS.INIT_FULFILLED' });
  harness.bus.push({
    type: 'USER.LINES_CHANGED',
    payload: { lines: [{ id: 1, number: '+33 1 00 00 00 00', normalized: '+33100000000' }] },
  });
  harness.bus.take();
}

/** `DIALER.CALL_STATUS`. */
export function callStatus(status: CallStatus, flow?: CallFlow) {
  return { type: 'DIALER.CALL_STATUS', payload: flow === undefined ? { status } : { status, flow } };
}

/** `DIALER.SYNC` of a regular call with an external party on leg `leg-1`. */
export function sync(metadata: Partial<CallMetadata> = {}) {
  return {
    type: 'DIALER.SYNC',
    payload: {
      metadata: {
        callUuid: CALL_UUID,
        canControlRecording: true,
        activeParticipant: {
          legId: 'leg-1',
          isHeld: false,
          state: 'answering',
          external: { phoneNumber: '+14155550199' },
        },
        ...metadata,
      },
    },
  };
}

/** An in-memory `sessionStorage`. */
export function memoryStorage(): SelectionStorage & { readonly items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, value);
    },
    removeItem: (key) => {
      items.delete(key);
    },
  };
}
