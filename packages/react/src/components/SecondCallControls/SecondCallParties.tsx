import type { CallParty, ControlState } from '@dialer-kit/core';
import type { ReactNode } from 'react';
import { useMessages } from '../../messages';
import { ContactName } from '../ContactName/ContactName';
import { ControlButton } from '../shared/ControlButton';
import { SWAP } from '../shared/icons';

/** Props of {@link SecondCallParties}. */
export interface SecondCallPartiesProps {
  /** Whom the agent talks with, or calls while `ringing`; `undefined` while the bus names nobody. */
  readonly current: CallParty | undefined;
  /** Who is on hold. */
  readonly held: CallParty | undefined;
  readonly ringing: boolean;
  readonly swapControl: ControlState;
  readonly onSwap: () => void;
}

/** The two calls, the one talked with first (`data-active`), and the Swap button. */
export function SecondCallParties({
  current,
  held,
  ringing,
  swapControl,
  onSwap,
}: SecondCallPartiesProps): ReactNode {
  const messages = useMessages();
  return (
    <>
      <dl className="dk-second-call__parties">
        <div className="dk-second-call__party" data-active="">
          <dt>{ringing ? messages.labels.calling : messages.labels.talkingWith}</dt>
          <dd>
            {current === undefined ? messages.secondCall.unknownParty : <ContactName party={current} />}
          </dd>
        </div>
        <div className="dk-second-call__party" data-held="">
          <dt>{messages.labels.onHold}</dt>
          <dd>
            <ContactName party={held} />
          </dd>
        </div>
      </dl>
      <div className="dk-actions">
        <ControlButton control={swapControl} onActivate={onSwap} icon={SWAP}>
          {messages.controls.swap}
        </ControlButton>
      </div>
    </>
  );
}
