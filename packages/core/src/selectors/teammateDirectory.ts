import { getControls } from '../controls/getControls';
import type { ControlState } from '../controls/types';
import type { CallMetadata, Participant } from '../protocol/entities';
import type { AvailabilityStatus } from '../protocol/enums';
import type { DialerState } from '../state/DialerState';
import { listTeammates } from '../state/teammates';
import { isCallOver } from './statusGroups';

/** A teammate as a transfer directory lists them. */
export interface TeammateEntry {
  readonly userId: number;
  /** The host's name for them, else the one the bus gave; `undefined` when neither did. */
  readonly name: string | undefined;
  /** Live presence (`USER.TEAMMATE_AVAILABILITY_CHANGED`, `API.FETCH_AVAILABILITIES`), unknown ones as sent. */
  readonly status: AvailabilityStatus;
}

/** What picking a teammate does now: call them (no call) or start a warm transfer to them (in a call). */
export interface TeammateAction {
  readonly kind: 'call' | 'transfer';
  /** The control of that verb (`dial` or `startWarmTransfer`), with the reason it is disabled. */
  readonly control: ControlState;
}

/** The names the bus gave teammates: `user.name` of the current call's SYNC participants. */
function busNames(metadata: CallMetadata | undefined): Map<number, string> {
  const names = new Map<number, string>();
  if (metadata === undefined) return names;
  const { me, activeParticipant, inactiveParticipant, participants, coacheeParticipant, coachParticipant } =
    metadata;
  const all: readonly (Participant | undefined)[] = [
    me,
    activeParticipant,
    inactiveParticipant,
    ...(participants ?? []),
    coacheeParticipant,
    coachParticipant,
  ];
  for (const participant of all) {
    const id = participant?.user?.id;
    const name = participant?.user?.name?.trim();
    if (typeof id === 'number' && name) names.set(id, name);
  }
  return names;
}

/** Named teammates first, by name; then the others by id: an order that does not move with presence. */
function byName(a: TeammateEntry, b: TeammateEntry): number {
  if (a.name !== undefined && b.name !== undefined) {
    return a.name.localeCompare(b.name) || a.userId - b.userId;
  }
  if (a.name !== undefined) return -1;
  if (b.name !== undefined) return 1;
  return a.userId - b.userId;
}

interface Cached {
  readonly metadata: CallMetadata | undefined;
  readonly selfId: number | undefined;
  readonly names: ReadonlyMap<number, string> | undefined;
  readonly result: readonly TeammateEntry[];
}
const cache = new WeakMap<DialerState['availability']['teammates'], Cached>();

/**
 * Every teammate whose availability the kit holds, never the agent, sorted by name (unnamed ones last, by
 * id). A name comes from `names` (the host's directory), else from the bus (`user.name` in SYNC). The same
 * array comes back while the teammates, the call's metadata and `names` are unchanged.
 * @example selectTeammates(store.getState()).filter((t) => t.status === 'available')
 */
export function selectTeammates(
  state: DialerState,
  names?: ReadonlyMap<number, string>,
): readonly TeammateEntry[] {
  const { teammates } = state.availability;
  const { metadata } = state.call;
  const selfId = state.user?.id ?? state.availability.self?.userId;
  const cached = cache.get(teammates);
  if (
    cached !== undefined &&
    cached.metadata === metadata &&
    cached.selfId === selfId &&
    cached.names === names
  ) {
    return cached.result;
  }
  const fromBus = busNames(metadata);
  const next = listTeammates(teammates)
    .filter((teammate) => teammate.userId !== selfId)
    .map((teammate) => ({
      userId: teammate.userId,
      name: names?.get(teammate.userId) ?? fromBus.get(teammate.userId),
      status: teammate.status,
    }))
    .sort(byName);
  // A SYNC changes the metadata far more often than the names it carries: same entries, same array.
  const result = cached !== undefined && sameEntries(cached.result, next) ? cached.result : next;
  cache.set(teammates, { metadata, selfId, names, result });
  return result;
}

function sameEntries(a: readonly TeammateEntry[], b: readonly TeammateEntry[]): boolean {
  return (
    a.length === b.length &&
    a.every((entry, i) => {
      const other = b[i];
      return entry.userId === other?.userId && entry.name === other.name && entry.status === other.status;
    })
  );
}

/** Lower case without diacritics, so "eloise" finds "Éloïse". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/**
 * The teammates matching `query`: every word of it appears in the teammate's label (default: the name) or
 * id, ignoring case and accents. A blank query returns `entries` itself.
 * @example searchTeammates(teammates, 'sam t', (t) => t.name ?? `Teammate ${t.userId}`)
 */
export function searchTeammates<T extends TeammateEntry>(
  entries: readonly T[],
  query: string,
  labelOf: (entry: T) => string = (entry) => entry.name ?? '',
): readonly T[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return entries;
  return entries.filter((entry) => {
    const text = fold(`${labelOf(entry)} ${entry.userId}`);
    return words.every((word) => text.includes(word));
  });
}

/**
 * What picking a teammate does: with no call under way (`idle`, `ended`), call them (`dial`); otherwise start
 * a warm transfer to them (`startWarmTransfer`), each with its control.
 * @example const { kind, control } = selectTeammateAction(store.getState());
 */
export function selectTeammateAction(state: DialerState): TeammateAction {
  const controls = getControls(state);
  return isCallOver(state.call.status)
    ? { kind: 'call', control: controls.dial }
    : { kind: 'transfer', control: controls.startWarmTransfer };
}

/** The bus address of a teammate, `client:<id>`, to dial or transfer to. */
export function teammateAddress(userId: number): string {
  return `client:${userId}`;
}
