import type { DialerState, RecordingState } from '@dialer-kit/core';

/** What the call bar shows of the call's details (`useCallDetails` has more, which SYNC changes). */
export interface ShownDetails {
  readonly muted: boolean;
  readonly held: boolean;
  readonly recordingState: RecordingState;
  /** SYNC named the call's line; its name and number as text, so a SYNC restating it renders nothing. */
  readonly hasLine: boolean;
  readonly lineName: string | undefined;
  /** The line's number as the bus wrote it (else its E.164 form). */
  readonly lineNumber: string | undefined;
}

/** {@link ShownDetails} of the current call, to select with shallow equality. */
export function selectShownDetails({ call }: DialerState): ShownDetails {
  const line = call.metadata?.line;
  return {
    muted: call.muted,
    held: call.activeParticipant?.isHeld ?? false,
    recordingState: call.metadata?.recordingState ?? 'idle',
    hasLine: line !== undefined,
    lineName: line?.name,
    lineNumber: line?.number || line?.normalized,
  };
}
