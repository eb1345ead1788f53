import { createStore } from 'zustand/vanilla';
import type { BusCommand } from '../protocol/commands';
import { reduceDialer } from '../reduceDialer';
import type { RequestResult, Result } from '../result';
import type { DialerState } from '../state/DialerState';
import { createActions } from '../store/createActions';
import { createDialerStoreWith } from '../store/createDialerStore';
import { initialStateOf, safely } from '../store/createStoreRuntime';
import { guardCommand } from '../store/guardCommand';
import { monotonicNow } from '../store/monotonicNow';
import type { StoreRuntime } from '../store/storeRuntime';
import type { DialerActions, DialerStore, TabView } from '../store/types';
import { createTabElection, type TabElection, type TabRole } from './createTabElection';
import { createReplyWaiters } from './replyWaiters';
import { roleVerbs } from './roleVerbs';
import type { BusConnection, SharedDialerStoreOptions } from './sharedStoreOptions';
import { browserTabChannel, browserTabLocks, type TabChannel } from './tabChannel';
import { isTabMessage, newTabId, type TabMessage } from './tabMessage';

const OK: Result = { ok: true };
const NOT_SENT: Result & { ok: false } = { ok: false, reason: 'not-sent' };

/**
 * A dialer store shared by the tabs of one origin: one tab, elected (Web Locks, else heartbeats on a
 * `BroadcastChannel`), owns the bus: it alone calls `connect`, registers and runs the real store; it
 * broadcasts every event its store reduces (and its whole state to a tab that joins), so the other tabs
 * reduce the same events into the same state. A follower's verbs check its mirror with the same guard and
 * hand the command to the owner, whose one guarded `send` sends it; a request's answer (or refusal) comes
 * back as its `Result`. When the owner leaves or crashes, the next tab takes over as after a reload of the
 * bus frame; `tab.takeOver()` makes this tab the owner. Nothing happens until `start()`.
 * @example
 * const store = createSharedDialerStore({
 *   appName: 'desk', release: '1.0.0',
 *   connect: () => { const iframe = mountBusFrame(); return { transport: createPostMessageTransport({ frame: iframe, origin }), close: () => iframe.remove() }; },
 * });
 */
