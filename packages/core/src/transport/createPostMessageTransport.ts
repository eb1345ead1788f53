import type { DropReason } from '../protocol/kitEvents';
import type { BusTransport } from './BusTransport';

/** Options of {@link createPostMessageTransport}. */
export interface PostMessageTransportOptions {
  /** The bus iframe (its `contentWindow` is read on every use: it may change on reload), or the bus window. */
  readonly frame: HTMLIFrameElement | Window;
  /** The bus origin, e.g. `https://bus.example.com`: the only `targetOrigin` used and the only one accepted. */
  readonly origin: string;
  /** The window that receives the bus messages. Default: the iframe's owner window, else `globalThis`. */
  readonly window?: Window;
  /**
   * Whether the iframe already fired `load` before the transport was created. Default: guessed (an iframe
   * that already shows a cross-origin document counts as loaded; the store's REGISTER retry covers a bus
   * script that is not listening yet).
   */
  readonly loaded?: boolean;
}

/** A {@link BusTransport} over `window.postMessage`, with drop accounting and a way to stop listening. */
export interface PostMessageTransport extends BusTransport {
  onReset(listener: () => void): () => void;
  onDrop(listener: (reason: DropReason, origin: string) => void): () => void;
  /** How many inbound messages were dropped (foreign origin or foreign source). */
  readonly droppedCount: number;
  /** Whether the frame has loaded (sends go out at once) or sends are still queued. */
  readonly loaded: boolean;
  /** Stops listening and forgets every listener and queued message. */
  close(): void;
}

function isIframe(frame: HTMLIFrameElement | Window): frame is HTMLIFrameElement {
  try {
    return 'contentWindow' in frame && 'addEventListener' in frame;
  } catch {
    // A cross-origin WindowProxy throws on most property checks: it is a window, not an iframe.
    return false;
  }
}

function assertOrigin(origin: string): void {
  let parsed: string | undefined;
  try {
    parsed = new URL(origin).origin;
  } catch {
    parsed = undefined;
  }
  if (parsed === undefined || parsed === 'null' || parsed !== origin) {
    throw new Error(
      `createPostMessageTransport: "${origin}" is not an origin such as "https://bus.example.com"`,
    );
  }
}

function guessLoaded(frame: HTMLIFrameElement): boolean {
  if (frame.contentWindow === null) return false;
  const doc = frame.contentDocument;
  // A null document on an attached frame means a cross-origin document is already in place.
  if (doc === null) return true;
  return doc.readyState === 'complete' && doc.URL !== 'about:blank';
}

/**
 * Creates the iframe transport: posts to the bus origin only, accepts only the bus window's messages from
 * that origin, queues sends until the frame loads and reports a reload through `onReset`.
 * @example
 * const transport = createPostMessageTransport({ frame: iframe, origin: 'https://bus.example.com' });
 */
export function createPostMessageTransport(options: PostMessageTransportOptions): PostMessageTransport {
  const { frame, origin } = options;
  assertOrigin(origin);
  const iframe = isIframe(frame) ? frame : undefined;
  const host: Window =
    options.window ?? iframe?.ownerDocument.defaultView ?? (globalThis as unknown as Window);
  const subscribers = new Set<(message: unknown) => void>();
  const resetListeners = new Set<() => void>();
  const dropListeners = new Set<(reason: DropReason, origin: string) => void>();
  let queued: { readonly key: string | undefined; readonly message: unknown }[] = [];
  let loaded = iframe === undefined ? true : (options.loaded ?? guessLoaded(iframe));
  let dropped = 0;
  let listening = false;
  let closed = false;

  const busWindow = (): Window | null => (iframe === undefined ? (frame as Window) : iframe.contentWindow);

  const post = (target: Window, message: unknown): void => {
    target.postMessage(message, origin);
  };

  const flush = (): void => {
    const target = busWindow();
    if (target === null) return;
    const pending = queued;
    queued = [];
    for (const entry of pending) post(target, entry.message);
  };

  const drop = (reason: DropReason, from: string): void => {
    dropped += 1;
    for (const listener of [...dropListeners]) listener(reason, from);
  };

  const onMessage = (event: MessageEvent): void => {
    const source = busWindow();
    if (event.origin !== origin) drop('foreign-origin', event.origin);
    else if (source === null || event.source !== source) drop('foreign-source', event.origin);
    else for (const listener of [...subscribers]) listener(event.data);
  };

  const onLoad = (): void => {
    if (closed) return;
    const wasLoaded = loaded;
    loaded = true;
    flush();
    if (wasLoaded) for (const listener of [...resetListeners]) listener();
  };

  const updateListening = (): void => {
    const wanted = !closed && subscribers.size > 0;
    if (wanted === listening) return;
    listening = wanted;
    if (wanted) host.addEventListener('message', onMessage);
    else host.removeEventListener('message', onMessage);
  };

  iframe?.addEventListener('load', onLoad);

  return {
    send(message) {
      if (closed) return;
      const target = busWindow();
      if (loaded && target !== null) {
        post(target, message);
        return;
      }
      // Retries of the same message (REGISTER) while waiting must reach the bus once, not once per retry.
      const key = safeKey(message);
      if (key !== undefined && queued.some((entry) => entry.key === key)) return;
      queued.push({ key, message });
    },
    subscribe(listener) {
      subscribers.add(listener);
      updateListening();
      return () => {
        subscribers.delete(listener);
        updateListening();
      };
    },
    onReset(listener) {
      resetListeners.add(listener);
      return () => resetListeners.delete(listener);
    },
    onDrop(listener) {
      dropListeners.add(listener);
      return () => dropListeners.delete(listener);
    },
    get droppedCount() {
      return dropped;
    },
    get loaded() {
      return loaded;
    },
    close() {
      closed = true;
      iframe?.removeEventListener('load', onLoad);
      updateListening();
      subscribers.clear();
      resetListeners.clear();
      dropListeners.clear();
      queued = [];
    },
  };
}

function safeKey(message: unknown): string | undefined {
  try {
    return JSON.stringify(message);
  } catch {
    return undefined;
  }
}
