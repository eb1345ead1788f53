import type { DialerMessages } from '../../messages';

/** A line's number as shown (`messages.format.phoneNumber` of it as the bus sent it), `undefined` when none. */
export function lineNumberLabel(
  messages: DialerMessages,
  line: { readonly number?: string | undefined; readonly normalized?: string | undefined },
): string | undefined {
  const number = line.number || line.normalized;
  return number ? messages.format.phoneNumber(number) : undefined;
}
