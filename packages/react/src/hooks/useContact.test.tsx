import { actOn, createScriptedBus, renderWithDialer as renderOnBus } from '@dialer-kit/testing';
import { screen } from '@testing-library/react';
import { type ReactElement, type ReactNode, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { manualResolver } from '../../test/manualResolver';
import { useContact } from './useContact';

/** The kit on a bus the test scripts message by message. */
const renderWithDialer = (
  ui: ReactElement,
  options: Omit<Parameters<typeof renderOnBus>[1] & object, 'bus'> = {},
) => renderOnBus(ui, { ...options, bus: createScriptedBus() });

/** Shows a party's label and keeps every label it rendered, in order. */
function Labels({ party, seen }: { readonly party: string; readonly seen: string[] }): ReactNode {
  const { label } = useContact(party);
  seen.push(label);
  return <p>{label}</p>;
}

/** The customer's {@link Labels}, shown or not as the test says. */
function Toggle({
  seen,
  toggle,
}: {
  readonly seen: string[];
  readonly toggle: { show: (shown: boolean) => void };
}): ReactNode {
  const [shown, setShown] = useState(true);
  toggle.show = setShown;
  return shown ? <Labels party="+14155550199" seen={seen} /> : null;
}

describe('useContact', () => {
  it('never flashes: the number from the first render until the name, and nothing in between', async () => {
    const { resolve, lookups } = manualResolver();
    const seen: string[] = [];
    await renderWithDialer(<Labels party="+14155550199" seen={seen} />, {
      provider: { resolveContact: resolve },
    });
    await lookups[0]?.answer({ name: 'Ada Lovelace' });
    const changes = seen.filter((label, index) => label !== seen[index - 1]);
    expect(changes).toEqual(['+14155550199', 'Ada Lovelace']);
  });

  it('shows a cached contact on the first render of a later party view, without asking again', async () => {
    const { resolve, lookups } = manualResolver();
    const seen: string[] = [];
    const toggle: { show: (shown: boolean) => void } = { show: () => {} };
    await renderWithDialer(<Toggle seen={seen} toggle={toggle} />, { provider: { resolveContact: resolve } });
    const show = (shown: boolean) => toggle.show(shown);
    await lookups[0]?.answer({ name: 'Ada Lovelace' });
    actOn(() => show(false));
    seen.length = 0;
    actOn(() => show(true));
    expect(seen[0]).toBe('Ada Lovelace');
    expect(screen.getByText('Ada Lovelace')).toBeInTheDocument();
    expect(resolve).toHaveBeenCalledTimes(1);
  });

  it('falls back when the resolver has no contact', async () => {
    const { resolve, lookups } = manualResolver();
    await renderWithDialer(<Labels party="client:7" seen={[]} />, { provider: { resolveContact: resolve } });
    expect(lookups[0]?.party).toEqual({ userId: 7 });
    await lookups[0]?.answer(undefined);
    expect(screen.getByText('Teammate 7')).toBeInTheDocument();
  });
});
