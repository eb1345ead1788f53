import { expect, vi } from 'vitest';
import { CALL_UUID, callStatus, sync, USER } from '../store/storeHarness.test-helper';
import type { DialerStore } from '../store/types';
import { createMemoryTransport, type MemoryBus } from '../transport/createMemoryTransport';
import { createMemoryTabs, type MemoryTab } from './createMemoryTabs';
import { createSharedDialerStore } from './createSharedDialerStore';

const LINES = [{ id: 1, number: '+33 1 00 00 00 00', normalized: '+33100000000' }];
export const OFFER = {
  type: 'DIALER.INCOMING',
  payload: { type: 'external', callUuid: CALL_UUID, from: '+14155550199', to: '+33100000000' },
};

export interface Tab {
  readonly store: DialerStore;
  readonly memory: MemoryTab;
}

/**
 * Tabs of one origin sharing a bus. Each `connect` (only an owner calls it) opens a new memory bus that
 * answers the bring-up with a restored session and, when `callOnInit`, announces the call in progress
 * after INIT, as a bus keeping its calls across frames does.
 */
function harness(options: { readonly locks?: 'web-locks' | 'heartbeats' } = {}) {
  const memory = createMemoryTabs();
  const buses: MemoryBus[] = [];
  const closed: MemoryBus[] = [];
  const stores: DialerStore[] = [];
  let callOnInit = false;

  const connect = () => {
    const { transport, bus } = createMemoryTransport();
    buses.push(bus);
    const answer = (message: unknown): void => {
      const { type } = message as { type: string };
      if (type === 'BUS.REGISTER') bus.push({ type: 'BUS.REGISTER_FULFILLED', payload: { user: USER } });
      if (type === 'BUS.INIT') {
        bus.push({ type: 'BUS.INIT_FULFILLED' });
        bus.push({ type: 'USER.LINES_CHANGED', payload: { lines: LINES } });
        if (callOnInit) {
          bus.push(callStatus('connected'));
          bus.push(sync());
        }
      }
      if (type === 'API.UPDATE_AVAILABILITY') {
        bus.push({ type: 'API.UPDATE_AVAILABILITY_FULFILLED', payload: {} });
      }
    };
    return {
      transport: {
        ...transport,
        send(message: unknown) {
          transport.send(message);
          queueMicrotask(() => answer(message));
        },
      },
      close: () => closed.push(bus),
    };
  };

  const open = (): Tab => {
    const tab = memory.tab();
    const store = createSharedDialerStore({
      appName: 'desk',
      release: '1.0.0',
      origin: 'https://desk.example',
      connect,
      locks: options.locks === 'heartbeats' ? null : tab.locks,
      channel: tab.channel,
    });
    stores.push(store);
    store.start();
    return { store, memory: tab };
  };

  return {
    open,
    buses,
    closed,
    memory,
    announceCallOnInit: () => {
      callOnInit = true;
    },
    /** Every message type the buses received, all tabs together. */
    sentTypes: () => buses.flatMap((bus) => bus.sentTypes()),
    count: (type: string) => buses.flatMap((bus) => bus.sentTypes()).filter((t) => t === type).length,
    disposeAll: () => {
      for (const store of stores) store.dispose();
    },
  };
}

export const roles = (tabs: readonly Tab[]) => tabs.map((tab) => tab.store.tab?.role());
export const owner = (tabs: readonly Tab[]) => tabs.find((tab) => tab.store.tab?.role() === 'owner');
export const eventually = (check: () => void) => vi.waitFor(check, { timeout: 2_000, interval: 5 });

let current: ReturnType<typeof harness> | undefined;

/** Test-only: disposes the tabs of the last `readyTabs` (call it after each test). */
export function disposeTabs(): void {
  current?.disposeAll();
  current = undefined;
  vi.useRealTimers();
}

/** Test-only: `count` tabs of a fresh harness, once every one is ready with its line. */
export async function readyTabs(count: number, options?: Parameters<typeof harness>[0]) {
  current = harness(options);
  const h = current;
  const tabs = Array.from({ length: count }, () => h.open());
  await eventually(() => {
    for (const tab of tabs) expect(tab.store.getState().connection).toBe('ready');
    for (const tab of tabs) expect(tab.store.getState().lines).toHaveLength(1);
  });
  return { h, tabs };
}
