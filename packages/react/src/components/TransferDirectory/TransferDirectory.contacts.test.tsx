import { createScriptedBus, renderWithDialer, TEST_AGENT } from '@dialer-kit/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { manualResolver } from '../../../test/manualResolver';
import { CONTACT_ROWS } from './TeammateList';
import { TransferDirectory } from './TransferDirectory';

/** A team of `size` available teammates, ids 1000, 1001..., named "Agent 0", "Agent 1"... */
function team(size: number) {
  const ids = Array.from({ length: size }, (_, i) => 1000 + i);
  const names = ids.map((id, i) => ({ id, name: `Agent ${i}` }));
  const availabilities = Object.fromEntries([
    [String(TEST_AGENT.id), { status: 'available', version: 1 }],
    ...ids.map((id) => [String(id), { status: 'available', version: 1 }]),
  ]);
  const bus = createScriptedBus();
  bus.answer('API.FETCH_AVAILABILITIES', () => ({
    type: 'API.FETCH_AVAILABILITIES_FULFILLED',
    payload: availabilities,
  }));
  return { bus, names };
}

describe('TransferDirectory and the host’s contacts', () => {
  it('names each row of a short list by its contact’s name once the host answers, the directory’s name until then', async () => {
    const { bus, names } = team(2);
    const { resolve, lookups } = manualResolver();
    await renderWithDialer(<TransferDirectory names={names} />, {
      bus,
      provider: { resolveContact: resolve },
    });
    await bus.settle();
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Agent 0 Available',
      'Agent 1 Available',
    ]);
    expect(lookups.map((lookup) => lookup.party)).toEqual([
      { source: 'sync', userId: 1000, name: 'Agent 0', isHeld: false },
      { source: 'sync', userId: 1001, name: 'Agent 1', isHeld: false },
    ]);
    await lookups[1]?.answer({
      name: 'Ada Lovelace',
      company: 'Support',
      href: 'https://crm.example.com/ada',
    });
    await waitFor(() =>
      expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
        'Agent 0 Available',
        'Ada Lovelace Available',
      ]),
    );
    // A row is an option: the contact's link is not put inside it.
    expect(screen.queryByRole('link')).toBeNull();
  });

  it(`asks nothing for a list longer than ${CONTACT_ROWS} rows, and asks once a search narrows it`, async () => {
    const { bus, names } = team(CONTACT_ROWS + 5);
    const { resolve, lookups } = manualResolver();
    await renderWithDialer(<TransferDirectory names={names} />, {
      bus,
      provider: { resolveContact: resolve },
    });
    await bus.settle();
    expect(screen.getAllByRole('option')).toHaveLength(CONTACT_ROWS + 5);
    expect(lookups).toHaveLength(0);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search teammates' }), {
      target: { value: 'Agent 24' },
    });
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(1));
    expect(lookups.map((lookup) => lookup.party.userId)).toEqual([1024]);
  });
});
