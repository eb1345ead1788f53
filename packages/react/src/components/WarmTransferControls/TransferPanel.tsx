import type { ControlState } from '@dialer-kit/core';
import type { ReactNode } from 'react';
import { useControlState } from '../../hooks/useControlState';
import { useWarmTransfer } from '../../hooks/useWarmTransfer';
import { useMessages } from '../../messages';
import { ControlButton } from '../shared/ControlButton';
import { addressLabel, partyLabel } from '../shared/formatParty';

/** While a start, swap or merge settles, every transfer button is busy, whatever the rules say. */
const BUSY: ControlState = { enabled: false, pending: true, reason: 'operation-pending' };

/** Props of {@link TransferPanel}. */
export interface TransferPanelProps {
  /** The transferee rings: show `calling` and the current party on hold. */
  readonly ringing: boolean;
  /** The number the agent typed when starting the transfer. */
  readonly calling: string | undefined;
  readonly isPending: boolean;
}

/** A running warm transfer: who the agent talks with (or calls) and who is on hold, Swap and Merge. */
export function TransferPanel({ ringing, calling, isPending }: TransferPanelProps): ReactNode {
  const messages = useMessages();
  const transfer = useWarmTransfer();
  const swapControl = useControlState('swap');
  const mergeControl = useControlState('merge');
  // Before the transferee answers, the call's party is still the customer, now on hold.
  const [firstLabel, first, second] = ringing
    ? [
        messages.labels.calling,
        addressLabel(messages, calling),
        partyLabel(messages, transfer.activeParticipant),
      ]
    : [
        messages.labels.talkingWith,
        partyLabel(messages, transfer.activeParticipant),
        partyLabel(messages, transfer.inactiveParticipant),
      ];

  return (
    <>
      <dl className="dk-warm-transfer__parties">
        <dt>{firstLabel}</dt>
        <dd>{first}</dd>
        <dt>{messages.labels.onHold}</dt>
        <dd>{second}</dd>
      </dl>
      <div className="dk-actions">
        <ControlButton control={isPending ? BUSY : swapControl} onActivate={() => transfer.swap()}>
          {messages.controls.swap}
        </ControlButton>
        <ControlButton
          control={isPending ? BUSY : mergeControl}
          variant="primary"
          onActivate={() => transfer.merge()}
        >
          {messages.controls.merge}
        </ControlButton>
      </div>
    </>
  );
}
