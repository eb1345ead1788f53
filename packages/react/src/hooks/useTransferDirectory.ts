import {
  type ControlState,
  type Result,
  searchTeammates,
  selectTeammateAction,
  selectTeammates,
  type TeammateEntry,
  teammateAddress,
} from '@dialer-kit/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useMessages } from '../messages';
import { useDialerStore } from '../provider/useDialerStore';
import { useDialerSelector } from './useDialerSelector';

/** A name the host knows for a teammate (its own directory). */
export interface TeammateName {
  readonly id: number;
  readonly name: string;
}

/** Options of {@link useTransferDirectory}. */
export interface TransferDirectoryOptions {
  /** Names the host knows, winning over the names the bus gives. Pass a stable array. */
  readonly names?: readonly TeammateName[];
  /** Fetch everyone's availability (`API.FETCH_AVAILABILITIES`) each time the dialer becomes ready. Default true. */
  readonly fetchOnMount?: boolean;
}

/** Why a fetch of the directory failed: its result, when not `ok`. */
export type FetchFailure = Extract<Result, { readonly ok: false }>;

/** A teammate of the directory, with the words to show for them. */
export interface TeammateView extends TeammateEntry {
  /** The name, else "Teammate 654321". */
  readonly label: string;
}

/** The transfer directory's state and verbs. */
export interface TransferDirectoryView {
  /** Every teammate with live presence, sorted by name. */
  readonly teammates: readonly TeammateView[];
  readonly query: string;
  readonly setQuery: (query: string) => void;
  /** The teammates matching `query` (all of them when it is blank). */
  readonly results: readonly TeammateView[];
  /** The picked teammate, while the search shows them. */
  readonly selected: TeammateView | undefined;
  readonly select: (userId: number | undefined) => void;
  /** What picking does now: `call` (no call under way) or `transfer` (a warm transfer). */
  readonly action: 'call' | 'transfer';
  /** The control of `start`: that of the action (`dial` or `startWarmTransfer`), with its reason when disabled. */
  readonly startControl: ControlState;
  /** `API.FETCH_AVAILABILITIES` awaits its answer. */
  readonly isLoading: boolean;
  /**
   * The last fetch's failed result (a `reason` code such as `timeout`, and the bus's words in `message` when it
   * gave some), until the next success or `dismissFailure`.
   */
  readonly failure: FetchFailure | undefined;
  /** Hides {@link TransferDirectoryView.failure}. */
  readonly dismissFailure: () => void;
  /** Fetches everyone's availability again (`API.FETCH_AVAILABILITIES`); settles when the bus answers or times out. */
  readonly fetchAvailabilities: () => Promise<Result<{ readonly payload: unknown }>>;
  /** Calls the teammate, or starts a warm transfer to them, as `action` says. */
  readonly start: (userId: number) => Result;
}

/**
 * A directory of teammates with live presence (`USER.TEAMMATE_AVAILABILITY_CHANGED`,
 * `API.FETCH_AVAILABILITIES`), searchable, to call one (idle) or start a warm transfer to one (in a call).
 * It fetches the availabilities when the dialer becomes ready.
 * @example
 * const directory = useTransferDirectory({ names: crmTeam });
 * if (directory.selected) directory.start(directory.selected.userId);
 */
export function useTransferDirectory(options: TransferDirectoryOptions = {}): TransferDirectoryView {
  const { names, fetchOnMount = true } = options;
  const store = useDialerStore('useTransferDirectory');
  const messages = useMessages();
  const nameMap = useMemo(
    () => (names === undefined ? undefined : new Map(names.map((n) => [n.id, n.name]))),
    [names],
  );
  const entries = useDialerSelector((state) => selectTeammates(state, nameMap), {
    hookName: 'useTransferDirectory',
  });
  const { kind, control, ready, isLoading } = useDialerSelector(
    (state) => {
      const action = selectTeammateAction(state);
      return {
        kind: action.kind,
        control: action.control,
        ready: state.connection === 'ready',
        isLoading: state.requests['API.FETCH_AVAILABILITIES'] !== undefined,
      };
    },
    { equality: 'shallow', hookName: 'useTransferDirectory' },
  );
  const [query, setQuery] = useState('');
  const [selectedId, select] = useState<number | undefined>(undefined);
  const [failure, setFailure] = useState<FetchFailure | undefined>(undefined);

  const teammates = useMemo(
    () => entries.map((entry) => ({ ...entry, label: entry.name ?? messages.format.teammate(entry.userId) })),
    [entries, messages],
  );
  const results = useMemo(() => searchTeammates(teammates, query, (t) => t.label), [teammates, query]);
  const selected = results.find((teammate) => teammate.userId === selectedId);

  const fetchAvailabilities = useCallback(async () => {
    const result = await store.actions.fetchAvailabilities();
    // Another fetch already on its way fills the same state: nothing failed.
    if (result.ok) setFailure(undefined);
    else if (result.reason !== 'request-pending') setFailure(result);
    return result;
  }, [store]);

  // Once per readiness: StrictMode's second effect run, or a re-render, must not send a second fetch.
  const fetchedWhileReady = useRef(false);
  useEffect(() => {
    if (!ready) {
      fetchedWhileReady.current = false;
      return;
    }
    if (!fetchOnMount || fetchedWhileReady.current) return;
    fetchedWhileReady.current = true;
    void fetchAvailabilities();
  }, [ready, fetchOnMount, fetchAvailabilities]);

  const start = useCallback(
    (userId: number) => {
      const to = teammateAddress(userId);
      return kind === 'call'
        ? store.actions.dial(to, { mode: 'teammate' })
        : store.actions.startWarmTransfer(to);
    },
    [store, kind],
  );
  const dismissFailure = useCallback(() => setFailure(undefined), []);

  return useMemo(
    () => ({
      teammates,
      query,
      setQuery,
      results,
      selected,
      select,
      action: kind,
      startControl: control,
      isLoading,
      failure,
      dismissFailure,
      fetchAvailabilities,
      start,
    }),
    [
      teammates,
      query,
      results,
      selected,
      kind,
      control,
      isLoading,
      failure,
      dismissFailure,
      fetchAvailabilities,
      start,
    ],
  );
}
