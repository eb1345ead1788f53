import type { FormatMessages } from './sharedMessageTypes';

/** "United Kingdom" for `GB`, where the engine names regions. */
function regionName(country: string | undefined): string | undefined {
  if (country === undefined) return undefined;
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' }).of(country);
  } catch {
    return country;
  }
}

/** The kit's English wording of values: who calls, a line, a number, a failure and its reason. */
export const formatMessages: FormatMessages = {
  incomingFrom: (from) => `Incoming call from ${from}`,
  transferredBy: (transferer) => `Transferred by ${transferer}`,
  lineCalled: (line) => `Line called: ${line}`,
  taggedCall: (party, line) => (line === '' ? `Call with ${party}` : `Call with ${party} on ${line}`),
  tagsSaved: (names) => `Tags saved: ${names}`,
  callStates: (states) => states.join(', '),
  transferDeclined: (transferee) =>
    `${transferee} did not answer or declined. You are back with the customer.`,
  transferLeft: (transferee) => `${transferee} left the transfer. You are back with the customer.`,
  customer: (who) => `Customer: ${who}`,
  teammate: (userId) => `Teammate ${userId}`,
  wrapUpEndsIn: (seconds) => `Wrap-up ends in ${seconds} s`,
  // "Coaching: Coaching", "Conference: Conference started": a status that names its flow says it once.
  callAnnouncement: (status, flow) =>
    flow === undefined || status.toLowerCase().includes(flow.toLowerCase()) ? status : `${flow}: ${status}`,
  failureNotice: (failure, reason) => `${failure}. ${reason}`,
  line: (name, number) => [name, number].filter(Boolean).join(' · '),
  phoneNumber: (number) => number,
  dialsAs: (number) => `Dials ${number}`,
  phoneNotInCountry: (country) =>
    `Not a phone number in ${regionName(country) ?? 'its country'}. Numbers abroad start with + and their country code.`,
  callerId: (number) => `Caller ID ${number}`,
  unnamedLine: (id) => `Line ${id}`,
};
