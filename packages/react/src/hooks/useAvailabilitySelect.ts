import {
  type AvailabilityChoice,
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
   * The setting to show: the one being sent, else the agent's accepted choice while the status fits it,
   * else the plain setting of the status; `undefined` when no setting fits (in a call, offline...).
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
 * whether it may change (and why not), `updateAvailability` and the refusal to report. The bus never reports the
 * setting, only the status it gives, so the setting the bus accepted is remembered here.
 * @example const { setting, updateAvailability } = useAvailabilitySelect(); updateAvailability('on_a_break');
 */
export function useAvailabilitySelect(): AvailabilitySelectView {
  const store = useDialerStore(HOOK);
  const slice = useDialerSelector(
    (state) => ({
      status: state.availability.self?.status,
      receivedAt: state.availability.self?.receivedAt,
      connection: state.connection,
      control: getControls(state).updateAvailability,
    }),
    { equality: 'shallow', hookName: HOOK },
  );
  const failure = useDialerSelector((state) => lastFailureOf(state, 'updateAvailability'), {
    hookName: HOOK,
  });
  const wrapUpSecondsLeft = useWrapUpCountdown();
  const [choice, setChoice] = useState<AvailabilityChoice | undefined>(undefined);
  // The setting being sent: shown until the bus answers, though the status does not fit it yet.
  const [sending, setSending] = useState<AvailabilitySetting | undefined>(undefined);
  const [dismissed, setDismissed] = useState<FailedOperation | undefined>(undefined);
  // A ref, not state: a second change in the same tick must already see the first one in flight.
  const inFlight = useRef(false);
  const { status, receivedAt, connection, control } = slice;
  const busy = sending !== undefined || control.pending || control.reason === 'request-pending';

  const updateAvailability = useCallback(
    async (setting: AvailabilitySetting): Promise<Result<{ readonly payload: unknown }>> => {
      if (inFlight.current) return BUSY;
      if (control.reason !== undefined) return { ok: false, reason: control.reason };
      inFlight.current = true;
      setSending(setting);
      try {
        const result = await store.actions.updateAvailability(setting);
        // The record held when it was sent: until a newer one comes, the bus has not applied the setting.
        if (result.ok) setChoice({ setting, sentOver: receivedAt });
        return result;
      } finally {
        inFlight.current = false;
        setSending(undefined);
      }
    },
    [store, control, receivedAt],
  );
  const dismissFailure = useCallback(() => setDismissed(failure), [failure]);

  const held = status === undefined || receivedAt === undefined ? undefined : { status, receivedAt };
  const setting = sending ?? selectedAvailabilitySetting(held, choice);
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
