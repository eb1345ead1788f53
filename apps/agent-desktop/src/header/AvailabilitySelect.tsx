import { AVAILABILITY_SETTINGS, type AvailabilitySetting } from '@dialer-kit/core';
import { availabilityLabel, useAgentAvailability, useMessages } from '@dialer-kit/react';
import { type ChangeEvent, useId, useRef, useState } from 'react';
import { selectedSetting } from './selectedSetting';

/**
 * The agent's availability setting: a select labelled "Availability", disabled (with why) during calls, busy
 * but focusable while an update is in flight, back on the previous choice when the bus refuses one.
 */
export function AvailabilitySelect() {
  const messages = useMessages();
  const { status, update, canUpdate, reason, isUpdating } = useAgentAvailability();
  const [chosen, setChosen] = useState<AvailabilitySetting | undefined>(undefined);
  // The setting being sent: shown until the bus answers, though the status does not fit it yet.
  const [pending, setPending] = useState<AvailabilitySetting | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  // A ref, not state: a second change in the same tick must already see the first one in flight.
  const inFlight = useRef(false);
  const id = useId();
  const value = pending ?? selectedSetting(status, chosen);
  // `disabled` would drop keyboard focus to <body> mid-update; only a call (or the like) disables it.
  const busy = pending !== undefined || isUpdating || reason === 'request-pending';
  const blocked = !canUpdate && !busy;

  const change = async (event: ChangeEvent<HTMLSelectElement>) => {
    // Ignored while busy: the select is controlled, so React puts the shown value back.
    if (busy || inFlight.current) return;
    const previous = chosen;
    const setting = event.target.value as AvailabilitySetting;
    inFlight.current = true;
    setChosen(setting);
    setPending(setting);
    setFailed(false);
    try {
      const result = await update(setting);
      if (!result.ok) {
        setChosen(previous);
        setFailed(true);
      }
    } finally {
      inFlight.current = false;
      setPending(undefined);
    }
  };

  return (
    <div className="desk-availability">
      <label htmlFor={`${id}-select`}>Availability</label>
      <select
        id={`${id}-select`}
        className="dk-input"
        value={value}
        disabled={blocked}
        aria-disabled={busy || undefined}
        aria-busy={busy || undefined}
        aria-describedby={reason === undefined ? undefined : `${id}-reason`}
        onChange={change}
      >
        {value === '' && (
          <option value="" disabled>
            {status === undefined ? messages.labels.availabilityUnknown : availabilityLabel(messages, status)}
          </option>
        )}
        {AVAILABILITY_SETTINGS.map((setting) => (
          <option key={setting} value={setting}>
            {messages.availabilitySettings[setting]}
          </option>
        ))}
      </select>
      {reason !== undefined && (
        <span id={`${id}-reason`} className="dk-visually-hidden">
          {messages.reasons[reason]}
        </span>
      )}
      {failed && (
        <p role="alert" className="desk-inline-error">
          {messages.failures.updateAvailability}
        </p>
      )}
    </div>
  );
}
