import type { DialerStoreOptions } from '../store/types';
import type { BusTransport } from '../transport/BusTransport';
import type { TabChannelFactory, TabLocks } from './tabChannel';

/** The bus as the owner tab opens it: its transport, and how to close it (remove the iframe) on leaving. */
export interface BusConnection {
  readonly transport: BusTransport;
  close?(): void;
}

/** Options of `createSharedDialerStore`: the store's, with `connect` instead of a transport. */
export interface SharedDialerStoreOptions extends Omit<DialerStoreOptions, 'transport'> {
  /** Opens the bus (its iframe and transport). Called only in the owner tab, each time it becomes owner. */
  readonly connect: () => BusConnection;
  /** The tabs sharing one bus: those with the same name (default `dialer-kit`) of one origin. */
  readonly tabName?: string;
  /** Web Locks for the election (default `navigator.locks`); `null`: heartbeats over the channel elect. */
  readonly locks?: TabLocks | null;
  /** Opens the channel among tabs (default `BroadcastChannel`). */
  readonly channel?: TabChannelFactory;
}
