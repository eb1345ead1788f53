import type { AvailabilitySetting, AvailabilityStatus } from '@dialer-kit/core';
import type {
  AvailabilityPayload,
  BusEvent,
  BusEventPayloadMap,
  FetchedAvailability,
} from '@dialer-kit/core/protocol';
import type { SimulatorClock } from './clock';
import type { SimulatedMember, SimulatorSettings } from './settings';

/** One member's availability as the simulated bus holds it. */
export interface AvailabilityRecord {
  readonly userId: number;
  readonly status: AvailabilityStatus;
  readonly wrapUpTimeConfig?: number;
  readonly wrapUpTimeTtl?: number;
  readonly version: number;
  readonly updatedAt: number;
}

/** The availability side of the simulated bus: the agent's own (driven by calls) and the teammates'. */
export interface Availability {
  agent(): AvailabilityRecord;
  teammates(): readonly AvailabilityRecord[];
  /** Emits the agent's current availability (after INIT). */
  announce(): void;
  callStarted(): void;
  /** The agent's call ended; `taggingPending` while it must be tagged; `wrapUp` false skips after-call work. */
  callEnded(taggingPending: boolean, wrapUp?: boolean): void;
  /** The call that had to be tagged was tagged. */
  tagged(): void;
  /** `API.UPDATE_AVAILABILITY`: false (no effect) while in a call or in after-call work. */
  choose(setting: AvailabilitySetting): boolean;
  fetchAll(): BusEventPayloadMap['API.FETCH_AVAILABILITIES_FULFILLED'];
  fetchUser(userId: number): BusEventPayloadMap['API.FETCH_USER_AVAILABILITY_FULFILLED'] | undefined;
  /** A teammate's availability changed (far side); false for an unknown teammate. */
  setTeammate(userId: number, status: AvailabilityStatus): boolean;
  /** Cancels the wrap-up countdown (bus restart). */
  dispose(): void;
}

/**
 * What each availability setting shows as (simulator decision: the bus documents no mapping; `auto` follows
 * no schedule here, every "unavailable" reason shows as `do_not_disturb`).
 */
export const SETTING_STATUS: { readonly [S in AvailabilitySetting]: AvailabilityStatus } = {
  always_opened: 'available',
  auto: 'available',
  always_closed: 'do_not_disturb',
  other: 'do_not_disturb',
  doing_back_office: 'do_not_disturb',
  in_training: 'do_not_disturb',
  on_a_break: 'do_not_disturb',
  out_for_lunch: 'do_not_disturb',
};

const IN_CALL_STATUSES: readonly AvailabilityStatus[] = ['in_call', 'after_call_work'];

/**
 * The next `updatedAt`: microseconds like the protocol's example, strictly after `last` so two changes in
 * one millisecond are both newer than what the kit holds.
 */
const nextUpdatedAt = (nowMs: number, last?: number): number =>
  Math.max(nowMs * 1000, last === undefined ? 0 : last + 1);

const toRecord = (member: SimulatedMember, now: number): AvailabilityRecord => ({
  userId: member.id,
  status: member.status,
  ...(member.wrapUpTimeConfig === undefined ? {} : { wrapUpTimeConfig: member.wrapUpTimeConfig }),
  ...(member.wrapUpTimeTtl === undefined ? {} : { wrapUpTimeTtl: member.wrapUpTimeTtl }),
  version: member.version ?? 1,
  updatedAt: nextUpdatedAt(now),
});

const toPayload = ({ version: _, ...record }: AvailabilityRecord): AvailabilityPayload => record;
const toFetched = ({ userId: _, updatedAt: __, ...record }: AvailabilityRecord): FetchedAvailability =>
  record;

