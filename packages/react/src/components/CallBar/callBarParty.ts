import type { CallFlow, CallParty, CallStatus } from '@dialer-kit/core';
import type { DialerMessages } from '../../messages';
import { addressLabel, partyLabel } from '../shared/formatParty';

/** What {@link callBarParty} needs of the call. */
export interface CallBarPartyInput {
  readonly status: CallStatus;
  readonly flow: CallFlow | undefined;
  readonly active: CallParty | undefined;
  readonly inactive: CallParty | undefined;
  readonly transferTo: string | undefined;
}

/**
 * Who the bar names during a call. In a warm transfer or a second call, until a SYNC names the held party
 * the call's party is still the customer, now on hold: a warm transfer names its target instead (as the
 * transfer controls do), a second call names nobody (the kit does not keep whom it calls).
 */
export function callBarParty(messages: DialerMessages, call: CallBarPartyInput): string | undefined {
  const { status, flow, active, inactive, transferTo } = call;
  if (flow === 'warmTransfer') {
    if (status === 'ringing') {
      // Same choice as the transfer controls' "Calling" line.
      return transferTo === undefined && inactive !== undefined
        ? partyLabel(messages, active)
        : addressLabel(messages, transferTo);
    }
    if (inactive === undefined && transferTo !== undefined) return addressLabel(messages, transferTo);
  }
  if (flow === 'concurrent' && inactive === undefined) return undefined;
  return partyLabel(messages, active);
}
