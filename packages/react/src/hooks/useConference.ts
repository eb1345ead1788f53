import { type ConferenceState, type Result, selectConference } from '@dialer-kit/core';
import { useCallback, useMemo } from 'react';
import { useDialerStore } from '../provider/useDialerStore';
import { useDialerSelector } from './useDialerSelector';

/** A conference as the agent sees it, with its verbs. */
export interface ConferenceView extends ConferenceState {
  /** Invites `to`: starts a conference from a connected call, or grows it (`DIALER.INVITE_PARTICIPANT`). */
  readonly invite: (to: string) => Result;
  /** Removes a participant (`DIALER.KICK_PARTICIPANT {legId}`); ask the agent to confirm first. */
  readonly kick: (legId: string) => Result;
  /**
   * Holds or resumes one participant by its leg (`actions.hold(shouldHold, legId)`), refused with the
   * reason of its `holdControl`.
   */
  readonly hold: (legId: string, shouldHold: boolean) => Result;
}

/**
 * State and verbs of a conference: `phase` (`offer` on a connected call, `active` in the conference), the
 * participants with their state and controls, the invite control, and the last failure. Re-renders only
 * when one of them changes.
 * @example
 * const { participants, kick } = useConference();
 * participants.filter((p) => p.state === 'ringing').forEach((p) => kick(p.legId));
 */
export function useConference(): ConferenceView {
  const store = useDialerStore('useConference');
  const view = useDialerSelector(selectConference, { equality: 'shallow', hookName: 'useConference' });
  const invite = useCallback((to: string) => store.actions.invite(to), [store]);
  const kick = useCallback((legId: string) => store.actions.kick(legId), [store]);
  const hold = useCallback(
    (legId: string, shouldHold: boolean) => store.actions.hold(shouldHold, legId),
    [store],
  );
  return useMemo(() => ({ ...view, invite, kick, hold }), [view, invite, kick, hold]);
}
