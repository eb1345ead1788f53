import type { RecordingState } from '../protocol/enums';
import type { DialerState } from '../state/DialerState';
import { callPhase } from './statusGroups';

/** The states of a live call the agent must see at a glance, besides its status. */
export interface CallIndicators {
  /** The party the agent talks with is on hold (SYNC). */
  readonly held: boolean;
  /** When that hold began, on the store's clock (the hold timer's start); `undefined` while not held. */
  readonly heldSince: number | undefined;
  /** The agent's microphone is muted (what the kit last asked: the bus does not report mute). */
  readonly muted: boolean;
  /** The call's recording (SYNC): `recording`, `paused`, or `idle` when never started. */
  readonly recording: RecordingState;
}

const NONE: CallIndicators = { held: false, heldSince: undefined, muted: false, recording: 'idle' };

/**
 * Held, muted and recording, only while the call is live (media flows): before it connects and once it is
 * over there is nothing to hold, mute or record. A new object for each state: compare it shallowly.
 * @example const { held, heldSince } = selectCallIndicators(state);
 */
export function selectCallIndicators(state: DialerState): CallIndicators {
  const { call } = state;
  if (callPhase(call.status, call.flow) !== 'live') return NONE;
  const held = call.activeParticipant?.isHeld === true;
  return {
    held,
    heldSince: held ? call.heldSince : undefined,
    muted: call.muted,
    recording: call.metadata?.recordingState ?? 'idle',
  };
}
