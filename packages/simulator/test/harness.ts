import type { BusCommand } from '@dialer-kit/core';
import { createSimulatedBus, type SimulatedBus, type SimulatedBusOptions } from '../src/index';

/** A message as the kit receives it (untrusted, but the simulator's are plain objects). */
export interface Received {
  readonly type: string;
  readonly payload?: unknown;
}

/** A simulated bus on a manual clock with a kit-side recorder. */
export interface Harness {
  readonly bus: SimulatedBus;
  /** Everything received since the last `take()`. */
  readonly received: Received[];
  /** Sends a command through the transport and runs the bus until nothing is pending. */
  send(command: BusCommand): void;
  /** Returns and forgets what was received. */
  take(): Received[];
  /** REGISTER (+ login unless the session is restored) + INIT, then forgets what was received. */
  ready(): void;
  /** An outgoing call to `to`, answered. */
  outgoingConnected(to?: string): void;
  /** An incoming external call, accepted. */
  incomingConnected(): void;
  /** legId of the SYNC participant the agent talks with. */
  activeLegId(): string;
}

/** Default registration payload. */
export const REGISTER: BusCommand = {
  type: 'BUS.REGISTER',
  payload: { origin: 'https://app.example.com', appName: 'tests', release: '0.0.0' },
};

/** Creates a {@link Harness}. */
export function createHarness(options: SimulatedBusOptions = {}): Harness {
  const bus = createSimulatedBus({ clock: 'manual', ...options });
  const received: Received[] = [];
  bus.transport.subscribe((message) => received.push(message as Received));
  const send = (command: BusCommand): void => {
    bus.transport.send(command);
    bus.flush();
  };
  return {
    bus,
    received,
    send,
    take: () => received.splice(0, received.length),
    ready() {
      send(REGISTER);
      if (!bus.getSnapshot().authenticated) {
        send({
          type: 'AUTH.EMAIL_AND_PASSWORD',
          payload: { email: 'jane.agent@example.com', password: 'pw' },
        });
      }
      send({ type: 'BUS.INIT', payload: { services: ['AUTH', 'USER', 'DIALER'] } });
      received.length = 0;
    },
    outgoingConnected(to = '+14155550199') {
      send({ type: 'DIALER.DIAL', payload: { from: '+14155550123', to } });
      bus.remoteAnswers();
      bus.flush();
    },
    incomingConnected() {
      bus.incomingCall({ type: 'external', from: '+14155550199' });
      bus.flush();
      send({ type: 'DIALER.ACCEPT' });
    },
    activeLegId() {
      const legId = bus.getSnapshot().call?.metadata.activeParticipant?.legId;
      if (legId === undefined) throw new Error('no active participant');
      return legId;
    },
  };
}

/** The CALL_STATUS events among `events`, as `flow/status` (`idle` alone). */
export function statuses(events: readonly Received[]): string[] {
  return events
    .filter((event) => event.type === 'DIALER.CALL_STATUS')
    .map((event) => {
      const { status, flow } = event.payload as { status: string; flow?: string };
      return flow === undefined ? status : `${flow}/${status}`;
    });
}

/** The payloads of the events of `type` among `events`. */
export function payloadsOf<T = Record<string, unknown>>(events: readonly Received[], type: string): T[] {
  return events.filter((event) => event.type === type).map((event) => event.payload as T);
}

/** A line on which every call must be tagged before the next one. */
export const TAGGED_LINE = {
  id: 1,
  name: 'L',
  number: 'n',
  normalized: '+14155550123',
  country_iso: 'US',
  mandatoryTagging: true,
};
