import type { CallMetadata } from '../protocol/entities';
import { partyFromAddress, partyFromSync } from '../reducer/participants';
import type { Mutable } from '../reducer/types';
import type { AfterCallSummary, CallBasis, CallParty, CallState } from '../state/CallState';

/** What a call's summary takes from the call itself (see {@link summaryOf}). */
export function basisOf(call: CallState): CallBasis {
  const { connectedAt, endedAt, incoming } = call;
  const talkTimeMs =
    connectedAt !== undefined && endedAt !== undefined ? Math.max(0, endedAt - connectedAt) : undefined;
  // Once synced the parties come from SYNC: whom the call started with is the address it started with.
  const startAddress = partyFromAddress(call.dialing?.to ?? incoming?.from);
  const startParty = call.synced ? startAddress : (call.activeParticipant ?? startAddress);
  // Written out, each optional field added only when present: conditional spreads are one of V8's slow
  // paths, and this runs for every record and summary.
  const basis: Mutable<CallBasis> = { talkTimeMs };
  if (incoming?.answer === 'accepted') basis.acceptedUuid = incoming.callUuid;
  if (startParty !== undefined) basis.startParty = startParty;
  return basis;
}

/**
 * A call's summary from its basis and SYNC's last metadata: the one reading of a call for the panel of the
 * call that has just ended and for the recent calls kept after it. The party is the one talked with
 * (`talkedWith`, by default the one SYNC names), else the other end of the call SYNC's `from`/`to` give,
 * else whom the call started with.
 */
export function summaryOf(
  basis: CallBasis,
  metadata: CallMetadata | undefined,
  talkedWith: CallParty | undefined = partyFromSync(metadata?.activeParticipant),
): AfterCallSummary {
  const otherEnd =
    metadata?.direction === 'outgoing'
      ? metadata.to
      : metadata?.direction === 'incoming'
        ? metadata.from
        : undefined;
  return {
    callUuid: metadata?.callUuid ?? basis.acceptedUuid,
    talkTimeMs: basis.talkTimeMs,
    line: metadata?.line,
    party: talkedWith ?? partyFromAddress(otherEnd) ?? basis.startParty,
    direction: metadata?.direction,
    recordingState: metadata?.recordingState,
  };
}

/** The summary of `call` as it stands (see {@link summaryOf}). */
export function summarizeCall(call: CallState): AfterCallSummary {
  return summaryOf(basisOf(call), call.metadata, call.activeParticipant);
}
