import type { CallParty, PartyName } from '@dialer-kit/core';

/** What the host knows of a party: its record in the host's CRM or directory. */
export interface Contact {
  readonly name: string;
  readonly company?: string;
  /** A picture of them (an image URL, `data:` included), shown beside the name only when given. */
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

/** The provider's cache of contacts: a party's key, its contact, and watching it (which looks it up when not cached). */
export interface ContactDirectory {
  /** The cache key of a party: its number, else its teammate id; `undefined` when it has neither. */
  key(party: ContactParty): string | undefined;
  read(key: string | undefined): Contact | undefined;
  /** Calls `listener` when the party's contact comes; a party without a key is not watched. */
  watch(party: ContactParty, listener: () => void): () => void;
}

/** Most contacts kept: the least recently shown ones go first (never one still shown). */
export const CONTACT_LIMIT = 200;

const TEAMMATE = /^client:(\d+)$/;
// The scheme of a link, after what browsers ignore in a URL (controls and spaces): only safe ones are kept.
const UNSAFE_HREF = /^(?!(https?|mailto|tel):)[a-z][\d+.a-z-]*:/i;

/** What to ask the resolver about a party: the call party itself, or the number or teammate of an address. */
function queryOf(party: CallParty | string): ContactQuery {
  if (typeof party !== 'string') return party;
  const id = TEAMMATE.exec(party)?.[1];
  return id === undefined ? { phoneNumber: party } : { userId: Number(id) };
}

function keyOf(party: ContactParty): string | undefined {
  const { phoneNumber, userId } = party === undefined || party === '' ? {} : queryOf(party);
  return phoneNumber !== undefined
    ? `tel:${phoneNumber}`
    : userId === undefined
      ? undefined
      : `user:${userId}`;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/** The resolver's answer as a contact (strings only, a safe link only); `null` when it is not one. */
function toContact(value: unknown): Contact | undefined | null {
  if (value == null) return undefined;
  const { name, company, avatarUrl, href } = value as { readonly [K in keyof Contact]?: unknown };
  const contact = { name: text(name), company: text(company), avatarUrl: text(avatarUrl), href: text(href) };
  // An image's source runs no script; a link's may (`javascript:`): only a link is filtered.
  if (UNSAFE_HREF.test(contact.href?.replace(/[\0- ]/g, '') ?? '')) contact.href = undefined;
  // Absent fields are left out: readers under `exactOptionalPropertyTypes` never meet an `undefined` value.
  if (contact.name === undefined) return null;
  return Object.fromEntries(
    Object.entries(contact).filter(([, field]) => field !== undefined),
  ) as unknown as Contact;
}

interface Entry {
  contact?: Contact;
  /** The resolver answered (a contact or none); a lookup under way or failed is not done. */
  done?: true;
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

  const lookUp = (party: CallParty | string): Entry => {
    const entry: Entry = { controller: new AbortController(), listeners: new Set() };
    const { signal } = entry.controller;
    // A promise around the call, so that a resolver that throws at once fails like one that rejects.
    new Promise<unknown>((answer) => answer(resolve(queryOf(party), { signal }))).then(
      (value) => {
        if (signal.aborted) return;
        const contact = toContact(value);
        if (contact === null) return report('resolveContact answered something that is not a contact');
        if (contact !== undefined) entry.contact = contact;
        entry.done = true;
        for (const listener of entry.listeners) listener();
      },
      (error: unknown) => {
        if (!signal.aborted)
          report(`resolveContact failed: ${error instanceof Error ? error.message : 'no reason given'}`);
      },
    );
    return entry;
  };

  /** A party no component shows any more: its lookup under way is aborted, its failure forgotten. */
  const release = (key: string, entry: Entry): void => {
    if (entry.listeners.size > 0 || entries.get(key) !== entry || entry.done) return;
    entry.controller.abort();
    entries.delete(key);
  };

  return {
    key: keyOf,
    read: (key) => (key === undefined ? undefined : entries.get(key)?.contact),
    watch(party, listener) {
      const key = keyOf(party);
      if (key === undefined) return () => {};
      const entry = entries.get(key) ?? lookUp(party as CallParty | string);
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
