import type { ControlState } from '@dialer-kit/core';
import type { ReactNode } from 'react';
import { useControlState } from '../../hooks/useControlState';
import { useWarmTransfer } from '../../hooks/useWarmTransfer';
import { useMessages } from '../../messages';
import { BusText } from '../shared/BusText';
import { ControlButton } from '../shared/ControlButton';
import { addressLabel, partyLabel } from '../shared/formatParty';

/** While a start, swap or merge settles, every transfer button is busy, whatever the rules say. */
const BUSY: ControlState = { enabled: false, pending: true, reason: 'operation-pending' };

/** Props of {@link TransferPanel}. */
export interface TransferPanelProps {
  /** The transferee rings: show the transfer's target as "Calling" and the customer on hold. */
  readonly ringing: boolean;
  /** A start, swap or merge settles: Swap and Merge are busy. */
  readonly isPending: boolean;
}

/** A running warm transfer: who the agent talks with (or calls) and who is on hold, Swap and Merge. */
export function TransferPanel({ ringing, isPending }: TransferPanelProps): ReactNode {
  const messages = useMessages();
  const transfer = useWarmTransfer();
  const swapControl = useControlState('swap');
  const mergeControl = useControlState('merge');
  // While ringing, a SYNC may already name the held customer (Decision 4: it can precede the status), and
  // then the active party is the transferee; before any such SYNC the call's party is still the customer.
  const held = transfer.inactiveParticipant;
  const [firstLabel, first, second] = ringing
    ? [
        messages.labels.calling,
        transfer.transferTo === undefined && held !== undefined
          ? partyLabel(messages, transfer.activeParticipant)
          : addressLabel(messages, transfer.transferTo),
        partyLabel(messages, held ?? transfer.activeParticipant),
      ]
    : held === undefined && transfer.transferTo !== undefined
      ? // Answered, but no SYNC has named the parties yet: the call's party is still the held customer.
        [
          messages.labels.talkingWith,
          addressLabel(messages, transfer.transferTo),
          partyLabel(messages, transfer.activeParticipant),
        ]
      : [
          messages.labels.talkingWith,
          partyLabel(messages, transfer.activeParticipant),
          partyLabel(messages, held),
        ];

  return (
    <>
      <dl className="dk-warm-transfer__parties">
        <dt>{firstLabel}</dt>
        <dd>
          <BusText>{first}</BusText>
        </dd>
        <dt>{messages.labels.onHold}</dt>
        <dd>
          <BusText>{second}</BusText>
        </dd>
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
