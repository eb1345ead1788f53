import { act } from '@testing-library/react';
import { vi } from 'vitest';
import type { Contact, ContactQuery } from '../src/contacts/contactDirectory';

/** One lookup the resolver was asked for, waiting for the test to answer or fail it. */
export interface ManualLookup {
  readonly party: ContactQuery;
  readonly signal: AbortSignal;
  /** Answers inside `act`, and lets the kit's handlers run. */
  answer(contact: Contact | undefined): Promise<void>;
  fail(error: unknown): Promise<void>;
}

/** A `resolveContact` whose lookups wait for the test (`lookups`, in the order asked). */
export function manualResolver() {
  const lookups: ManualLookup[] = [];
  const resolve = vi.fn(
    (party: ContactQuery, { signal }: { readonly signal: AbortSignal }) =>
      new Promise<Contact | undefined>((answer, fail) => {
        lookups.push({
          party,
          signal,
          answer: (contact) => act(async () => answer(contact)),
          fail: (error) => act(async () => fail(error)),
        });
      }),
  );
  return { resolve, lookups };
}
