import type { BusCommand, BusCommandType } from './protocol/commands';
import type { ParseError } from './protocol/kitEvents';
import { COMMAND_PAYLOAD_SCHEMAS, commandMeta } from './protocol/schemas';
import { type MessageRules, parseMessage } from './protocol/schemas/parseMessage';

/** The outcome of {@link parseBusCommand}: a validated command, or why it was refused. */
export type CommandParseResult =
  | { readonly ok: true; readonly command: BusCommand }
  | { readonly ok: false; readonly error: ParseError };

/** Every command type the kit may send. */
export const BUS_COMMAND_TYPES: readonly BusCommandType[] = /*#__PURE__*/ Object.freeze(
  /*#__PURE__*/ Object.keys(COMMAND_PAYLOAD_SCHEMAS) as BusCommandType[],
);

/** True when `value` names a command the kit may send. */
export function isBusCommandType(value: unknown): value is BusCommandType {
  return typeof value === 'string' && Object.hasOwn(COMMAND_PAYLOAD_SCHEMAS, value);
}

// Strict in what the kit sends: a payload on a command that carries none is a kit bug, refused.
const COMMAND_RULES: MessageRules<BusCommandType> = {
  payloadSchemas: COMMAND_PAYLOAD_SCHEMAS,
  metaSchema: commandMeta,
  extraPayload: 'refuse',
};

/**
 * Validates one untrusted command (kit → bus), for the bus side (the simulator). Never throws.
 * @example
 * const result = parseBusCommand(messageEvent.data);
 * if (!result.ok) console.warn(result.error.message);
 */
export function parseBusCommand(input: unknown): CommandParseResult {
  const parsed = parseMessage(input, COMMAND_RULES);
  if (!parsed.ok) return parsed;
  const { ok: _, ...command } = parsed;
  // The payload was validated by the schema keyed by this very type, which TypeScript cannot correlate.
  return { ok: true, command: command as BusCommand };
}
