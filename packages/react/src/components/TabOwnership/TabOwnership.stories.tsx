import type { DialerStore } from '@dialer-kit/core';
import { createMemoryTabs } from '@dialer-kit/core/testing';
import { createSimulatedBus } from '@dialer-kit/simulator';
import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { openTabStore } from '../../../test/tabStores';
import { DialerProvider } from '../../provider/DialerProvider';
import { TabOwnership } from './TabOwnership';

/** Two tabs of one origin (in memory) sharing one simulated bus: the first elected owns it. */
interface StoryTab {
  readonly name: string;
  readonly store: DialerStore;
}

async function loadTabs(): Promise<{ tabs: readonly StoryTab[] }> {
  const memory = createMemoryTabs();
  const connect = () => ({ transport: createSimulatedBus({ session: 'restored', latencyMs: 5 }).transport });
  const tabs = ['Tab 1', 'Tab 2'].map((name) => {
    return { name, store: openTabStore(memory, connect, 'storybook') };
  });
  await waitFor(() => {
    if (tabs.some(({ store }) => store.getState().connection !== 'ready')) throw new Error('not ready');
  });
  return { tabs };
}

const tabsOf = (context: Pick<StoryContext, 'loaded'>): readonly StoryTab[] =>
  (context.loaded as { tabs: readonly StoryTab[] }).tabs;

const meta = {
  title: 'Components/TabOwnership',
  component: TabOwnership,
  loaders: [loadTabs],
  beforeEach: (context) => () => {
    for (const { store } of tabsOf(context)) store.dispose();
  },
  render: (_args, context) => (
    <div style={{ display: 'flex', gap: '1rem' }}>
      {tabsOf(context).map(({ name, store }) => (
        <section key={name} aria-label={name} style={{ flex: 1, minHeight: '8rem' }}>
          <h2>{name}</h2>
          <DialerProvider store={store}>
            <TabOwnership />
          </DialerProvider>
        </section>
      ))}
    </div>
  ),
} satisfies Meta<typeof TabOwnership>;

export default meta;
type Story = StoryObj<typeof meta>;

const tab = (canvas: HTMLElement, n: number) =>
  within(within(canvas).getByRole('region', { name: `Tab ${n}` }));

/** The first tab owns the bus and shows nothing; the second says the phone is elsewhere. */
export const SecondTab: Story = {
  play: async ({ canvasElement }) => {
    await expect(tab(canvasElement, 1).queryByRole('region')).toBeNull();
    const notice = tab(canvasElement, 2).getByRole('region', { name: 'Phone is in another tab' });
    await expect(within(notice).getByRole('button', { name: 'Use this tab' })).toBeVisible();
  },
};

/** "Use this tab" moves the phone: the notice moves to the first tab. */
export const UseThisTab: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(tab(canvasElement, 2).getByRole('button', { name: 'Use this tab' }));
    await waitFor(() => expect(tab(canvasElement, 2).queryByRole('region')).toBeNull());
    await expect(
      await tab(canvasElement, 1).findByRole('region', { name: 'Phone is in another tab' }),
    ).toBeVisible();
  },
};
