import { type BusConnection, createPostMessageTransport } from '@dialer-kit/core';
import {
  busQuerySettings,
  createHandoverStorage,
  createSimulatedBus,
  type SimulatedBus,
} from '@dialer-kit/simulator';
import { busFrameUrl, type DemoMode, type DemoQuery } from './parseDemoQuery';

/** The bus this tab runs while it owns it: the in-process simulator, or the bus page in an iframe. */
export type DemoBusParts =
  | { readonly mode: 'memory'; readonly bus: SimulatedBus }
  | {
      readonly mode: 'frame';
      /** Not yet in the document: the Far side panel inserts it once (moving it would reload the bus). */
      readonly iframe: HTMLIFrameElement;
      readonly busUrl: URL;
    };

/**
 * The demo's bus, shared by the desk's tabs: only the tab that owns the bus calls `connect`, which makes
 * it (the simulator, or the iframe and its transport); the far side panel shows `current()`, the bus this
 * tab runs, if any. The bus keeps its calls for the next one (`handover`), so when the owner's tab closes
 * the call goes on in the tab that takes over, as with a real bus whose calls live on its server.
 */
export interface DemoBus {
  readonly mode: DemoMode;
  connect(): BusConnection;
  current(): DemoBusParts | undefined;
  /** Called when this tab starts or stops running the bus. */
  subscribe(listener: () => void): () => void;
}

/** Creates the demo's bus from its query; nothing is made until `connect`. */
export function createDemoBus(query: DemoQuery, doc: Document): DemoBus {
  const listeners = new Set<() => void>();
  let current: DemoBusParts | undefined;
  const set = (next: DemoBusParts | undefined): void => {
    current = next;
    for (const listener of [...listeners]) listener();
  };

  const connectMemory = (): BusConnection => {
    // First-party storage: the in-process bus of the next owner tab goes on with the calls.
    const kept = createHandoverStorage(() => doc.defaultView?.localStorage ?? globalThis.localStorage);
    const resume = kept.read();
    const bus = createSimulatedBus({
      ...busQuerySettings(query),
      // A fresh seed per bus, so a next call does not repeat a handed-over call's id.
      seed: (Date.now() % 0x7fffffff) + 1,
      ...(resume === undefined ? {} : { resume }),
    });
    const stop = bus.onChange(() => kept.write(bus.handover()));
    const timer = setInterval(() => kept.write(bus.handover()), 10_000);
    const parts: DemoBusParts = { mode: 'memory', bus };
    set(parts);
    return {
      transport: bus.transport,
      close() {
        stop();
        clearInterval(timer);
        if (current === parts) set(undefined);
      },
    };
  };

  const connectFrame = (): BusConnection => {
    const busUrl = busFrameUrl(query);
    // The bus page keeps its calls in its origin's storage for the next bus page.
    busUrl.searchParams.set('handover', '1');
    const iframe = doc.createElement('iframe');
    iframe.name = 'bus';
    iframe.title = 'Dialer bus';
    iframe.className = 'desk-bus-frame';
    iframe.src = busUrl.href;
    // Created before the panel inserts it, so the transport sees the frame's first `load` and queues REGISTER.
    const transport = createPostMessageTransport({ frame: iframe, origin: busUrl.origin });
    const parts: DemoBusParts = { mode: 'frame', iframe, busUrl };
    set(parts);
    return {
      transport,
      close() {
        transport.close();
        iframe.remove();
        if (current === parts) set(undefined);
      },
    };
  };

  return {
    mode: query.mode,
    connect: query.mode === 'memory' ? connectMemory : connectFrame,
    current: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
