import type { CallParty, DialerState, Participant } from '@dialer-kit/core';
import { useDialerSelector } from './useDialerSelector';

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

function selectParticipants({ call }: DialerState): CallParticipantsView {
  return {
    active: call.activeParticipant,
    inactive: call.inactiveParticipant,
    me: call.metadata?.me,
    participants: call.metadata?.participants ?? NONE,
  };
}

/** The parties of the current call; re-renders only when one of them changes. */
export function useCallParticipants(): CallParticipantsView {
  return useDialerSelector(selectParticipants, { equality: 'shallow', hookName: 'useCallParticipants' });
}
