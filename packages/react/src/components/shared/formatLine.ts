import type { DialerMessages } from '../../messages';

/** A line's number as shown (`messages.format.phoneNumber` of its E.164 form), `undefined` when it has none. */
export function lineNumberLabel(
  messages: DialerMessages,
  line: { readonly number?: string | undefined; readonly normalized?: string | undefined },
): string | undefined {
  const number = line.normalized || line.number;
  return number ? messages.format.phoneNumber(number) : undefined;
}
