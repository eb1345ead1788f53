import type { ControlState, Result } from '@dialer-kit/core';
import { type ReactNode, useState } from 'react';
import { useMessages } from '../../messages';
import { ControlButton } from '../shared/ControlButton';

/** A teammate's call the agent may coach, as the app names it. */
export interface CoachableCallOption {
  /** The call's id in the bus (`DIALER.JOIN_COACHING {callUuid}`). */
  readonly callUuid: string;
  /** What the agent sees, e.g. "Sam Teammate, with +1 415 555 0199". */
  readonly label: string;
}

/** Props of {@link CoachJoinList}. */
export interface CoachJoinListProps {
  readonly calls: readonly CoachableCallOption[];
  readonly control: ControlState;
  readonly defaultIncognito: boolean;
  readonly onJoin: (callUuid: string, options: { readonly incognito: boolean }) => Result;
}

/** The calls the agent may coach, each with "Join as coach", and the "Join incognito" option. */
export function CoachJoinList({ calls, control, defaultIncognito, onJoin }: CoachJoinListProps): ReactNode {
  const messages = useMessages();
  // UI state: the option the agent ticked, sent with the join.
  const [incognito, setIncognito] = useState(defaultIncognito);
  return (
    <>
      <ul aria-label={messages.coaching.calls} className="dk-coaching__calls">
        {calls.map((call) => (
          <li key={call.callUuid} className="dk-coaching__call">
            <span className="dk-coaching__label">{call.label}</span>
            <ControlButton control={control} onActivate={() => onJoin(call.callUuid, { incognito })}>
              {messages.coaching.join} <span className="dk-visually-hidden">{call.label}</span>
            </ControlButton>
          </li>
        ))}
      </ul>
      <label className="dk-coaching__incognito">
        <input
          type="checkbox"
          className="dk-checkbox"
          checked={incognito}
          onChange={(event) => setIncognito(event.target.checked)}
        />
        {messages.coaching.incognito}
      </label>
    </>
  );
}
