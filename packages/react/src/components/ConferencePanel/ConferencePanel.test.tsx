import {
  busEvent,
  callScripts,
  createScriptedBus,
  externalParty,
  renderWithDialer,
  TEST_CUSTOMER,
  TEST_TEAMMATES,
  teammateParty,
} from '@dialer-kit/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ConferencePanel } from './ConferencePanel';

const TEAMMATE_ID = TEST_TEAMMATES[0]?.id ?? 0;

/** The notice shown in `root` (its polite live region), or null. */
const shownNotice = (root: HTMLElement): HTMLElement | null =>
  root.querySelector<HTMLElement>('.dk-notice-slot:not([data-empty]) [aria-live="polite"]');

const TEAMMATE = `Teammate ${TEAMMATE_ID}`;
const section = () => screen.getByRole('region', { name: 'Conference' });
const button = (name: string) => within(section()).getByRole('button', { name });
const inviteBox = () => within(section()).getByRole('textbox', { name: 'Invite to the call' });
const rows = () =>
  within(within(section()).getByRole('list', { name: 'Participants' })).getAllByRole('listitem');
const row = (who: string) => {
  const found = rows().find((item) => item.querySelector('.dk-conference__who')?.textContent === who);
  if (found === undefined) throw new Error(`no participant ${who}`);
  return found;
};
/** Each participant as "who: state words". */
const listed = () =>
  rows().map(
    (item) =>
      `${item.querySelector('.dk-conference__who')?.textContent}: ${[...item.querySelectorAll('.dk-conference__chip')].map((chip) => chip.textContent).join(', ')}`,
  );

/** The conference's SYNC once the bus holds the customer (the teammate still talks). */
const customerHeld = () =>
  busEvent.conferenceSync(
    externalParty(TEST_CUSTOMER, 'leg-customer', true),
    teammateParty('leg-teammate', TEAMMATE_ID),
  );

