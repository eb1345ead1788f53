/**
 * A channel to the dialer bus. `send` posts one command; `subscribe` receives every inbound message as
 * untrusted data (the store validates it). Implementations: the postMessage transport, the simulator's
 * in-process transport, test fakes.
 */
export interface BusTransport {
  send(message: unknown): void;
  subscribe(listener: (message: unknown) => void): () => void;
  /**
   * Optional: called when the bus side restarted (for example the bus iframe reloaded) and the kit must
   * register again. Returns an unsubscribe function.
   */
  onReset?(listener: () => void): () => void;
  /** Optional: called when the transport dropped a message (foreign origin or frame). */
  onDrop?(listener: (reason: 'foreign-origin' | 'foreign-source', origin: string) => void): () => void;
}
