import {
  type AvailabilitySetting,
  type AvailabilityStatus,
  type ConnectionState,
  type ControlState,
  type FailedOperation,
  getControls,
  lastFailureOf,
  type Result,
  selectedAvailabilitySetting,
} from '@dialer-kit/core';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useDialerStore } from '../provider/useDialerStore';
import { useDialerSelector } from './useDialerSelector';
import { useWrapUpCountdown } from './useWrapUpCountdown';

const HOOK = 'useAvailabilitySelect';
const BUSY: Result<{ readonly payload: unknown }> = { ok: false, reason: 'request-pending' };

/** What {@link useAvailabilitySelect} returns: the agent's setting and status, and the verbs to change it. */
export interface AvailabilitySelectView {
  /** The agent's availability as the bus reports it; `undefined` until it does. */
  readonly status: AvailabilityStatus | undefined;
  /** The link to the dialer: while not `ready`, it says why the status is unknown. */
  readonly connection: ConnectionState;
  /**
   * The setting to show (`selectedAvailabilitySetting`): the one being sent, else the agent's setting the
   * bus accepted (kept in the store) while the status fits it, else the plain setting of the status;
   * `undefined` when no setting fits (in a call, offline...).
   */
  readonly setting: AvailabilitySetting | undefined;
  /** Whether the availability may change now, and why not (`in-call`, `not-ready`...). */
  readonly updateAvailabilityControl: ControlState;
  /** A change is on its way to the bus: further changes are ignored until it is answered. */
  readonly busy: boolean;
  /** The last change the bus refused (or that timed out), until dismissed or tried again. */
  readonly failure: FailedOperation | undefined;
  /** Seconds of after-call work left; `undefined` outside after-call work. */
  readonly wrapUpSecondsLeft: number | undefined;
  /**
   * Sends `setting` (`API.UPDATE_AVAILABILITY`) and settles with the bus's answer. Refused at once, without
   * sending, while busy (`request-pending`) or while the control is disabled (its reason).
   */
  readonly updateAvailability: (
    setting: AvailabilitySetting,
  ) => Promise<Result<{ readonly payload: unknown }>>;
  /** Hides {@link AvailabilitySelectView.failure}. */
  readonly dismissFailure: () => void;
}

/**
 * The agent's availability setting for a select: what to show so the setting and the bus's status agree,
 * whether it may change (and why not), `updateAvailability` and the refusal to report. The bus never
 * reports the setting, only the status it gives: the store keeps the setting it accepted, so two selects
 * agree and a remount loses nothing.
 * @example const { setting, updateAvailability } = useAvailabilitySelect(); updateAvailability('on_a_break');
 */
export function useAvailabilitySelect(): AvailabilitySelectView {
  const store = useDialerStore(HOOK);
  const slice = useDialerSelector(
    (state) => ({
      status: state.availability.self?.status,
      setting: selectedAvailabilitySetting(state),
      connection: state.connection,
      control: getControls(state).updateAvailability,
    }),
    { equality: 'shallow', hookName: HOOK },
  );
  const failure = useDialerSelector((state) => lastFailureOf(state, 'updateAvailability'), {
    hookName: HOOK,
  });
  const wrapUpSecondsLeft = useWrapUpCountdown();
  // UI state only: which refusal the agent dismissed.
  const [dismissed, setDismissed] = useState<FailedOperation | undefined>(undefined);
  // A ref, not state: a second change in the same tick must already see the first one in flight.
  const inFlight = useRef(false);
  const { status, setting, connection, control } = slice;
  const busy = control.pending || control.reason === 'request-pending';

  const updateAvailability = useCallback(
    async (next: AvailabilitySetting): Promise<Result<{ readonly payload: unknown }>> => {
      if (inFlight.current) return BUSY;
      if (control.reason !== undefined) return { ok: false, reason: control.reason };
      inFlight.current = true;
      try {
        // The store records the setting sent, and keeps it once the bus accepts it.
        return await store.actions.updateAvailability(next);
      } finally {
        inFlight.current = false;
      }
    },
    [store, control],
  );
  const dismissFailure = useCallback(() => setDismissed(failure), [failure]);

  const shownFailure = failure === dismissed ? undefined : failure;
  return useMemo(
    () => ({
      status,
      connection,
      setting,
      updateAvailabilityControl: control,
      busy,
      failure: shownFailure,
      wrapUpSecondsLeft,
      updateAvailability,
      dismissFailure,
    }),
    [
      status,
      connection,
      setting,
      control,
      busy,
      shownFailure,
      wrapUpSecondsLeft,
      updateAvailability,
      dismissFailure,
    ],
  );
}
