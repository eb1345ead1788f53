import { describe, expect, it, vi } from 'vitest';
import { CONTACT_LIMIT, type Contact, type ContactQuery, createContactDirectory } from './contactDirectory';

interface Lookup {
  readonly party: ContactQuery;
  readonly signal: AbortSignal;
  readonly answer: (contact: unknown) => void;
  readonly fail: (error: unknown) => void;
}

/** A resolver whose every lookup waits for the test to answer it. */
function manualResolver() {
  const lookups: Lookup[] = [];
  const resolve = vi.fn(
    (party: ContactQuery, { signal }: { readonly signal: AbortSignal }) =>
      new Promise<Contact | undefined>((answer, fail) => {
        lookups.push({ party, signal, answer: answer as (contact: unknown) => void, fail });
      }),
  );
  return { resolve, lookups };
}

/** Lets the directory's promise handlers and deferred releases run. */
const settle = () => new Promise<void>((done) => setTimeout(done, 0));

const ADA: Contact = { name: 'Ada Lovelace', company: 'Analytical Engines' };

describe('ContactDirectory.key', () => {
  const contactKey = createContactDirectory(vi.fn(), vi.fn()).key;

  it('keys a party by its number, else its teammate id, and an address the same way', () => {
    expect(contactKey({ source: 'sync', phoneNumber: '+1415', userId: 3, isHeld: false })).toBe('tel:+1415');
    expect(contactKey({ source: 'sync', userId: 3, isHeld: false })).toBe('user:3');
    expect(contactKey('client:3')).toBe('user:3');
    expect(contactKey('+1415')).toBe('tel:+1415');
    expect(contactKey({ source: 'sync', isHeld: false })).toBeUndefined();
    expect(contactKey('')).toBeUndefined();
    expect(contactKey(undefined)).toBeUndefined();
  });

  it('asks about an address by number or teammate id, and about a call party as it is', () => {
    const resolve = vi.fn(async (_party: ContactQuery) => undefined);
    const directory = createContactDirectory(resolve, vi.fn());
    const party = { source: 'sync', phoneNumber: '+1', name: 'Ada', isHeld: false } as const;
    directory.watch('client:3', vi.fn());
    directory.watch('+1415', vi.fn());
    directory.watch(party, vi.fn());
    expect(resolve.mock.calls.map((call) => call[0])).toEqual([
      { userId: 3 },
      { phoneNumber: '+1415' },
      party,
    ]);
  });
});