describe('ConferencePanel', () => {
  it('renders nothing without a connected call', async () => {
    const { bus, container } = await renderWithDialer(<ConferencePanel />, { bus: createScriptedBus() });
    expect(container).toBeEmptyDOMElement();
    callScripts.dialing(bus);
    expect(container).toBeEmptyDOMElement();
  });

  it('invites from a connected call, which starts the conference', async () => {
    const user = userEvent.setup();
    const { bus } = await renderWithDialer(<ConferencePanel />, { bus: createScriptedBus() });
    callScripts.connected(bus);
    expect(section()).not.toHaveAttribute('data-active');
    await user.type(inviteBox(), 'client:7');
    await user.dblClick(button('Invite'));
    expect(bus.sent('DIALER.INVITE_PARTICIPANT')).toEqual([
      { type: 'DIALER.INVITE_PARTICIPANT', payload: { to: 'client:7' } },
    ]);
    bus.push(busEvent.callStatus('startingConference', 'regular'));
    expect(section()).toHaveAttribute('data-active');
    expect(section()).toHaveAttribute('data-pending');
    expect(within(section()).getByText('Starting the conference')).toBeVisible();
    expect(button('Invite')).toHaveAttribute('aria-busy', 'true');
  });

  it('lists each participant with their state in words while the invitee rings', async () => {
    const { bus } = await renderWithDialer(<ConferencePanel />, { bus: createScriptedBus() });
    callScripts.conferenceInitiating(bus);
    expect(section()).toHaveAttribute('data-state', 'initiating');
    expect(listed()).toEqual([`${TEST_CUSTOMER}: On the call`, `${TEAMMATE}: Ringing`]);
    expect(within(section()).getByRole('status')).toHaveTextContent('Conference: 1 on the call, 1 ringing.');
    // A second invitation waits for the conference to start, and says so.
    expect(button('Invite')).toHaveAccessibleDescription('Only possible during a connected call.');
  });

  it('grows a started conference with another invitation', async () => {
    const user = userEvent.setup();
    const { bus } = await renderWithDialer(<ConferencePanel />, { bus: createScriptedBus() });
    callScripts.conferenceStarted(bus);
    expect(listed()).toEqual([`${TEST_CUSTOMER}: On the call`, `${TEAMMATE}: On the call`]);
    await user.type(inviteBox(), '+14155550111');
    await user.click(button('Invite'));
    expect(bus.sent('DIALER.INVITE_PARTICIPANT')).toMatchObject([{ payload: { to: '+14155550111' } }]);
    expect(inviteBox()).toHaveValue('');
  });

  describe('hold', () => {
    it('is a toggle per participant, named after them, that holds that participant', async () => {
      const user = userEvent.setup();
      const { bus } = await renderWithDialer(<ConferencePanel />, { bus: createScriptedBus() });
      callScripts.conferenceStarted(bus);
      const hold = within(row(TEST_CUSTOMER)).getByRole('button', { name: `Hold ${TEST_CUSTOMER}` });
      expect(hold).toHaveAttribute('aria-pressed', 'false');
      expect(hold).not.toHaveAttribute('aria-disabled');
      await user.click(hold);
      expect(bus.sent('DIALER.HOLD')).toEqual([
        { type: 'DIALER.HOLD', payload: { shouldHold: true, legId: 'leg-customer' } },
      ]);
    });

    it('says, in words, why an invitee still ringing cannot be held', async () => {
      const { bus } = await renderWithDialer(<ConferencePanel />, { bus: createScriptedBus() });
      callScripts.conferenceInitiating(bus);
      const hold = within(row(TEAMMATE)).getByRole('button', { name: `Hold ${TEAMMATE}` });
      expect(hold).toHaveAttribute('aria-disabled', 'true');
      expect(hold).toHaveAccessibleDescription('Only possible during a connected call.');
      expect(within(row(TEAMMATE)).getByText('Only possible during a connected call.')).toBeVisible();
      expect(
        within(row(TEST_CUSTOMER)).getByRole('button', { name: `Hold ${TEST_CUSTOMER}` }),
      ).not.toHaveAttribute('aria-disabled');
    });

    it('resumes a participant the bus holds', async () => {
      const user = userEvent.setup();
      const { bus } = await renderWithDialer(<ConferencePanel />, { bus: createScriptedBus() });
      callScripts.conferenceStarted(bus);
      bus.push(customerHeld());
      await user.click(within(row(TEST_CUSTOMER)).getByRole('button', { name: `Hold ${TEST_CUSTOMER}` }));
      expect(bus.sent('DIALER.HOLD')).toEqual([
        { type: 'DIALER.HOLD', payload: { shouldHold: false, legId: 'leg-customer' } },
      ]);
    });

    it('shows a participant the bus holds with the words "On hold" and the toggle pressed', async () => {
      const { bus } = await renderWithDialer(<ConferencePanel />, { bus: createScriptedBus() });
      callScripts.conferenceStarted(bus);
      bus.push(customerHeld());
      expect(listed()).toEqual([`${TEST_CUSTOMER}: On the call, On hold`, `${TEAMMATE}: On the call`]);
      expect(row(TEST_CUSTOMER)).toHaveAttribute('data-held');
      expect(
        within(row(TEST_CUSTOMER)).getByRole('button', { name: `Hold ${TEST_CUSTOMER}` }),
      ).toHaveAttribute('aria-pressed', 'true');
      expect(within(section()).getByRole('status')).toHaveTextContent(
        'Conference: 2 on the call, 1 on hold.',
      );
    });
  });

  describe('removing a participant', () => {
    it('asks first, with the focus on Keep; Keep and Escape go back to Remove and send nothing', async () => {
      const user = userEvent.setup();
      const { bus } = await renderWithDialer(<ConferencePanel />, { bus: createScriptedBus() });
      callScripts.conferenceStarted(bus);
      await user.click(within(row(TEAMMATE)).getByRole('button', { name: `Remove ${TEAMMATE}` }));
      const question = within(row(TEAMMATE)).getByRole('group', {
        name: `Remove ${TEAMMATE} from the call?`,
      });
      expect(within(question).getByRole('button', { name: 'Keep' })).toHaveFocus();
      await user.click(within(question).getByRole('button', { name: 'Keep' }));
      const remove = within(row(TEAMMATE)).getByRole('button', { name: `Remove ${TEAMMATE}` });
      expect(remove).toHaveFocus();
      await user.keyboard('{Enter}');
      expect(within(row(TEAMMATE)).getByRole('group')).toBeInTheDocument();
      await user.keyboard('{Escape}');
      expect(within(row(TEAMMATE)).queryByRole('group')).not.toBeInTheDocument();
      expect(within(row(TEAMMATE)).getByRole('button', { name: `Remove ${TEAMMATE}` })).toHaveFocus();
      expect(bus.sent('DIALER.KICK_PARTICIPANT').length).toBe(0);
    });

    it('removes on confirmation, busy until the SYNC shows the participant left', async () => {
      const user = userEvent.setup();
      const { bus } = await renderWithDialer(<ConferencePanel />, { bus: createScriptedBus() });
      callScripts.conferenceStarted(bus);
      bus.push(
        busEvent.conferenceSync(
          externalParty(TEST_CUSTOMER, 'leg-customer'),
          teammateParty('leg-teammate', TEAMMATE_ID),
          externalParty('+14155550111', 'leg-third'),
        ),
      );
      await user.click(within(row(TEAMMATE)).getByRole('button', { name: `Remove ${TEAMMATE}` }));
      await user.click(within(row(TEAMMATE)).getByRole('button', { name: 'Remove' }));
      expect(bus.sent('DIALER.KICK_PARTICIPANT')).toEqual([
        { type: 'DIALER.KICK_PARTICIPANT', payload: { legId: 'leg-teammate' } },
      ]);
      const remove = within(row(TEAMMATE)).getByRole('button', { name: `Remove ${TEAMMATE}` });
      expect(remove).toHaveFocus();
      expect(remove).toHaveAttribute('aria-busy', 'true');
      bus.push(
        busEvent.conferenceSync(
          externalParty(TEST_CUSTOMER, 'leg-customer'),
          teammateParty('leg-teammate', TEAMMATE_ID, 'ended'),
          externalParty('+14155550111', 'leg-third'),
        ),
      );
      expect(listed()).toEqual([
        `${TEST_CUSTOMER}: On the call`,
        `${TEAMMATE}: Left`,
        '+14155550111: On the call',
      ]);
      expect(within(row(TEAMMATE)).queryByRole('button')).not.toBeInTheDocument();
      expect(document.activeElement).toBe(section());
      expect(within(section()).getByRole('status')).toHaveTextContent('Conference: 2 on the call.');
    });
  });

  it('shows what the bus sends as it is, even a leg listed twice or a name with bidi controls', async () => {
    const { bus } = await renderWithDialer(<ConferencePanel />, { bus: createScriptedBus() });
    callScripts.conferenceStarted(bus);
    // React reports repeated keys (rows that may be mixed up) through console.error.
    const reported = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    bus.push(
      busEvent.conferenceSync(
        externalParty('\u202E+14155550111', 'leg-dup'),
        externalParty('+14155550122', 'leg-dup', true),
        teammateParty('leg-teammate', TEAMMATE_ID),
      ),
    );
    expect(listed()).toEqual([
      '+14155550111: On the call',
      '+14155550122: On the call, On hold',
      `${TEAMMATE}: On the call`,
    ]);
    expect(reported).not.toHaveBeenCalled();
    reported.mockRestore();
  });

  it('says so when the conference could not start, and offers the invitation again', async () => {
    const { bus } = await renderWithDialer(<ConferencePanel />, { bus: createScriptedBus() });
    callScripts.conferenceInitiating(bus);
    bus.push(busEvent.callStatus('connected', 'regular'));
    expect(shownNotice(section())).toHaveTextContent(
      'Invitation failed. The dialer went back to the previous state.',
    );
    expect(section()).not.toHaveAttribute('data-active');
    expect(within(section()).queryByRole('list')).not.toBeInTheDocument();
    expect(button('Invite')).not.toHaveAttribute('aria-disabled');
  });

  it('goes away when the agent leaves the conference', async () => {
    const { bus, container } = await renderWithDialer(<ConferencePanel />, { bus: createScriptedBus() });
    callScripts.conferenceStarted(bus);
    bus.push(busEvent.callStatus('hanging', 'conference'), busEvent.callStatus('ended', 'regular'));
    expect(container).toBeEmptyDOMElement();
  });

  it('forwards its ref and composes className', async () => {
    const ref = createRef<HTMLElement>();
    const { bus } = await renderWithDialer(<ConferencePanel ref={ref} className="mine" />, {
      bus: createScriptedBus(),
    });
    callScripts.connected(bus);
    expect(ref.current).toBe(section());
    expect(section()).toHaveClass('dk-conference', 'mine');
  });
});
