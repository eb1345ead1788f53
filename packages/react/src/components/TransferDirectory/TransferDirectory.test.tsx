import {
  busEvent,
  callScripts,
  createScriptedBus,
  renderWithDialer,
  type ScriptedBus,
  TEST_AGENT,
} from '@dialer-kit/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { TransferDirectory, type TransferDirectoryProps } from './TransferDirectory';

const NAMES = [
  { id: 654321, name: 'Sam Teammate' },
  { id: 777001, name: 'Alex Supervisor' },
];
const ALL = {
  [String(TEST_AGENT.id)]: { status: 'available', version: 1 },
  '654321': { status: 'available', version: 1 },
  '777001': { status: 'offline', version: 1 },
};

function busAnswering(): ScriptedBus {
  const bus = createScriptedBus();
  bus.answer('API.FETCH_AVAILABILITIES', () => ({
    type: 'API.FETCH_AVAILABILITIES_FULFILLED',
    payload: ALL,
  }));
  return bus;
}

async function renderDirectory(props: TransferDirectoryProps = { names: NAMES }, bus = busAnswering()) {
  const rendered = await renderWithDialer(<TransferDirectory {...props} />, { bus });
  await bus.settle();
  bus.push(busEvent.linesChanged());
  return rendered;
}

const region = () => screen.getByRole('region', { name: 'Teammates' });
const search = () => screen.getByRole('searchbox', { name: 'Search teammates' });
const options = () => screen.queryAllByRole('option').map((option) => option.textContent);
const option = (name: string) => screen.getByRole('option', { name });
const announcer = () =>
  within(region())
    .getAllByRole('status')
    .find((node) => node.getAttribute('aria-live') === 'polite');

