/** Why the bus page refused a message. */
export type LinkDropReason = 'foreign-source' | 'foreign-origin' | 'not-registered' | 'origin-mismatch';

/** Options of {@link createParentLink}. */
export interface ParentLinkOptions {
  /** The bus page's own window (where messages arrive). */
  readonly self: Window;
  /** The embedding window: the only one listened to and posted to. */
  readonly parent: Window;
  /** Receives every accepted message (the first is always a `BUS.REGISTER`). */
  readonly onMessage: (message: unknown) => void;
  /** Called for every refused message. */
  readonly onDrop?: (reason: LinkDropReason, origin: string) => void;
}

/** The bus side of the postMessage channel. */
export interface ParentLink {
  /** Posts to the registered origin; does nothing (and returns false) before a REGISTER was accepted. */
  post(message: unknown): boolean;
  /** The origin taken from the accepted REGISTER. */
  readonly registeredOrigin: string | undefined;
  readonly droppedCount: number;
  close(): void;
}

function registerOrigin(message: unknown): string | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { type, payload } = message as { type?: unknown; payload?: unknown };
  if (type !== 'BUS.REGISTER' || typeof payload !== 'object' || payload === null) return undefined;
  const { origin } = payload as { origin?: unknown };
  return typeof origin === 'string' ? origin : undefined;
}

/**
 * Links the bus page to its embedder as PROTOCOL.md section 1 says: the first `BUS.REGISTER` from the
 * parent fixes the origin (its `payload.origin` must equal the event's origin); after that only that
 * origin and that window are heard, and every post targets that origin, never `"*"`.
 */
export function createParentLink(options: ParentLinkOptions): ParentLink {
  const { self, parent, onMessage, onDrop } = options;
  let registeredOrigin: string | undefined;
  let dropped = 0;

  const drop = (reason: LinkDropReason, origin: string): void => {
    dropped += 1;
    onDrop?.(reason, origin);
  };

  /** Returns why the event is refused, or undefined to accept it (fixing the origin on the first REGISTER). */
  const refusal = (event: MessageEvent): LinkDropReason | undefined => {
    if (event.source !== parent) return 'foreign-source';
    if (registeredOrigin !== undefined)
      return event.origin === registeredOrigin ? undefined : 'foreign-origin';
    const claimed = registerOrigin(event.data);
    if (claimed === undefined) return 'not-registered';
    if (claimed !== event.origin) return 'origin-mismatch';
    registeredOrigin = event.origin;
    return undefined;
  };

  const listener = (event: MessageEvent): void => {
    const reason = refusal(event);
    if (reason === undefined) onMessage(event.data);
    else drop(reason, event.origin);
  };
  self.addEventListener('message', listener);

  return {
    post(message) {
      if (registeredOrigin === undefined) return false;
      parent.postMessage(message, registeredOrigin);
      return true;
    },
    get registeredOrigin() {
      return registeredOrigin;
    },
    get droppedCount() {
      return dropped;
    },
    close() {
      self.removeEventListener('message', listener);
    },
  };
}
