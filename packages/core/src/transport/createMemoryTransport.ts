import type { BusTransport } from './BusTransport';

type DropListener = (reason: 'foreign-origin' | 'foreign-source', origin: string) => void;

/** The bus side of a memory transport: push what the bus says, read what the kit sent. */
export interface MemoryBus {
  /** Delivers one inbound message to every kit listener, synchronously. */
  push(message: unknown): void;
  /** Signals that the bus restarted (like the bus iframe reloading). */
  reset(): void;
  /** Reports a message the transport dropped (foreign origin or frame). */
  drop(reason: 'foreign-origin' | 'foreign-source', origin: string): void;
  /** Every message the kit sent, oldest first (copies with `clone`, like `postMessage`). */
  readonly sent: readonly unknown[];
  /** The `type` of every sent message, oldest first. */
  sentTypes(): string[];
  /** Returns and forgets the messages sent so far. */
  take(): unknown[];
  /** How many kit listeners are subscribed (messages, resets and drops). */
  listenerCount(): number;
}

/** Options of {@link createMemoryTransport}. */
export interface MemoryTransportOptions {
  /**
   * Copies every message with `structuredClone`, both ways, so that one `postMessage` could not carry (a
   * function, a class instance) fails here too and neither side sees the other's objects. Default `false`:
   * the kit never keeps nor changes a message it receives (validation copies what it reads) and sends
   * its own validated copy, so the copies protect nothing in the kit and cost more than its whole reduction.
   */
  readonly clone?: boolean;
}

/** Both ends of an in-memory channel: `transport` for the kit, `bus` for the test or simulator. */
export interface MemoryTransport {
  readonly transport: BusTransport;
  readonly bus: MemoryBus;
}

function typeOf(message: unknown): string {
  const type =
    typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  return typeof type === 'string' ? type : '';
}

type Entry<L> = { readonly listener: L };

function addListener<L>(set: Set<Entry<L>>, listener: L): () => void {
  // Wrapped so that the same function subscribed twice gets two deliveries and two unsubscribes.
  const entry = { listener };
  set.add(entry);
  return () => {
    set.delete(entry);
  };
}

/**
 * An in-memory {@link BusTransport} for tests: synchronous; with `clone`, structured-clone copies so that a
 * message that `postMessage` could not carry fails here too.
 * @example
 * const { transport, bus } = createMemoryTransport({ clone: true });
 * bus.push({ type: 'BUS.REGISTER_FULFILLED' });
 */
export function createMemoryTransport({ clone = false }: MemoryTransportOptions = {}): MemoryTransport {
  const copy = clone ? <T>(message: T): T => structuredClone(message) : <T>(message: T): T => message;
  const messages = new Set<Entry<(message: unknown) => void>>();
  const resets = new Set<Entry<() => void>>();
  const drops = new Set<Entry<DropListener>>();
  let sent: unknown[] = [];

  const transport: BusTransport = {
    send: (message) => {
      sent.push(copy(message));
    },
    subscribe: (listener) => addListener(messages, listener),
    onReset: (listener) => addListener(resets, listener),
    onDrop: (listener) => addListener(drops, listener),
  };

  const bus: MemoryBus = {
    push: (message) => {
      const delivered = copy(message);
      for (const { listener } of [...messages]) listener(delivered);
    },
    reset: () => {
      for (const { listener } of [...resets]) listener();
    },
    drop: (reason, origin) => {
      for (const { listener } of [...drops]) listener(reason, origin);
    },
    get sent() {
      return sent;
    },
    sentTypes: () => sent.map(typeOf),
    take: () => {
      const taken = sent;
      sent = [];
      return taken;
    },
    listenerCount: () => messages.size + resets.size + drops.size,
  };
  return { transport, bus };
}
