import {
  type AvailabilitySetting,
  type AvailabilityStatus,
  type ControlReason,
  type DialerState,
  getControls,
  type RequestResult,
  selectAvailabilityUpdating,
  selectOwnAvailability,
} from '@dialer-kit/core';
import { useCallback, useMemo } from 'react';
import { useDialerStore } from '../provider/useDialerStore';
import { useDialerSelector } from './useDialerSelector';

/** The agent's own availability and the verb to change it. */
export interface AgentAvailabilityView {
  /** `undefined` until the bus reports it. Unknown statuses are kept as sent (Decision 8). */
  readonly status: AvailabilityStatus | undefined;
  /** When after-call work ends (ms since epoch), from the arrival time and `wrapUpTimeTtl`. */
  readonly wrapUpEndsAt: number | undefined;
  /** Configured wrap-up length, seconds. */
  readonly wrapUpTimeConfig: number | undefined;
  readonly updatedAt: number | undefined;
  /** Sends `API.UPDATE_AVAILABILITY`; settles when the bus answers or times out. */
  readonly update: (setting: AvailabilitySetting) => Promise<RequestResult>;
  /** An update is in flight. */
  readonly isUpdating: boolean;
  readonly canUpdate: boolean;
  /** Why `canUpdate` is false. */
  readonly reason: ControlReason | undefined;
}

function selectAvailabilitySlice(state: DialerState): Omit<AgentAvailabilityView, 'update'> {
  const self = selectOwnAvailability(state);
  const control = getControls(state).updateAvailability;
  return {
    status: self?.status,
    wrapUpEndsAt: self?.wrapUpEndsAt,
    wrapUpTimeConfig: self?.wrapUpTimeConfig,
    updatedAt: self?.updatedAt,
    isUpdating: selectAvailabilityUpdating(state),
    canUpdate: control.enabled,
    reason: control.reason,
  };
}

/** The agent's availability (`USER.AVAILABILITY_CHANGED`), whether it may change, and `update`. */
export function useAgentAvailability(): AgentAvailabilityView {
  const store = useDialerStore('useAgentAvailability');
  const slice = useDialerSelector(selectAvailabilitySlice, {
    equality: 'shallow',
    hookName: 'useAgentAvailability',
  });
  const update = useCallback(
    (setting: AvailabilitySetting) => store.actions.updateAvailability(setting),
    [store],
  );
  return useMemo(() => ({ ...slice, update }), [slice, update]);
}
