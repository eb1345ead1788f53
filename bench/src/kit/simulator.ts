// The bench's one touch point with @dialer-kit/simulator: the far side of the scripted calls, on a manual
// clock, through the simulator's inner API (`receive` / `onEmit`), so the bench decides when each message
// reaches the kit.
import { createSimulatedBus, DEFAULT_TAGS, type SimulatedMember } from '@dialer-kit/simulator';

/** True for a call sid of the simulated bus (`CA` + 32 hex digits): the replay gives each cycle fresh ones. */
export { isCallSid } from '@dialer-kit/simulator';

/** The line whose calls must be tagged (the simulator's default "Support UK"). */
export const TAGGED_LINE = { id: 48212, number: '+442071838750' };
/** The line without tagging (the simulator's default "Sales US"). */
export const PLAIN_LINE = { id: 48211, number: '+14155550123' };
/** A teammate to transfer to, and the simulator's tag ids. */
export const TEAMMATE = 'client:654321';
export const TAG_IDS = [101, 102, 103] as const;
/** The simulator's tag catalogue, as the host passes it to the provider. */
export const TAGS = DEFAULT_TAGS;
export const CUSTOMER = '+14155550199';

/** What the far side does, each returning whether the simulated bus accepted it. */
export interface FarSide {
  incomingCall(lineId: number): boolean;
  remoteAnswers(): boolean;
  remoteHangsUp(): boolean;
  transfereeAnswers(): boolean;
  transfereeDeclines(): boolean;
  /** A teammate's availability changes (`USER.TEAMMATE_AVAILABILITY_CHANGED`). */
  teammateAvailability(index: number, away: boolean): boolean;
}

/** The simulated bus: commands in, emitted messages out, time moved by the caller. */
export interface SimulatedFarSide {
  readonly farSide: FarSide;
  /** Hands one command from the kit to the bus. */
  receive(command: unknown): void;
  /** Runs the bus clock until nothing is pending; returns the messages it emitted, in order. */
  run(): unknown[];
}

/** A simulated bus on a manual clock with a restored session, `teammates` teammates and after-call work. */
export function createSimulatedFarSide(teammates = 2): SimulatedFarSide {
  const members = Array.from(
    { length: teammates },
    (_, i): SimulatedMember => ({
      id: 654321 + i,
      email: `teammate${i}@example.com`,
      name: `Teammate ${i}`,
      status: 'available',
      version: 1,
    }),
  );
  const bus = createSimulatedBus({ clock: 'manual', session: 'restored', teammates: members });
  const emitted: unknown[] = [];
  bus.onEmit((message) => emitted.push(message));
  const ids = members.map((member) => member.id);
  return {
    farSide: {
      incomingCall: (lineId) => bus.incomingCall({ lineId, from: CUSTOMER }) !== undefined,
      remoteAnswers: () => bus.remoteAnswers(),
      remoteHangsUp: () => bus.remoteHangsUp(),
      transfereeAnswers: () => bus.transfereeAnswers(),
      transfereeDeclines: () => bus.transfereeDeclines(),
      teammateAvailability: (index, away) =>
        bus.setTeammateAvailability(ids[index % ids.length] ?? 0, away ? 'away' : 'available'),
    },
    receive: (command) => bus.receive(command),
    run: () => {
      bus.flush();
      return emitted.splice(0, emitted.length);
    },
  };
}
