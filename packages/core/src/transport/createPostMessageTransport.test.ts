import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { propertyBudget } from '../../../../tests/support/propertyBudget';
import { createPostMessageTransport } from './createPostMessageTransport';

const BUS = 'http://bus.test:5174';
const HOST = 'http://host.test:5173';

type Listener = (event: unknown) => void;

/** A hand-made stand-in for a `Window`: records posts, dispatches message events to its listeners. */
class FakeWindow {
  readonly posted: { message: unknown; targetOrigin: string }[] = [];
  readonly listeners = new Map<string, Set<Listener>>();
  addEventListener(type: string, listener: Listener): void {
    const set = this.listeners.get(type) ?? new Set();
    set.add(listener);
    this.listeners.set(type, set);
  }
  removeEventListener(type: string, listener: Listener): void {
    this.listeners.get(type)?.delete(listener);
  }
  postMessage(message: unknown, targetOrigin: string): void {
    this.posted.push({ message, targetOrigin });
  }
  /** Delivers a `MessageEvent`-like object, as the browser would on `postMessage`. */
  receive(data: unknown, origin: string, source: unknown): void {
    for (const listener of [...(this.listeners.get('message') ?? [])]) listener({ data, origin, source });
  }
  count(type: string): number {
    return this.listeners.get(type)?.size ?? 0;
  }
}

/** A stand-in for the bus `<iframe>`: its window can be swapped and it fires `load` on demand. */
class FakeIframe extends FakeWindow {
  readonly src = `${BUS}/`;
  contentDocument: { readyState: string; URL: string } | null = null;
  contentWindow: FakeWindow | null;
  readonly ownerDocument: { defaultView: FakeWindow };
  constructor(contentWindow: FakeWindow | null, ownerDocument: { defaultView: FakeWindow }) {
    super();
    this.contentWindow = contentWindow;
    this.ownerDocument = ownerDocument;
  }
  fireLoad(): void {
    for (const listener of [...(this.listeners.get('load') ?? [])]) listener({ type: 'load' });
  }
}

function setup(options: { loaded?: boolean } = { loaded: false }) {
  const host = new FakeWindow();
  const bus = new FakeWindow();
  const iframe = new FakeIframe(bus, { defaultView: host });
  const transport = createPostMessageTransport({
    frame: iframe as unknown as HTMLIFrameElement,
    origin: BUS,
    ...options,
  });
  const received: unknown[] = [];
  const drops: [string, string][] = [];
  transport.subscribe((message) => received.push(message));
  transport.onDrop((reason, origin) => drops.push([reason, origin]));
  return { host, bus, iframe, transport, received, drops };
}

