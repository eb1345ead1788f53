import type { CallParty, CallRecord, CallTagsConfirmed } from '@dialer-kit/core';
import type { Contact, ContactQuery } from '@dialer-kit/react';

/** What the demo CRM shows: the caller it popped, and the calls it logged (newest first). */
export interface CrmSnapshot {
  /** The call popped by `onIncomingCall` / `onCallAnswered`, until `onCallEnded` logs it. */
  readonly popped: CallRecord | undefined;
  readonly log: readonly CallRecord[];
}

/**
 * A stand-in for the host's CRM, fed by the kit's call lifecycle callbacks alone; a tiny external store for
 * React. Its four handlers go straight to `DialerProvider`.
 */
export interface Crm {
  getSnapshot(): CrmSnapshot;
  subscribe(listener: () => void): () => void;
  readonly onIncomingCall: (record: CallRecord) => void;
  readonly onCallAnswered: (record: CallRecord) => void;
  readonly onCallEnded: (record: CallRecord) => void;
  readonly onCallTagged: (tagged: CallTagsConfirmed) => void;
  /** The CRM's record of a party, at once (for its own panel). */
  find(party: ContactQuery | undefined): Contact | undefined;
  /** The kit's `resolveContact`: the same record, after a lookup's delay (a real CRM answers over the network). */
  readonly resolveContact: (
    party: ContactQuery,
    options: { readonly signal: AbortSignal },
  ) => Promise<Contact | undefined>;
}

/** The demo CRM's records, by number (the simulator's customer) or teammate id. */
const CONTACTS: ReadonlyMap<string, Contact> = new Map([
  ['+14155550199', { name: 'Grace Hopper', company: 'Cobol Compilers Inc.', href: '#crm/contacts/1001' }],
  ['user:654321', { name: 'Sam Teammate', company: 'Support team', href: '#crm/users/654321' }],
]);

/** How long the demo CRM takes to answer a lookup. */
const LOOKUP_MS = 400;

function find(party: ContactQuery | CallParty | undefined): Contact | undefined {
  if (party?.phoneNumber !== undefined) return CONTACTS.get(party.phoneNumber);
  return party?.userId === undefined ? undefined : CONTACTS.get(`user:${party.userId}`);
}

/** How many ended calls the demo CRM lists. */
const LOG_LIMIT = 20;

/**
 * Creates an empty {@link Crm}.
 * @example <DialerProvider onIncomingCall={crm.onIncomingCall} onCallEnded={crm.onCallEnded} … />
 */
export function createCrm(): Crm {
  let snapshot: CrmSnapshot = { popped: undefined, log: [] };
  const listeners = new Set<() => void>();
  const set = (next: CrmSnapshot): void => {
    snapshot = next;
    for (const listener of [...listeners]) listener();
  };
  const pop = (record: CallRecord): void => set({ ...snapshot, popped: record });
  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    find,
    resolveContact: (party, { signal }) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => resolve(find(party)), LOOKUP_MS);
        signal.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(signal.reason);
        });
      }),
    onIncomingCall: pop,
    onCallAnswered: pop,
    onCallEnded: (record) => {
      const popped = snapshot.popped?.callId === record.callId ? undefined : snapshot.popped;
      set({ popped, log: [record, ...snapshot.log].slice(0, LOG_LIMIT) });
    },
    // Tags confirmed after the call was logged (optional tags, or a correction after Done) update its entry.
    onCallTagged: ({ callId, callUuid, tags }) => {
      const matches = (record: CallRecord): boolean =>
        callId !== undefined
          ? record.callId === callId
          : callUuid !== undefined && record.callUuid === callUuid;
      if (!snapshot.log.some(matches)) return;
      set({
        ...snapshot,
        log: snapshot.log.map((record) => (matches(record) ? { ...record, tags } : record)),
      });
    },
  };
}
