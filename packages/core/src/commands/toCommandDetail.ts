import type { BusCommand } from '../protocol/commands';
import { AVAILABILITY_SETTINGS, type AvailabilitySetting } from '../protocol/enums';
import type { CommandDetail } from '../protocol/kitEvents';

const isSetting = (value: unknown): value is AvailabilitySetting =>
  (AVAILABILITY_SETTINGS as readonly unknown[]).includes(value);

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * What the reducer keeps of a command (`kit/commandSent`): only the named, harmless fields, picked one by
 * one so that a password or any other payload field can never slip through. `undefined` when none applies.
 */
export function toCommandDetail(command: BusCommand): CommandDetail | undefined {
  if (!('payload' in command)) return undefined;
  const payload: Readonly<Record<string, unknown>> = command.payload;
  const detail: Mutable<CommandDetail> = {};
  if (typeof payload.shouldMute === 'boolean') detail.shouldMute = payload.shouldMute;
  if (typeof payload.shouldHold === 'boolean') detail.shouldHold = payload.shouldHold;
  if (typeof payload.shouldRecord === 'boolean') detail.shouldRecord = payload.shouldRecord;
  if (Array.isArray(payload.tagIds)) detail.tagIds = payload.tagIds.filter((id) => typeof id === 'number');
  if (typeof payload.to === 'string') detail.to = payload.to;
  if (typeof payload.legId === 'string') detail.legId = payload.legId;
  if (typeof payload.callUuid === 'string') detail.callUuid = payload.callUuid;
  if (isSetting(payload.status)) detail.setting = payload.status;
  return Object.keys(detail).length === 0 ? undefined : detail;
}
