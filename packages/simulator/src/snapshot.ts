import type { CallDirection, CallFlow, CallMetadata, CallStatus, RecordingState } from '@dialer-kit/core';
import type { IncomingPayload } from '@dialer-kit/core/protocol';
import type { AvailabilityRecord } from './availability';
import type { BusContext } from './busContext';
import type { SimCall } from './busState';
import type { FaultableOperation } from './faults';
import { buildMetadata } from './metadata';
import type { SimulatedLine } from './settings';

/** The simulated call as a control panel shows it. */
export interface CallSnapshot {
  readonly callUuid: string;
  readonly id: number;
  readonly direction: CallDirection;
  readonly lineId: number;
  readonly status: CallStatus;
  readonly flow: CallFlow;
  readonly muted: boolean;
  readonly recordingState: RecordingState;
  readonly canControlRecording: boolean;
  readonly tags: readonly number[];
  readonly tagged: boolean;
  /** Someone on the far side is ringing (a `remoteAnswers()` would do something). */
  readonly farSideRinging: boolean;
  /** What the next SYNC would carry. */
  readonly metadata: CallMetadata;
}

/** Everything the simulated bus holds, as plain data. */
export interface SimulatorSnapshot {
  /** Simulator clock time, ms. */
  readonly time: number;
  readonly registered: boolean;
  readonly authenticated: boolean;
  /** INITs in effect (0 after DESTROY; above 1 events are duplicated). */
  readonly inits: number;
  /** Status of the current call (`idle` when none). */
  readonly status: CallStatus;
  readonly call: CallSnapshot | undefined;
  /** The call offered by the last INCOMING, until accepted, rejected or missed. */
  readonly incoming: IncomingPayload | undefined;
  readonly agent: AvailabilityRecord;
  readonly teammates: readonly AvailabilityRecord[];
  readonly lines: readonly SimulatedLine[];
  readonly armedFaults: readonly FaultableOperation[];
}

const callSnapshot = (call: SimCall, agentId: number): CallSnapshot => ({
  callUuid: call.callUuid,
  id: call.id,
  direction: call.direction,
  lineId: call.line.id,
  status: call.status,
  flow: call.flow,
  muted: call.muted,
  recordingState: call.recordingState,
  canControlRecording: call.canControlRecording,
  tags: [...call.tags],
  tagged: call.tagged,
  farSideRinging: call.parties.some((party) => party.state === 'ringing'),
  metadata: buildMetadata(call, agentId),
});

/** Takes a {@link SimulatorSnapshot} of the bus (a fresh copy: safe to keep). */
export function takeSnapshot(ctx: BusContext): SimulatorSnapshot {
  const { state } = ctx;
  return structuredClone({
    time: ctx.clock.now(),
    registered: state.registered,
    authenticated: state.authenticated,
    inits: state.inits,
    status: state.call?.status ?? 'idle',
    call: state.call && callSnapshot(state.call, ctx.settings.agent.id),
    incoming: state.incoming?.payload,
    agent: ctx.availability.agent(),
    teammates: ctx.availability.teammates(),
    lines: state.lines,
    armedFaults: ctx.faults.armed(),
  });
}