describe('createPostMessageTransport', () => {
  it('refuses a wildcard or malformed bus origin', () => {
    const frame = new FakeWindow() as unknown as Window;
    expect(() => createPostMessageTransport({ frame, origin: '*' })).toThrow(/not an origin/);
    expect(() => createPostMessageTransport({ frame, origin: `${BUS}/path` })).toThrow(/not an origin/);
    expect(() => createPostMessageTransport({ frame, origin: 'bus.test' })).toThrow(/not an origin/);
  });

  describe('before the frame has loaded', () => {
    it('queues sends and posts them in order to the bus origin on load', () => {
      const { bus, iframe, transport } = setup();
      transport.send({ type: 'BUS.REGISTER', payload: { origin: HOST } });
      transport.send({ type: 'BUS.INIT' });
      expect(bus.posted).toEqual([]);
      expect(transport.loaded).toBe(false);
      iframe.fireLoad();
      expect(transport.loaded).toBe(true);
      expect(bus.posted.map((p) => p.message)).toEqual([
        { type: 'BUS.REGISTER', payload: { origin: HOST } },
        { type: 'BUS.INIT' },
      ]);
      expect(bus.posted.every((p) => p.targetOrigin === BUS)).toBe(true);
    });

    it('posts a retried identical message once', () => {
      const { bus, iframe, transport } = setup();
      const register = { type: 'BUS.REGISTER', payload: { origin: HOST, appName: 'a', release: '1' } };
      transport.send(register);
      transport.send({ ...register });
      transport.send({ ...register });
      iframe.fireLoad();
      expect(bus.posted).toHaveLength(1);
    });

    it('does not call reset listeners on the first load', () => {
      const { iframe, transport } = setup();
      const reset = vi.fn();
      transport.onReset(reset);
      iframe.fireLoad();
      expect(reset).not.toHaveBeenCalled();
    });
  });

  describe('once loaded', () => {
    it('posts at once with the bus origin as targetOrigin', () => {
      const { bus, iframe, transport } = setup();
      iframe.fireLoad();
      transport.send({ type: 'DIALER.HANGUP' });
      expect(bus.posted).toEqual([{ message: { type: 'DIALER.HANGUP' }, targetOrigin: BUS }]);
    });

    it('delivers a message from the bus window and origin', () => {
      const { bus, host, received, transport } = setup();
      host.receive({ type: 'BUS.REGISTER_FULFILLED' }, BUS, bus);
      expect(received).toEqual([{ type: 'BUS.REGISTER_FULFILLED' }]);
      expect(transport.droppedCount).toBe(0);
    });

    it('drops a message from a foreign origin, even sent by the bus window', () => {
      const { bus, host, received, drops, transport } = setup();
      host.receive({ type: 'DIALER.CALL_STATUS', payload: { status: 'idle' } }, 'http://evil.test', bus);
      expect(received).toEqual([]);
      expect(drops).toEqual([['foreign-origin', 'http://evil.test']]);
      expect(transport.droppedCount).toBe(1);
    });

    it('drops a message from another window on the bus origin', () => {
      const { host, received, drops, transport } = setup();
      host.receive({ type: 'BUS.INIT_FULFILLED' }, BUS, new FakeWindow());
      host.receive({ type: 'BUS.INIT_FULFILLED' }, BUS, null);
      expect(received).toEqual([]);
      expect(drops).toEqual([
        ['foreign-source', BUS],
        ['foreign-source', BUS],
      ]);
      expect(transport.droppedCount).toBe(2);
    });

    it('drops everything while the frame has no window (detached)', () => {
      const { bus, host, iframe, received, drops } = setup();
      iframe.contentWindow = null;
      host.receive({ type: 'BUS.INIT_FULFILLED' }, BUS, bus);
      expect(received).toEqual([]);
      expect(drops).toEqual([['foreign-source', BUS]]);
    });

    const { numRuns, timeout } = propertyBudget(100);
    it('accepts exactly the messages whose origin and source both match', { timeout }, () => {
      const { bus, host, received, transport } = setup();
      const other = new FakeWindow();
      fc.assert(
        fc.property(
          fc.array(
            fc.record({
              origin: fc.constantFrom(BUS, HOST, 'http://evil.test', 'null', `${BUS}/`, ''),
              source: fc.constantFrom('bus', 'other', 'none'),
              data: fc.anything(),
            }),
          ),
          (messages) => {
            received.length = 0;
            const droppedBefore = transport.droppedCount;
            for (const m of messages) {
              host.receive(m.data, m.origin, m.source === 'bus' ? bus : m.source === 'other' ? other : null);
            }
            const accepted = messages.filter((m) => m.origin === BUS && m.source === 'bus');
            expect(received).toEqual(accepted.map((m) => m.data));
            expect(transport.droppedCount - droppedBefore).toBe(messages.length - accepted.length);
          },
        ),
        { numRuns },
      );
    });
  });

  describe('when the bus frame reloads', () => {
    it('calls the reset listeners and talks to the new window only', () => {
      const { bus, host, iframe, received, transport } = setup();
      iframe.fireLoad();
      const reset = vi.fn();
      transport.onReset(reset);
      const reloaded = new FakeWindow();
      iframe.contentWindow = reloaded;
      iframe.fireLoad();
      expect(reset).toHaveBeenCalledTimes(1);
      transport.send({ type: 'BUS.REGISTER' });
      expect(reloaded.posted).toEqual([{ message: { type: 'BUS.REGISTER' }, targetOrigin: BUS }]);
      expect(bus.posted).toEqual([]);
      host.receive('old', BUS, bus);
      host.receive('new', BUS, reloaded);
      expect(received).toEqual(['new']);
    });

    it('stops calling a reset listener once unsubscribed', () => {
      const { iframe, transport } = setup({ loaded: true });
      const reset = vi.fn();
      const off = transport.onReset(reset);
      off();
      iframe.fireLoad();
      expect(reset).not.toHaveBeenCalled();
    });
  });

  describe('when created after the frame loaded', () => {
    it('sends at once when told so', () => {
      const { bus, transport } = setup({ loaded: true });
      transport.send({ type: 'BUS.REGISTER' });
      expect(bus.posted).toHaveLength(1);
    });

    it('guesses loaded for an attached frame showing a cross-origin document', () => {
      const { bus, transport } = setup({});
      expect(transport.loaded).toBe(true);
      transport.send({ type: 'BUS.REGISTER' });
      expect(bus.posted).toEqual([{ message: { type: 'BUS.REGISTER' }, targetOrigin: BUS }]);
    });

    it('guesses not loaded while the frame still shows its initial blank document', () => {
      const host = new FakeWindow();
      const bus = new FakeWindow();
      const iframe = new FakeIframe(bus, { defaultView: host });
      iframe.contentDocument = { readyState: 'complete', URL: 'about:blank' };
      const transport = createPostMessageTransport({
        frame: iframe as unknown as HTMLIFrameElement,
        origin: BUS,
      });
      transport.send({ type: 'BUS.REGISTER' });
      expect(bus.posted).toEqual([]);
      iframe.fireLoad();
      expect(bus.posted).toHaveLength(1);
    });
  });

  describe('over a plain window', () => {
    it('sends at once and accepts only that window', () => {
      const host = new FakeWindow();
      const bus = new FakeWindow();
      const transport = createPostMessageTransport({
        frame: bus as unknown as Window,
        origin: BUS,
        window: host as unknown as Window,
      });
      const received: unknown[] = [];
      transport.subscribe((m) => received.push(m));
      transport.send('hello');
      host.receive('yes', BUS, bus);
      host.receive('no', BUS, host);
      expect(bus.posted).toEqual([{ message: 'hello', targetOrigin: BUS }]);
      expect(received).toEqual(['yes']);
      expect(transport.droppedCount).toBe(1);
    });
  });

  describe('listening', () => {
    it('listens on the host window only while someone subscribes', () => {
      const host = new FakeWindow();
      const iframe = new FakeIframe(new FakeWindow(), { defaultView: host });
      const transport = createPostMessageTransport({
        frame: iframe as unknown as HTMLIFrameElement,
        origin: BUS,
      });
      expect(host.count('message')).toBe(0);
      const off = transport.subscribe(() => {});
      expect(host.count('message')).toBe(1);
      off();
      expect(host.count('message')).toBe(0);
    });

    it('after close, removes its listeners and sends nothing', () => {
      const { bus, host, iframe, received, transport } = setup();
      transport.send({ type: 'BUS.REGISTER' });
      transport.close();
      expect(host.count('message')).toBe(0);
      expect(iframe.count('load')).toBe(0);
      iframe.fireLoad();
      transport.send({ type: 'BUS.INIT' });
      host.receive('late', BUS, bus);
      expect(bus.posted).toEqual([]);
      expect(received).toEqual([]);
    });
  });
});
