import type { KnownAvailabilityStatus, KnownIncomingType } from '@dialer-kit/core';
import type { DialerMessages } from './messages';

/** The label of an availability status: the known word, or the status as sent (Decision 8). */
export function availabilityLabel(messages: DialerMessages, status: string): string {
  return Object.hasOwn(messages.availability, status)
    ? messages.availability[status as KnownAvailabilityStatus]
    : status;
}

/** The label of an incoming type: unknown types read like `external` (Decision 7). */
export function incomingTypeLabel(messages: DialerMessages, type: string): string {
  return Object.hasOwn(messages.incomingTypes, type)
    ? messages.incomingTypes[type as KnownIncomingType]
    : messages.incomingTypes.external;
}
