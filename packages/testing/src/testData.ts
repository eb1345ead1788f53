import type { TagOption } from '@dialer-kit/react';
import {
  DEFAULT_CUSTOMER,
  DEFAULT_SETTINGS,
  DEFAULT_TAGS,
  type SimulatedLine,
  type SimulatedMember,
} from '@dialer-kit/simulator';

function lineWhere(mandatoryTagging: boolean): SimulatedLine {
  const line = DEFAULT_SETTINGS.lines.find(
    (candidate) => (candidate.mandatoryTagging ?? false) === mandatoryTagging,
  );
  if (line === undefined)
    throw new Error(`The simulator has no default line with mandatoryTagging ${mandatoryTagging}`);
  return line;
}

/** The agent the test bus restores (no login needed): Jane Agent, id 123456. */
export const TEST_AGENT: SimulatedMember = DEFAULT_SETTINGS.agent;

/** The teammates the bus knows: Sam Teammate (available, id 654321), Alex Supervisor (offline, id 777001). */
export const TEST_TEAMMATES: readonly SimulatedMember[] = DEFAULT_SETTINGS.teammates;

/** The customer who calls in by default (and who is held during a warm transfer): `+14155550199`. */
export const TEST_CUSTOMER: string = DEFAULT_CUSTOMER;

/** A line whose calls end without tagging: "Sales US", `+14155550123`, the agent's first line. */
export const LINE: SimulatedLine = lineWhere(false);

/** A line whose calls must be tagged before the next one: "Support UK", `+442071838750`. */
export const TAGGING_LINE: SimulatedLine = lineWhere(true);

/** The tag catalogue the bus accepts: 101 "Qualified lead", 102 "Follow-up", 103 "Not interested". */
export const TEST_TAGS: readonly TagOption[] = DEFAULT_TAGS;
