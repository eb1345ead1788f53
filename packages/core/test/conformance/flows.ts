import { parseBusEvent } from '../../src/parseBusEvent';
import type { BusEvent } from '../../src/protocol/events';
import flowsJson from '../fixtures/flows.json';

/** The documented sequences of PROTOCOL.md, inbound messages only, as untrusted data. */
export const RAW_FLOWS: Readonly<Record<string, readonly unknown[]>> = flowsJson;

/** The flow's messages, each validated by `parseBusEvent` (throws on the first invalid one). */
export function parsedFlow(key: string): readonly BusEvent[] {
  const messages = RAW_FLOWS[key];
  if (!messages) throw new Error(`no flow ${key} in flows.json`);
  return messages.map((message, index) => {
    const result = parseBusEvent(message);
    if (!result.ok)
      throw new Error(`${key}[${index}] is invalid: ${result.error.path} ${result.error.message}`);
    return result.event;
  });
}
