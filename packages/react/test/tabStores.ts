import { type BusConnection, createSharedDialerStore, type DialerStore } from '@dialer-kit/core';
import type { MemoryTabs } from '@dialer-kit/core/testing';

// Tabs of one origin sharing one bus, as the tests and stories of the components that show it open them.

/** A new tab of `memory`: its store, started, sharing the bus that `connect` opens in the owner tab. */
export function openTabStore(
  memory: MemoryTabs,
  connect: () => BusConnection,
  appName = 'test',
): DialerStore {
  const tab = memory.tab();
  const store = createSharedDialerStore({
    appName,
    release: '0.0.0',
    connect,
    locks: tab.locks,
    channel: tab.channel,
  });
  store.start();
  return store;
}