export function createSharedDialerStore(options: SharedDialerStoreOptions): DialerStore {
  const { connect, tabName = 'dialer-kit', ...storeOptions } = options;
  const now = options.now ?? monotonicNow;
  const setTimer = options.setTimeout ?? ((fn, ms) => globalThis.setTimeout(fn, ms));
  const clearTimer =
    options.clearTimeout ?? ((handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>));
  const tabId = newTabId();
  const mirror = createStore<DialerState>()(() => initialStateOf(options));
  const roleListeners = new Set<() => void>();
  const replies = createReplyWaiters(setTimer, clearTimer, options.requestTimeoutMs ?? 10_000);
  let life: 'new' | 'started' | 'disposed' = 'new';
  let channel: TabChannel | undefined;
  let electionChannel: TabChannel | undefined;
  let election: TabElection | undefined;
  let stopListening: (() => void) | undefined;
  let role: TabRole = 'electing';
  /** The owner's term and the last event applied: `term` undefined until a first state arrives. */
  let term: number | undefined;
  let seq = 0;
  let highestTerm = 0;
  let owned:
    | {
        readonly store: ReturnType<typeof createDialerStoreWith>;
        readonly connection: BusConnection;
        readonly stop: () => void;
      }
    | undefined;

  const post = (message: TabMessage): void => safely(() => channel?.post(message));

  /** Hands `message` to the owner and waits for its reply (or the request timeout and a margin). */
  const ask = (message: (id: number) => TabMessage): Promise<RequestResult> =>
    role !== 'follower' || channel === undefined
      ? Promise.resolve(NOT_SENT)
      : replies.wait((id) => post(message(id)));

  // The follower's paths: the same guard on the mirrored state, then the owner's `send`.
  const followerGuard = (
    input: BusCommand,
  ): { command: BusCommand } | { refusal: Result & { ok: false } } => {
    const verdict = guardCommand(mirror.getState(), input);
    if (verdict.ok) return { command: verdict.command };
    return { refusal: { ok: false, reason: verdict.invalid === undefined ? verdict.reason : 'not-allowed' } };
  };
  const followerSend = (input: BusCommand): Result => {
    const checked = followerGuard(input);
    if ('refusal' in checked) return checked.refusal;
    if (role !== 'follower' || channel === undefined) return NOT_SENT;
    post({ kind: 'send', from: tabId, id: 0, command: checked.command, answer: false });
    return OK;
  };
  const followerRequest = (input: BusCommand): Promise<RequestResult> => {
    const checked = followerGuard(input);
    if ('refusal' in checked) return Promise.resolve(checked.refusal);
    return ask((id) => ({ kind: 'send', from: tabId, id, command: checked.command, answer: true }));
  };
  const followerRuntime: StoreRuntime = {
    options: { ...storeOptions, transport: { send: () => undefined, subscribe: () => () => undefined } },
    getState: mirror.getState,
    now,
    // The verbs reduce nothing in a follower: every change comes from the owner.
    dispatch: () => undefined,
    transmit: () => ({ posted: false }),
    refuse: (_type, reason) => ({ ok: false, reason }),
  };
  const followerActions: DialerActions = {
    ...createActions(followerRuntime, { send: followerSend, request: followerRequest }),
    login: (email, password) => ask((id) => ({ kind: 'login', from: tabId, id, email, password })),
    selectTags(tagIds) {
      if (role === 'follower') post({ kind: 'tags', tagIds: [...tagIds] });
    },
    // Only the owner talks to the bus; a follower mirrors it, event by event, and is as fresh as it is.
    resync: () => ({ ok: false, reason: 'not-allowed', message: 'another tab owns the bus' }),
  };
  // The verbs of whichever role the tab has when called.
  const actions = roleVerbs(followerActions, () => owned?.store.actions);

  const becomeOwner = (): void => {
    if (owned !== undefined) return;
    replies.settleAll('reconnected');
    const connection = connect();
    highestTerm = Math.max(highestTerm + 1, Date.now());
    const myTerm = highestTerm;
    let mySeq = 0;
    let broadcasting = true;
    // A tab that mirrored an owner takes over as after a reload of the bus frame: what it showed stays
    // (the user, recent calls, the tag picks parked for the call) and the new bus says where the call is.
    const seeded = term === undefined ? undefined : mirror.getState();
    const store = createDialerStoreWith(
      { ...storeOptions, transport: connection.transport },
      {
        ...(seeded === undefined ? {} : { initialState: seeded, reconnect: true }),
        onReduce(event, at) {
          if (!broadcasting) return;
          mySeq += 1;
          post({ kind: 'event', term: myTerm, seq: mySeq, event, at });
        },
      },
    );
    const unsubscribe = store.subscribe((next) => mirror.setState(next, true));
    owned = {
      store,
      connection,
      stop: () => {
        broadcasting = false;
        unsubscribe();
      },
    };
    term = myTerm;
    mirror.setState(store.getState(), true);
    const announce = (): void => post({ kind: 'state', term: myTerm, seq: mySeq, state: store.getState() });
    answerHello = announce;
    announce();
    store.start();
  };

  let answerHello: (() => void) | undefined;

  const leaveOwnership = (): void => {
    const leaving = owned;
    if (leaving === undefined) return;
    owned = undefined;
    answerHello = undefined;
    leaving.stop();
    safely(() => leaving.store.dispose());
    safely(() => leaving.connection.close?.());
  };

  const onRole = (next: TabRole): void => {
    role = next;
    if (next === 'owner') becomeOwner();
    else {
      leaveOwnership();
      post({ kind: 'hello' });
    }
    for (const listener of [...roleListeners]) safely(listener);
  };

  const applyEvent = (message: Extract<TabMessage, { kind: 'event' }>): void => {
    if (message.term !== term) {
      // A newer owner whose state this tab missed: ask for it. Events of an older one are stale.
      if (term === undefined || message.term > term) post({ kind: 'hello' });
      return;
    }
    if (message.seq <= seq) return;
    if (message.seq > seq + 1) {
      post({ kind: 'hello' });
      return;
    }
    seq = message.seq;
    const previous = mirror.getState();
    try {
      const next = reduceDialer(previous, message.event, message.at);
      if (next !== previous) mirror.setState(next, true);
    } catch {
      // Nothing from another tab may throw into the page: a state that cannot be followed is asked again.
      post({ kind: 'hello' });
    }
  };

  /** Sends the owner's answer to a follower's request back to the tab that asked. */
  const reply = (
    asked: { readonly from: string; readonly id: number },
    answer: Promise<RequestResult>,
  ): void => {
    void answer.then((result) => post({ kind: 'reply', to: asked.from, id: asked.id, result }));
  };

  const onMessage = (message: unknown): void => {
    if (!isTabMessage(message)) return;
    switch (message.kind) {
      case 'hello':
        answerHello?.();
        return;
      case 'state': {
        highestTerm = Math.max(highestTerm, message.term);
        if (owned !== undefined) return;
        const newer =
          term === undefined || message.term > term || (message.term === term && message.seq > seq);
        if (!newer || typeof message.state !== 'object' || message.state === null) return;
        term = message.term;
        seq = message.seq;
        mirror.setState(message.state, true);
        return;
      }
      case 'event':
        highestTerm = Math.max(highestTerm, message.term);
        if (owned === undefined) applyEvent(message);
        return;
      case 'send': {
        const store = owned?.store;
        if (store === undefined) return;
        if (message.answer) reply(message, store.request(message.command));
        else store.send(message.command);
        return;
      }
      case 'login':
        if (owned !== undefined) reply(message, owned.store.actions.login(message.email, message.password));
        return;
      case 'tags':
        if (Array.isArray(message.tagIds)) owned?.store.actions.selectTags(message.tagIds);
        return;
      case 'reply':
        if (message.to === tabId) replies.settle(message.id, message.result);
        return;
      default:
        message satisfies never;
    }
  };

  const tab: TabView = {
    role: () => role,
    subscribe(listener) {
      roleListeners.add(listener);
      return () => {
        roleListeners.delete(listener);
      };
    },
    takeOver: () => election?.takeOver(),
  };

  return {
    getState: mirror.getState,
    getInitialState: mirror.getInitialState,
    subscribe: (listener) => mirror.subscribe((next, previous) => safely(() => listener(next, previous))),
    now,
    start() {
      if (life !== 'new') return;
      life = 'started';
      channel = (options.channel ?? browserTabChannel)(tabName);
      stopListening = channel?.listen(onMessage);
      const locks = options.locks === null ? undefined : (options.locks ?? browserTabLocks());
      electionChannel =
        locks === undefined ? (options.channel ?? browserTabChannel)(`${tabName}:election`) : undefined;
      election = createTabElection({
        name: tabName,
        locks,
        channel: electionChannel,
        tabId,
        setTimeout: setTimer,
        clearTimeout: clearTimer,
      });
      election.subscribe(onRole);
      if (election.role() !== 'electing') onRole(election.role());
    },
    dispose() {
      if (life !== 'started') return;
      life = 'disposed';
      election?.close();
      leaveOwnership();
      replies.settleAll('closed');
      stopListening?.();
      channel?.close();
      electionChannel?.close();
      channel = undefined;
    },
    send: (command) => (owned?.store.send ?? followerSend)(command),
    actions,
    tab,
  };
}
