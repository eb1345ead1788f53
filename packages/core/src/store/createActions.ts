import { commands } from '../commands/commands';
import { defaultLine } from '../controls/defaultLine';
import { getControls } from '../controls/getControls';
import { selectHoldControl } from '../controls/selectHoldControl';
import type { BusCommand } from '../protocol/commands';
import { resyncRefusal } from '../reducer/resync';
import type { RequestResult, Result } from '../result';
import type { DialerState } from '../state/DialerState';
import { createLogin } from './createLogin';
import type { StoreRuntime } from './storeRuntime';
import type { DialerActions } from './types';

/** The guarded send paths the actions use. */
export interface ActionPaths {
  send(command: BusCommand): Result;
  request(command: BusCommand): Promise<RequestResult>;
}

/** The UI verbs, each one command through the guarded `send` (or `request`); the login its own way. */
export function createActions(runtime: StoreRuntime, paths: ActionPaths): DialerActions {
  const { send, request } = paths;
  const state = (): DialerState => runtime.getState();
  return {
    login: createLogin(runtime),
    dial(to, options = {}) {
      const from = options.from ?? defaultLine(state());
      // Only without a line: the control names why (not ready, a call in progress, no line...).
      if (from === undefined)
        return runtime.refuse('DIALER.DIAL', getControls(state()).dial.reason ?? 'no-line');
      return send(commands.dial({ from, to }, options.mode === undefined ? {} : { mode: options.mode }));
    },
    accept: (mode) => send(commands.accept(mode === undefined ? {} : { mode })),
    reject: () => send(commands.reject()),
    hangUp: () => send(commands.hangUp()),
    hold(shouldHold, legId) {
      // The leg named, else the party talked with; refused, with the reason, when that leg cannot be held.
      const target = legId ?? state().call.activeParticipant?.legId;
      const { enabled, reason } = selectHoldControl(state(), legId);
      if (!enabled || target === undefined) return runtime.refuse('DIALER.HOLD', reason ?? 'no-participant');
      return send(commands.hold({ shouldHold, legId: target }));
    },
    mute: (shouldMute) => send(commands.mute({ shouldMute })),
    record: (shouldRecord) => send(commands.record({ shouldRecord })),
    selectTags(tagIds) {
      runtime.dispatch({ type: 'kit/tagSelectionChanged', payload: { tagIds: [...tagIds] } });
    },
    setTags: (tagIds) => request(commands.setTags({ tagIds: tagIds ?? state().call.tagSelection })),
    updateCallTags: (callUuid, tagIds) => request(commands.updateCallTags({ callUuid, tagIds })),
    reset: () => send(commands.reset()),
    startWarmTransfer: (to) => send(commands.startWarmTransfer({ to })),
    swap: () => send(commands.swap()),
    merge: () => send(commands.merge()),
    startConcurrent: (to) => send(commands.startConcurrent({ to })),
    invite: (to) => send(commands.invite({ to })),
    kick: (legId) => send(commands.kick({ legId })),
    joinCoaching: (callUuid, incognito = false) => send(commands.joinCoaching({ callUuid, incognito })),
    updateAvailability: (status) => request(commands.updateAvailability({ status })),
    fetchAvailabilities: () => request(commands.fetchAvailabilities()),
    resync() {
      const refusal = resyncRefusal(state(), runtime.now());
      if (refusal !== undefined) return { ok: false, ...refusal };
      runtime.dispatch({ type: 'kit/resync' });
      return { ok: true };
    },
  };
}
