import type { ConnectionState, PostMessageTransport } from '@dialer-kit/core';

/** What the browser tests read and drive on the host page, as `window.__host`. */
export interface HostHooks {
  /** Inbound messages the transport dropped. */
  readonly dropped: number;
  readonly drops: readonly { readonly reason: string; readonly origin: string }[];
  /** Every connection state the store went through, in order. */
  readonly connections: readonly ConnectionState[];
  recordConnection(state: ConnectionState): void;
  /** Adds an iframe (a foreign sender) named `name` and resolves once it loaded. */
  addFrame(url: string, name: string): Promise<void>;
  /** Points the bus iframe somewhere else (a hijacked or moved bus). */
  navigateBus(url: string): void;
}

/** Exposes {@link HostHooks} on `target.__host`. Test support only: the kit itself needs none of it. */
export function exposeHostHooks(
  target: Window,
  parts: {
    readonly iframe: HTMLIFrameElement;
    readonly transport: PostMessageTransport;
    readonly frames: HTMLElement;
  },
): HostHooks {
  const { iframe, transport, frames } = parts;
  const drops: { reason: string; origin: string }[] = [];
  const connections: ConnectionState[] = [];
  transport.onDrop((reason, origin) => drops.push({ reason, origin }));
  const hooks: HostHooks = {
    get dropped() {
      return transport.droppedCount;
    },
    drops,
    connections,
    recordConnection(state) {
      if (connections.at(-1) !== state) connections.push(state);
    },
    addFrame(url, name) {
      return new Promise((resolve) => {
        const frame = target.document.createElement('iframe');
        frame.name = name;
        frame.title = name;
        frame.addEventListener('load', () => resolve(), { once: true });
        frame.src = url;
        frames.append(frame);
      });
    },
    navigateBus(url) {
      iframe.src = url;
    },
  };
  Object.defineProperty(target, '__host', { value: hooks });
  return hooks;
}
