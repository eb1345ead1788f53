import type {
  AvailabilityStatus,
  BusCommand,
  BusCommandType,
  BusEvent,
  BusTransport,
  BusUser,
  CallFlow,
  CallMetadata,
  CallStatus,
} from '@dialer-kit/core';
import type { IncomingPayload } from '@dialer-kit/core/protocol';
import { act } from '@testing-library/react';

/** Builds the bus's answer to a command, or `undefined` for none. */
export type Responder = (command: BusCommand) => unknown;

/** A scripted bus for React tests: answers bring-up, records commands, lets the test push events. */
export interface FakeBus {
  readonly transport: BusTransport;
  /** Every message the kit sent, in order. */
  readonly sent: readonly unknown[];
  /** The sent commands, optionally of one type. */
  commands(type?: BusCommandType): BusCommand[];
  /** How many commands of `type` were sent. */
  count(type: BusCommandType): number;
  /** Delivers one inbound message (any value: the kit must validate it) inside `act`. */
  push(...messages: unknown[]): void;
  /** Answers every later command of `type` with `responder`'s message (replaces the default). */
  answer(type: BusCommandType, responder: Responder): void;
  /** Simulates the bus frame reloading (the kit must register again). */
  restart(): void;
  /** Delivers queued answers now, inside `act`. */
  flush(): Promise<void>;
  /** Transport listeners currently subscribed. */
  listenerCount(): number;
}

/** Options of {@link createFakeBus}. */
export interface FakeBusOptions {
  /** The user restored by REGISTER; `null`: no session (the kit needs a login). */
  readonly user?: BusUser | null;
}

/** The agent the fake bus restores by default. */
export const FAKE_USER: BusUser = { id: 42, email: 'agent@example.com', name: 'Ada Agent' };

/** A fake transport answering REGISTER with `{user}`, INIT and DESTROY; answers arrive on a microtask. */
export function createFakeBus(options: FakeBusOptions = {}): FakeBus {
  const user = options.user === undefined ? FAKE_USER : options.user;
  const sent: unknown[] = [];
  const listeners = new Set<(message: unknown) => void>();
  const resetListeners = new Set<() => void>();
  const responders = new Map<string, Responder>([
    [
      'BUS.REGISTER',
      () =>
        user === null
          ? { type: 'BUS.REGISTER_FULFILLED' }
          : { type: 'BUS.REGISTER_FULFILLED', payload: { user } },
    ],
    ['BUS.INIT', () => ({ type: 'BUS.INIT_FULFILLED' })],
    ['BUS.DESTROY', () => ({ type: 'BUS.DESTROY_FULFILLED' })],
  ]);
  const queue: unknown[] = [];
  let scheduled = false;

  const deliver = (message: unknown): void => {
    for (const listener of [...listeners]) listener(message);
  };
  const drain = (): void => {
    while (queue.length > 0) deliver(queue.shift());
  };
  const enqueue = (message: unknown): void => {
    queue.push(message);
    if (scheduled) return;
    scheduled = true;
    // Like postMessage, answers arrive after the sending code has returned.
    queueMicrotask(() => {
      scheduled = false;
      if (queue.length > 0) act(drain);
    });
  };

  const transport: BusTransport = {
    send(message) {
      sent.push(message);
      const type = (message as { type?: unknown }).type;
      const responder = typeof type === 'string' ? responders.get(type) : undefined;
      const reply = responder?.(message as BusCommand);
      if (reply !== undefined) enqueue(reply);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onReset(listener) {
      resetListeners.add(listener);
      return () => resetListeners.delete(listener);
    },
  };

  const commands = (type?: BusCommandType): BusCommand[] =>
    (sent as BusCommand[]).filter((message) => type === undefined || message.type === type);

  return {
    transport,
    sent,
    commands,
    count: (type) => commands(type).length,
    push: (...messages) =>
      act(() => {
        for (const message of messages) deliver(message);
      }),
    answer: (type, responder) => void responders.set(type, responder),
    restart: () =>
      act(() => {
        for (const listener of [...resetListeners]) listener();
      }),
    flush: () => act(async () => drain()),
    listenerCount: () => listeners.size,
  };
}

/** Builders of well-formed bus events for scripts. */
export const busEvent = {
  callStatus: (status: CallStatus, flow?: CallFlow): BusEvent =>
    ({ type: 'DIALER.CALL_STATUS', payload: flow === undefined ? { status } : { status, flow } }) as BusEvent,
  incoming: (payload: Partial<IncomingPayload> = {}): BusEvent => ({
    type: 'DIALER.INCOMING',
    payload: {
      type: 'external',
      callUuid: 'CA0123456789abcdef0123456789abcdef',
      from: '+14155550199',
      to: '+33123456789',
      ...payload,
    },
  }),
  sync: (metadata: CallMetadata): BusEvent => ({ type: 'DIALER.SYNC', payload: { metadata } }),
  availability: (
    status: AvailabilityStatus,
    extra: { wrapUpTimeTtl?: number; wrapUpTimeConfig?: number; updatedAt?: number } = {},
  ): BusEvent => ({
    type: 'USER.AVAILABILITY_CHANGED',
    payload: {
      userId: FAKE_USER.id ?? 42,
      status,
      updatedAt: extra.updatedAt ?? Date.now() * 1000,
      ...extra,
    },
  }),
};
