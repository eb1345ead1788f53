import { createScriptedBus, renderWithDialer, type ScriptedBus } from '@dialer-kit/testing';
import { act, screen } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axeViolations, describeViolations } from '../../../test/axe';
import { CallBar } from '../CallBar/CallBar';
import { LoginForm } from './LoginForm';

const EMAIL = 'jane.agent@example.com';
const PASSWORD = 'correct horse battery staple';
const form = () => screen.getByRole('form', { name: 'Sign in to the dialer' });
const email = () => screen.getByRole('textbox', { name: 'Email' });
const password = () => screen.getByLabelText('Password') as HTMLInputElement;
const signIn = () => screen.getByRole('button', { name: 'Sign in' });

const rejecting = (bus: ScriptedBus) =>
  bus.answer('AUTH.EMAIL_AND_PASSWORD', () => ({
    type: 'AUTH.EMAIL_AND_PASSWORD_REJECTED',
    payload: { error: { message: 'Invalid credentials' } },
  }));
const accepting = (bus: ScriptedBus) =>
  bus.answer('AUTH.EMAIL_AND_PASSWORD', () => ({
    type: 'AUTH.EMAIL_AND_PASSWORD_FULFILLED',
    payload: { currentUser: { id: 1, email: EMAIL } },
  }));

async function renderLoggedOut(ui = <LoginForm />) {
  const bus = createScriptedBus({ user: null });
  return renderWithDialer(ui, { bus });
}

async function fillIn(user: UserEvent, secret = PASSWORD) {
  await user.type(email(), EMAIL);
  await user.type(password(), secret);
}

