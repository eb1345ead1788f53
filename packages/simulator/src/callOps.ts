import type { CallDirection, CallFlow, CallStatus, ParticipantState } from '@dialer-kit/core';
import { clientIdOf } from './addresses';
import type { BusContext } from './busContext';
import type { Party, SimCall } from './busState';
import { buildMetadata } from './metadata';
import type { SimulatedLine } from './settings';

/** Sets the call's status and emits `DIALER.CALL_STATUS` (no `flow` when idle). */
export function setStatus(
  ctx: BusContext,
  call: SimCall,
  status: CallStatus,
  flow: CallFlow = call.flow,
): void {
  call.status = status;
  call.flow = flow;
  ctx.emit({ type: 'DIALER.CALL_STATUS', payload: status === 'idle' ? { status } : { status, flow } });
}

/** Emits `DIALER.CALL_STATUS {status: idle}` and forgets the call. */
export function becomeIdle(ctx: BusContext): void {
  if (ctx.state.call) ctx.state.call.status = 'idle';
  ctx.state.call = undefined;
  ctx.emit({ type: 'DIALER.CALL_STATUS', payload: { status: 'idle' } });
}

/** Emits `DIALER.SYNC` with the call's current metadata. */
export function sync(ctx: BusContext, call: SimCall): void {
  ctx.emit({ type: 'DIALER.SYNC', payload: { metadata: buildMetadata(call, ctx.settings.agent.id) } });
}

/** A new far party with a fresh leg id. */
export function newParty(ctx: BusContext, address: string, state: ParticipantState): Party {
  return { address, legId: ctx.ids.nextSid(), isHeld: false, state };
}

/** What a new call needs to know. */
export interface NewCall {
  readonly direction: CallDirection;
  readonly line: SimulatedLine;
  readonly from: string;
  readonly to: string;
  readonly party: Party;
  /** Between teammates only (never recorded); default: when `party` is a teammate. */
  readonly internal?: boolean;
  readonly callUuid?: string;
}

/** Creates a call (not yet current) and records it for `API.UPDATE_CALL_TAGS`. */
export function createCall(ctx: BusContext, init: NewCall): SimCall {
  // Calls between teammates are internal: never recorded.
  const internal = init.internal ?? clientIdOf(init.party.address) !== undefined;
  const mode = internal ? 'off' : (init.line.recording ?? 'auto');
  const call: SimCall = {
    id: ctx.ids.nextCallId(),
    callUuid: init.callUuid ?? ctx.ids.nextSid(),
    direction: init.direction,
    line: init.line,
    from: init.from,
    to: init.to,
    status: 'idle',
    flow: 'regular',
    meLegId: ctx.ids.nextSid(),
    muted: false,
    canControlRecording: mode !== 'off',
    autoRecord: mode === 'auto',
    recordingState: 'idle',
    parties: [init.party],
    activeLegId: init.party.legId,
    coach: undefined,
    coachee: undefined,
    tags: [],
    tagged: false,
    wasConnected: false,
  };
  ctx.state.calls.set(call.callUuid, call);
  return call;
}

/** `connected` in `flow`, then SYNC; the first time, recording starts if automatic and the agent is in a call. */
export function connect(ctx: BusContext, call: SimCall, flow: CallFlow = 'regular'): void {
  const first = !call.wasConnected;
  if (first) {
    call.wasConnected = true;
    if (call.autoRecord) call.recordingState = 'recording';
  }
  setStatus(ctx, call, 'connected', flow);
  sync(ctx, call);
  if (first) ctx.availability.callStarted();
}

/**
 * Ends the agent's part of the call: `hanging` in the flow being left (unless `hanging` is false), then
 * `mandatoryTagging` when the line demands tags the call lacks, else `ended`; availability follows.
 */
export function endCall(
  ctx: BusContext,
  call: SimCall,
  options: { hanging: boolean; tagging: boolean },
): void {
  if (options.hanging) setStatus(ctx, call, 'hanging');
  for (const party of call.parties) party.state = 'ended';
  const taggingPending =
    options.tagging && call.wasConnected && !call.tagged && call.line.mandatoryTagging === true;
  setStatus(ctx, call, taggingPending ? 'mandatoryTagging' : 'ended', 'regular');
  if (call.wasConnected) ctx.availability.callEnded(taggingPending);
}

/**
 * Leaves a two-party sub-flow (warm transfer, concurrent) because `leaving` hung up: `hanging` in that flow,
 * then `connected` in `regular` with the remaining party, taken off hold.
 */
export function leaveSubFlow(ctx: BusContext, call: SimCall, leaving: Party): void {
  leaving.state = 'ended';
  call.parties = call.parties.filter((party) => party !== leaving);
  const remaining = call.parties[0];
  if (remaining) {
    remaining.isHeld = false;
    call.activeLegId = remaining.legId;
  }
  setStatus(ctx, call, 'hanging');
  setStatus(ctx, call, 'connected', 'regular');
  sync(ctx, call);
}

/** Returns the call to `connected` in `regular` after a conference ends, keeping the parties still there. */
export function backToRegular(ctx: BusContext, call: SimCall): void {
  call.parties = call.parties.filter((party) => party.state !== 'ended');
  const first = call.parties[0];
  if (first && !call.parties.some((party) => party.legId === call.activeLegId))
    call.activeLegId = first.legId;
  setStatus(ctx, call, 'connected', 'regular');
}
