import type { BusCommandType } from './commands';

/**
 * The commands the kit sends that the public protocol (docs/PROTOCOL.md) does not document, each with
 * what is undocumented: the one list in code (docs/DECISIONS.md marks the same). A host may turn them off
 * (`undocumentedCommands` of `createDialerStore` and `DialerProvider`); their controls then report
 * `not-supported` and nothing of them is sent.
 */
export const UNDOCUMENTED_COMMANDS = {
  'DIALER.MUTE': 'the payload `{ shouldMute }`: the documentation names the command without one',
  'DIALER.SET_RECORDING':
    'the command itself: the recording control needs one and the documentation has none',
} as const satisfies { readonly [K in BusCommandType]?: string };

/** A command outside the public protocol. */
export type UndocumentedCommandType = keyof typeof UNDOCUMENTED_COMMANDS;

/**
 * The undocumented commands a host's choice turns off: none for `true` (the default), all for `false`,
 * all but those listed for a list.
 * @example turnedOffCommands(['DIALER.MUTE']) // ['DIALER.SET_RECORDING']
 */
export function turnedOffCommands(
  allowed: boolean | readonly UndocumentedCommandType[] = true,
): UndocumentedCommandType[] {
  const all = Object.keys(UNDOCUMENTED_COMMANDS) as UndocumentedCommandType[];
  if (allowed === true) return [];
  if (allowed === false) return all;
  return all.filter((type) => !allowed.includes(type));
}
