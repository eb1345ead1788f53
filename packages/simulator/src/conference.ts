import type { BusCommandOf } from '@dialer-kit/core';
import { undialable } from './addresses';
import type { BusContext, Refusal } from './busContext';
import { isUnderWay, liveParties, type Party, type SimCall } from './busState';
import { backToRegular, newParty, setStatus, sync } from './callOps';

/** The call in a conference, or why there is none. */
const conferenceCall = (ctx: BusContext): SimCall | string => {
  const call = ctx.state.call;
  if (!isUnderWay(call) || call.flow !== 'conference') return 'no conference';
  return call;
};

/**
 * `DIALER.INVITE_PARTICIPANT`: from `regular/connected`, startingConference → conference/initiating + SYNC
 * (or back to connected when the start fails); in a conference, no status: only a SYNC with the invitee ringing.
 */
export function inviteParticipant(
  ctx: BusContext,
  command: BusCommandOf<'DIALER.INVITE_PARTICIPANT'>,
): Refusal {
  const call = ctx.state.call;
  if (!isUnderWay(call)) return 'no call';
  const { to } = command.payload;
  const unreachable = undialable(to, ctx.settings.agent.id);
  if (unreachable) return unreachable;
  if (call.flow === 'conference' && (call.status === 'initiating' || call.status === 'initiated')) {
    const failed = ctx.faults.consume('invite');
    if (failed) ctx.log.add('fault', 'invitation failed', command.type);
    call.parties = [...call.parties, newParty(ctx, to, failed ? 'ended' : 'ringing')];
    sync(ctx, call);
    return undefined;
  }
  if (call.flow !== 'regular' || call.status !== 'connected')
    return 'no regular connected call or conference';
  setStatus(ctx, call, 'startingConference', 'regular');
  if (ctx.faults.consume('invite')) {
    ctx.log.add('fault', 'conference failed to start: reverting to connected', command.type);
    setStatus(ctx, call, 'connected', 'regular');
    return undefined;
  }
  for (const party of call.parties) party.isHeld = false;
  call.parties = [...call.parties, newParty(ctx, to, 'ringing')];
  setStatus(ctx, call, 'initiating', 'conference');
  sync(ctx, call);
  return undefined;
}

/** A party left the conference: SYNC shows it ended; below three parties, back to `regular/connected`. */
export function conferencePartyLeft(ctx: BusContext, call: SimCall, party: Party): void {
  party.state = 'ended';
  sync(ctx, call);
  if (liveParties(call).length < 2) backToRegular(ctx, call);
}

/** `DIALER.KICK_PARTICIPANT`: removes a participant from the conference. */
export function kickParticipant(ctx: BusContext, command: BusCommandOf<'DIALER.KICK_PARTICIPANT'>): Refusal {
  const call = conferenceCall(ctx);
  if (typeof call === 'string') return call;
  const party = liveParties(call).find((candidate) => candidate.legId === command.payload.legId);
  if (!party) return `no participant with legId ${command.payload.legId}`;
  conferencePartyLeft(ctx, call, party);
  return undefined;
}

/** Far side: the last invitee still ringing answers (→ `initiated` on the first one) or not. */
export function inviteeResponds(ctx: BusContext, answered: boolean): Refusal {
  const call = conferenceCall(ctx);
  if (typeof call === 'string') return call;
  const invitee = call.parties.findLast((party) => party.state === 'ringing');
  if (!invitee) return 'no invitee is ringing';
  if (!answered) {
    conferencePartyLeft(ctx, call, invitee);
    return undefined;
  }
  invitee.state = 'answering';
  if (call.status === 'initiating') setStatus(ctx, call, 'initiated', 'conference');
  sync(ctx, call);
  return undefined;
}
