import type { ConnectionState, PostMessageTransport } from '@dialer-kit/core';

/** A moment of the page's kit: a connection state or a tab role, with the time it was seen (`Date.now()`). */
export interface HostMoment {
  readonly kind: 'connection' | 'role';
  readonly value: string;
  readonly at: number;
}

/** What the browser tests read and drive on the host page, as `window.__host`. */
export interface HostHooks {
  /** Inbound messages the transport of the bus frame dropped (0 without a bus frame). */
  readonly dropped: number;
  readonly drops: readonly { readonly reason: string; readonly origin: string }[];
  /** Every connection state the store went through, in order. */
  readonly connections: readonly ConnectionState[];
  /** Connection states and tab roles with their times, in order. */
  readonly moments: readonly HostMoment[];
  recordConnection(state: ConnectionState): void;
  recordRole(role: string): void;
  /** Called when the page opens a bus frame (at load, or when its tab takes the shared bus over). */
  attach(iframe: HTMLIFrameElement, transport: PostMessageTransport): void;
  /** Adds an iframe (a foreign sender) named `name` and resolves once it loaded. */
  addFrame(url: string, name: string): Promise<void>;
  /** Points the bus iframe somewhere else (a hijacked or moved bus). */
  navigateBus(url: string): void;
}

/** Exposes {@link HostHooks} on `target.__host`. Test support only: the kit itself needs none of it. */
export function exposeHostHooks(target: Window, frames: HTMLElement): HostHooks {
  const drops: { reason: string; origin: string }[] = [];
  const connections: ConnectionState[] = [];
  const moments: HostMoment[] = [];
  let bus: { readonly iframe: HTMLIFrameElement; readonly transport: PostMessageTransport } | undefined;
  const hooks: HostHooks = {
    get dropped() {
      return bus?.transport.droppedCount ?? 0;
    },
    drops,
    connections,
    moments,
    recordConnection(state) {
      if (connections.at(-1) !== state) connections.push(state);
      moments.push({ kind: 'connection', value: state, at: Date.now() });
    },
    recordRole(role) {
      moments.push({ kind: 'role', value: role, at: Date.now() });
    },
    attach(iframe, transport) {
      bus = { iframe, transport };
      transport.onDrop((reason, origin) => drops.push({ reason, origin }));
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
      if (bus !== undefined) bus.iframe.src = url;
    },
  };
  Object.defineProperty(target, '__host', { value: hooks });
  return hooks;
}
