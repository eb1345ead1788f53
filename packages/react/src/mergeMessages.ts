import { defaultMessages } from './messages';
import type { DialerMessages, DialerMessagesOverrides } from './messageTypes';

/** Applies overrides to the defaults, group by group. */
export function mergeMessages(overrides: DialerMessagesOverrides | undefined): DialerMessages {
  if (overrides === undefined) return defaultMessages;
  const merged: Record<string, unknown> = { ...defaultMessages };
  for (const key of Object.keys(overrides) as (keyof DialerMessages)[]) {
    merged[key] = { ...defaultMessages[key], ...overrides[key] };
  }
  return merged as unknown as DialerMessages;
}
