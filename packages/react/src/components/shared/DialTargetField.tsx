import { type ReactNode, type Ref, useId, useRef, useState } from 'react';
import { useMessages } from '../../messages';
import { parseDialTarget } from '../DialPad/parseDialTarget';
import { joinIds } from './domProps';

/** The state of a number text box that only lets E.164 or `client:<id>` through. */
export interface DialTargetField {
  readonly value: string;
  readonly invalid: boolean;
  /** `Ref`, not `RefObject`: `useRef(null)` types differ between @types/react 18 and 19. */
  readonly inputRef: Ref<HTMLInputElement>;
  readonly inputId: string;
  readonly errorId: string;
  /** Replaces the text (typing, keypad) and clears the invalid mark. */
  setText(text: string): void;
  /** The normalised target, or `undefined` after marking the box invalid and focusing it. */
  validate(): string | undefined;
}

/** UI state of a dial-target text box (not bus state): its text and whether it was refused as invalid. */
export function useDialTargetField(): DialTargetField {
  const [value, setValue] = useState('');
  const [invalid, setInvalid] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const errorId = useId();
  return {
    value,
    invalid,
    inputRef,
    inputId,
    errorId,
    setText(text) {
      setValue(text);
      setInvalid(false);
    },
    validate() {
      const target = parseDialTarget(value);
      if (target.ok) return target.value;
      setInvalid(true);
      inputRef.current?.focus();
      return undefined;
    },
  };
}

/** Props of {@link DialTargetInput}. */
export interface DialTargetInputProps {
  readonly field: DialTargetField;
  readonly label: string;
  /** Called instead of `field.setText` when the owner must react to typing too. */
  readonly onText?: (text: string) => void;
  /** Extra attributes of the `<input>` (the dial pad's shortcut target). */
  readonly inputProps?: Readonly<Record<`data-${string}`, string>>;
}

/** The labelled box of a {@link DialTargetField}, with its invalid-number message tied to it. */
export function DialTargetInput({ field, label, onText, inputProps }: DialTargetInputProps): ReactNode {
  const messages = useMessages();
  return (
    <div className="dk-field">
      <label htmlFor={field.inputId}>{label}</label>
      <input
        {...inputProps}
        ref={field.inputRef}
        id={field.inputId}
        className="dk-input"
        type="tel"
        autoComplete="tel"
        value={field.value}
        aria-invalid={field.invalid ? true : undefined}
        aria-describedby={joinIds(field.invalid && field.errorId)}
        onChange={(event) => (onText ?? field.setText)(event.target.value)}
      />
      {field.invalid && (
        <p id={field.errorId} className="dk-dial-pad__error">
          {messages.labels.invalidPhoneNumber}
        </p>
      )}
    </div>
  );
}
