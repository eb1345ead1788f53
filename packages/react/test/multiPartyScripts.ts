import type { Participant } from '../../core/src/protocol/entities';
import { CUSTOMER, external, metadata, script } from './callScripts';
import { busEvent, type FakeBus } from './fakeBus';

/** Numbers and ids of the second-call, conference and coaching tests. */
export const SECOND = '+14155550188';
export const CUSTOMER_LEG = 'leg-customer';
export const SECOND_LEG = 'leg-second';
export const TEAMMATE_LEG = 'leg-teammate';
/** The teammate invited to conferences, `client:7`. */
export const TEAMMATE_ID = 7;
/** A supervisor coaching the agent. */
export const SUPERVISOR_ID = 777;
/** The teammate the agent coaches, and their call. */
export const COACHEE_ID = 654;
export const COACHED_CALL = 'CA7c6b5a4938271605f4e3d2c1b0a99887';

/** A SYNC participant for a teammate. */
export function teammate(
  id: number,
  legId: string,
  state: Participant['state'] = 'answering',
  isHeld = false,
): Participant {
  return { user: { id }, legId, isHeld, state };
}

/** A conference SYNC: `participants` only, as the bus sends it in the conference flow. */
export function conferenceSync(...participants: Participant[]) {
  const { activeParticipant: _regularParty, ...rest } = metadata();
  return busEvent.sync({ ...rest, participants });
}

/** Scripts of the multi-party flows (PROTOCOL.md section 4), on top of `script.connected`. */
export const multiParty = {
  /** A second call whose person rings: no SYNC names them yet. */
  concurrentRinging(bus: FakeBus): void {
    script.connected(bus);
    bus.push(
      busEvent.callStatus('startingConcurrent', 'regular'),
      busEvent.callStatus('ringing', 'concurrent'),
    );
  },
  /** The second person answered: the agent talks with them, the customer holds. */
  concurrentConnected(bus: FakeBus): void {
    multiParty.concurrentRinging(bus);
    bus.push(
      busEvent.callStatus('connected', 'concurrent'),
      busEvent.sync(
        metadata({
          activeParticipant: external(SECOND, SECOND_LEG),
          inactiveParticipant: external(CUSTOMER, CUSTOMER_LEG, true),
        }),
      ),
    );
  },
  /** A teammate was invited and rings. */
  conferenceInitiating(bus: FakeBus): void {
    script.connected(bus);
    bus.push(
      busEvent.callStatus('startingConference', 'regular'),
      busEvent.callStatus('initiating', 'conference'),
      conferenceSync(external(CUSTOMER, CUSTOMER_LEG), teammate(TEAMMATE_ID, TEAMMATE_LEG, 'ringing')),
    );
  },
  /** The teammate answered: the conference has started. */
  conferenceStarted(bus: FakeBus): void {
    multiParty.conferenceInitiating(bus);
    bus.push(
      busEvent.callStatus('initiated', 'conference'),
      conferenceSync(external(CUSTOMER, CUSTOMER_LEG), teammate(TEAMMATE_ID, TEAMMATE_LEG)),
    );
  },
  /** A supervisor joined the agent's connected call. */
  coachJoined(bus: FakeBus): void {
    script.connected(bus);
    bus.push(busEvent.sync(metadata({ coachParticipant: teammate(SUPERVISOR_ID, 'leg-coach') })));
  },
  /** The agent joined a teammate's call as its coach. */
  coaching(bus: FakeBus): void {
    bus.push(
      busEvent.callStatus('startingCoaching', 'regular'),
      busEvent.callStatus('joining', 'coaching'),
      busEvent.callStatus('joined', 'coaching'),
      busEvent.sync(
        metadata({ callUuid: COACHED_CALL, coacheeParticipant: teammate(COACHEE_ID, 'leg-coachee') }),
      ),
    );
  },
};
