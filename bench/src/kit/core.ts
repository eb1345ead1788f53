// The bench's one touch point with @dialer-kit/core: every call into the core's public API is here, so a
// change of that API (the store redesign of issue 12) is adapted in this file alone. The rest of the bench
// sees the plain interfaces below.
import {
  type BusTransport,
  createDialerStore,
  createInitialState,
  type Diagnostic,
  type DialerState,
  type DialerStore,
  reduceDialer,
} from '@dialer-kit/core';
import { parseBusEvent } from '@dialer-kit/core/protocol';
import { createMemoryTransport } from '@dialer-kit/core/testing';
import { Immer } from 'immer';

export type { BusTransport };

/** What the scripted agent does, through the store's verbs (each returns whether the kit sent it). */
export interface Agent {
  dial(to: string, from: string): boolean;
  accept(): boolean;
  hangUp(): boolean;
  hold(on: boolean): boolean;
  mute(on: boolean): boolean;
  /** Picks the tags (the agent ticking boxes): no command. */
  pickTags(tagIds: readonly number[]): void;
  /** Saves the picked tags (`DIALER.SET_TAGS`, a request: sent when the kit now awaits its answer). */
  saveTags(): boolean;
  startWarmTransfer(to: string): boolean;
  swap(): boolean;
  merge(): boolean;
  /** The call status the kit shows. */
  status(): string;
  /** Diagnostics saying the kit and the bus disagree (an invalid message, an unexpected transition). */
  complaints(): string[];
}

const isComplaint = (diagnostic: Diagnostic): boolean =>
  diagnostic.code === 'invalid-message' || diagnostic.code === 'unexpected-transition';

/** The agent verbs of a store. */
export function agentOf(store: DialerStore): Agent {
  const { actions } = store;
  return {
    dial: (to, from) => actions.dial(to, { from }).ok,
    accept: () => actions.accept().ok,
    hangUp: () => actions.hangUp().ok,
    hold: (on) => actions.hold(on).ok,
    mute: (on) => actions.mute(on).ok,
    pickTags: (tagIds) => actions.selectTags(tagIds),
    saveTags: () => {
      void actions.setTags();
      return store.getState().requests['DIALER.SET_TAGS'] !== undefined;
    },
    startWarmTransfer: (to) => actions.startWarmTransfer(to).ok,
    swap: () => actions.swap().ok,
    merge: () => actions.merge().ok,
    status: () => store.getState().call.status,
    complaints: () =>
      store
        .getState()
        .diagnostics.items.filter(isComplaint)
        .map((item) => `${item.code}: ${item.message}`),
  };
}

/** A store on `transport`, started (REGISTER sent), with one listener counting notifications. */
export interface BenchStore {
  readonly agent: Agent;
  /** Diagnostics of the kinds {@link Agent.complaints} lists, counted as they happened (the state keeps 100). */
  complaintsSeen(): number;
  /** How many times the store notified its listener. */
  notified(): number;
  /** Teammates whose availability the store holds. */
  teammatesKnown(): number;
  dispose(): void;
}

const STORE_OPTIONS = { appName: 'bench', release: '0.0.0', origin: 'https://bench.example.com' };

/** Creates and starts a store on `transport`, as a host app would (plus a counting listener). */
export function startStore(transport: BusTransport): BenchStore {
  let complaints = 0;
  const store = createDialerStore({
    transport,
    ...STORE_OPTIONS,
    onDiagnostic: (diagnostic) => {
      if (isComplaint(diagnostic)) complaints += 1;
    },
  });
  let notified = 0;
  const stop = store.subscribe(() => {
    notified += 1;
  });
  store.start();
  return {
    agent: agentOf(store),
    complaintsSeen: () => complaints,
    notified: () => notified,
    teammatesKnown: () => store.getState().availability.teammates.size,
    dispose: () => {
      stop();
      store.dispose();
    },
  };
}

/** The kit side of an in-memory channel, and the bus side that feeds it. */
export interface MemoryLink {
  readonly transport: BusTransport;
  /** Delivers one message to the kit, synchronously (copied as `postMessage` would). */
  push(message: unknown): void;
  /** Returns and forgets what the kit sent. */
  takeSent(): unknown[];
}

/** An in-memory channel (the core's memory transport). */
export function createMemoryLink(): MemoryLink {
  const { transport, bus } = createMemoryTransport();
  return { transport, push: bus.push, takeSent: bus.take };
}

/** Validates each message; returns how many were accepted. */
export function parseAll(messages: readonly unknown[]): number {
  let accepted = 0;
  for (const message of messages) if (parseBusEvent(message).ok) accepted += 1;
  return accepted;
}

/** The clock of a fold: messages 10 ms apart from here. */
const FOLD_START = 1_717_000_000_000;

/** Validates each message and folds the accepted ones into a fresh state, showing `visit` each state. */
function fold(messages: readonly unknown[], visit?: (state: DialerState) => void): DialerState {
  let state: DialerState = createInitialState();
  let at = FOLD_START;
  for (const message of messages) {
    const parsed = parseBusEvent(message);
    at += 10;
    if (parsed.ok) state = reduceDialer(state, parsed.event, at);
    visit?.(state);
  }
  return state;
}

/** Validates each message and folds the accepted ones into a fresh state; returns the state's diagnostic count. */
export function parseAndReduceAll(messages: readonly unknown[]): number {
  return fold(messages).diagnostics.total;
}

/** immer at its cheapest: without freezing what it makes (the kit freezes its states, and pays for it). */
const bareImmer = new Immer({ autoFreeze: false });

/**
 * What keeping immer costs at the least, on the states `messages` lead to with a call under way: a pass
 * that gives each of them to immer's `produce` ({@link bareImmer}) setting one field of the call, and
 * nothing else. No reducer built on immer does less for an event that changes the call.
 */
export function bareImmerPass(messages: readonly unknown[]): { readonly states: number; pass(): void } {
  const states: DialerState[] = [];
  fold(messages, (state) => {
    if (state.call.status !== 'idle') states.push(state);
  });
  let at = FOLD_START;
  return {
    states: states.length,
    pass: () => {
      for (const held of states) {
        at += 10;
        bareImmer.produce(held, (draft) => {
          draft.call.statusSince = at;
        });
      }
    },
  };
}
