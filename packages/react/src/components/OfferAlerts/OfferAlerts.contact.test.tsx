import {
  busEvent,
  TEST_CUSTOMER as CUSTOMER,
  createScriptedBus,
  renderWithDialer,
} from '@dialer-kit/testing';
import { act } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ContactResolver } from '../../contacts/contactDirectory';
import { OfferAlerts } from './OfferAlerts';
import { fakeEnvironment } from './offerAlertsFakes';

/** The host's CRM: it knows the customer, answering when the test lets it. */
function slowCrm() {
  let answer: (name: string) => void = () => undefined;
  const resolveContact: ContactResolver = (party) =>
    new Promise((resolve) => {
      answer = (name) => resolve(party.phoneNumber === CUSTOMER ? { name } : undefined);
    });
  return { resolveContact, answer: (name: string) => act(async () => answer(name)) };
}

describe('OfferAlerts: the caller named by the host', () => {
  it("names the caller by the host's contact in the hidden tab's title and notification, by number until then", async () => {
    const page = fakeEnvironment();
    const crm = slowCrm();
    const { bus } = await renderWithDialer(<OfferAlerts environment={page.environment} />, {
      bus: createScriptedBus(),
      provider: { resolveContact: crm.resolveContact },
    });
    bus.push(busEvent.incoming());
    expect(page.doc.title).toBe(`☎ Incoming call – ${CUSTOMER}`);
    expect(page.notifications.filter((n) => !n.closed).map((n) => n.title)).toEqual([
      `Incoming call from ${CUSTOMER}`,
    ]);

    await crm.answer('Dana Reyes');
    expect(page.doc.title).toBe('☎ Incoming call – Dana Reyes');
    // The notification is shown again with the name (same tag, so the system replaces it).
    const open = page.notifications.filter((n) => !n.closed);
    expect(open.map((n) => n.title)).toEqual(['Incoming call from Dana Reyes']);
    expect(open[0]?.options).toMatchObject({ tag: 'dialer-kit-offer' });
  });
});
