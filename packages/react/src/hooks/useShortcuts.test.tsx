import {
  busEvent,
  callMetadata,
  callScripts,
  createScriptedBus,
  externalParty,
  renderWithDialer,
  TEST_CUSTOMER,
} from '@dialer-kit/testing';
import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { probeOnScript, renderOnScript } from '../../test/renderOnScript';
import { DialPad } from '../components/DialPad/DialPad';
import { TransferDirectory } from '../components/TransferDirectory/TransferDirectory';
import { DialerShortcuts } from '../shortcuts/DialerShortcuts';
import type { ShortcutOverrides } from '../shortcuts/shortcutKeys';
import { useShortcuts } from './useShortcuts';

/** Shows the last refused shortcut and offers a button that runs one, as a host's own UI would. */
function Probe(): ReactNode {
  const { enabled, shortcuts, refusal, run } = useShortcuts();
  return (
    <div>
      <p data-testid="enabled">{String(enabled)}</p>
      <p data-testid="keys">{shortcuts.map((s) => `${s.action}=${s.keys}`).join(' ')}</p>
      <p data-testid="refusal">{refusal === undefined ? 'none' : `${refusal.action}:${refusal.reason}`}</p>
      <button type="button" onClick={() => run('hangUp')}>
        Run hang up
      </button>
    </div>
  );
}

/** The fields a shortcut must leave alone. */
function Fields(): ReactNode {
  return (
    <div>
      <label>
        Note <textarea />
      </label>
      <label>
        Outcome{' '}
        <select>
          <option>Sale</option>
        </select>
      </label>
      <label>
        Email <input type="email" />
      </label>
      {/* biome-ignore lint/a11y/useSemanticElements: a rich-text editor is what this stands for. */}
      <div role="textbox" aria-label="Editor" contentEditable suppressContentEditableWarning tabIndex={0}>
        <span>Rich text</span>
      </div>
      <label>
        Consent <input type="checkbox" />
      </label>
    </div>
  );
}

async function renderDesk(shortcuts?: ShortcutOverrides | false) {
  return renderWithDialer(
    <>
      <DialerShortcuts />
      <Probe />
      <Fields />
      <DialPad />
    </>,
    { bus: createScriptedBus(), ...(shortcuts === undefined ? {} : { provider: { shortcuts } }) },
  );
}

