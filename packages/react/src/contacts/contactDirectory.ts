import type { CallParty, PartyName } from '@dialer-kit/core';

/** What the host knows of a party: its record in the host's CRM or directory. */
export interface Contact {
  readonly name: string;
  readonly company?: string;
  /** A picture of them, shown beside the name (only when given). */
  readonly avatarUrl?: string;
  /** A link to their record (`https:`, `mailto:`, `tel:` or relative; any other scheme is dropped). */
  readonly href?: string;
}

/** Whom the kit asks about: a party's number or teammate id, and the name the bus gave it, if any. */
export interface ContactQuery {
  readonly phoneNumber?: string;
  readonly userId?: number;
  readonly name?: string;
}

/**
 * The host's lookup of a party (`DialerProvider`'s `resolveContact`): its contact, or `undefined` when it has
 * none. The kit asks once per number or teammate while the answer is cached, and aborts `signal` when no
 * component shows that party any more before the answer came.
 */
export type ContactResolver = (
  party: ContactQuery,
  options: { readonly signal: AbortSignal },
) => Promise<Contact | undefined>;

/** A party as a component names it: a call party, or an address as the bus sent it (`+1415…`, `client:7`). */
export type ContactParty = CallParty | string | undefined;

/** The provider's cache of contacts: read one, or watch one (which looks it up when not cached). */
export interface ContactDirectory {
  read(key: string | undefined): Contact | undefined;
  watch(key: string, query: ContactQuery, listener: () => void): () => void;
}

/** Most contacts kept: the least recently shown ones go first (never one still shown). */
export const CONTACT_LIMIT = 200;

const TEAMMATE = /^client:(\d+)$/;
// A scheme, after what browsers ignore in a URL (controls and spaces); only these are followed.
const SCHEME = /^([a-z][\d+.a-z-]*):/i;
const SAFE_SCHEME = /^(https?|mailto|tel)$/i;

/** The cache key of a party: its number, else its teammate id; `undefined` when it has neither. */
export function contactKey(party: ContactParty): string | undefined {
  if (typeof party === 'string') {
    const id = TEAMMATE.exec(party)?.[1];
    return id !== undefined ? `user:${id}` : party === '' ? undefined : `tel:${party}`;
  }
  if (party?.phoneNumber !== undefined) return `tel:${party.phoneNumber}`;
  return party?.userId === undefined ? undefined : `user:${party.userId}`;
}

/** What to ask the resolver about a party. */
export function contactQuery(party: CallParty | string): ContactQuery {
  if (typeof party !== 'string') return party;
  const id = TEAMMATE.exec(party)?.[1];
  return id === undefined ? { phoneNumber: party } : { userId: Number(id) };
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

function safeHref(value: unknown): string | undefined {
  const href = text(value);
  const scheme = SCHEME.exec(href?.replace(/[\0- ]/g, '') ?? '')?.[1];
  return scheme === undefined || SAFE_SCHEME.test(scheme) ? href : undefined;
}

/** The resolver's answer as a contact; `null` when it is neither one nor `undefined`. */
function toContact(value: unknown): Contact | undefined | null {
  if (value === undefined || value === null) return undefined;
  const answer = value as { readonly [K in keyof Contact]?: unknown };
  const name = typeof value === 'object' ? text(answer.name) : undefined;
  if (name === undefined) return null;
  const company = text(answer.company);
  const avatarUrl = safeHref(answer.avatarUrl);
  const href = safeHref(answer.href);
  return {
    name,
    ...(company === undefined ? {} : { company }),
    ...(avatarUrl === undefined ? {} : { avatarUrl }),
    ...(href === undefined ? {} : { href }),
  };
}

interface Entry {
  contact: Contact | undefined;
  state: 'pending' | 'done' | 'failed';
  readonly controller: AbortController;
  readonly listeners: Set<() => void>;
}

/**
 * A cache of the resolver's answers by party key, at most {@link CONTACT_LIMIT}: one lookup at a time per
 * key however many components show that party; a lookup nobody waits for any more is aborted; a failed one
 * is reported and tried again the next time the party is shown.
 */
export function createContactDirectory(
  resolve: ContactResolver,
  report: (message: string) => void,
): ContactDirectory {
  const entries = new Map<string, Entry>();

  const lookUp = (query: ContactQuery): Entry => {
    const entry: Entry = {
      contact: undefined,
      state: 'pending',
      controller: new AbortController(),
      listeners: new Set(),
    };
    const { signal } = entry.controller;
    const fail = (message: string): void => {
      entry.state = 'failed';
      report(message);
    };
    // A promise around the call, so that a resolver that throws at once fails like one that rejects.
    new Promise<unknown>((answer) => answer(resolve(query, { signal }))).then(
      (value) => {
        if (signal.aborted) return;
        const contact = toContact(value);
        if (contact === null) return fail('resolveContact answered something that is not a contact');
        entry.contact = contact;
        entry.state = 'done';
        for (const listener of entry.listeners) listener();
      },
      (error: unknown) => {
        if (!signal.aborted)
          fail(`resolveContact failed: ${error instanceof Error ? error.message : 'no reason given'}`);
      },
    );
    return entry;
  };

  /** A party no component shows any more: its lookup under way is aborted, its failure forgotten. */
  const release = (key: string, entry: Entry): void => {
    if (entry.listeners.size > 0 || entries.get(key) !== entry || entry.state === 'done') return;
    entry.controller.abort();
    entries.delete(key);
  };

  return {
    read: (key) => (key === undefined ? undefined : entries.get(key)?.contact),
    watch(key, query, listener) {
      const entry = entries.get(key) ?? lookUp(query);
      // Taken out and put back: the map's order is the order of last use.
      entries.delete(key);
      entries.set(key, entry);
      entry.listeners.add(listener);
      for (const [oldKey, old] of entries) {
        if (entries.size <= CONTACT_LIMIT) break;
        if (old.listeners.size > 0) continue;
        old.controller.abort();
        entries.delete(oldKey);
      }
      return () => {
        entry.listeners.delete(listener);
        // Later, not now: a re-render or StrictMode's second effect watches the same party again at once.
        queueMicrotask(() => release(key, entry));
      };
    },
  };
}

/** The party a selector's `PartyName` names (a call party, or an address the kit knows). */
export const partyOfName = (name: PartyName | undefined): ContactParty =>
  name?.kind === 'party' ? name.party : name?.address;
