// @dialer-kit/core/testing: tools for tests of the kit and of apps built on it, kept out of the main entry
// (and so out of app bundles). `createMemoryTransport` is a bus in memory to push events into and read the
// commands sent from; `checkInvariants` lists the rules a dialer state breaks; `createMemoryTabs` gives
// tabs in memory (Web Locks and channels) to test a store shared by several tabs.

export { checkInvariants } from '../state/invariants';
export type { MemoryTab, MemoryTabs } from '../tabs/createMemoryTabs';
export { createMemoryTabs } from '../tabs/createMemoryTabs';
export type { MemoryBus, MemoryTransport, MemoryTransportOptions } from '../transport/createMemoryTransport';
export { createMemoryTransport } from '../transport/createMemoryTransport';
