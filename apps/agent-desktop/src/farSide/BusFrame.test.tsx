import type { BusTransport } from '@dialer-kit/core';
import { DialerProvider } from '@dialer-kit/react';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { BusFrame } from './BusFrame';
import { NO_ANSWER_MS } from './useNoAnswer';

beforeAll(() => {
  Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });
});

/** A bus that hears everything and says nothing until `answer` delivers a message. */
function silentBus(): BusTransport & { answer(message: unknown): void } {
  const listeners = new Set<(message: unknown) => void>();
  return {
    send: () => undefined,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    answer: (message) => {
      for (const listener of listeners) listener(message);
    },
  };
}

let root: Root;
let container: HTMLElement;
let bus: ReturnType<typeof silentBus>;
const HINT = 'No answer from http://127.0.0.1:5174. Is the bus page running?';
const status = (): string => container.querySelector('[role="status"]')?.textContent ?? '';
const wait = (ms: number) => act(async () => void vi.advanceTimersByTime(ms));

beforeEach(async () => {
  vi.useFakeTimers();
  bus = silentBus();
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () =>
    root.render(
      <DialerProvider transport={bus} appName="test" release="0">
        <BusFrame iframe={document.createElement('iframe')} busUrl={new URL('http://127.0.0.1:5174/')} />
      </DialerProvider>,
    ),
  );
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.useRealTimers();
});

describe('the bus frame, while the bus page does not answer', () => {
  it('says nothing at first', async () => {
    await wait(NO_ANSWER_MS - 100);
    expect(status()).toBe('');
  });

  it('asks whether the bus page is running after a while, in a status', async () => {
    await wait(NO_ANSWER_MS + 100);
    expect(status()).toBe(HINT);
  });

  it('drops the hint once the bus answers', async () => {
    await wait(NO_ANSWER_MS + 100);
    await act(async () => bus.answer({ type: 'BUS.REGISTER_FULFILLED' }));
    await wait(10);
    expect(status()).toBe('');
  });
});
