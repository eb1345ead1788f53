import type { ReactNode } from 'react';
import { useControlState } from '../../hooks/useControlState';
import { useMessages } from '../../messages';
import { DialTargetForm } from '../shared/DialTargetForm';
import { FORWARD } from '../shared/icons';

/** Props of {@link TransferForm}. */
export interface TransferFormProps {
  /** Starts the transfer; `false` when the store refused it. */
  readonly onStart: (to: string) => boolean;
}

/**
 * "Transfer to" and "Start transfer": validates the target like the dial pad before starting. Its own
 * component, so a change of the control renders the form alone.
 */
export function TransferForm({ onStart }: TransferFormProps): ReactNode {
  const messages = useMessages();
  const control = useControlState('startWarmTransfer');
  return (
    <DialTargetForm
      className="dk-warm-transfer__form"
      label={messages.labels.transferTo}
      submitLabel={messages.controls.startTransfer}
      control={control}
      onSubmit={onStart}
      icon={FORWARD}
    />
  );
}