describe('createContactDirectory', () => {
  it('looks a party up once however many watch it, and tells each when the answer comes', async () => {
    const { resolve, lookups } = manualResolver();
    const directory = createContactDirectory(resolve, vi.fn());
    const first = vi.fn();
    const second = vi.fn();
    directory.watch('+1415', first);
    directory.watch('+1415', second);
    expect(resolve).toHaveBeenCalledTimes(1);
    expect(directory.read('tel:+1415')).toBeUndefined();
    lookups[0]?.answer(ADA);
    await settle();
    expect(directory.read('tel:+1415')).toEqual(ADA);
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('keeps an answer after nobody shows the party: the next time it is shown, no lookup', async () => {
    const { resolve, lookups } = manualResolver();
    const directory = createContactDirectory(resolve, vi.fn());
    const stop = directory.watch('+1415', vi.fn());
    lookups[0]?.answer(undefined);
    await settle();
    stop();
    await settle();
    directory.watch('+1415', vi.fn());
    expect(resolve).toHaveBeenCalledTimes(1);
  });

  it('aborts a lookup nobody waits for any more, and ignores its late answer', async () => {
    const { resolve, lookups } = manualResolver();
    const directory = createContactDirectory(resolve, vi.fn());
    const listener = vi.fn();
    const stop = directory.watch('+1415', listener);
    stop();
    // Not at once: a re-render watches the same party again in the same turn.
    expect(lookups[0]?.signal.aborted).toBe(false);
    await settle();
    expect(lookups[0]?.signal.aborted).toBe(true);
    lookups[0]?.answer(ADA);
    await settle();
    expect(directory.read('tel:+1415')).toBeUndefined();
    expect(listener).not.toHaveBeenCalled();
  });

  it('keeps the lookup when the party is watched again before the release', async () => {
    const { resolve, lookups } = manualResolver();
    const directory = createContactDirectory(resolve, vi.fn());
    directory.watch('+1415', vi.fn())();
    directory.watch('+1415', vi.fn());
    await settle();
    expect(resolve).toHaveBeenCalledTimes(1);
    expect(lookups[0]?.signal.aborted).toBe(false);
  });

  it('reports a rejected lookup, shows no contact, and tries again once the party is shown anew', async () => {
    const { resolve, lookups } = manualResolver();
    const report = vi.fn();
    const directory = createContactDirectory(resolve, report);
    const stop = directory.watch('+1415', vi.fn());
    lookups[0]?.fail(new Error('CRM down'));
    await settle();
    expect(report).toHaveBeenCalledWith('resolveContact failed: CRM down');
    expect(directory.read('tel:+1415')).toBeUndefined();
    // While still shown, no retry loop.
    directory.watch('+1415', vi.fn())();
    expect(resolve).toHaveBeenCalledTimes(1);
    stop();
    await settle();
    directory.watch('+1415', vi.fn());
    expect(resolve).toHaveBeenCalledTimes(2);
  });

  it('reports a resolver that throws at once, and an answer that is not a contact', async () => {
    const report = vi.fn();
    const throwing = createContactDirectory(() => {
      throw new TypeError('bad code');
    }, report);
    throwing.watch('+1', vi.fn());
    const odd = createContactDirectory(async () => ({ name: 42 }) as unknown as Contact, report);
    odd.watch('+2', vi.fn());
    await settle();
    expect(report).toHaveBeenCalledWith('resolveContact failed: bad code');
    expect(report).toHaveBeenCalledWith('resolveContact answered something that is not a contact');
    expect(odd.read('tel:+2')).toBeUndefined();
  });

  it('keeps only safe links (any image) and trims what it keeps', async () => {
    const answers: Record<string, unknown> = {
      'tel:+1': { name: ' Ada ', href: 'https://crm.example/1', avatarUrl: '/a.png', company: ' ' },
      'tel:+2': { name: 'Bob', href: 'java\nscript:alert(1)', avatarUrl: 'data:image/png;base64,AA' },
    };
    const directory = createContactDirectory(
      async (party) => answers[`tel:${party.phoneNumber}`] as Contact,
      vi.fn(),
    );
    directory.watch('+1', vi.fn());
    directory.watch('+2', vi.fn());
    await settle();
    expect(directory.read('tel:+1')).toEqual({
      name: 'Ada',
      href: 'https://crm.example/1',
      avatarUrl: '/a.png',
    });
    expect(directory.read('tel:+2')).toEqual({ name: 'Bob', avatarUrl: 'data:image/png;base64,AA' });
  });

  it(`keeps at most ${CONTACT_LIMIT} contacts, forgetting the least recently shown first`, async () => {
    const resolve = vi.fn(async (party: ContactQuery) => ({ name: `N ${party.phoneNumber}` }));
    const directory = createContactDirectory(resolve, vi.fn());
    const show = (n: number) => directory.watch(String(n), vi.fn());
    const stops = Array.from({ length: CONTACT_LIMIT }, (_, n) => show(n));
    await settle();
    for (const stop of stops) stop();
    show(0)(); // 0 is now the most recent: 1 goes first
    const stop = show(CONTACT_LIMIT);
    await settle();
    stop();
    expect(directory.read('tel:0')).toEqual({ name: 'N 0' });
    expect(directory.read('tel:1')).toBeUndefined();
    expect(resolve).toHaveBeenCalledTimes(CONTACT_LIMIT + 1);
  });

  it('never forgets a contact still shown, even past the bound', async () => {
    const resolve = vi.fn(async (party: ContactQuery) => ({ name: `N ${party.phoneNumber}` }));
    const directory = createContactDirectory(resolve, vi.fn());
    directory.watch('kept', vi.fn());
    for (let n = 0; n <= CONTACT_LIMIT; n += 1) directory.watch(String(n), vi.fn())();
    await settle();
    expect(directory.read('tel:kept')).toEqual({ name: 'N kept' });
  });
});
