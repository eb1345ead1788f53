import type { BusEvent } from '@dialer-kit/core';
import type { Availability } from './availability';
import type { BusState } from './busState';
import type { SimulatorClock } from './clock';
import type { FaultPlan } from './faults';
import type { IdSource } from './ids';
import type { SimulatorLog } from './log';
import type { SimulatorSettings } from './settings';

/** What every handler of the simulated bus works with. */
export interface BusContext {
  readonly settings: SimulatorSettings;
  readonly clock: SimulatorClock;
  readonly ids: IdSource;
  readonly availability: Availability;
  readonly faults: FaultPlan;
  readonly state: BusState;
  readonly log: SimulatorLog;
  /** Sends one event to the kit after the configured latency, in order (DIALER/USER/API only after INIT). */
  emit(event: BusEvent): void;
}

/** A handler's verdict: `undefined` when handled, else why the command was refused (logged, nothing sent). */
export type Refusal = string | undefined;
