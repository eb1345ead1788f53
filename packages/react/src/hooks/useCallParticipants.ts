import type { CallParty, Participant } from '@dialer-kit/core';
import { useDialerSlice } from '../provider/useDialerStore';

/** The parties of the current call. */
export interface CallParticipantsView {
  /** Who the agent talks with (from SYNC; before the first SYNC, from the call's `from`/`to`). */
  readonly active: CallParty | undefined;
  /** Who is on hold during a transfer or a second call. */
  readonly inactive: CallParty | undefined;
  /** The agent's own leg (SYNC `me`). */
  readonly me: Participant | undefined;
  /** Conference participants, excluding the agent. */
  readonly participants: readonly Participant[];
}

const NONE: readonly Participant[] = [];

/** The parties of the current call; re-renders only when one of them changes. */
export function useCallParticipants(): CallParticipantsView {
  return useDialerSlice('useCallParticipants', (state) => ({
    active: state.call.activeParticipant,
    inactive: state.call.inactiveParticipant,
    me: state.call.metadata?.me,
    participants: state.call.metadata?.participants ?? NONE,
  }));
}
