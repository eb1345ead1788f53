import type { ControlReason } from '@dialer-kit/core';
import type { ReactNode } from 'react';
import { type DialerMessages, useMessages } from '../../messages';
import { formatBusText } from '../shared/BusText';

/** Props of {@link DirectoryNotice}. */
export interface DirectoryNoticeProps {
  /** Why the fetch failed: a refusal or timeout code, or the bus's words. */
  readonly error: string;
  readonly onRetry: () => void;
  readonly onDismiss: () => void;
}

/** The kit's words for a request's error code, `undefined` for the bus's own words. */
function knownReason(messages: DialerMessages, error: string): string | undefined {
  if (error === 'timeout' || error === 'not-sent') return messages.failureReasons[error];
  return Object.hasOwn(messages.reasons, error) ? messages.reasons[error as ControlReason] : undefined;
}

/** "Teammates could not be loaded. <why>", with Retry and Dismiss; an alert, focus stays where it is. */
export function DirectoryNotice({ error, onRetry, onDismiss }: DirectoryNoticeProps): ReactNode {
  const messages = useMessages();
  const known = knownReason(messages, error);
  const notice = (reason: string) => messages.format.failureNotice(messages.directory.loadFailed, reason);
  return (
    <div className="dk-notice dk-directory__notice" data-tone="error">
      <p role="alert" className="dk-directory__notice-text">
        {known === undefined ? formatBusText(notice, error) : notice(known)}
      </p>
      <div className="dk-actions">
        <button type="button" className="dk-button" onClick={onRetry}>
          {messages.directory.retry}
        </button>
        <button type="button" className="dk-button" onClick={onDismiss}>
          {messages.controls.dismiss}
        </button>
      </div>
    </div>
  );
}
