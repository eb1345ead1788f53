import type { IncomingType } from '@dialer-kit/core';
import type { SimulatedBus } from './createSimulatedBus';

/** One thing the far side of a call can do, as a control panel button shows it. */
export interface FarSideAction {
  /** The button's accessible name (the demo page and the bus page use the same words). */
  readonly label: FarSideActionLabel;
  /** Does it; false when the bus refused it (nothing to do, see the simulator log). */
  run(bus: SimulatedBus): boolean;
}

/** The labels of {@link FAR_SIDE_ACTIONS}, in order. */
export type FarSideActionLabel =
  | 'Incoming external call'
  | 'Incoming internal call'
  | 'Incoming cold transfer'
  | 'Incoming warm transfer'
  | 'Remote answers'
  | 'Remote hangs up'
  | 'Transferee answers'
  | 'Transferee declines'
  | 'Drop the call'
  | 'Send a malformed message';

const incoming =
  (type: IncomingType) =>
  (bus: SimulatedBus): boolean =>
    bus.incomingCall({ type }) !== undefined;

/**
 * The far side's actions shared by every simulator control panel (the agent desktop's and the bus page's),
 * so both show the same buttons under the same names.
 * @example for (const action of FAR_SIDE_ACTIONS) button(action.label, () => action.run(bus));
 */
export const FAR_SIDE_ACTIONS: readonly FarSideAction[] = [
  { label: 'Incoming external call', run: incoming('external') },
  { label: 'Incoming internal call', run: incoming('internal') },
  { label: 'Incoming cold transfer', run: incoming('cold-transfer') },
  { label: 'Incoming warm transfer', run: incoming('warm-transfer') },
  { label: 'Remote answers', run: (bus) => bus.remoteAnswers() },
  { label: 'Remote hangs up', run: (bus) => bus.remoteHangsUp() },
  { label: 'Transferee answers', run: (bus) => bus.transfereeAnswers() },
  { label: 'Transferee declines', run: (bus) => bus.transfereeDeclines() },
  { label: 'Drop the call', run: (bus) => bus.dropCall() },
  {
    label: 'Send a malformed message',
    run: (bus) => {
      bus.sendMalformed();
      return true;
    },
  },
];
