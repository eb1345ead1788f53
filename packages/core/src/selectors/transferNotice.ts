import type { DialerState } from '../state/DialerState';
import type { FailedOperation } from '../state/SessionState';
import { selectLastFailure } from './lastFailure';
import { memoSelector } from './memoSelector';
import { TRANSFER_OPERATIONS } from './warmTransfer';

/**
 * What the warm-transfer panel must tell the agent: a start, swap or merge that failed, or the transferee
 * who did not take the call (`declined`: they declined or did not answer, while it rang) or hung up once
 * they had answered (`left`). `to` is the transfer's target, when the kit knew it.
 */
export type TransferNotice =
  | { readonly kind: 'failure'; readonly failure: FailedOperation }
  | { readonly kind: 'declined' | 'left'; readonly to: string | undefined; readonly at: number };

const TRANSFER_FAILURES = { operations: TRANSFER_OPERATIONS };

/**
 * The newer of the last failed start, swap or merge and the end of the transfer's leg that the agent did
 * not hang up themselves. Gone with the call, and when the agent tries again. The same object as long as it
 * stands.
 * @example selectTransferNotice(state)?.kind === 'declined'
 */
export const selectTransferNotice: (state: DialerState) => TransferNotice | undefined =
  /*#__PURE__*/ memoSelector(
    (state) => [selectLastFailure(state, TRANSFER_FAILURES), state.call.legEnded] as const,
    (failure, leg): TransferNotice | undefined => {
      const legNews = leg !== undefined && leg.flow === 'warmTransfer' && !leg.byAgent ? leg : undefined;
      if (legNews !== undefined && (failure === undefined || legNews.at >= failure.at)) {
        return { kind: legNews.answered ? 'left' : 'declined', to: legNews.to, at: legNews.at };
      }
      return failure === undefined ? undefined : { kind: 'failure', failure };
    },
  );
