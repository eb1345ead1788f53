import { defaultLine } from '@dialer-kit/core';
import { type Ref, useId, useMemo, useRef, useState } from 'react';
import { type DialTargetResult, parseDialTarget } from '../phone/parseDialTarget';
import { useDialerContext } from '../provider/useDialerStore';
import { useDialerSelector } from './useDialerSelector';

/** Why a dial target was refused. */
export type DialTargetRefusal = Extract<DialTargetResult, { ok: false }>;

/**
 * The state of a number text box that lets through `client:<id>`, E.164 and national numbers of the line
 * dialled from (once the phone-number rules are loaded).
 */
export interface DialTargetField {
  readonly value: string;
  readonly invalid: boolean;
  /** Why the last `validate()` refused the text, until it changes. */
  readonly refusal: DialTargetRefusal | undefined;
  /** The number the text dials, as shown ("+44 20 7183 8750"), when it is one. */
  readonly dialsAs: string | undefined;
  /** `Ref`, not `RefObject`: `useRef(null)` types differ between @types/react 18 and 19. */
  readonly inputRef: Ref<HTMLInputElement>;
  readonly inputId: string;
  readonly errorId: string;
  readonly hintId: string;
  /** Replaces the text (typing, keypad) and clears the invalid mark. */
  setText(text: string): void;
  /** The normalised target (E.164 or `client:<id>`), or `undefined` after marking the box invalid and focusing it. */
  validate(): string | undefined;
}

/**
 * UI state of a dial-target text box (not bus state): its text and whether it was refused. National numbers
 * are read with the country of `from`, the line dialled from (default: the store's, as `dial` picks it).
 */
export function useDialTargetField(from?: string): DialTargetField {
  const [value, setValue] = useState('');
  const [refusal, setRefusal] = useState<DialTargetRefusal | undefined>(undefined);
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const errorId = useId();
  const hintId = useId();
  const { phone, messages } = useDialerContext('useDialTargetField');
  const rules = phone.rules;
  // The country alone: the line's number changes between calls (and its writing between idle and a call's
  // SYNC) while its country, all the box reads of it, stays.
  // Parsed once per line number, not on every store change.
  const countryOfLine = useMemo(() => {
    let lastLine: string | undefined;
    let lastCountry: string | undefined;
    return (line: string | undefined): string | undefined => {
      if (line !== lastLine) {
        lastLine = line;
        lastCountry = line === undefined ? undefined : rules?.countryOf(line);
      }
      return lastCountry;
    };
  }, [rules]);
  // An empty box reads no country: the line changing between calls then renders nothing.
  const country = useDialerSelector(
    (state) => (value === '' ? undefined : countryOfLine(from ?? defaultLine(state))),
    { hookName: 'useDialTargetField' },
  );
  const target = parseDialTarget(value, { rules, country });
  const dialsAs =
    refusal === undefined && target.ok && !target.value.startsWith('client:')
      ? messages.format.phoneNumber(target.value)
      : undefined;
  return {
    value,
    invalid: refusal !== undefined,
    refusal,
    dialsAs,
    inputRef,
    inputId,
    errorId,
    hintId,
    setText(text) {
      setValue(text);
      setRefusal(undefined);
    },
    validate() {
      if (target.ok) return target.value;
      setRefusal(target);
      inputRef.current?.focus();
      return undefined;
    },
  };
}