/** The form once the bus refused a sign-in with `secret` (its answer settled), with the user who tried. */
async function refusedLogin(secret = PASSWORD) {
  const user = userEvent.setup();
  const rendered = await renderLoggedOut();
  rejecting(rendered.bus);
  await fillIn(user, secret);
  await user.click(signIn());
  await rendered.bus.settle();
  return { ...rendered, user };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('LoginForm', () => {
  it('renders nothing while the bus has a session', async () => {
    const { container } = await renderWithDialer(<LoginForm />, { bus: createScriptedBus() });
    expect(container).toBeEmptyDOMElement();
  });

  it('is a form named by its title, with Email, Password and Sign in', async () => {
    const { container } = await renderLoggedOut();
    expect(form()).toHaveAttribute('data-state', 'idle');
    expect(screen.getByRole('heading', { name: 'Sign in to the dialer' })).toBeInTheDocument();
    expect(email()).toHaveAttribute('autocomplete', 'username');
    expect(password()).toHaveAttribute('type', 'password');
    expect(password()).toHaveAttribute('autocomplete', 'current-password');
    expect(signIn()).not.toHaveAttribute('aria-disabled');
    expect(describeViolations(await axeViolations(container))).toEqual([]);
  });

  it('signs in with what was typed, busy and announced while on its way, then goes', async () => {
    const user = userEvent.setup();
    const { bus } = await renderLoggedOut();
    await fillIn(user);
    bus.answer('AUTH.EMAIL_AND_PASSWORD', () => undefined);
    await user.click(signIn());
    expect(bus.sent('AUTH.EMAIL_AND_PASSWORD')).toMatchObject([
      { payload: { email: EMAIL, password: PASSWORD } },
    ]);
    expect(signIn()).toHaveAttribute('aria-busy', 'true');
    expect(signIn()).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Signing in');
    expect(form()).toHaveAttribute('data-state', 'pending');
    // A second press while it is on its way sends nothing more.
    await user.click(signIn());
    expect(bus.sent('AUTH.EMAIL_AND_PASSWORD').length).toBe(1);
    bus.push({ type: 'AUTH.EMAIL_AND_PASSWORD_FULFILLED', payload: { currentUser: { id: 1 } } });
    await bus.settle();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
  });

  describe('when the bus refuses the login', () => {
    it("keeps what was typed and says the bus's reason in an alert tied to both fields", async () => {
      await refusedLogin('wrong password');
      const alert = screen.getByRole('alert');
      expect(alert.textContent).toBe('Sign-in failed. The dialer refused it. Invalid credentials');
      expect(email()).toHaveValue(EMAIL);
      expect(password()).toHaveValue('wrong password');
      expect(email()).toHaveAccessibleDescription(alert.textContent ?? '');
      expect(password()).toHaveAccessibleDescription(alert.textContent ?? '');
      expect(form()).toHaveAttribute('data-state', 'failed');
    });

    it('puts focus on the password, selected, so it can be typed again', async () => {
      const { bus, user } = await refusedLogin('wrong password');
      expect(password()).toHaveFocus();
      expect([password().selectionStart, password().selectionEnd]).toEqual([0, 'wrong password'.length]);
      accepting(bus);
      await user.keyboard('right password{Enter}');
      expect(bus.sent('AUTH.EMAIL_AND_PASSWORD')[1]).toMatchObject({
        payload: { email: EMAIL, password: 'right password' },
      });
    });

    it('does not take focus from where the agent went meanwhile', async () => {
      const bus = createScriptedBus({ user: null });
      const user = userEvent.setup();
      await renderWithDialer(
        <>
          <LoginForm />
          <button type="button">Elsewhere</button>
        </>,
        { bus },
      );
      bus.answer('AUTH.EMAIL_AND_PASSWORD', () => undefined);
      await fillIn(user);
      await user.click(signIn());
      await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
      bus.push({
        type: 'AUTH.EMAIL_AND_PASSWORD_REJECTED',
        payload: { error: { message: 'Invalid credentials' } },
      });
      await bus.settle();
      expect(screen.getByRole('alert')).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Elsewhere' })).toHaveFocus();
    });

    it('hides the reason while the next attempt is on its way', async () => {
      const { bus, user } = await refusedLogin();
      bus.answer('AUTH.EMAIL_AND_PASSWORD', () => undefined);
      await user.click(signIn());
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    });

    it('has no axe violations', async () => {
      const { container } = await refusedLogin();
      expect(describeViolations(await axeViolations(container))).toEqual([]);
    });
  });

  it('never keeps, logs or shows the password anywhere but its field', async () => {
    const logs = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation(() => undefined),
    );
    const onTraffic = vi.fn();
    const bus = createScriptedBus({ user: null });
    rejecting(bus);
    const user = userEvent.setup();
    const { store, container } = await renderWithDialer(<LoginForm />, {
      bus,
      provider: { onTraffic },
    });
    await fillIn(user);
    await user.click(signIn());
    await bus.settle();
    // React keeps no copy: the field is uncontrolled (no value attribute), the text lives in the DOM only.
    expect(password()).not.toHaveAttribute('value');
    expect(container.innerHTML).not.toContain(PASSWORD);
    expect(JSON.stringify(store.getState())).not.toContain(PASSWORD);
    expect(JSON.stringify(onTraffic.mock.calls)).not.toContain(PASSWORD);
    for (const log of logs) expect(JSON.stringify(log.mock.calls)).not.toContain(PASSWORD);
  });

  it('once signed in, moves focus to the call bar rather than the page', async () => {
    const bus = createScriptedBus({ user: null });
    accepting(bus);
    const user = userEvent.setup();
    await renderWithDialer(
      <>
        <LoginForm />
        <CallBar />
      </>,
      { bus },
    );
    await fillIn(user);
    await user.keyboard('{Enter}');
    await act(async () => bus.settle());
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Call' })).toHaveFocus();
  });

  it('forwards its ref and class to the form', async () => {
    const ref = createRef<HTMLFormElement>();
    await renderLoggedOut(<LoginForm ref={ref} className="crm" />);
    expect(ref.current).toBe(form());
    expect(ref.current).toHaveClass('dk-login', 'crm');
  });
});