/** Creates the {@link Availability} of a simulated bus; changes are emitted through `emit`. */
export function createAvailability(
  settings: SimulatorSettings,
  clock: SimulatorClock,
  emit: (event: BusEvent) => void,
): Availability {
  let agent = toRecord(settings.agent, clock.now());
  const teammates = new Map(settings.teammates.map((member) => [member.id, toRecord(member, clock.now())]));
  // The status the agent returns to after a call: the one held before it started.
  let resting: AvailabilityStatus = IN_CALL_STATUSES.includes(agent.status) ? 'available' : agent.status;
  let wrapUp:
    | {
        readonly config: number;
        readonly endsAt: number;
        done: boolean;
        taggingPending: boolean;
        cancel: () => void;
      }
    | undefined;

  const setAgent = (
    status: AvailabilityStatus,
    wrapUpFields: { wrapUpTimeConfig?: number; wrapUpTimeTtl?: number } = {},
  ): void => {
    agent = {
      userId: agent.userId,
      status,
      ...wrapUpFields,
      version: agent.version + 1,
      updatedAt: nextUpdatedAt(clock.now(), agent.updatedAt),
    };
    emit({ type: 'USER.AVAILABILITY_CHANGED', payload: toPayload(agent) });
  };
  const finishWrapUp = (): void => {
    if (!wrapUp?.done || wrapUp.taggingPending) return;
    const { config } = wrapUp;
    wrapUp = undefined;
    setAgent(resting, { wrapUpTimeConfig: config, wrapUpTimeTtl: 0 });
  };
  const ttl = (): number =>
    wrapUp ? Math.max(0, Math.ceil((wrapUp.endsAt - clock.now()) / 1000)) : (agent.wrapUpTimeTtl ?? 0);
  // While in after-call work the time left is computed when asked, not stored.
  const currentAgent = (): AvailabilityRecord =>
    agent.status === 'after_call_work' ? { ...agent, wrapUpTimeTtl: ttl() } : agent;

  return {
    agent: currentAgent,
    teammates: () => [...teammates.values()],
    announce: () => emit({ type: 'USER.AVAILABILITY_CHANGED', payload: toPayload(agent) }),
    callStarted() {
      wrapUp?.cancel();
      wrapUp = undefined;
      if (!IN_CALL_STATUSES.includes(agent.status)) resting = agent.status;
      if (agent.status !== 'in_call') setAgent('in_call');
    },
    callEnded(taggingPending, withWrapUp = true) {
      wrapUp?.cancel();
      const seconds = withWrapUp ? settings.wrapUpSeconds : 0;
      if (seconds <= 0 && !taggingPending) {
        wrapUp = undefined;
        setAgent(resting);
        return;
      }
      const state = {
        config: seconds,
        endsAt: clock.now() + seconds * 1000,
        done: seconds <= 0,
        taggingPending,
        cancel: () => {},
      };
      wrapUp = state;
      setAgent('after_call_work', { wrapUpTimeConfig: seconds, wrapUpTimeTtl: seconds });
      if (state.done) return;
      state.cancel = clock.schedule(seconds * 1000, () => {
        state.done = true;
        finishWrapUp();
      });
    },
    tagged() {
      if (!wrapUp) return;
      wrapUp.taggingPending = false;
      finishWrapUp();
    },
    choose(setting) {
      if (IN_CALL_STATUSES.includes(agent.status)) return false;
      resting = SETTING_STATUS[setting];
      setAgent(resting);
      return true;
    },
    fetchAll() {
      const all: { [userId: string]: FetchedAvailability } = {};
      for (const record of [currentAgent(), ...teammates.values()])
        all[String(record.userId)] = toFetched(record);
      return all;
    },
    fetchUser(userId) {
      const record = userId === agent.userId ? currentAgent() : teammates.get(userId);
      return record && { userId, ...toFetched(record) };
    },
    setTeammate(userId, status) {
      const current = teammates.get(userId);
      if (!current) return false;
      const next = {
        userId,
        status,
        version: current.version + 1,
        updatedAt: nextUpdatedAt(clock.now(), current.updatedAt),
      };
      teammates.set(userId, next);
      emit({ type: 'USER.TEAMMATE_AVAILABILITY_CHANGED', payload: toPayload(next) });
      return true;
    },
    dispose() {
      wrapUp?.cancel();
      wrapUp = undefined;
    },
  };
}
