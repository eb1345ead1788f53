import { type ControlState, type DialerState, selectTransferParties } from '@dialer-kit/core';
import type { ReactNode } from 'react';
import { partyOfName } from '../../contacts/contactDirectory';
import { nameLabel } from '../../contacts/formatParty';
import { useControlState } from '../../hooks/useControlState';
import { useDialer } from '../../hooks/useDialer';
import { useDialerSelector } from '../../hooks/useDialerSelector';
import { type DialerMessages, useMessages } from '../../messages';
import { ContactName } from '../ContactName/ContactName';
import { ControlButton } from '../shared/ControlButton';
import { MERGE, SWAP } from '../shared/icons';
import { ReasonLine, useReasonLine } from '../shared/ReasonLine';

/** While a start, swap or merge settles, every transfer button is busy, whatever the rules say. */
const BUSY: ControlState = { enabled: false, pending: true, reason: 'operation-pending' };

/**
 * What the panel shows of the transfer's parties. They are compared by their words (`activeText`,
 * `heldText`), so a SYNC restating the same parties (their leg, hold or state changed, nothing shown)
 * renders nothing; the parties ride along for their contacts.
 */
function shownParties(messages: DialerMessages, state: DialerState) {
  const { ringing, active, held } = selectTransferParties(state);
  return {
    ringing,
    active,
    held,
    activeText: nameLabel(messages, active),
    heldText: nameLabel(messages, held),
  };
}

type ShownParties = ReturnType<typeof shownParties>;

const sameShownParties = (a: ShownParties, b: ShownParties): boolean =>
  a.ringing === b.ringing && a.activeText === b.activeText && a.heldText === b.heldText;

/**
 * A running warm transfer: who the agent calls ("Calling", until the transferee answers) or talks with,
 * who is on hold, Swap and Merge.
 */
export function TransferPanel({ isPending }: { readonly isPending: boolean }): ReactNode {
  const messages = useMessages();
  const parties = useDialerSelector((state) => shownParties(messages, state), {
    equality: sameShownParties,
    hookName: 'WarmTransferControls',
  });
  const { swap, merge } = useDialer();
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
