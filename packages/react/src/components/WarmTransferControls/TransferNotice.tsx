import { TRANSFER_OPERATIONS } from '@dialer-kit/core';
import type { ReactNode } from 'react';
import { useLastFailure } from '../../hooks/useLastFailure';

import { useMessages } from '../../messages';

/** "Swap failed. The dialer refused it.": the last failed start, swap or merge, else nothing. */
export function TransferNotice(): ReactNode {
  const messages = useMessages();
  const failure = useLastFailure({ operations: TRANSFER_OPERATIONS });
  if (failure === undefined) return null;
  return (
    <p role="alert" className="dk-notice" data-tone="error">
      {messages.format.failureNotice(
        messages.failures[failure.operation],
        messages.failureReasons[failure.reason],
      )}
    </p>
  );
}
