import { AVAILABILITY_SETTINGS, type AvailabilitySetting } from '@dialer-kit/core';
import { availabilityLabel, useAgentAvailability, useMessages } from '@dialer-kit/react';
import { type ChangeEvent, useId, useState } from 'react';
import { selectedSetting } from './selectedSetting';

/** The agent's availability setting: a select labelled "Availability", disabled (with why) during calls. */
export function AvailabilitySelect() {
  const messages = useMessages();
  const { status, update, canUpdate, reason, isUpdating } = useAgentAvailability();
  const [chosen, setChosen] = useState<AvailabilitySetting | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  const id = useId();
  const value = selectedSetting(status, chosen);

  const change = async (event: ChangeEvent<HTMLSelectElement>) => {
    const setting = event.target.value as AvailabilitySetting;
    setChosen(setting);
    setFailed(false);
    const result = await update(setting);
    if (!result.ok) setFailed(true);
  };

  return (
    <div className="desk-availability">
      <label htmlFor={`${id}-select`}>Availability</label>
      <select
        id={`${id}-select`}
        className="dk-input"
        value={value}
        disabled={!canUpdate || isUpdating}
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
