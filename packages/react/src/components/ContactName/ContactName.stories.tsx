import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { dialerStory } from '../../../stories/support/withDialer';
import type { Contact, ContactResolver } from '../../contacts/contactDirectory';
import { ContactName } from './ContactName';

const meta = {
  title: 'Components/ContactName',
  component: ContactName,
  ...dialerStory,
  args: { party: { source: 'sync', phoneNumber: '+14155550199', isHeld: false } },
  // The name on a party's line, as the call bar shows it; inside the dialer's context.
  decorators: [(Story) => <p className="dk-call-bar__party">{Story()}</p>, ...dialerStory.decorators],
} satisfies Meta<typeof ContactName>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A small round picture, inline (an avatar's URL may be any image URL). */
const AVATAR = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 20"><circle cx="10" cy="10" r="10" fill="#0b63ce"/></svg>',
)}`;
const answering =
  (contact: Contact | undefined): ContactResolver =>
  async () =>
    contact;

/** No contact (the host has none, or passes no `resolveContact`): the number, as the bus sent it. */
export const PhoneNumber: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('+14155550199')).toBeVisible();
  },
};

/** No contact, but the bus named the party: its name. */
export const BusName: Story = {
  args: { party: { source: 'sync', phoneNumber: '+14155550199', name: 'G. Hopper', isHeld: false } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('G. Hopper')).toBeVisible();
  },
};

/** The host's lookup is under way: the bus's words, on the line the contact will take. */
export const Resolving: Story = {
  parameters: { dialer: { resolveContact: () => new Promise<undefined>(() => {}) } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('+14155550199')).toBeVisible();
  },
};

/** The host's contact: name (a link to the record) and company. */
export const WithContact: Story = {
  parameters: {
    dialer: {
      resolveContact: answering({ name: 'Grace Hopper', company: 'Cobol Compilers Inc.', href: '#crm/1001' }),
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByRole('link', { name: 'Grace Hopper' })).toBeVisible());
    await expect(canvas.getByText('Cobol Compilers Inc.')).toBeVisible();
  },
};

/** A contact with an avatar and no link: the picture beside the name. Dark theme. */
export const WithAvatar: Story = {
  globals: { theme: 'dark' },
  parameters: { dialer: { resolveContact: answering({ name: 'Sam Teammate', avatarUrl: AVATAR }) } },
  args: { party: 'client:654321' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(within(canvasElement).getByText('Sam Teammate')).toBeVisible());
    await expect(canvasElement.querySelector('img')).toHaveAttribute('alt', '');
  },
};

/** The lookup failed: the bus's words stay (the failure goes to `onDiagnostic`). */
export const LookupFailed: Story = {
  parameters: { dialer: { resolveContact: () => Promise.reject(new Error('CRM down')) } },
  args: { party: 'client:654321' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Teammate 654321')).toBeVisible();
  },
};
