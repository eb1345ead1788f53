import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useRef, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { offered } from '../../../stories/support/transferSeeds';
import { dialerStory } from '../../../stories/support/withDialer';
import type { OfferAlertsEnvironment } from '../../alerts/alertsEnvironment';
import { IncomingCallBanner } from '../IncomingCallBanner/IncomingCallBanner';
import { OfferAlerts, type OfferAlertsProps } from './OfferAlerts';

/**
 * A visible page whose browser refuses autoplay until the agent clicks in it (`activate`), and has not been
 * asked about notifications yet: silent players, so the story makes no sound and leaves the real title alone.
 */
function blockedPage(): { environment: Partial<OfferAlertsEnvironment>; activate: () => void } {
  let activated = false;
  const doc = Object.assign(new EventTarget(), { title: 'Agent desk', visibilityState: 'visible' as const });
  const environment: Partial<OfferAlertsEnvironment> = {
    document: doc,
    createAudio: () => ({
      loop: false,
      volume: 1,
      play: () =>
        activated
          ? Promise.resolve()
          : Promise.reject(new DOMException('play() needs a user gesture', 'NotAllowedError')),
      pause: () => undefined,
    }),
    Notification: Object.assign(
      class {
        close() {}
        onclick = null;
      },
      { permission: 'default' as const, requestPermission: async () => 'denied' as const },
    ),
    focus: () => undefined,
    serviceWorker: undefined,
  };
  return {
    environment,
    activate: () => {
      activated = true;
    },
  };
}

/** The offer and its alerts on a {@link blockedPage}; a click in the alerts is the user activation. */
function AlertsOnBlockedPage(props: OfferAlertsProps) {
  const [page] = useState(blockedPage);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = ref.current;
    root?.addEventListener('click', page.activate, true);
    return () => root?.removeEventListener('click', page.activate, true);
  }, [page]);
  return (
    <>
      <IncomingCallBanner />
      <OfferAlerts {...props} ref={ref} environment={page.environment} />
    </>
  );
}

const meta = {
  title: 'Components/OfferAlerts',
  component: OfferAlerts,
  ...dialerStory,
  render: (args) => <AlertsOnBlockedPage {...args} />,
} satisfies Meta<typeof OfferAlerts>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Nothing is offered: the one control is the request for notifications, which is asked only on a click. */
export const NothingOffered: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Enable notifications' })).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Enable sound' })).toBeNull();
  },
};

/** A call is offered and the browser blocks the ringtone: the agent is told, and one click enables sound. */
export const SoundBlocked: Story = {
  args: { notifications: false },
  parameters: { dialer: { seed: offered('external') } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const enable = await canvas.findByRole('button', { name: 'Enable sound' });
    await expect(canvas.getByText('The browser blocked the ringtone.')).toBeVisible();
    await userEvent.click(enable);
    await waitFor(() => expect(canvas.queryByRole('button', { name: 'Enable sound' })).toBeNull());
  },
};
