import type { CoachableCallOption, TeammateName } from '@dialer-kit/react';
import { DEFAULT_SETTINGS } from '@dialer-kit/simulator';

/**
 * The host's directory of teammates, by name (the kit's TransferDirectory shows them with their live
 * presence): here the simulated company's, as a real desk would read its own.
 */
export const DEMO_TEAMMATES: readonly TeammateName[] = DEFAULT_SETTINGS.teammates.map(({ id, name }) => ({
  id,
  name: name ?? `Teammate ${id}`,
}));

/** Teammates' calls the agent may join as a coach, as the host lists them (the simulator knows these). */
export const DEMO_COACHABLE_CALLS: readonly CoachableCallOption[] = DEFAULT_SETTINGS.coachableCalls.map(
  (call) => ({
    callUuid: call.callUuid,
    label: `${DEMO_TEAMMATES.find((teammate) => teammate.id === call.coacheeId)?.name ?? 'A teammate'}, with ${call.external}`,
  }),
);
