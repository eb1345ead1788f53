import type { ReactNode } from 'react';
import type { FetchFailure } from '../../hooks/useTransferDirectory';
import { useMessages } from '../../messages';
import { formatBusText } from '../shared/BusText';

/** Props of {@link DirectoryNotice}. */
export interface DirectoryNoticeProps {
  /** Why the fetch failed: its reason code, and the bus's words when it gave some. */
  readonly failure: FetchFailure;
  readonly onRetry: () => void;
  readonly onDismiss: () => void;
}

/** "Teammates could not be loaded. <why>", with Retry and Dismiss; an alert, focus stays where it is. */
export function DirectoryNotice({ failure, onRetry, onDismiss }: DirectoryNoticeProps): ReactNode {
  const messages = useMessages();
  const notice = (reason: string) => messages.format.failureNotice(messages.directory.loadFailed, reason);
  return (
    <div className="dk-notice dk-directory__notice" data-tone="error">
      <p role="alert" className="dk-directory__notice-text">
        {failure.message === undefined
          ? notice(messages.reasons[failure.reason])
          : formatBusText(notice, failure.message)}
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
