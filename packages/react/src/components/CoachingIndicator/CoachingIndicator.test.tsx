import {
  busEvent,
  callMetadata,
  callScripts,
  createScriptedBus,
  renderWithDialer,
  TEST_COACHABLE_CALL,
  TEST_CUSTOMER,
  TEST_TEAMMATES,
} from '@dialer-kit/testing';
import { screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { renderOnScript } from '../../../test/renderOnScript';
import { CoachingIndicator } from './CoachingIndicator';

const COACHEE_ID = TEST_TEAMMATES[0]?.id ?? 0;
const SUPERVISOR_ID = TEST_TEAMMATES[1]?.id ?? 0;

/** The notice shown in `root` (its polite live region), or null. */
const shownNotice = (root: HTMLElement): HTMLElement | null =>
  root.querySelector<HTMLElement>('.dk-notice-slot:not([data-empty]) [aria-live="polite"]');

const CALLS = [{ callUuid: TEST_COACHABLE_CALL, label: 'Sam, with +1 415 555 0199' }];
const section = () => screen.getByRole('region', { name: 'Coaching' });
const joinButton = () =>
  within(section()).getByRole('button', { name: 'Join as coach Sam, with +1 415 555 0199' });
/** The live region, which stays mounted whatever is shown. */
const announced = () => screen.getByRole('status');

describe('CoachingIndicator', () => {
  it('renders only its empty live region when there is nothing to show', async () => {
    await renderWithDialer(<CoachingIndicator />, { bus: createScriptedBus() });
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    expect(announced()).toBeEmptyDOMElement();
  });

  describe('joining as a coach', () => {
    it('lists the calls the app passes, and joins one from idle, incognito when ticked', async () => {
      const { bus, user } = await renderOnScript(<CoachingIndicator coachableCalls={CALLS} />);
      expect(within(section()).getByRole('list', { name: 'Calls you can coach' })).toBeVisible();
      const incognito = within(section()).getByRole('checkbox', { name: 'Join incognito' });
      expect(incognito).not.toBeChecked();
      await user.click(incognito);
      await user.dblClick(joinButton());
      expect(bus.sent('DIALER.JOIN_COACHING')).toEqual([
        { type: 'DIALER.JOIN_COACHING', payload: { callUuid: TEST_COACHABLE_CALL, incognito: true } },
      ]);
      expect(section()).toHaveAttribute('data-role', 'coach');
      expect(section()).toHaveAttribute('data-joining');
      expect(within(section()).getByText('Joining the call')).toBeVisible();
    });

    it('says, in words, why joining is not possible during a call', async () => {
      await renderOnScript(<CoachingIndicator coachableCalls={CALLS} />, callScripts.connected);
      expect(joinButton()).toHaveAttribute('aria-disabled', 'true');
      expect(within(section()).getByText('Not possible during a call.')).toBeVisible();
    });

    it('names the teammate coached and the customer once joined, and announces it', async () => {
      await renderOnScript(<CoachingIndicator coachableCalls={CALLS} />, callScripts.coaching);
      expect(section()).toHaveAttribute('data-state', 'joined');
      expect(section()).not.toHaveAttribute('data-joining');
      expect(section()).toHaveTextContent(
        `You are coaching Teammate ${COACHEE_ID}Customer: ${TEST_CUSTOMER}`,
      );
      expect(within(section()).queryByRole('list')).not.toBeInTheDocument();
      expect(announced()).toHaveTextContent(`You are coaching Teammate ${COACHEE_ID}`);
    });

    it('says so when the join failed; Dismiss puts the notice away', async () => {
      const { bus, user } = await renderOnScript(<CoachingIndicator coachableCalls={CALLS} />);
      await user.click(joinButton());
      bus.push(busEvent.callStatus('startingCoaching', 'regular'), busEvent.callStatus('idle'));
      expect(shownNotice(section())).toHaveTextContent(
        'Coaching could not start. The dialer went back to the previous state.',
      );
      await user.click(within(section()).getByRole('button', { name: 'Dismiss' }));
      expect(shownNotice(section())).not.toBeInTheDocument();
      expect(joinButton()).not.toHaveAttribute('aria-disabled');
    });
  });

  describe('on the agent’s own call', () => {
    it('says a supervisor is listening, naming them, and announces it', async () => {
      await renderOnScript(<CoachingIndicator />, callScripts.coachJoined);
      expect(section()).toHaveAttribute('data-role', 'coached');
      expect(section()).toHaveTextContent(`A supervisor is listening Teammate ${SUPERVISOR_ID}`);
      expect(announced()).toHaveTextContent(`A supervisor is listening: Teammate ${SUPERVISOR_ID}.`);
    });

    it('announces that the supervisor left, and shows nothing more', async () => {
      const { bus } = await renderOnScript(<CoachingIndicator />, callScripts.coachJoined);
      bus.push(busEvent.sync(callMetadata()));
      expect(screen.queryByRole('region')).not.toBeInTheDocument();
      expect(announced()).toHaveTextContent('The supervisor left the call.');
      bus.push(busEvent.callStatus('hanging', 'regular'), busEvent.callStatus('ended', 'regular'));
      expect(announced()).toBeEmptyDOMElement();
    });
  });

  it('forwards its ref and composes className', async () => {
    const ref = createRef<HTMLElement>();
    await renderWithDialer(<CoachingIndicator ref={ref} className="mine" coachableCalls={CALLS} />, {
      bus: createScriptedBus(),
    });
    expect(ref.current).toBe(section());
    expect(section()).toHaveClass('dk-coaching', 'mine');
  });
});
