import type { DialerEvent } from '../../src/reducer/types';
import type { DialerState } from '../../src/state/DialerState';
import type { GivenName } from './givens';
import type { Snapshot } from './snapshot';

/** What replaying one flow of `flows.json` must show. */
export interface FlowExpectation {
  /** The documented situation the flow starts from (many flows are fragments of a call). */
  readonly given: GivenName;
  /** Kit events after the given: typically the command whose answer the flow is. */
  readonly sent?: readonly DialerEvent[];
  /** One expectation per message of the flow, checked after that message. */
  readonly steps: readonly Partial<Snapshot>[];
  /** Events after the flow (a timer firing...), computed from the state the flow ends in. */
  readonly afterwards?: (state: DialerState) => readonly DialerEvent[];
  /** Expected after `afterwards`. */
  readonly afterwardsExpected?: Partial<Snapshot>;
  /** Every message of the flow leaves the state object as it was. */
  readonly unchanged?: true;
  /** Diagnostic codes the flow (and `afterwards`) add; none when absent. */
  readonly diagnostics?: readonly string[];
}
