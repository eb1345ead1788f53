import type { CallParty, Diagnostic } from '@dialer-kit/core';
import { busEvent, createScriptedBus, renderWithDialer as renderOnBus } from '@dialer-kit/testing';
import { act, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { manualResolver } from '../../../test/manualResolver';
import { CallBar } from '../CallBar/CallBar';
import { IncomingCallBanner } from '../IncomingCallBanner/IncomingCallBanner';
import { ContactName } from './ContactName';

/** The kit on a bus the test scripts message by message. */
const renderWithDialer = (
  ui: ReactElement,
  options: Omit<Parameters<typeof renderOnBus>[1] & object, 'bus'> = {},
) => renderOnBus(ui, { ...options, bus: createScriptedBus() });

const ADA = { name: 'Ada Lovelace', company: 'Analytical Engines', href: 'https://crm.example/ada' };
const customer = (name?: string): CallParty => ({
  source: 'sync',
  phoneNumber: '+14155550199',
  isHeld: false,
  ...(name === undefined ? {} : { name }),
});

describe('ContactName', () => {
  it('names the party as the bus did until the contact comes, then the contact with its company and link', async () => {
    const { resolve, lookups } = manualResolver();
    await renderWithDialer(<ContactName party={customer()} />, { provider: { resolveContact: resolve } });
    expect(screen.getByText('+14155550199')).toBeInTheDocument();
    expect(lookups[0]?.party).toMatchObject({ phoneNumber: '+14155550199' });
    await lookups[0]?.answer(ADA);
    expect(screen.queryByText('+14155550199')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ada Lovelace' })).toHaveAttribute('href', ADA.href);
    expect(screen.getByText('Analytical Engines')).toBeInTheDocument();
    expect(screen.getByText('Analytical Engines').closest('.dk-contact')).toHaveAttribute(
      'data-state',
      'contact',
    );
  });

  it('prefers the bus name to the number, and shows an avatar only when the contact has one', async () => {
    const { resolve, lookups } = manualResolver();
    const { container } = await renderWithDialer(<ContactName party={customer('Ada L.')} />, {
      provider: { resolveContact: resolve },
    });
    expect(screen.getByText('Ada L.')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    await lookups[0]?.answer({ name: 'Ada Lovelace', avatarUrl: '/ada.png' });
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(container.querySelector('img')).toHaveAttribute('src', '/ada.png');
    expect(container.querySelector('img')).toHaveAttribute('alt', '');
  });

  it('names a teammate "Teammate 7", and nobody "Unknown caller", without a resolver', async () => {
    await renderWithDialer(
      <>
        <ContactName party="client:7" />
        <ContactName party={undefined} />
      </>,
    );
    expect(screen.getByText('Teammate 7')).toBeInTheDocument();
    expect(screen.getByText('Unknown caller')).toBeInTheDocument();
  });

  it('looks a party shown in several places up once', async () => {
    const { resolve } = manualResolver();
    await renderWithDialer(
      <>
        <ContactName party={customer()} />
        <ContactName party="+14155550199" />
        <ContactName party={customer('Ada L.')} />
      </>,
      { provider: { resolveContact: resolve } },
    );
    expect(resolve).toHaveBeenCalledTimes(1);
  });

  it('aborts the lookup of a party no longer shown, and looks up the new one', async () => {
    const { resolve, lookups } = manualResolver();
    const { rerender } = await renderWithDialer(<ContactName party="+14155550199" />, {
      provider: { resolveContact: resolve },
    });
    rerender(<ContactName party="+442071838750" />);
    await act(async () => {});
    expect(lookups[0]?.signal.aborted).toBe(true);
    expect(lookups.at(-1)?.party).toEqual({ phoneNumber: '+442071838750' });
    await lookups[0]?.answer(ADA);
    expect(screen.queryByText('Ada Lovelace')).not.toBeInTheDocument();
    expect(screen.getByText('+442071838750')).toBeInTheDocument();
  });

  it('keeps the fallback and reports a diagnostic when the lookup fails', async () => {
    const { resolve, lookups } = manualResolver();
    const onDiagnostic = vi.fn<(diagnostic: Diagnostic) => void>();
    await renderWithDialer(<ContactName party={customer()} />, {
      provider: { resolveContact: resolve, onDiagnostic },
    });
    await lookups[0]?.fail(new Error('CRM down'));
    expect(screen.getByText('+14155550199')).toBeInTheDocument();
    expect(onDiagnostic).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'contact-failed', message: 'resolveContact failed: CRM down' }),
    );
  });
});

describe('contacts where a party appears', () => {
  it("the call bar shows the caller's contact once known, on the party's line", async () => {
    const { resolve, lookups } = manualResolver();
    const { bus } = await renderWithDialer(<CallBar />, { provider: { resolveContact: resolve } });
    bus.push(
      busEvent.incoming(),
      busEvent.callStatus('accepting', 'regular'),
      busEvent.callStatus('connected', 'regular'),
    );
    const call = screen.getByRole('region', { name: 'Call' });
    expect(call.querySelector('.dk-call-bar__party')).toHaveTextContent('+14155550199');
    await lookups[0]?.answer(ADA);
    expect(call.querySelector('.dk-call-bar__party')).toHaveTextContent('Ada Lovelace, Analytical Engines');
  });

  it('the offer names the caller by the contact, and announces that name', async () => {
    const { resolve, lookups } = manualResolver();
    const { bus } = await renderWithDialer(<IncomingCallBanner />, { provider: { resolveContact: resolve } });
    bus.push(busEvent.incoming());
    expect(screen.getByText('+14155550199')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Incoming call from +14155550199');
    await lookups[0]?.answer(ADA);
    const offer = screen.getByRole('region', { name: 'Incoming call' });
    expect(offer).toHaveTextContent('Incoming call from Ada Lovelace, Analytical Engines');
    expect(screen.getByRole('status')).toHaveTextContent('Incoming call from Ada Lovelace');
  });
});
