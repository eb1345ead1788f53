import { DEFAULT_SETTINGS, type SimulatedBusOptions } from '../src/index';
import type { Harness } from './harness';

/** How to make the simulator emit one sequence of flows.json. */
export interface FlowCase {
  readonly options?: SimulatedBusOptions;
  /** Brings the bus to where the sequence starts; what it emits is not compared. */
  readonly setup?: (h: Harness) => void;
  /** The commands and far-side actions that produce the sequence. */
  readonly drive: (h: Harness) => void;
  /**
   * Event types the simulator may emit after the documented excerpt ends (the fixture stops at the status;
   * the simulator then SYNCs the new metadata).
   */
  readonly trailing?: readonly string[];
}

/** Flow cases keyed by flows.json sequence name. */
export type FlowCases = { readonly [flow: string]: FlowCase };

/** The customer of flows.json. */
export const CUSTOMER = '+14155550199';
/** The teammate of flows.json. */
export const TEAMMATE = 'client:654321';

/** Setup: the kit is registered, logged in and initialised. */
export const ready = (h: Harness): void => h.ready();
/** Setup: an answered outgoing call to the customer. */
export const inOutgoingCall = (h: Harness): void => {
  h.ready();
  h.outgoingConnected();
};
/** Setup: an accepted incoming call from the customer. */
export const inIncomingCall = (h: Harness): void => {
  h.ready();
  h.incomingConnected();
};

/** Settings: the only line is the default first line (automatic recording), and it demands tags. */
const [salesLine] = DEFAULT_SETTINGS.lines;
export const taggedLine: SimulatedBusOptions = {
  lines: salesLine ? [{ ...salesLine, mandatoryTagging: true }] : [],
};
