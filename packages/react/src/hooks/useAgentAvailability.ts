import {
  type AvailabilitySetting,
  type AvailabilityStatus,
  type ControlState,
  type DialerState,
  getControls,
  type Result,
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
  readonly updateAvailability: (
    setting: AvailabilitySetting,
  ) => Promise<Result<{ readonly payload: unknown }>>;
  /** An update is in flight. */
  readonly isUpdating: boolean;
  /** Whether the availability may change now, and why not (`in-call`, `not-ready`...). */
  readonly updateAvailabilityControl: ControlState;
}

function selectAvailabilitySlice(state: DialerState): Omit<AgentAvailabilityView, 'updateAvailability'> {
  const self = selectOwnAvailability(state);
  return {
    status: self?.status,
    wrapUpEndsAt: self?.wrapUpEndsAt,
    wrapUpTimeConfig: self?.wrapUpTimeConfig,
    updatedAt: self?.updatedAt,
    isUpdating: selectAvailabilityUpdating(state),
    updateAvailabilityControl: getControls(state).updateAvailability,
  };
}

/**
 * The agent's availability (`USER.AVAILABILITY_CHANGED`), whether it may change (its control), and
 * `updateAvailability`.
 */
export function useAgentAvailability(): AgentAvailabilityView {
  const store = useDialerStore('useAgentAvailability');
  const slice = useDialerSelector(selectAvailabilitySlice, {
    equality: 'shallow',
    hookName: 'useAgentAvailability',
  });
  const updateAvailability = useCallback(
    (setting: AvailabilitySetting) => store.actions.updateAvailability(setting),
    [store],
  );
  return useMemo(() => ({ ...slice, updateAvailability }), [slice, updateAvailability]);
}
