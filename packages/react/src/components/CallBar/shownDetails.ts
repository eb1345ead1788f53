import {
  type CallFlow,
  type CallStatus,
  type ConnectionState,
  type DialerState,
  selectOfferedCall,
} from '@dialer-kit/core';

/** What the call bar shows of the call and the link (`useCallDetails` has more, which SYNC changes). */
export interface ShownDetails {
  readonly status: CallStatus;
  readonly flow: CallFlow | undefined;
  /** The link's state alone (`useBusConnection` also carries the login and the tab's role). */
  readonly connection: ConnectionState;
  /** A call is offered (the banner's to show). */
  readonly offered: boolean;
  /** The bus is silent and has not answered the kit's request for fresh state (`useBusConnection().stale`). */
  readonly stale: boolean;
  readonly muted: boolean;
  readonly held: boolean;
  /** The call is being recorded (not paused, not idle). */
  readonly recording: boolean;
  /** SYNC named the call's line; its name and number as text, so a SYNC restating it renders nothing. */
  readonly hasLine: boolean;
  readonly lineName: string | undefined;
  /** The line's number as the bus wrote it (else its E.164 form). */
  readonly lineNumber: string | undefined;
}

/** {@link ShownDetails} of the current call, to select with shallow equality. */
export function selectShownDetails(state: DialerState): ShownDetails {
  const { call } = state;
  const line = call.metadata?.line;
  return {
    status: call.status,
    flow: call.flow,
    connection: state.connection,
    offered: selectOfferedCall(state) !== undefined,
    stale: state.session.silence?.stale === true,
    muted: call.muted,
    held: call.activeParticipant?.isHeld ?? false,
    recording: call.metadata?.recordingState === 'recording',
    hasLine: line !== undefined,
    lineName: line?.name,
    lineNumber: line?.number || line?.normalized,
  };
}
