import type { CallMetadata, Participant } from '@dialer-kit/core';
import { DEFAULT_SETTINGS } from '@dialer-kit/simulator';
import {
  busEvent,
  callMetadata,
  externalParty,
  TEST_COACHABLE_CALL,
  TEST_SECOND_CALLER,
  TEST_TRANSFEREE,
  teammateParty,
} from './busEvents';
import type { ScriptedBus } from './createScriptedBus';
import { TEST_CUSTOMER, TEST_TEAMMATES } from './testData';

/** The bus a script pushes to. */
type Pushes = Pick<ScriptedBus, 'push'>;

const CUSTOMER_LEG = 'leg-customer';
const SECOND_LEG = 'leg-second';
const TEAMMATE_LEG = 'leg-teammate';
const supervisorId = TEST_TEAMMATES[1]?.id ?? 0;
const coacheeId = DEFAULT_SETTINGS.coachableCalls[0]?.coacheeId ?? 0;

/** The SYNC of a call in which the agent talks with `active` while the customer is on hold. */
const customerHeldBehind = (active: Participant) =>
  busEvent.sync(
    callMetadata({
      activeParticipant: active,
      inactiveParticipant: externalParty(TEST_CUSTOMER, CUSTOMER_LEG, true),
    }),
  );

/**
 * The bus events that bring a call to a given point (PROTOCOL.md's sequences), pushed to a
 * {@link ScriptedBus}: the same events {@link createTestBus} sends, without the far side's timing.
 */
export const callScripts = {
  /** DIAL acknowledged: DIALING, then `regular/connecting`. */
  dialing(bus: Pushes, to: string = TEST_CUSTOMER): void {
    bus.push(busEvent.dialing(to), busEvent.callStatus('connecting', 'regular'));
  },
  /** A regular connected call with its SYNC (see {@link callMetadata}, `metadata` overrides it). */
  connected(bus: Pushes, metadata: Partial<CallMetadata> = {}): void {
    bus.push(busEvent.callStatus('connected', 'regular'), busEvent.sync(callMetadata(metadata)));
  },
  /** The call hung up and must be tagged. */
  mandatoryTagging(bus: Pushes): void {
    callScripts.connected(bus);
    bus.push(busEvent.callStatus('hanging', 'regular'), busEvent.callStatus('mandatoryTagging', 'regular'));
  },
  /** The call hung up without tagging. */
  ended(bus: Pushes): void {
    callScripts.connected(bus);
    bus.push(busEvent.callStatus('hanging', 'regular'), busEvent.callStatus('ended', 'regular'));
  },
  /** A warm transfer in which the agent talks with {@link TEST_TRANSFEREE}; the customer is on hold. */
  warmTransferConnected(bus: Pushes): void {
    callScripts.connected(bus);
    bus.push(
      busEvent.callStatus('startingWarmTransfer', 'regular'),
      busEvent.callStatus('ringing', 'warmTransfer'),
      busEvent.callStatus('connected', 'warmTransfer'),
      customerHeldBehind(externalParty(TEST_TRANSFEREE, 'leg-transferee')),
    );
  },
  /** A second call to {@link TEST_SECOND_CALLER} rings: no SYNC names them yet. */
  concurrentRinging(bus: Pushes): void {
    callScripts.connected(bus);
    bus.push(
      busEvent.callStatus('startingConcurrent', 'regular'),
      busEvent.callStatus('ringing', 'concurrent'),
    );
  },
  /** The second person answered: the agent talks with them, the customer holds. */
  concurrentConnected(bus: Pushes): void {
    callScripts.concurrentRinging(bus);
    bus.push(
      busEvent.callStatus('connected', 'concurrent'),
      customerHeldBehind(externalParty(TEST_SECOND_CALLER, SECOND_LEG)),
    );
  },
  /** The first teammate was invited to a conference and rings. */
  conferenceInitiating(bus: Pushes): void {
    callScripts.connected(bus);
    bus.push(
      busEvent.callStatus('startingConference', 'regular'),
      busEvent.callStatus('initiating', 'conference'),
      busEvent.conferenceSync(
        externalParty(TEST_CUSTOMER, CUSTOMER_LEG),
        teammateParty(TEAMMATE_LEG, undefined, 'ringing'),
      ),
    );
  },
  /** The teammate answered: the conference has started. */
  conferenceStarted(bus: Pushes): void {
    callScripts.conferenceInitiating(bus);
    bus.push(
      busEvent.callStatus('initiated', 'conference'),
      busEvent.conferenceSync(externalParty(TEST_CUSTOMER, CUSTOMER_LEG), teammateParty(TEAMMATE_LEG)),
    );
  },
  /** A supervisor (the second of {@link TEST_TEAMMATES}) joined the agent's connected call. */
  coachJoined(bus: Pushes): void {
    callScripts.connected(bus);
    bus.push(busEvent.sync(callMetadata({ coachParticipant: teammateParty('leg-coach', supervisorId) })));
  },
  /** The agent joined a teammate's call ({@link TEST_COACHABLE_CALL}) as its coach. */
  coaching(bus: Pushes): void {
    bus.push(
      busEvent.callStatus('startingCoaching', 'regular'),
      busEvent.callStatus('joining', 'coaching'),
      busEvent.callStatus('joined', 'coaching'),
      busEvent.sync(
        callMetadata({
          callUuid: TEST_COACHABLE_CALL,
          coacheeParticipant: teammateParty('leg-coachee', coacheeId),
        }),
      ),
    );
  },
};
