import { act, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { CALL_UUID, CUSTOMER, script, TAGS } from '../../../test/callScripts';
import { busEvent, createFakeBus, type FakeBus } from '../../../test/fakeBus';
import { renderWithDialer } from '../../../test/renderWithDialer';
import { CallBar } from '../CallBar/CallBar';
import { AfterCallPanel } from './AfterCallPanel';

async function renderPanel(bus: FakeBus = createFakeBus(), tags = TAGS) {
  return renderWithDialer(<AfterCallPanel />, { bus, provider: { tags } });
}

const panel = () => screen.getByRole('region', { name: 'Call summary' });
const saveButton = () => screen.getByRole('button', { name: 'Save tags' });
const checkbox = (name: string) => screen.getByRole('checkbox', { name });
const status = () => within(panel()).getByRole('status');
/** The summary as `{ term: description }`. */
const summary = () =>
  Object.fromEntries(
    within(panel())
      .getAllByRole('term')
      .map((term) => [term.textContent, term.nextElementSibling?.textContent]),
  );

describe('AfterCallPanel', () => {
  it('renders nothing before a call ended', async () => {
    const { bus, container } = await renderPanel();
    expect(container).toBeEmptyDOMElement();
    script.connected(bus);
    expect(container).toBeEmptyDOMElement();
    bus.push(busEvent.callStatus('hanging', 'regular'), busEvent.callStatus('mandatoryTagging', 'regular'));
    expect(container).toBeEmptyDOMElement();
  });

  it('sums up the ended call: party, talk time, line, direction, recording', async () => {
    const { bus } = await renderPanel();
    script.connected(bus, { recordingState: 'recording' });
    bus.push(busEvent.callStatus('hanging', 'regular'), busEvent.callStatus('ended', 'regular'));
    expect(panel()).toHaveAttribute('data-state', 'ended');
    expect(summary()).toEqual({
      With: CUSTOMER,
      'Talk time': '0:00',
      Line: 'Support line · +33 1 23 45 67 89',
      Direction: 'Outgoing',
      Recording: 'Recorded',
    });
    expect(within(panel()).getByText('0:00')).toHaveAttribute('datetime', 'PT0S');
  });

  it('says a call that never connected was not, and was not recorded', async () => {
    const { bus } = await renderPanel();
    script.dialing(bus);
    bus.push(
      busEvent.sync({ direction: 'outgoing', recordingState: 'idle' }),
      busEvent.callStatus('ended', 'regular'),
    );
    expect(summary()).toMatchObject({
      With: CUSTOMER,
      'Talk time': 'Not connected',
      Recording: 'Not recorded',
    });
  });

  describe('tags on a line that does not require them', () => {
    it('waits for a pick, then saves it, announcing the saving and the saved tags', async () => {
      const { bus, user } = await renderPanel();
      script.ended(bus);
      expect(status()).toHaveTextContent('No tags saved yet.');
      expect(saveButton()).toHaveAttribute('aria-disabled', 'true');
      expect(saveButton()).toHaveAccessibleDescription('Pick at least one tag');

      await user.click(checkbox('Support'));
      expect(status()).toHaveTextContent('Unsaved changes');
      expect(panel()).toHaveAttribute('data-changed');
      await user.dblClick(saveButton());
      // The call's id is known: the tags are saved on that call by its id, whatever the bus does next.
      expect(bus.commands('API.UPDATE_CALL_TAGS')).toEqual([
        { type: 'API.UPDATE_CALL_TAGS', payload: { tagIds: [2], callUuid: CALL_UUID } },
      ]);
      expect(bus.count('DIALER.SET_TAGS')).toBe(0);
      expect(status()).toHaveTextContent('Saving');
      expect(saveButton()).toHaveAttribute('aria-busy', 'true');

      bus.push({ type: 'API.UPDATE_CALL_TAGS_FULFILLED' });
      expect(status()).toHaveTextContent('Tags saved: Support');
      expect(status()).toHaveAttribute('aria-live', 'polite');
      expect(saveButton()).toHaveAccessibleDescription('No changes to save.');
      expect(panel()).not.toHaveAttribute('data-changed');
    });

    it('edits saved tags: removing every tag is a change to save', async () => {
      const { bus, user } = await renderPanel();
      script.ended(bus);
      await user.click(checkbox('Billing'));
      await user.click(saveButton());
      bus.push({ type: 'API.UPDATE_CALL_TAGS_FULFILLED' });
      expect(status()).toHaveTextContent('Tags saved: Billing');
      await user.click(checkbox('Billing'));
      expect(saveButton()).not.toHaveAttribute('aria-disabled');
      await user.click(saveButton());
      expect(bus.commands('API.UPDATE_CALL_TAGS').at(-1)).toEqual({
        type: 'API.UPDATE_CALL_TAGS',
        payload: { tagIds: [], callUuid: CALL_UUID },
      });
    });

    it('saves with SET_TAGS while the call’s id is unknown (no SYNC named it)', async () => {
      const { bus, user } = await renderPanel();
      script.dialing(bus);
      bus.push(
        busEvent.callStatus('connected', 'regular'),
        busEvent.callStatus('hanging', 'regular'),
        busEvent.callStatus('ended', 'regular'),
      );
      await user.click(checkbox('Support'));
      await user.click(saveButton());
      expect(bus.commands('DIALER.SET_TAGS')).toEqual([
        { type: 'DIALER.SET_TAGS', payload: { tagIds: [2] } },
      ]);
      expect(bus.count('API.UPDATE_CALL_TAGS')).toBe(0);
      bus.push({ type: 'DIALER.SET_TAGS_FULFILLED', payload: [{ id: 2, name: 'Support' }] });
      expect(status()).toHaveTextContent('Tags saved: Support');
    });
  });

  it('shows the tags saved while tagging was required, even one the catalogue lacks, and edits them', async () => {
    const { bus, store, user } = await renderPanel();
    script.mandatoryTagging(bus);
    act(() => store.actions.selectTags([1, 190]));
    bus.push(
      {
        type: 'DIALER.SET_TAGS_FULFILLED',
        payload: [
          { id: 1, name: 'Sales' },
          { id: 190, name: 'Old campaign' },
        ],
      },
      busEvent.callStatus('ended', 'regular'),
    );
    expect(status()).toHaveTextContent('Tags saved: Sales, Old campaign');
    expect(checkbox('Sales')).toBeChecked();
    expect(saveButton()).toHaveAccessibleDescription('No changes to save.');
    await user.click(checkbox('Sales'));
    expect(status()).toHaveTextContent('Unsaved changes');
    await user.click(saveButton());
    expect(bus.commands('API.UPDATE_CALL_TAGS').at(-1)).toEqual({
      type: 'API.UPDATE_CALL_TAGS',
      payload: { tagIds: [190], callUuid: CALL_UUID },
    });
    bus.push({ type: 'API.UPDATE_CALL_TAGS_FULFILLED' });
    // The name the bus gave the tag the catalogue lacks is kept.
    expect(status()).toHaveTextContent('Tags saved: Old campaign');
  });

  it('alerts when the bus refuses the save, keeps the picks, and the alert can be dismissed', async () => {
    const bus = createFakeBus();
    bus.answer('API.UPDATE_CALL_TAGS', () => ({
      type: 'API.UPDATE_CALL_TAGS_REJECTED',
      payload: { error: { message: 'Tag 2 is archived' } },
    }));
    const { user } = await renderPanel(bus);
    script.ended(bus);
    await user.click(checkbox('Support'));
    await user.click(saveButton());
    await bus.flush();
    expect(screen.getByRole('alert')).toHaveTextContent('Tags could not be saved. Tag 2 is archived');
    expect(panel()).toHaveAttribute('data-error');
    expect(checkbox('Support')).toBeChecked();
    expect(saveButton()).not.toHaveAttribute('aria-disabled');

    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(saveButton()).toHaveFocus();

    // A new refusal shows again; one without a reason (as documented) says the dialer refused it.
    bus.answer('API.UPDATE_CALL_TAGS', () => ({ type: 'API.UPDATE_CALL_TAGS_REJECTED' }));
    await user.click(saveButton());
    await bus.flush();
    expect(screen.getByRole('alert')).toHaveTextContent('Tags could not be saved. The dialer refused it.');
  });

  it('says when no tags are configured, and offers no save', async () => {
    const { bus } = await renderPanel(createFakeBus(), []);
    script.ended(bus);
    expect(panel()).toHaveTextContent('No tags are configured.');
    expect(screen.queryByRole('button', { name: 'Save tags' })).not.toBeInTheDocument();
  });

  it('goes once the agent is done, sending focus to the call bar', async () => {
    const { bus, user } = await renderWithDialer(
      <>
        <CallBar />
        <AfterCallPanel />
      </>,
      { provider: { tags: TAGS } },
    );
    script.ended(bus);
    await user.click(checkbox('Sales'));
    bus.push(busEvent.callStatus('idle'));
    expect(screen.queryByRole('region', { name: 'Call summary' })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Call' })).toHaveFocus();
  });

  describe('a recent call, named by its id once the agent is done with it', () => {
    async function renderRecent(bus: FakeBus = createFakeBus()) {
      const rendered = await renderWithDialer(<AfterCallPanel callUuid={CALL_UUID} />, {
        bus,
        provider: { tags: TAGS },
      });
      script.ended(bus);
      await rendered.user.click(checkbox('Sales'));
      await rendered.user.click(saveButton());
      bus.push({ type: 'API.UPDATE_CALL_TAGS_FULFILLED' }, busEvent.callStatus('idle'));
      return rendered;
    }

    it('stays after Done, saying so, with the summary and the tags saved', async () => {
      await renderRecent();
      expect(panel()).toHaveAttribute('data-state', 'recent');
      expect(summary()).toMatchObject({ With: CUSTOMER, Direction: 'Outgoing' });
      expect(status()).toHaveTextContent('Tags saved: Sales');
      expect(checkbox('Sales')).toBeChecked();
    });

    it('changes its tags by its id, announcing the saving and the tags saved', async () => {
      const { bus, user } = await renderRecent();
      await user.click(checkbox('Billing'));
      expect(status()).toHaveTextContent('Unsaved changes');
      await user.click(saveButton());
      expect(bus.commands('API.UPDATE_CALL_TAGS').at(-1)).toEqual({
        type: 'API.UPDATE_CALL_TAGS',
        payload: { tagIds: [1, 3], callUuid: CALL_UUID },
      });
      expect(status()).toHaveTextContent('Saving');
      bus.push({ type: 'API.UPDATE_CALL_TAGS_FULFILLED' });
      expect(status()).toHaveTextContent('Tags saved: Sales, Billing');
      expect(saveButton()).toHaveAccessibleDescription('No changes to save.');
    });

    it('alerts when the bus refuses, and keeps the picks for another try', async () => {
      const bus = createFakeBus();
      const { user } = await renderRecent(bus);
      bus.answer('API.UPDATE_CALL_TAGS', () => ({ type: 'API.UPDATE_CALL_TAGS_REJECTED' }));
      await user.click(checkbox('Sales'));
      await user.click(saveButton());
      await bus.flush();
      expect(screen.getByRole('alert')).toHaveTextContent('Tags could not be saved. The dialer refused it.');
      expect(checkbox('Sales')).not.toBeChecked();
      expect(status()).toHaveTextContent('Unsaved changes');
      expect(saveButton()).not.toHaveAttribute('aria-disabled');
    });

    it('renders nothing for a call the store does not keep', async () => {
      const { bus, container } = await renderWithDialer(<AfterCallPanel callUuid="CA-unknown" />);
      script.ended(bus);
      bus.push(busEvent.callStatus('idle'));
      expect(container).toBeEmptyDOMElement();
    });
  });

  it('forwards its ref and className', async () => {
    const ref = createRef<HTMLElement>();
    const { bus } = await renderWithDialer(<AfterCallPanel ref={ref} className="crm-wrap-up" />);
    script.ended(bus);
    expect(ref.current).toBe(panel());
    expect(panel()).toHaveClass('dk-after-call', 'crm-wrap-up');
  });
});
