import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import { useMessages } from '../../messages';
import { useDialerStore } from '../../provider/useDialerStore';

const TRANSFER_OPERATIONS: ReadonlySet<string> = new Set(['startWarmTransfer', 'swap', 'merge']);

/** "Swap failed. The dialer refused it.": the last failed start, swap or merge, else nothing. */
export function TransferNotice(): ReactNode {
  const messages = useMessages();
  const store = useDialerStore('WarmTransferControls');
  const failure = useStore(store.api, (state) =>
    state.lastFailure !== undefined && TRANSFER_OPERATIONS.has(state.lastFailure.operation)
      ? state.lastFailure
      : undefined,
  );
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
