import type { AvailabilityStatus, BusEventType, Tag } from '@dialer-kit/core';

/** How calls on a line are recorded: `auto` starts when connected, `manual` waits for the agent, `off` never. */
export type RecordingMode = 'auto' | 'manual' | 'off';

/** A phone line of the simulated agent: the bus `Line` fields plus simulator-only behaviour. */
export interface SimulatedLine {
  readonly id: number;
  readonly name: string;
  /** Display number, as the bus sends it (`+1 415-555-0123`). */
  readonly number: string;
  /** E.164 number; `DIALER.DIAL.from` must equal it. */
  readonly normalized: string;
  readonly country_iso: string;
  /** Calls on this line must be tagged before the agent can take another one. */
  readonly mandatoryTagging?: boolean;
  /** Default `auto`. */
  readonly recording?: RecordingMode;
}

/** A user known to the simulated bus. */
export interface SimulatedUser {
  readonly id: number;
  readonly email: string;
  readonly name?: string;
}

/** A user with an availability (the agent or a teammate). */
export interface SimulatedMember extends SimulatedUser {
  readonly status: AvailabilityStatus;
  readonly wrapUpTimeConfig?: number;
  readonly wrapUpTimeTtl?: number;
  /** Initial `version` reported by `API.FETCH_*` (each change adds one). */
  readonly version?: number;
}

/** A teammate's ongoing call that the agent may join with `DIALER.JOIN_COACHING`. */
export interface CoachableCall {
  readonly callUuid: string;
  /** The teammate being coached. */
  readonly coacheeId: number;
  /** The customer on that call. */
  readonly external: string;
  readonly direction: 'incoming' | 'outgoing';
  readonly lineId: number;
}

/** Everything the simulated bus can be configured with. */
export interface SimulatorSettings {
  /** `restored`: REGISTER_FULFILLED carries `{user}` and no login is needed. */
  readonly session: 'none' | 'restored';
  /** Accepted login; an absent password accepts any non-empty one. */
  readonly credentials: { readonly email?: string; readonly password?: string };
  readonly company: { readonly id: number; readonly name: string };
  readonly agent: SimulatedMember;
  readonly teammates: readonly SimulatedMember[];
  readonly lines: readonly SimulatedLine[];
  /** The tag catalogue: `SET_TAGS` with another id is rejected. */
  readonly tags: readonly Tag[];
  /** Delay before each emitted step, in ms. */
  readonly latencyMs: number;
  /** Per event type delay overriding `latencyMs`. */
  readonly latencyByType: { readonly [K in BusEventType]?: number };
  /** After-call work length in seconds (0: none unless a call must be tagged). */
  readonly wrapUpSeconds: number;
  readonly coachableCalls: readonly CoachableCall[];
  /** Seed of the deterministic call ids. */
  readonly seed: number;
  /** Start time of the manual clock, in ms since epoch. */
  readonly epochMs: number;
}

/**
 * The tag catalogue of `flows.json`: what the simulated bus accepts by default, each with its name (what a host
 * passes the provider as its catalogue).
 */
export const DEFAULT_TAGS: readonly (Tag & { readonly name: string })[] = [
  { id: 101, name: 'Qualified lead' },
  { id: 102, name: 'Follow-up' },
  { id: 103, name: 'Not interested' },
];

/** The default settings: the people, lines and tags of `flows.json`. */
export const DEFAULT_SETTINGS: SimulatorSettings = {
  session: 'none',
  credentials: {},
  company: { id: 9001, name: 'Example Corp' },
  agent: { id: 123456, email: 'jane.agent@example.com', name: 'Jane Agent', status: 'available', version: 1 },
  teammates: [
    { id: 654321, email: 'sam.teammate@example.com', name: 'Sam Teammate', status: 'available', version: 1 },
    {
      id: 777001,
      email: 'alex.supervisor@example.com',
      name: 'Alex Supervisor',
      status: 'offline',
      version: 1,
    },
  ],
  lines: [
    {
      id: 48211,
      name: 'Sales US',
      number: '+1 415-555-0123',
      normalized: '+14155550123',
      country_iso: 'US',
      mandatoryTagging: false,
      recording: 'auto',
    },
    {
      id: 48212,
      name: 'Support UK',
      number: '+44 20 7183 8750',
      normalized: '+442071838750',
      country_iso: 'GB',
      mandatoryTagging: true,
      recording: 'manual',
    },
  ],
  tags: DEFAULT_TAGS,
  latencyMs: 10,
  latencyByType: {},
  wrapUpSeconds: 30,
  coachableCalls: [
    {
      callUuid: 'CA7c6b5a4938271605f4e3d2c1b0a99887',
      coacheeId: 654321,
      external: '+14155550199',
      direction: 'incoming',
      lineId: 48211,
    },
  ],
  seed: 1,
  epochMs: 1717000000000,
};

/** Settings accepted by `createSimulatedBus`: any subset; each given key replaces the default whole. */
export type SimulatorSettingsInput = Partial<SimulatorSettings>;

/** Fills the missing settings with {@link DEFAULT_SETTINGS}. */
export function resolveSettings(input: SimulatorSettingsInput = {}): SimulatorSettings {
  const defined = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
  return { ...DEFAULT_SETTINGS, ...defined };
}
