import { type FormEvent, type ReactNode, useId, useRef, useState } from 'react';
import { useControlState } from '../../hooks/useControlState';
import { useMessages } from '../../messages';
import { parseDialTarget } from '../DialPad/parseDialTarget';
import { ControlButton } from '../shared/ControlButton';
import { joinIds } from '../shared/domProps';

/** Props of {@link TransferForm}. */
export interface TransferFormProps {
  /** Starts the transfer; `false` when the store refused it. */
  readonly onStart: (to: string) => boolean;
}

/** "Transfer to" and "Start transfer": validates the target like the dial pad before starting. */
export function TransferForm({ onStart }: TransferFormProps): ReactNode {
  const messages = useMessages();
  const control = useControlState('startWarmTransfer');
  const [value, setValue] = useState('');
  const [invalid, setInvalid] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const errorId = useId();

  const handleSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (!control.enabled) return;
    const target = parseDialTarget(value);
    if (!target.ok) {
      setInvalid(true);
      inputRef.current?.focus();
      return;
    }
    if (onStart(target.value)) setValue('');
  };

  return (
    <form className="dk-warm-transfer__form" noValidate onSubmit={handleSubmit}>
      <div className="dk-field">
        <label htmlFor={inputId}>{messages.labels.transferTo}</label>
        <input
          ref={inputRef}
          id={inputId}
          className="dk-input"
          type="tel"
          value={value}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={joinIds(invalid && errorId)}
          onChange={(event) => {
            setValue(event.target.value);
            setInvalid(false);
          }}
        />
        {invalid && (
          <p id={errorId} className="dk-dial-pad__error">
            {messages.labels.invalidPhoneNumber}
          </p>
        )}
      </div>
      <ControlButton type="submit" control={control} variant="primary">
        {messages.controls.startTransfer}
      </ControlButton>
    </form>
  );
}
