import type { FormEvent, ReactNode } from 'react';
import { useControlState } from '../../hooks/useControlState';
import { useMessages } from '../../messages';
import { ControlButton } from '../shared/ControlButton';
import { DialTargetInput, useDialTargetField } from '../shared/DialTargetField';
import { FORWARD } from '../shared/icons';
import { ReasonLine, useReasonLine } from '../shared/ReasonLine';

/** Props of {@link TransferForm}. */
export interface TransferFormProps {
  /** Starts the transfer; `false` when the store refused it. */
  readonly onStart: (to: string) => boolean;
}

/** "Transfer to" and "Start transfer": validates the target like the dial pad before starting. */
export function TransferForm({ onStart }: TransferFormProps): ReactNode {
  const messages = useMessages();
  const control = useControlState('startWarmTransfer');
  const field = useDialTargetField();
  const reasons = useReasonLine();

  const handleSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (!control.enabled) return;
    const to = field.validate();
    if (to !== undefined && onStart(to)) field.setText('');
  };

  return (
    <form className="dk-warm-transfer__form" noValidate onSubmit={handleSubmit}>
      <DialTargetInput field={field} label={messages.labels.transferTo} />
      <ControlButton
        type="submit"
        control={control}
        variant="primary"
        {...reasons.describe(control)}
        icon={FORWARD}
      >
        {messages.controls.startTransfer}
      </ControlButton>
      <ReasonLine reasons={reasons} />
    </form>
  );
}
