import type { Operation } from '@dialer-kit/core';
import type { ReactNode } from 'react';
import { useLastFailure } from '../../hooks/useLastFailure';
import { useMessages } from '../../messages';

/**
 * The operations of the bar's own buttons. Mute is absent: the bus never answers it, so it cannot fail.
 * Transfers, tags and availability have their own notices next to their controls.
 */
const CALL_BAR_OPERATIONS: readonly Operation[] = [
  'dial',
  'accept',
  'reject',
  'hangUp',
  'hold',
  'record',
  'reset',
];

/**
 * "Hold failed. The dialer did not answer in time.": the last failure of a call-bar operation, as an alert
 * (the agent caused it and must know). Shown only while the call has not changed status since: a failure
 * from before the current status is stale and is neither shown nor announced again. The store also drops
 * it on a new attempt of the same operation or a new call.
 */
export function CallBarNotice(): ReactNode {
  const messages = useMessages();
  const failure = useLastFailure({ operations: CALL_BAR_OPERATIONS, sinceStatusChange: true });
  if (failure === undefined) return null;
  return (
    <p
      role="alert"
      className="dk-notice dk-call-bar__notice"
      data-tone="error"
      data-operation={failure.operation}
    >
      {messages.format.failureNotice(
        messages.failures[failure.operation],
        messages.failureReasons[failure.reason],
      )}
    </p>
  );
}
