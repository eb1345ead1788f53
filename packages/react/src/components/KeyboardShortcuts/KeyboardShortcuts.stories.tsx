import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { expect, spyOn, userEvent, waitFor, within } from 'storybook/test';
import { connected, incomingOffered } from '../../../stories/support/seeds';
import { dialerStory, kitOf } from '../../../stories/support/withDialer';
import { DialerProvider } from '../../provider/DialerProvider';
import { DialerShortcuts } from '../../shortcuts/DialerShortcuts';
import type { ShortcutOverrides } from '../../shortcuts/shortcutKeys';
import { CallBar } from '../CallBar/CallBar';
import { DialPad } from '../DialPad/DialPad';
import { IncomingCallBanner } from '../IncomingCallBanner/IncomingCallBanner';
import { KeyboardShortcuts } from './KeyboardShortcuts';

/** Args of the desk: the provider's `shortcuts` option. */
interface DeskArgs {
  readonly shortcuts?: ShortcutOverrides | false;
}

/** The map beside the components the shortcuts drive, under a DialerProvider, DialerShortcuts listening. */
function Desk({ shortcuts, kit }: DeskArgs & { readonly kit: ReturnType<typeof kitOf> }) {
  return (
    <DialerProvider store={kit.store} {...(shortcuts === undefined ? {} : { shortcuts })}>
      <div style={{ display: 'grid', gap: '1rem', maxWidth: '32rem' }}>
        <DialerShortcuts />
        <KeyboardShortcuts />
        <IncomingCallBanner />
        <CallBar />
        <DialPad />
      </div>
    </DialerProvider>
  );
}

const meta = {
  title: 'Components/KeyboardShortcuts',
  ...dialerStory,
  render: (args: DeskArgs, context: Pick<StoryContext, 'loaded'>) => <Desk {...args} kit={kitOf(context)} />,
} satisfies Meta<DeskArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

const region = (canvas: HTMLElement) => within(canvas).getByRole('region', { name: 'Keyboard shortcuts' });
const press = (letter: string) => userEvent.keyboard(`{Alt>}{Shift>}${letter}{/Shift}{/Alt}`);

/** The default map. Pressing Alt+Shift+N goes to the dial pad; Alt+Shift+E without a call says why not. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const table = within(region(canvasElement)).getByRole('table');
    await expect(within(table).getByRole('rowheader', { name: 'Hang up' })).toBeVisible();
    await expect(within(table).getAllByRole('row')).toHaveLength(8);
    await press('n');
    await expect(within(canvasElement).getByRole('textbox', { name: 'Phone number' })).toHaveFocus();
    (document.activeElement as HTMLElement).blur();
    await press('e');
    await expect(within(region(canvasElement)).getByRole('status')).toHaveTextContent(
      'Hang up: There is no call.',
    );
  },
};

/** An offered call: Alt+Shift+P accepts it, sending ACCEPT with `call_mode: 'shortcut'`. */
export const AcceptByShortcut: Story = {
  parameters: { dialer: { seed: incomingOffered } },
  play: async ({ canvasElement, loaded }) => {
    const kit = kitOf({ loaded });
    const send = spyOn(kit.bus.transport, 'send');
    await press('p');
    await expect(send).toHaveBeenCalledWith({
      type: 'DIALER.ACCEPT',
      meta: { tracking: { call_mode: 'shortcut' } },
    });
    await waitFor(() => expect(kit.store.getState().call.status).toBe('connected'));
    await expect(
      within(canvasElement).queryByRole('region', { name: 'Incoming call' }),
    ).not.toBeInTheDocument();
    send.mockRestore();
  },
};

/** A connected call: mute and hold toggle from the keyboard, the call bar's toggles follow; typing in the dial pad does nothing. */
export const InCall: Story = {
  parameters: { dialer: { seed: connected } },
  play: async ({ canvasElement, loaded }) => {
    const kit = kitOf({ loaded });
    const bar = within(within(canvasElement).getByRole('region', { name: 'Call' }));
    await press('m');
    await expect(bar.getByRole('button', { name: 'Mute' })).toHaveAttribute('aria-pressed', 'true');
    await press('h');
    await waitFor(() =>
      expect(bar.getByRole('button', { name: 'Hold' })).toHaveAttribute('aria-pressed', 'true'),
    );
    await userEvent.click(within(canvasElement).getByRole('textbox', { name: 'Phone number' }));
    await press('e');
    await expect(kit.store.getState().call.status).toBe('connected');
  },
};

/** Remapped by the provider: hang up is Ctrl+Alt+End, mute is off. */
export const Remapped: Story = {
  args: { shortcuts: { hangUp: 'Ctrl+Alt+End', mute: false } },
  parameters: { dialer: { seed: connected } },
  play: async ({ canvasElement, loaded }) => {
    const kit = kitOf({ loaded });
    const table = within(region(canvasElement)).getByRole('table');
    await expect(within(table).queryByRole('rowheader', { name: 'Mute or unmute' })).not.toBeInTheDocument();
    await press('m');
    await expect(kit.store.getState().call.muted).toBe(false);
    await userEvent.keyboard('{Control>}{Alt>}{End}{/Alt}{/Control}');
    await waitFor(() => expect(kit.store.getState().call.status).not.toBe('connected'));
  },
};

/** Turned off by the provider: the map says so and no key acts. */
export const Off: Story = {
  args: { shortcuts: false },
  parameters: { dialer: { seed: incomingOffered } },
  globals: { theme: 'dark' },
  play: async ({ canvasElement, loaded }) => {
    await expect(within(region(canvasElement)).getByText('Keyboard shortcuts are turned off.')).toBeVisible();
    await press('p');
    const state = kitOf({ loaded }).store.getState();
    await expect(state.pending).toBeUndefined();
    await expect(within(canvasElement).getByRole('region', { name: 'Incoming call' })).toBeVisible();
  },
};