describe('TransferDirectory', () => {
  it('lists teammates by name with their presence in words, never the agent', async () => {
    await renderDirectory();
    expect(screen.getByRole('listbox', { name: 'Teammates' })).toBeInTheDocument();
    expect(options()).toEqual(['Alex Supervisor Offline', 'Sam Teammate Available']);
    expect(option('Sam Teammate Available')).toHaveAttribute('data-state', 'available');
  });

  it('names teammates the host did not name by their id', async () => {
    await renderDirectory({});
    expect(options()).toEqual(['Teammate 654321 Available', 'Teammate 777001 Offline']);
  });

  it('follows live presence', async () => {
    const { bus } = await renderDirectory();
    bus.push({
      type: 'USER.TEAMMATE_AVAILABILITY_CHANGED',
      payload: { userId: 654321, status: 'in_call', updatedAt: Date.now() * 1000 },
    });
    expect(option('Sam Teammate In call')).toHaveAttribute('data-state', 'in_call');
  });

  it('says it is loading until the availabilities arrive', async () => {
    const bus = createScriptedBus();
    await renderDirectory({}, bus);
    expect(region()).toHaveAttribute('data-loading');
    expect(region()).toHaveTextContent('Loading teammates');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    bus.push({ type: 'API.FETCH_AVAILABILITIES_FULFILLED', payload: ALL });
    expect(region()).not.toHaveAttribute('data-loading');
    expect(options()).toHaveLength(2);
  });

  it('says when there is nobody to show', async () => {
    const bus = createScriptedBus();
    bus.answer('API.FETCH_AVAILABILITIES', () => ({
      type: 'API.FETCH_AVAILABILITIES_FULFILLED',
      payload: {},
    }));
    await renderDirectory({}, bus);
    expect(region()).toHaveTextContent('No teammates to show.');
  });

  describe('searching', () => {
    it('filters by name, announces the count, and says when nobody matches', async () => {
      const user = userEvent.setup();
      await renderDirectory();
      await user.type(search(), 'sam');
      expect(options()).toEqual(['Sam Teammate Available']);
      expect(announcer()).toHaveTextContent('1 teammate found');
      await user.type(search(), 'zz');
      expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
      expect(region()).toHaveTextContent('No teammate matches this search.');
      expect(announcer()).toHaveTextContent('No teammate found');
    });
  });

  describe('with no call', () => {
    it('waits for a pick, saying so', async () => {
      await renderDirectory();
      const call = screen.getByRole('button', { name: 'Call' });
      expect(call).toHaveAttribute('aria-disabled', 'true');
      expect(call).toHaveAccessibleDescription('Pick a teammate first.');
      expect(region()).toHaveAttribute('data-action', 'call');
    });

    it('calls the teammate picked with a click, and announces it', async () => {
      const user = userEvent.setup();
      const { bus } = await renderDirectory();
      await user.click(option('Sam Teammate Available'));
      expect(option('Sam Teammate Available')).toHaveAttribute('aria-selected', 'true');
      await user.click(screen.getByRole('button', { name: 'Call Sam Teammate' }));
      expect(bus.sent('DIALER.DIAL')).toMatchObject([
        { payload: { to: 'client:654321' }, meta: { tracking: { dialing_mode: 'teammate' } } },
      ]);
      expect(announcer()).toHaveTextContent('Calling Sam Teammate');
    });

    it('is used from the keyboard: Down from the search, the arrows, Home, End, then Tab to the action', async () => {
      const bus = busAnswering();
      bus.answer('API.FETCH_AVAILABILITIES', () => ({
        type: 'API.FETCH_AVAILABILITIES_FULFILLED',
        payload: { ...ALL, '5': { status: 'do_not_disturb', version: 1 } },
      }));
      const user = userEvent.setup();
      await renderDirectory({ names: [...NAMES, { id: 5, name: 'Bea Billing' }] }, bus);
      await user.click(search());
      await user.keyboard('{ArrowDown}');
      expect(option('Alex Supervisor Offline')).toHaveFocus();
      expect(option('Alex Supervisor Offline')).toHaveAttribute('aria-selected', 'true');
      await user.keyboard('{ArrowDown}');
      expect(option('Bea Billing Do not disturb')).toHaveFocus();
      await user.keyboard('{End}');
      expect(option('Sam Teammate Available')).toHaveAttribute('aria-selected', 'true');
      await user.keyboard('{Home}');
      expect(option('Alex Supervisor Offline')).toHaveFocus();
      await user.keyboard('{ArrowUp}');
      expect(option('Alex Supervisor Offline')).toHaveFocus();
      await user.keyboard('{Tab}');
      expect(screen.getByRole('button', { name: 'Call Alex Supervisor' })).toHaveFocus();
      await user.keyboard('{Shift>}{Tab}{/Shift}');
      expect(option('Alex Supervisor Offline')).toHaveFocus();
      expect(screen.getAllByRole('option').filter((o) => o.tabIndex === 0)).toHaveLength(1);
    });
  });

  describe('during a call', () => {
    it('starts a warm transfer to the teammate picked, once for a double click', async () => {
      const user = userEvent.setup();
      const { bus } = await renderDirectory();
      callScripts.connected(bus);
      expect(region()).toHaveAttribute('data-action', 'transfer');
      await user.click(option('Sam Teammate Available'));
      await user.dblClick(screen.getByRole('button', { name: 'Transfer to Sam Teammate' }));
      expect(bus.sent('DIALER.START_WARM_TRANSFER')).toEqual([
        { type: 'DIALER.START_WARM_TRANSFER', payload: { to: 'client:654321' } },
      ]);
      expect(announcer()).toHaveTextContent('Transferring to Sam Teammate');
    });

    it('says why a transfer is not possible on a call with a teammate', async () => {
      const user = userEvent.setup();
      const { bus } = await renderDirectory();
      callScripts.connected(bus, {
        activeParticipant: { user: { id: 654321 }, legId: 'leg-sam', isHeld: false, state: 'answering' },
      });
      await user.click(option('Alex Supervisor Offline'));
      const transfer = screen.getByRole('button', { name: 'Transfer to Alex Supervisor' });
      expect(transfer).toHaveAttribute('aria-disabled', 'true');
      expect(transfer).toHaveAccessibleDescription('Not possible on a call between teammates.');
      await user.click(transfer);
      expect(bus.sent('DIALER.START_WARM_TRANSFER').length).toBe(0);
    });
  });

  describe('when the availabilities cannot be loaded', () => {
    it("alerts with the bus's reason, and Retry loads them with focus kept in the directory", async () => {
      const bus = createScriptedBus();
      bus.answer('API.FETCH_AVAILABILITIES', () => ({
        type: 'API.FETCH_AVAILABILITIES_REJECTED',
        payload: { error: { message: 'Directory offline' } },
      }));
      const user = userEvent.setup();
      await renderDirectory({ names: NAMES }, bus);
      expect(screen.getByRole('alert')).toHaveTextContent('Teammates could not be loaded. Directory offline');
      bus.answer('API.FETCH_AVAILABILITIES', () => ({
        type: 'API.FETCH_AVAILABILITIES_FULFILLED',
        payload: ALL,
      }));
      await user.click(screen.getByRole('button', { name: 'Retry' }));
      await bus.settle();
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      expect(options()).toHaveLength(2);
      expect(search()).toHaveFocus();
    });

    it('says the dialer did not answer in time, and can be dismissed', async () => {
      const bus = createScriptedBus();
      const user = userEvent.setup();
      await renderWithDialer(<TransferDirectory />, {
        bus,
        provider: { requestTimeoutMs: 20 },
      });
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('Teammates could not be loaded. The dialer did not answer in time.');
      await user.click(screen.getByRole('button', { name: 'Dismiss' }));
      await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    });
  });

  it('forwards its ref and className', async () => {
    const ref = createRef<HTMLElement>();
    await renderWithDialer(<TransferDirectory ref={ref} className="crm-directory" />, {
      bus: createScriptedBus(),
    });
    expect(ref.current).toBe(region());
    expect(region()).toHaveClass('dk-directory', 'crm-directory');
  });
});
