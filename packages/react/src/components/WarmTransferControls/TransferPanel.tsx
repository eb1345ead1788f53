import type { ControlState } from '@dialer-kit/core';
import type { ReactNode } from 'react';
import { partyOfName } from '../../contacts/contactDirectory';
import { useControlState } from '../../hooks/useControlState';
import { useWarmTransfer } from '../../hooks/useWarmTransfer';
import { useMessages } from '../../messages';
import { ContactName } from '../ContactName/ContactName';
import { ControlButton } from '../shared/ControlButton';
import { MERGE, SWAP } from '../shared/icons';
import { ReasonLine, useReasonLine } from '../shared/ReasonLine';

/** While a start, swap or merge settles, every transfer button is busy, whatever the rules say. */
const BUSY: ControlState = { enabled: false, pending: true, reason: 'operation-pending' };

/**
 * A running warm transfer: who the agent calls ("Calling", until the transferee answers) or talks with,
 * who is on hold, Swap and Merge.
 */
export function TransferPanel(): ReactNode {
  const messages = useMessages();
  const { parties, isPending, swap, merge } = useWarmTransfer();
  const swapControl = useControlState('swap');
  const mergeControl = useControlState('merge');
  const reasons = useReasonLine();
  const swapShown = isPending ? BUSY : swapControl;
  const mergeShown = isPending ? BUSY : mergeControl;

  return (
    <>
      <dl className="dk-warm-transfer__parties">
        <dt>{parties.ringing ? messages.labels.calling : messages.labels.talkingWith}</dt>
        <dd>
          <ContactName party={partyOfName(parties.active)} />
        </dd>
        <dt>{messages.labels.onHold}</dt>
        <dd>
          <ContactName party={partyOfName(parties.held)} />
        </dd>
      </dl>
      <div className="dk-actions">
        <ControlButton
          control={swapShown}
          onActivate={() => swap()}
          {...reasons.describe(swapShown)}
          icon={SWAP}
        >
          {messages.controls.swap}
        </ControlButton>
        <ControlButton
          control={mergeShown}
          variant="primary"
          onActivate={() => merge()}
          {...reasons.describe(mergeShown)}
          icon={MERGE}
        >
          {messages.controls.merge}
        </ControlButton>
        <ReasonLine reasons={reasons} />
      </div>
    </>
  );
}
