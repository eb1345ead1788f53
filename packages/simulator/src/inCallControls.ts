import type { BusCommandOf } from '@dialer-kit/core';
import type { BusContext, Refusal } from './busContext';
import { isUnderWay, type SimCall } from './busState';
import { setStatus, sync } from './callOps';

/** The call the agent talks on, or why there is none. */
const talkingCall = (ctx: BusContext): SimCall | string => {
  const call = ctx.state.call;
  if (!isUnderWay(call) || !call.wasConnected) return 'no connected call';
  if (call.flow === 'coaching') return 'not available while coaching';
  return call;
};

/** `DIALER.HOLD`: puts the party with `legId` on hold or takes it off; the change shows in SYNC. */
export function hold(ctx: BusContext, command: BusCommandOf<'DIALER.HOLD'>): Refusal {
  const call = talkingCall(ctx);
  if (typeof call === 'string') return call;
  const { legId, shouldHold } = command.payload;
  const party = call.parties.find((candidate) => candidate.legId === legId && candidate.state !== 'ended');
  if (!party) return `no participant with legId ${legId}`;
  if (ctx.faults.consume('hold')) ctx.log.add('fault', 'hold failed: SYNC unchanged', command.type);
  else party.isHeld = shouldHold;
  sync(ctx, call);
  return undefined;
}

/**
 * `DIALER.MUTE`: on the call the agent talks on, or the call they coach once joined (a coach may be heard,
 * so may mute, as the kit's live phase says). The bus reports mute nowhere, so nothing is emitted; the
 * snapshot shows it.
 */
export function mute(ctx: BusContext, command: BusCommandOf<'DIALER.MUTE'>): Refusal {
  const coached = ctx.state.call;
  const coaching = isUnderWay(coached) && coached.flow === 'coaching' && coached.status === 'joined';
  const call = coaching ? coached : talkingCall(ctx);
  if (typeof call === 'string') return call;
  call.muted = command.payload.shouldMute;
  return undefined;
}

/** `DIALER.SET_RECORDING`: starts or pauses recording when the line lets the agent control it. */
export function setRecording(ctx: BusContext, command: BusCommandOf<'DIALER.SET_RECORDING'>): Refusal {
  const call = talkingCall(ctx);
  if (typeof call === 'string') return call;
  if (!call.canControlRecording) return 'recording cannot be controlled on this call';
  if (ctx.faults.consume('record'))
    ctx.log.add('fault', 'recording change failed: SYNC unchanged', command.type);
  else if (command.payload.shouldRecord) call.recordingState = 'recording';
  else if (call.recordingState === 'recording') call.recordingState = 'paused';
  sync(ctx, call);
  return undefined;
}

/** `DIALER.SET_TAGS`: tags the current call from the catalogue; ends `mandatoryTagging`. */
export function setTags(ctx: BusContext, command: BusCommandOf<'DIALER.SET_TAGS'>): Refusal {
  const call = ctx.state.call;
  if (!call) return 'no call to tag';
  const { tagIds } = command.payload;
  const reject = (message: string): Refusal => {
    ctx.emit({ type: 'DIALER.SET_TAGS_REJECTED', payload: { error: { message } } });
    return undefined;
  };
  if (ctx.faults.consume('setTags')) return reject('Tags could not be saved (simulated failure)');
  const unknown = tagIds.find((id) => !ctx.settings.tags.some((tag) => tag.id === id));
  if (unknown !== undefined) return reject(`Tag ${unknown} not found`);
  const tagging = call.status === 'mandatoryTagging';
  if (tagging && tagIds.length === 0) return reject('At least one tag is required');
  call.tags = [...tagIds];
  call.tagged = tagIds.length > 0;
  const tags = tagIds.flatMap((id) => ctx.settings.tags.filter((tag) => tag.id === id));
  ctx.emit({ type: 'DIALER.SET_TAGS_FULFILLED', payload: tags });
  if (tagging) {
    setStatus(ctx, call, 'ended', 'regular');
    ctx.availability.tagged();
  }
  return undefined;
}
