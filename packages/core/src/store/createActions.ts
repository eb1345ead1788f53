import { commands } from '../commands/commands';
import { defaultLine } from '../controls/defaultLine';
import { getControls } from '../controls/getControls';
import type { BusCommand } from '../protocol/commands';
import type { RequestResult, Result } from '../result';
import type { DialerState } from '../state/DialerState';
import type { StoreRuntime } from './storeRuntime';
import type { DialerActions } from './types';

/** The guarded send paths the actions use. */
export interface ActionPaths {
  send(command: BusCommand): Result;
  request(command: BusCommand): Promise<RequestResult>;
}

/** The UI verbs, each one command through the guarded `send` (or `request`). */
export function createActions(runtime: StoreRuntime, paths: ActionPaths): DialerActions {
  const { send, request } = paths;
  const state = (): DialerState => runtime.getState();
  return {
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
    hold(shouldHold) {
      const legId = state().call.activeParticipant?.legId;
      if (legId !== undefined) return send(commands.hold({ shouldHold, legId }));
      return runtime.refuse('DIALER.HOLD', getControls(state()).hold.reason ?? 'no-participant');
    },
    mute: (shouldMute) => send(commands.mute({ shouldMute })),
    record: (shouldRecord) => send(commands.record({ shouldRecord })),
    selectTags(tagIds) {
      runtime.dispatch({ type: 'kit/tagSelectionChanged', payload: { tagIds: [...tagIds] } });
    },
    setTags: (tagIds) => request(commands.setTags({ tagIds: tagIds ?? state().call.tagSelection })),
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
  };
}
