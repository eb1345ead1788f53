import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { StoryKit } from '../../../stories/support/createStoryKit';
import { holdBus } from '../../../stories/support/seeds';
import { LOGGED_OUT } from '../../../stories/support/statusSeeds';
import { dialerStory, kitOf } from '../../../stories/support/withDialer';
import { LoginForm } from './LoginForm';

const meta = {
  title: 'Components/LoginForm',
  component: LoginForm,
  ...dialerStory,
  parameters: { dialer: { settings: LOGGED_OUT } },
} satisfies Meta<typeof LoginForm>;

export default meta;
type Story = StoryObj<typeof meta>;

const EMAIL = 'jane.agent@example.com';
const form = (canvas: HTMLElement) => within(canvas).getByRole('form', { name: 'Sign in to the dialer' });
const email = (canvas: HTMLElement) => within(canvas).getByRole('textbox', { name: 'Email' });
const password = (canvas: HTMLElement) => within(canvas).getByLabelText('Password') as HTMLInputElement;
const signIn = (canvas: HTMLElement) => within(canvas).getByRole('button', { name: 'Sign in' });

/** Types the agent's email and `secret`, then presses Sign in. */
async function submit(canvas: HTMLElement, secret: string) {
  await userEvent.type(email(canvas), EMAIL);
  await userEvent.type(password(canvas), secret);
  await userEvent.click(signIn(canvas));
}

/** The bus holds its answer to a login, so the login stays on its way. */
async function slowLogin(kit: StoryKit): Promise<void> {
  holdBus(kit, 'AUTH.EMAIL_AND_PASSWORD_FULFILLED');
}

/** The bus refuses the next login. */
async function refusesNextLogin(kit: StoryKit): Promise<void> {
  kit.bus.failNext('login');
}

/** No session on the dialer: the agent signs in with email and password. */
export const SignIn: Story = {
  play: async ({ canvasElement }) => {
    await expect(form(canvasElement)).toHaveAttribute('data-state', 'idle');
    await expect(within(canvasElement).getByRole('heading', { name: 'Sign in to the dialer' })).toBeVisible();
    await expect(email(canvasElement)).toHaveValue('');
    await expect(password(canvasElement)).toHaveValue('');
    await expect(signIn(canvasElement)).not.toHaveAttribute('aria-disabled');
  },
};

/** The login is on its way: Sign in is busy (still focusable), "Signing in" is announced. */
export const SigningIn: Story = {
  parameters: { dialer: { settings: LOGGED_OUT, seed: slowLogin } },
  play: async ({ canvasElement }) => {
    await submit(canvasElement, 'story-password');
    await expect(signIn(canvasElement)).toHaveAttribute('aria-busy', 'true');
    await expect(signIn(canvasElement)).toHaveFocus();
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Signing in');
    await expect(form(canvasElement)).toHaveAttribute('data-state', 'pending');
  },
};

/**
 * The bus refuses the login: what was typed stays, the reason is an alert tied to both fields, and focus
 * is on the password (selected) to type it again. Dark theme.
 */
export const Refused: Story = {
  globals: { theme: 'dark' },
  parameters: { dialer: { settings: LOGGED_OUT, seed: refusesNextLogin } },
  play: async ({ canvasElement }) => {
    await submit(canvasElement, 'wrong-password');
    const alert = await within(canvasElement).findByRole('alert');
    await expect(alert.textContent).toBe('Sign-in failed. The dialer refused it. Invalid credentials');
    await expect(email(canvasElement)).toHaveValue(EMAIL);
    await expect(password(canvasElement)).toHaveValue('wrong-password');
    await expect(password(canvasElement)).toHaveAccessibleDescription(alert.textContent ?? '');
    await waitFor(() => expect(password(canvasElement)).toHaveFocus());
  },
};

/** The login is accepted: the form goes, and the dialer connects. */
export const SignedIn: Story = {
  play: async ({ canvasElement, loaded }) => {
    await submit(canvasElement, 'story-password');
    await waitFor(() => expect(within(canvasElement).queryByRole('form')).not.toBeInTheDocument());
    await waitFor(() => expect(kitOf({ loaded }).store.getState().connection).toBe('ready'));
  },
};

/** A session exists already: there is nothing to show. */
export const AlreadySignedIn: Story = {
  parameters: { dialer: { settings: { session: 'restored' } } },
  play: async ({ canvasElement, loaded }) => {
    await expect(kitOf({ loaded }).store.getState().connection).toBe('ready');
    await expect(within(canvasElement).queryByRole('form')).not.toBeInTheDocument();
  },
};
