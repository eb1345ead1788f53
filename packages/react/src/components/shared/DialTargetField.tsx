import type { ReactNode } from 'react';
import type { DialTargetField, DialTargetRefusal } from '../../hooks/useDialTargetField';
import { type DialerMessages, useMessages } from '../../messages';
import { joinIds } from './domProps';

/** Why a target was refused, in words. */
function refusalText(messages: DialerMessages, refusal: DialTargetRefusal): string {
  const { labels } = messages;
  switch (refusal.reason) {
    case 'empty':
    case 'invalid':
      return labels.invalidPhoneNumber;
    case 'needs-country':
      return labels.phoneNeedsCountry;
    case 'too-short':
      return labels.phoneTooShort;
    case 'too-long':
      return labels.phoneTooLong;
    case 'unknown-country':
      return labels.phoneUnknownCountry;
    case 'not-in-country':
      return messages.format.phoneNotInCountry(refusal.country);
    default:
      return refusal satisfies never;
  }
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

/**
 * The labelled box of a {@link DialTargetField}, with the number it dials shown under it ("Dials +44 20 7183
 * 8750") and, once refused, why, both tied to it.
 */
export function DialTargetInput({ field, label, onText, inputProps }: DialTargetInputProps): ReactNode {
  const messages = useMessages();
  const { refusal, dialsAs } = field;
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
        aria-invalid={refusal === undefined ? undefined : true}
        aria-describedby={joinIds(
          refusal !== undefined && field.errorId,
          dialsAs !== undefined && field.hintId,
        )}
        onChange={(event) => (onText ?? field.setText)(event.target.value)}
      />
      {dialsAs !== undefined && (
        <p id={field.hintId} className="dk-hint">
          {messages.format.dialsAs(dialsAs)}
        </p>
      )}
      {refusal !== undefined && (
        <p id={field.errorId} className="dk-dial-pad__error">
          {refusalText(messages, refusal)}
        </p>
      )}
    </div>
  );
}
