import type { BusEvent } from '@dialer-kit/core';
import {
  busEvent,
  callMetadata,
  externalParty,
  TEST_CUSTOMER,
  TEST_SECOND_CALLER,
  TEST_TRANSFEREE,
} from '@dialer-kit/testing';

// The SYNCs of a call with two outside parties, one talked with and one on hold (a warm transfer, a second
// call), as the tests of the panels that show them push them after a swap.

/** An outside party of a SYNC: its number and its leg. */
type Party = readonly [phoneNumber: string, legId: string];

/** The customer, on the legs `callScripts` gives it. */
export const CUSTOMER: Party = [TEST_CUSTOMER, 'leg-customer'];
/** The transferee of a warm transfer. */
export const TRANSFEREE: Party = [TEST_TRANSFEREE, 'leg-transferee'];
/** The second person of a second (concurrent) call. */
export const SECOND_CALLER: Party = [TEST_SECOND_CALLER, 'leg-second'];

/** A SYNC in which the agent talks with `talkingWith` while `onHold` waits. */
export function twoPartySync(talkingWith: Party, onHold: Party): BusEvent {
  return busEvent.sync(
    callMetadata({
      activeParticipant: externalParty(...talkingWith),
      inactiveParticipant: externalParty(...onHold, true),
    }),
  );
}
