import { callScripts, createScriptedBus, renderWithDialer } from '@dialer-kit/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { axeViolations, describeViolations } from '../../../test/axe';
import { DialerShortcuts } from '../../shortcuts/DialerShortcuts';
import { KeyboardShortcuts } from './KeyboardShortcuts';

const region = () => screen.getByRole('region', { name: 'Keyboard shortcuts' });
/** The map as `[action, keys]` rows, read through the table's accessible structure. */
const rows = () =>
  within(region())
    .getAllByRole('row')
    .slice(1)
    .map((row) => [
      within(row).getByRole('rowheader').textContent,
      within(row).getByRole('cell').textContent,
    ]);

describe('KeyboardShortcuts', () => {
  it('lists every shortcut in force with its keys, under column headers', async () => {
    await renderWithDialer(<KeyboardShortcuts />, { bus: createScriptedBus() });
    const headers = within(region())
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Action', 'Keys']);
    expect(rows()).toEqual([
      ['Accept the incoming call', 'Alt+Shift+P'],
      ['Reject the incoming call', 'Alt+Shift+R'],
      ['Hang up', 'Alt+Shift+E'],
      ['Mute or unmute', 'Alt+Shift+M'],
      ['Hold or resume', 'Alt+Shift+H'],
      ['Go to the dial pad', 'Alt+Shift+N'],
      ['Go to the teammate directory', 'Alt+Shift+U'],
    ]);
    expect(within(region()).getAllByText('Shift', { selector: 'kbd' })).toHaveLength(7);
    expect(screen.getByText('Shortcuts do nothing while you type in a field.')).toBeVisible();
    expect(region()).toHaveAttribute('data-enabled');
  });

  it('shows the keys the provider remapped, leaves out those turned off and uses the strings given', async () => {
    await renderWithDialer(<KeyboardShortcuts />, {
      bus: createScriptedBus(),
      provider: {
        shortcuts: { hangUp: 'Meta+Alt+H', mute: false, accept: 'ctrl+enter' },
        messages: { shortcuts: { alt: 'Option', meta: 'Cmd' }, shortcutActions: { hangUp: 'End the call' } },
      },
    });
    expect(rows()).toEqual([
      ['Accept the incoming call', 'Ctrl+Enter'],
      ['Reject the incoming call', 'Option+Shift+R'],
      ['End the call', 'Option+Cmd+H'],
      ['Hold or resume', 'Option+Shift+H'],
      ['Go to the dial pad', 'Option+Shift+N'],
      ['Go to the teammate directory', 'Option+Shift+U'],
    ]);
  });

  it('says shortcuts are off when the provider turns them off', async () => {
    await renderWithDialer(<KeyboardShortcuts />, {
      bus: createScriptedBus(),
      provider: { shortcuts: false },
    });
    expect(within(region()).queryByRole('table')).not.toBeInTheDocument();
    expect(within(region()).getByText('Keyboard shortcuts are turned off.')).toBeVisible();
    expect(region()).not.toHaveAttribute('data-enabled');
  });

  it('announces a shortcut that did nothing, with the reason, and clears it once one works', async () => {
    const user = userEvent.setup();
    const { bus } = await renderWithDialer(
      <>
        <DialerShortcuts />
        <KeyboardShortcuts />
      </>,
      { bus: createScriptedBus() },
    );
    const status = within(region()).getByRole('status');
    expect(status).toHaveTextContent('');
    await user.keyboard('{Alt>}{Shift>}h{/Shift}{/Alt}');
    expect(status).toHaveTextContent('Hold or resume: Only possible during a connected call.');
    await user.keyboard('{Alt>}{Shift>}n{/Shift}{/Alt}');
    expect(status).toHaveTextContent('Go to the dial pad: It is not on this page.');
    callScripts.connected(bus);
    await user.keyboard('{Alt>}{Shift>}m{/Shift}{/Alt}');
    expect(bus.sent('DIALER.MUTE').length).toBe(1);
    expect(status).toHaveTextContent('');
  });

  it('passes section props and its ref, and has no axe violations on or off', async () => {
    const ref = createRef<HTMLElement>();
    const { container, unmount } = await renderWithDialer(
      <KeyboardShortcuts ref={ref} className="crm-help" />,
      { bus: createScriptedBus() },
    );
    expect(ref.current).toBe(region());
    expect(region()).toHaveClass('dk-shortcuts', 'crm-help');
    expect(describeViolations(await axeViolations(container))).toEqual([]);
    unmount();
    const off = await renderWithDialer(<KeyboardShortcuts />, {
      bus: createScriptedBus(),
      provider: { shortcuts: false },
    });
    expect(describeViolations(await axeViolations(off.container))).toEqual([]);
  });
});
