import { describe, expect, it } from 'vitest';
import { createParentLink } from './createParentLink';

const HOST = 'http://host.test:5173';

type Listener = (event: unknown) => void;

/** A hand-made stand-in for a `Window`: records posts and dispatches message events. */
class FakeWindow {
  readonly posted: { message: unknown; targetOrigin: string }[] = [];
  readonly listeners = new Set<Listener>();
  addEventListener(_type: string, listener: Listener): void {
    this.listeners.add(listener);
  }
  removeEventListener(_type: string, listener: Listener): void {
    this.listeners.delete(listener);
  }
  postMessage(message: unknown, targetOrigin: string): void {
    this.posted.push({ message, targetOrigin });
  }
  receive(data: unknown, origin: string, source: unknown): void {
    for (const listener of [...this.listeners]) listener({ data, origin, source });
  }
}

const register = (origin: string) => ({
  type: 'BUS.REGISTER',
  payload: { origin, appName: 'test', release: '1' },
});

function setup() {
  const self = new FakeWindow();
  const parent = new FakeWindow();
  const accepted: unknown[] = [];
  const drops: string[] = [];
  const link = createParentLink({
    self: self as unknown as Window,
    parent: parent as unknown as Window,
    onMessage: (message) => accepted.push(message),
    onDrop: (reason) => drops.push(reason),
  });
  return { self, parent, link, accepted, drops };
}

describe('createParentLink', () => {
  describe('before registration', () => {
    it('refuses anything but a REGISTER and posts nothing', () => {
      const { self, parent, link, accepted, drops } = setup();
      self.receive({ type: 'BUS.INIT', payload: { services: ['DIALER'] } }, HOST, parent);
      expect(link.post({ type: 'BUS.REGISTER_FULFILLED' })).toBe(false);
      expect(accepted).toEqual([]);
      expect(drops).toEqual(['not-registered']);
      expect(parent.posted).toEqual([]);
    });

    it('refuses a REGISTER whose claimed origin is not the sender origin', () => {
      const { self, parent, link, drops } = setup();
      self.receive(register('http://other.test'), HOST, parent);
      expect(link.registeredOrigin).toBeUndefined();
      expect(drops).toEqual(['origin-mismatch']);
    });

    it('refuses a REGISTER from a window other than the parent', () => {
      const { self, link, drops } = setup();
      self.receive(register(HOST), HOST, new FakeWindow());
      expect(link.registeredOrigin).toBeUndefined();
      expect(drops).toEqual(['foreign-source']);
    });

    it('accepts the parent REGISTER and fixes the origin', () => {
      const { self, parent, link, accepted } = setup();
      self.receive(register(HOST), HOST, parent);
      expect(link.registeredOrigin).toBe(HOST);
      expect(accepted).toEqual([register(HOST)]);
    });
  });

  describe('once registered', () => {
    it('posts to the registered origin only', () => {
      const { self, parent, link } = setup();
      self.receive(register(HOST), HOST, parent);
      expect(link.post({ type: 'BUS.REGISTER_FULFILLED' })).toBe(true);
      expect(parent.posted).toEqual([{ message: { type: 'BUS.REGISTER_FULFILLED' }, targetOrigin: HOST }]);
    });

    it('drops messages of another origin, even from the parent, and of another window', () => {
      const { self, parent, link, accepted, drops } = setup();
      self.receive(register(HOST), HOST, parent);
      self.receive(register('http://evil.test'), 'http://evil.test', parent);
      self.receive({ type: 'DIALER.HANGUP' }, HOST, new FakeWindow());
      self.receive({ type: 'DIALER.HANGUP' }, HOST, parent);
      expect(accepted).toEqual([register(HOST), { type: 'DIALER.HANGUP' }]);
      expect(drops).toEqual(['foreign-origin', 'foreign-source']);
      expect(link.droppedCount).toBe(2);
      expect(link.registeredOrigin).toBe(HOST);
    });

    it('hears nothing after close', () => {
      const { self, parent, link, accepted } = setup();
      link.close();
      self.receive(register(HOST), HOST, parent);
      expect(accepted).toEqual([]);
    });
  });
});