describe('keyboard shortcuts', () => {
  it('listen only where DialerShortcuts is rendered: without it a key sends nothing', async () => {
    const { bus, user } = await renderOnScript(<DialPad />, callScripts.connected);
    await user.keyboard('{Alt>}{Shift>}m{/Shift}{/Alt}');
    expect(bus.sent('DIALER.MUTE').length).toBe(0);
  });

  it('accepts an offered call with Alt+Shift+P, sending call_mode shortcut', async () => {
    const user = userEvent.setup();
    const { bus } = await renderDesk();
    bus.push(busEvent.incoming());
    await user.keyboard('{Alt>}{Shift>}p{/Shift}{/Alt}');
    expect(bus.sent('DIALER.ACCEPT')).toEqual([
      { type: 'DIALER.ACCEPT', meta: { tracking: { call_mode: 'shortcut' } } },
    ]);
  });

  it('rejects an offered call with Alt+Shift+R', async () => {
    const user = userEvent.setup();
    const { bus } = await renderDesk();
    bus.push(busEvent.incoming());
    await user.keyboard('{Alt>}{Shift>}r{/Shift}{/Alt}');
    expect(bus.sent('DIALER.REJECT').length).toBe(1);
    expect(bus.sent('DIALER.ACCEPT').length).toBe(0);
  });

  it('toggles mute and hold and hangs up a connected call', async () => {
    const user = userEvent.setup();
    const { bus } = await renderDesk();
    callScripts.connected(bus, { activeParticipant: externalParty(TEST_CUSTOMER, 'leg-1') });
    await user.keyboard('{Alt>}{Shift>}m{/Shift}{/Alt}');
    await user.keyboard('{Alt>}{Shift>}m{/Shift}{/Alt}');
    expect(bus.sent('DIALER.MUTE')).toMatchObject([
      { payload: { shouldMute: true } },
      { payload: { shouldMute: false } },
    ]);
    expect(bus.sent('DIALER.MUTE').length).toBe(2);
    await user.keyboard('{Alt>}{Shift>}h{/Shift}{/Alt}');
    expect(bus.sent('DIALER.HOLD')).toMatchObject([{ payload: { shouldHold: true, legId: 'leg-1' } }]);
    // The SYNC says the party is held: the same key resumes them.
    bus.push(busEvent.sync(callMetadata({ activeParticipant: externalParty(TEST_CUSTOMER, 'leg-1', true) })));
    await user.keyboard('{Alt>}{Shift>}h{/Shift}{/Alt}');
    expect(bus.sent('DIALER.HOLD')).toMatchObject([
      { payload: { shouldHold: true, legId: 'leg-1' } },
      { payload: { shouldHold: false, legId: 'leg-1' } },
    ]);
    expect(bus.sent('DIALER.HOLD').length).toBe(2);
    await user.keyboard('{Alt>}{Shift>}e{/Shift}{/Alt}');
    expect(bus.sent('DIALER.HANGUP').length).toBe(1);
  });

  it('sends nothing for a disabled control, and says why', async () => {
    const user = userEvent.setup();
    const { bus } = await renderDesk();
    await user.keyboard('{Alt>}{Shift>}e{/Shift}{/Alt}');
    await user.keyboard('{Alt>}{Shift>}p{/Shift}{/Alt}');
    expect(bus.sent('DIALER.HANGUP').length).toBe(0);
    expect(bus.sent('DIALER.ACCEPT').length).toBe(0);
    expect(screen.getByTestId('refusal')).toHaveTextContent('accept:no-incoming-call');
    await user.keyboard('{Alt>}{Shift>}m{/Shift}{/Alt}');
    expect(bus.sent('DIALER.MUTE').length).toBe(0);
    expect(screen.getByTestId('refusal')).toHaveTextContent('mute:not-connected');
  });

  it('does nothing while the agent types in a text field, text area, select or editable content', async () => {
    const user = userEvent.setup();
    const { bus } = await renderDesk();
    callScripts.connected(bus);
    for (const field of [
      screen.getByRole('textbox', { name: 'Phone number' }),
      screen.getByRole('textbox', { name: 'Note' }),
      screen.getByRole('combobox', { name: 'Outcome' }),
      screen.getByRole('textbox', { name: 'Email' }),
      screen.getByText('Rich text'),
    ]) {
      fireEvent.keyDown(field, { key: 'E', code: 'KeyE', altKey: true, shiftKey: true });
    }
    expect(bus.sent('DIALER.HANGUP').length).toBe(0);
    // A checkbox takes no typing: the shortcut acts there.
    await user.click(screen.getByRole('checkbox', { name: 'Consent' }));
    await user.keyboard('{Alt>}{Shift>}e{/Shift}{/Alt}');
    expect(bus.sent('DIALER.HANGUP').length).toBe(1);
  });

  it('ignores held-down repeats, other modifiers and keys a handler already took', async () => {
    const { bus } = await renderDesk();
    callScripts.connected(bus);
    const body = document.body;
    fireEvent.keyDown(body, { key: 'M', code: 'KeyM', altKey: true, shiftKey: true, repeat: true });
    fireEvent.keyDown(body, { key: 'M', code: 'KeyM', altKey: true, shiftKey: true, ctrlKey: true });
    fireEvent.keyDown(body, { key: 'm', code: 'KeyM', altKey: true });
    const taken = (event: KeyboardEvent) => event.preventDefault();
    body.addEventListener('keydown', taken);
    fireEvent.keyDown(body, { key: 'M', code: 'KeyM', altKey: true, shiftKey: true });
    body.removeEventListener('keydown', taken);
    expect(bus.sent('DIALER.MUTE').length).toBe(0);
    // By the key's place: Option+Shift+M on a Mac gives "Â" as the key, and still mutes.
    const pressed = fireEvent.keyDown(body, { key: 'Â', code: 'KeyM', altKey: true, shiftKey: true });
    expect(bus.sent('DIALER.MUTE').length).toBe(1);
    expect(pressed).toBe(false); // taken: the browser does not act on it too
  });

  it('focuses the dial pad field and the directory search, or says they are not shown', async () => {
    const user = userEvent.setup();
    await renderWithDialer(
      <>
        <DialerShortcuts />
        <Probe />
        <DialPad />
      </>,
      { bus: createScriptedBus() },
    );
    await user.keyboard('{Alt>}{Shift>}n{/Shift}{/Alt}');
    expect(screen.getByRole('textbox', { name: 'Phone number' })).toHaveFocus();
    // While the agent types there the shortcuts do nothing: Tab leaves the field.
    await user.tab();
    await user.keyboard('{Alt>}{Shift>}u{/Shift}{/Alt}');
    expect(screen.getByTestId('refusal')).toHaveTextContent('focusDirectory:not-shown');
  });

  it('focuses the transfer directory search', async () => {
    const user = userEvent.setup();
    await renderWithDialer(
      <>
        <DialerShortcuts />
        <TransferDirectory />
      </>,
      { bus: createScriptedBus() },
    );
    await user.keyboard('{Alt>}{Shift>}u{/Shift}{/Alt}');
    expect(screen.getByRole('searchbox', { name: 'Search teammates' })).toHaveFocus();
  });

  it('takes other keys from the provider, and turns one off with false', async () => {
    const user = userEvent.setup();
    const { bus } = await renderDesk({ hangUp: 'Ctrl+Alt+End', mute: false });
    callScripts.connected(bus);
    expect(screen.getByTestId('keys')).not.toHaveTextContent('mute=');
    expect(screen.getByTestId('keys')).toHaveTextContent('hangUp=Ctrl+Alt+End');
    await user.keyboard('{Alt>}{Shift>}m{/Shift}{/Alt}');
    await user.keyboard('{Alt>}{Shift>}e{/Shift}{/Alt}');
    expect(bus.sent('DIALER.MUTE').length).toBe(0);
    expect(bus.sent('DIALER.HANGUP').length).toBe(0);
    await user.keyboard('{Control>}{Alt>}{End}{/Alt}{/Control}');
    expect(bus.sent('DIALER.HANGUP').length).toBe(1);
  });

  it('does nothing at all when the provider turns shortcuts off', async () => {
    const user = userEvent.setup();
    const { bus } = await renderDesk(false);
    bus.push(busEvent.incoming({ from: TEST_CUSTOMER }));
    expect(screen.getByTestId('enabled')).toHaveTextContent('false');
    expect(screen.getByTestId('keys')).toBeEmptyDOMElement();
    await user.keyboard('{Alt>}{Shift>}p{/Shift}{/Alt}');
    await user.keyboard('{Alt>}{Shift>}r{/Shift}{/Alt}');
    expect(bus.sent('DIALER.ACCEPT').length).toBe(0);
    expect(bus.sent('DIALER.REJECT').length).toBe(0);
    expect(screen.getByTestId('refusal')).toHaveTextContent('none');
  });

  it('runs a shortcut through the hook, with the same control checks', async () => {
    const user = userEvent.setup();
    const { bus } = await renderDesk();
    await user.click(screen.getByRole('button', { name: 'Run hang up' }));
    expect(bus.sent('DIALER.HANGUP').length).toBe(0);
    expect(screen.getByTestId('refusal')).toHaveTextContent('hangUp:no-call');
    callScripts.connected(bus);
    await user.click(screen.getByRole('button', { name: 'Run hang up' }));
    expect(bus.sent('DIALER.HANGUP').length).toBe(1);
    expect(screen.getByTestId('refusal')).toHaveTextContent('none');
  });

  it('tells whether a key event is exactly a shortcut (for key handling of the host)', async () => {
    const { result } = await probeOnScript(useShortcuts);
    const hangUp = result.current.shortcuts.find((shortcut) => shortcut.action === 'hangUp');
    const keys = { key: 'E', code: 'KeyE', altKey: true, shiftKey: true, ctrlKey: false, metaKey: false };
    expect(hangUp?.matches(keys)).toBe(true);
    // Option+Shift+E on a Mac types a symbol: the key's place on the keyboard still matches.
    expect(hangUp?.matches({ ...keys, key: '´' })).toBe(true);
    expect(hangUp?.matches({ ...keys, ctrlKey: true })).toBe(false);
    expect(hangUp?.matches({ ...keys, code: 'KeyR', key: 'R' })).toBe(false);
  });
});
