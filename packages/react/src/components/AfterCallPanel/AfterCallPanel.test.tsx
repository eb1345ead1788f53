import {
  busEvent,
  callScripts,
  createScriptedBus,
  renderWithDialer,
  type ScriptedBus,
  TEST_CALL_UUID,
  TEST_CUSTOMER,
  TEST_LINE,
  TEST_TAGS,
} from '@dialer-kit/testing';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { renderOnScript } from '../../../test/renderOnScript';
import { CallBar } from '../CallBar/CallBar';
import { AfterCallPanel } from './AfterCallPanel';

async function renderPanel(bus: ScriptedBus = createScriptedBus(), tags = TEST_TAGS) {
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
    callScripts.connected(bus);
    expect(container).toBeEmptyDOMElement();
    bus.push(busEvent.callStatus('hanging', 'regular'), busEvent.callStatus('mandatoryTagging', 'regular'));
    expect(container).toBeEmptyDOMElement();
  });

  it('sums up the ended call: party, talk time, line, direction, recording', async () => {
    const { bus } = await renderPanel();
    callScripts.connected(bus, { recordingState: 'recording' });
    bus.push(busEvent.callStatus('hanging', 'regular'), busEvent.callStatus('ended', 'regular'));
    expect(panel()).toHaveAttribute('data-state', 'ended');
    expect(summary()).toEqual({
      With: TEST_CUSTOMER,
      'Talk time': '0:00',
      Line: `${TEST_LINE.name} · ${TEST_LINE.number}`,
      Direction: 'Outgoing',
      Recording: 'Recorded',
    });
    expect(within(panel()).getByText('0:00')).toHaveAttribute('datetime', 'PT0S');
  });

  it('says a call that never connected was not, and was not recorded', async () => {
    const { bus } = await renderPanel();
    callScripts.dialing(bus);
    bus.push(
      busEvent.sync({ direction: 'outgoing', recordingState: 'idle' }),
      busEvent.callStatus('ended', 'regular'),
    );
    expect(summary()).toMatchObject({
      With: TEST_CUSTOMER,
      'Talk time': 'Not connected',
      Recording: 'Not recorded',
    });
  });

  describe('tags on a line that does not require them', () => {
    it('waits for a pick, then saves it, announcing the saving and the saved tags', async () => {
      const user = userEvent.setup();
      const { bus } = await renderPanel();
      callScripts.ended(bus);
      expect(status()).toHaveTextContent('No tags saved yet.');
      expect(saveButton()).toHaveAttribute('aria-disabled', 'true');
      expect(saveButton()).toHaveAccessibleDescription('Pick at least one tag');

      await user.click(checkbox('Follow-up'));
      expect(status()).toHaveTextContent('Unsaved changes');
      expect(panel()).toHaveAttribute('data-changed');
      await user.dblClick(saveButton());
      // The call's id is known: the tags are saved on that call by its id, whatever the bus does next.
      expect(bus.sent('API.UPDATE_CALL_TAGS')).toEqual([
        { type: 'API.UPDATE_CALL_TAGS', payload: { tagIds: [102], callUuid: TEST_CALL_UUID } },
      ]);
      expect(bus.sent('DIALER.SET_TAGS').length).toBe(0);
      expect(status()).toHaveTextContent('Saving');
      expect(saveButton()).toHaveAttribute('aria-busy', 'true');

      bus.push({ type: 'API.UPDATE_CALL_TAGS_FULFILLED' });
      expect(status()).toHaveTextContent('Tags saved: Follow-up');
      expect(status()).toHaveAttribute('aria-live', 'polite');
      expect(saveButton()).toHaveAccessibleDescription('No changes to save.');
      expect(panel()).not.toHaveAttribute('data-changed');
    });

    it('edits saved tags: removing every tag is a change to save', async () => {
      const user = userEvent.setup();
      const { bus } = await renderPanel();
      callScripts.ended(bus);
      await user.click(checkbox('Not interested'));
      await user.click(saveButton());
      bus.push({ type: 'API.UPDATE_CALL_TAGS_FULFILLED' });
      expect(status()).toHaveTextContent('Tags saved: Not interested');
      await user.click(checkbox('Not interested'));
      expect(saveButton()).not.toHaveAttribute('aria-disabled');
      await user.click(saveButton());
      expect(bus.sent('API.UPDATE_CALL_TAGS').at(-1)).toEqual({
        type: 'API.UPDATE_CALL_TAGS',
        payload: { tagIds: [], callUuid: TEST_CALL_UUID },
      });
    });

    it('saves with SET_TAGS while the call’s id is unknown (no SYNC named it)', async () => {
      const user = userEvent.setup();
      const { bus } = await renderPanel();
      callScripts.dialing(bus);
      bus.push(
        busEvent.callStatus('connected', 'regular'),
        busEvent.callStatus('hanging', 'regular'),
        busEvent.callStatus('ended', 'regular'),
      );
      await user.click(checkbox('Follow-up'));
      await user.click(saveButton());
      expect(bus.sent('DIALER.SET_TAGS')).toEqual([{ type: 'DIALER.SET_TAGS', payload: { tagIds: [102] } }]);
      expect(bus.sent('API.UPDATE_CALL_TAGS').length).toBe(0);
      bus.push({ type: 'DIALER.SET_TAGS_FULFILLED', payload: [{ id: 102, name: 'Follow-up' }] });
      expect(status()).toHaveTextContent('Tags saved: Follow-up');
    });
  });

  it('shows the tags saved while tagging was required, even one the catalogue lacks, and edits them', async () => {
    const user = userEvent.setup();
    const { bus, store } = await renderPanel();
    callScripts.mandatoryTagging(bus);
    act(() => store.actions.selectTags([101, 190]));
    bus.push(
      {
        type: 'DIALER.SET_TAGS_FULFILLED',
        payload: [
          { id: 101, name: 'Qualified lead' },
          { id: 190, name: 'Old campaign' },
        ],
      },
      busEvent.callStatus('ended', 'regular'),
    );
    expect(status()).toHaveTextContent('Tags saved: Qualified lead, Old campaign');
    expect(checkbox('Qualified lead')).toBeChecked();
    expect(saveButton()).toHaveAccessibleDescription('No changes to save.');
    await user.click(checkbox('Qualified lead'));
    expect(status()).toHaveTextContent('Unsaved changes');
    await user.click(saveButton());
    expect(bus.sent('API.UPDATE_CALL_TAGS').at(-1)).toEqual({
      type: 'API.UPDATE_CALL_TAGS',
      payload: { tagIds: [190], callUuid: TEST_CALL_UUID },
    });
    bus.push({ type: 'API.UPDATE_CALL_TAGS_FULFILLED' });
    // The name the bus gave the tag the catalogue lacks is kept.
    expect(status()).toHaveTextContent('Tags saved: Old campaign');
  });

  it('alerts when the bus refuses the save, keeps the picks, and the alert can be dismissed', async () => {
    const bus = createScriptedBus();
    bus.answer('API.UPDATE_CALL_TAGS', () => ({
      type: 'API.UPDATE_CALL_TAGS_REJECTED',
      payload: { error: { message: 'Tag 2 is archived' } },
    }));
    const user = userEvent.setup();
    await renderPanel(bus);
    callScripts.ended(bus);
    await user.click(checkbox('Follow-up'));
    await user.click(saveButton());
    await bus.settle();
    expect(screen.getByRole('alert')).toHaveTextContent('Tags could not be saved. Tag 2 is archived');
    expect(panel()).toHaveAttribute('data-error');
    expect(checkbox('Follow-up')).toBeChecked();
    expect(saveButton()).not.toHaveAttribute('aria-disabled');

    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(saveButton()).toHaveFocus();

    // A new refusal shows again; one without a reason (as documented) says the dialer refused it.
    bus.answer('API.UPDATE_CALL_TAGS', () => ({ type: 'API.UPDATE_CALL_TAGS_REJECTED' }));
    await user.click(saveButton());
    await bus.settle();
    expect(screen.getByRole('alert')).toHaveTextContent('Tags could not be saved. The dialer refused it.');
  });

  it('says when no tags are configured, and offers no save', async () => {
    const { bus } = await renderPanel(createScriptedBus(), []);
    callScripts.ended(bus);
    expect(panel()).toHaveTextContent('No tags are configured.');
    expect(screen.queryByRole('button', { name: 'Save tags' })).not.toBeInTheDocument();
  });

  it('goes once the agent is done, sending focus to the call bar', async () => {
    const user = userEvent.setup();
    const { bus } = await renderWithDialer(
      <>
        <CallBar />
        <AfterCallPanel />
      </>,
      { bus: createScriptedBus(), provider: { tags: TEST_TAGS } },
    );
    callScripts.ended(bus);
    await user.click(checkbox('Qualified lead'));
    bus.push(busEvent.callStatus('idle'));
    expect(screen.queryByRole('region', { name: 'Call summary' })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Call' })).toHaveFocus();
  });

  describe('a recent call, named by its id once the agent is done with it', () => {
    async function renderRecent(bus: ScriptedBus = createScriptedBus()) {
      const user = userEvent.setup();
      const rendered = await renderWithDialer(<AfterCallPanel callUuid={TEST_CALL_UUID} />, {
        bus,
        provider: { tags: TEST_TAGS },
      });
      callScripts.ended(bus);
      await user.click(checkbox('Qualified lead'));
      await user.click(saveButton());
      bus.push({ type: 'API.UPDATE_CALL_TAGS_FULFILLED' }, busEvent.callStatus('idle'));
      return rendered;
    }

    it('stays after Done, saying so, with the summary and the tags saved', async () => {
      await renderRecent();
      expect(panel()).toHaveAttribute('data-state', 'recent');
      expect(summary()).toMatchObject({ With: TEST_CUSTOMER, Direction: 'Outgoing' });
      expect(status()).toHaveTextContent('Tags saved: Qualified lead');
      expect(checkbox('Qualified lead')).toBeChecked();
    });

    it('changes its tags by its id, announcing the saving and the tags saved', async () => {
      const user = userEvent.setup();
      const { bus } = await renderRecent();
      await user.click(checkbox('Not interested'));
      expect(status()).toHaveTextContent('Unsaved changes');
      await user.click(saveButton());
      expect(bus.sent('API.UPDATE_CALL_TAGS').at(-1)).toEqual({
        type: 'API.UPDATE_CALL_TAGS',
        payload: { tagIds: [101, 103], callUuid: TEST_CALL_UUID },
      });
      expect(status()).toHaveTextContent('Saving');
      bus.push({ type: 'API.UPDATE_CALL_TAGS_FULFILLED' });
      expect(status()).toHaveTextContent('Tags saved: Qualified lead, Not interested');
      expect(saveButton()).toHaveAccessibleDescription('No changes to save.');
    });

    it('alerts when the bus refuses, and keeps the picks for another try', async () => {
      const bus = createScriptedBus();
      const user = userEvent.setup();
      await renderRecent(bus);
      bus.answer('API.UPDATE_CALL_TAGS', () => ({ type: 'API.UPDATE_CALL_TAGS_REJECTED' }));
      await user.click(checkbox('Qualified lead'));
      await user.click(saveButton());
      await bus.settle();
      expect(screen.getByRole('alert')).toHaveTextContent('Tags could not be saved. The dialer refused it.');
      expect(checkbox('Qualified lead')).not.toBeChecked();
      expect(status()).toHaveTextContent('Unsaved changes');
      expect(saveButton()).not.toHaveAttribute('aria-disabled');
    });

    it('renders nothing for a call the store does not keep', async () => {
      const { bus, container } = await renderOnScript(
        <AfterCallPanel callUuid="CA-unknown" />,
        callScripts.ended,
      );
      bus.push(busEvent.callStatus('idle'));
      expect(container).toBeEmptyDOMElement();
    });
  });

  it('forwards its ref and className', async () => {
    const ref = createRef<HTMLElement>();
    await renderOnScript(<AfterCallPanel ref={ref} className="crm-wrap-up" />, callScripts.ended);
    expect(ref.current).toBe(panel());
    expect(panel()).toHaveClass('dk-after-call', 'crm-wrap-up');
  });
});
