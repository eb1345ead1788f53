import type { CallDirection, DialerState, Line, RecordingState } from '@dialer-kit/core';
import { useDialerSelector } from './useDialerSelector';

/** What the call bar shows beside the status: media toggles and SYNC details. */
export interface CallDetailsView {
  /** What the kit last asked for (the bus does not report mute). */
  readonly muted: boolean;
  /** The party the agent talks with is on hold (SYNC). */
  readonly held: boolean;
  /** From SYNC; `idle` before it. */
  readonly recordingState: RecordingState;
  /** SYNC `canControlRecording` (false before the first SYNC). */
  readonly canControlRecording: boolean;
  readonly direction: CallDirection | undefined;
  /** The call's id in the bus (SYNC `callUuid`, else the incoming call's). */
  readonly callUuid: string | undefined;
  /** The line of the call (SYNC `metadata.line`), `undefined` before the first SYNC. */
  readonly line: Line | undefined;
}

function selectCallDetails({ call }: DialerState): CallDetailsView {
  return {
    muted: call.muted,
    held: call.activeParticipant?.isHeld ?? false,
    recordingState: call.metadata?.recordingState ?? 'idle',
    canControlRecording: call.metadata?.canControlRecording ?? false,
    direction: call.metadata?.direction,
    callUuid: call.metadata?.callUuid ?? call.incoming?.callUuid,
    line: call.metadata?.line,
  };
}

/** Mute, hold and recording state, the line and SYNC details of the current call. */
export function useCallDetails(): CallDetailsView {
  return useDialerSelector(selectCallDetails, { equality: 'shallow', hookName: 'useCallDetails' });
}
