import {
  busEvent,
  callMetadata,
  callScripts,
  createScriptedBus,
  externalParty,
  renderWithDialer,
  TEST_CUSTOMER,
  TEST_LINE,
} from '@dialer-kit/testing';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AfterCallPanel } from '../src/components/AfterCallPanel/AfterCallPanel';
import { AvailabilityBadge } from '../src/components/AvailabilityBadge/AvailabilityBadge';
import { CallBar } from '../src/components/CallBar/CallBar';
import { IncomingCallBanner } from '../src/components/IncomingCallBanner/IncomingCallBanner';
import { MandatoryTagModal } from '../src/components/MandatoryTagModal/MandatoryTagModal';
import { TransferDirectory } from '../src/components/TransferDirectory/TransferDirectory';
import { WarmTransferControls } from '../src/components/WarmTransferControls/WarmTransferControls';

// A right-to-left override: without isolation, everything after it up to the end of the paragraph (the
// line's number, the held party) is displayed mirrored, "+33 1 23" as "32 1 33+".
const RLO = '\u202E';
const HOSTILE = `${RLO}evil`;
/** What the agent should see of it: the text without its override, in its own isolate. */
const SHOWN = 'evil';
/** `TEST_LINE`'s number, as shown. */
const LINE_NUMBER = TEST_LINE.number;
/** Embedding, override and isolate controls: none may reach the page from bus text. */
const FORMATTING = /[\u202A-\u202E\u2066-\u2069]/;

/**
 * `text` (bus text) is shown inside its own `<bdi>`, stripped of bidi formatting characters, and `others`
 * (the numbers next to it) are outside that isolate, so it cannot reorder them.
 */
function expectIsolated(element: HTMLElement, text: string, ...others: string[]): void {
  expect(element.textContent).not.toMatch(FORMATTING);
  const isolates = [...element.querySelectorAll('bdi')].filter((bdi) => bdi.textContent?.includes(text));
  expect(isolates.map((bdi) => bdi.textContent)).toEqual([text]);
  for (const other of others) {
    expect(element).toHaveTextContent(other);
    expect(isolates[0]?.textContent).not.toContain(other);
  }
}

