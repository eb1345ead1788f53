/** The agent id of a `client:<id>` address, or `undefined` for anything else. */
export function clientIdOf(address: string): number | undefined {
  const match = /^client:(\d+)$/.exec(address);
  return match ? Number(match[1]) : undefined;
}

/** True for an E.164 phone number (`+14155550199`). */
function isE164(address: string): boolean {
  return /^\+[1-9]\d{6,14}$/.test(address);
}

/** Why the agent cannot call `address` (`undefined`: it can): a phone number or another agent's client id. */
export function undialable(address: string, agentId: number): string | undefined {
  const userId = clientIdOf(address);
  if (userId === agentId) return 'the agent cannot call itself';
  if (userId === undefined && !isE164(address)) return `"${address}" is neither E.164 nor client:<id>`;
  return undefined;
}