describe('bus text cannot reorder what is shown next to it', () => {
  it('isolates the line name from the line number in the call bar', async () => {
    const { bus, container } = await renderWithDialer(<CallBar />, { bus: createScriptedBus() });
    callScripts.connected(bus, { line: { ...TEST_LINE, name: HOSTILE } });
    const line = container.querySelector<HTMLElement>('.dk-call-bar__line');
    if (line === null) throw new Error('no line shown');
    expect(line.textContent).toBe(`${SHOWN} · ${LINE_NUMBER}`);
    expectIsolated(line, SHOWN, LINE_NUMBER);
  });

  it('isolates a hostile line number from the line name', async () => {
    const { bus, container } = await renderWithDialer(<CallBar />, { bus: createScriptedBus() });
    callScripts.connected(bus, { line: { ...TEST_LINE, number: `${RLO}+33 1 23` } });
    const line = container.querySelector<HTMLElement>('.dk-call-bar__line');
    if (line === null) throw new Error('no line shown');
    expectIsolated(line, '+33 1 23', TEST_LINE.name);
  });

  it('isolates the party named in the call bar', async () => {
    const { bus } = await renderWithDialer(<CallBar />, { bus: createScriptedBus() });
    callScripts.connected(bus, { activeParticipant: externalParty(HOSTILE, 'leg-customer') });
    const call = screen.getByRole('region', { name: 'Call' });
    const party = call.querySelector<HTMLElement>('.dk-call-bar__party');
    if (party === null) throw new Error('no party shown');
    expectIsolated(party, SHOWN);
    expectIsolated(call, SHOWN, LINE_NUMBER);
  });

  it('isolates the caller, the transferring teammate and the handed-over customer in the banner', async () => {
    const { bus } = await renderWithDialer(<IncomingCallBanner />, { bus: createScriptedBus() });
    bus.push(busEvent.incoming({ type: 'cold-transfer', from: HOSTILE, transferer: `client:${RLO}12` }));
    const banner = screen.getByRole('region', { name: 'Incoming call' });
    expect(within(banner).getByText(/^Incoming call from/)).toHaveTextContent(`Incoming call from ${SHOWN}`);
    expectIsolated(within(banner).getByText(/^Incoming call from/), SHOWN);
    expectIsolated(within(banner).getByText(/^Transferred by/), 'Teammate 12');
    // The announcement is read, not laid out: it only loses the controls.
    expect(screen.getByRole('status')).toHaveTextContent(`Incoming call from ${SHOWN}`);
    expect(screen.getByRole('status').textContent).not.toMatch(FORMATTING);
  });

  it('isolates the customer a teammate hands over', async () => {
    const { bus } = await renderWithDialer(<IncomingCallBanner />, { bus: createScriptedBus() });
    bus.push(busEvent.incoming({ type: 'warm-transfer', from: 'client:12', external: HOSTILE }));
    const banner = screen.getByRole('region', { name: 'Incoming call' });
    expectIsolated(within(banner).getByText(/^Customer:/), SHOWN);
  });

  it('isolates each party of a warm transfer from the other', async () => {
    const { bus } = await renderWithDialer(<WarmTransferControls />, { bus: createScriptedBus() });
    callScripts.warmTransferConnected(bus);
    bus.push(
      busEvent.sync(
        callMetadata({
          activeParticipant: externalParty(HOSTILE, 'leg-transferee'),
          inactiveParticipant: externalParty(TEST_CUSTOMER, 'leg-customer', true),
        }),
      ),
    );
    const transfer = screen.getByRole('region', { name: 'Warm transfer' });
    expect(transfer).toHaveTextContent(`Talking with${SHOWN}On hold${TEST_CUSTOMER}`);
    expectIsolated(transfer, SHOWN, TEST_CUSTOMER);
  });

  it('isolates tag names and keeps them as the checkboxes’ names', async () => {
    const { bus } = await renderWithDialer(<MandatoryTagModal />, {
      bus: createScriptedBus(),
      provider: { tags: [{ id: 1, name: HOSTILE }] },
    });
    callScripts.mandatoryTagging(bus);
    const box = screen.getByRole('checkbox', { name: SHOWN });
    const label = box.closest('label');
    if (label === null) throw new Error('the checkbox has no label');
    expectIsolated(label, SHOWN);
  });

  it('isolates the reason the bus gave for refusing the tags', async () => {
    const user = userEvent.setup();
    const { bus } = await renderWithDialer(<MandatoryTagModal />, {
      bus: createScriptedBus(),
      provider: { tags: [{ id: 1, name: 'Sales' }] },
    });
    bus.answer('DIALER.SET_TAGS', () => ({
      type: 'DIALER.SET_TAGS_REJECTED',
      payload: { error: { message: `${RLO}Tag 1 is archived` } },
    }));
    callScripts.mandatoryTagging(bus);
    await user.click(screen.getByRole('checkbox', { name: 'Sales' }));
    await user.click(screen.getByRole('button', { name: 'Save tags' }));
    await bus.settle();
    const notice = screen.getByText(/^Tags could not be saved/);
    expect(notice).toHaveTextContent('Tags could not be saved. Tag 1 is archived');
    expectIsolated(notice, 'Tag 1 is archived');
  });

  it('isolates a teammate name the bus gave, and their unknown presence, in the directory', async () => {
    const { bus } = await renderWithDialer(<TransferDirectory />, { bus: createScriptedBus() });
    bus.push(
      { type: 'API.FETCH_AVAILABILITIES_FULFILLED', payload: { '7': { status: `${RLO}away`, version: 1 } } },
      busEvent.sync(
        callMetadata({
          activeParticipant: {
            user: { id: 7, name: HOSTILE },
            legId: 'l',
            isHeld: false,
            state: 'answering',
          },
        }),
      ),
    );
    const option = screen.getByRole('option');
    expectIsolated(option, SHOWN, 'away');
    expectIsolated(option, 'away', SHOWN);
  });

  it('isolates the reason the bus gave for refusing the teammates', async () => {
    const { bus } = await renderWithDialer(<TransferDirectory />, { bus: createScriptedBus() });
    bus.push({ type: 'API.FETCH_AVAILABILITIES_REJECTED', payload: { error: { message: `${RLO}down 12` } } });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Teammates could not be loaded. down 12');
    expectIsolated(alert, 'down 12');
  });

  it('isolates the party and each saved tag name of the after-call summary', async () => {
    const { bus, store } = await renderWithDialer(<AfterCallPanel />, { bus: createScriptedBus() });
    callScripts.connected(bus, { activeParticipant: externalParty(HOSTILE, 'leg-c') });
    act(() => store.actions.selectTags([1, 2]));
    bus.push(busEvent.callStatus('ended', 'regular'), {
      type: 'DIALER.SET_TAGS_FULFILLED',
      payload: [
        { id: 1, name: HOSTILE },
        { id: 2, name: 'Sales 2' },
      ],
    });
    const panel = screen.getByRole('region', { name: 'Call summary' });
    expectIsolated(within(panel).getAllByRole('definition')[0] as HTMLElement, SHOWN);
    expectIsolated(within(panel).getByRole('status'), SHOWN, 'Sales 2');
  });

  it('isolates an availability status the kit does not know', async () => {
    const { bus } = await renderWithDialer(<AvailabilityBadge />, { bus: createScriptedBus() });
    bus.push(busEvent.availability(`${RLO}lunch 12`));
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('Availability: lunch 12');
    expectIsolated(status, 'lunch 12');
  });
});
