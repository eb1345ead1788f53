import { createScriptedBus, renderWithDialer, TEST_AGENT } from '@dialer-kit/testing';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useBusConnection } from './useBusConnection';

function Login() {
  const { state, failure, user, login } = useBusConnection();
  return (
    <div>
      <output>{state}</output>
      {failure === undefined ? null : (
        <p role="alert">
          {failure.reason}: {failure.message}
        </p>
      )}
      {user === undefined ? null : <p>{String(user.email)}</p>}
      <button type="button" onClick={() => void login('agent@example.com', 's3cret')}>
        Sign in
      </button>
    </div>
  );
}

/** The tab's role, as a button that takes the bus over. */
function Role() {
  const { role, takeOver } = useBusConnection();
  return (
    <button type="button" onClick={takeOver}>
      {role}
    </button>
  );
}

describe('useBusConnection', () => {
  it('says a tab with its own store is `single`, and that taking over does nothing there', async () => {
    const user = userEvent.setup();
    const { bus } = await renderWithDialer(<Role />, { bus: createScriptedBus() });
    const sent = bus.sent().length;
    await user.click(screen.getByRole('button', { name: 'single' }));
    expect(screen.getByRole('button', { name: 'single' })).toBeVisible();
    expect(bus.sent()).toHaveLength(sent);
  });

  it('is ready with the restored user once the bus answers the bring-up', async () => {
    await renderWithDialer(<Login />, { bus: createScriptedBus() });
    expect(screen.getByRole('status')).toHaveTextContent('ready');
    expect(screen.getByText(String(TEST_AGENT.email))).toBeInTheDocument();
  });

  describe('without a session', () => {
    it('asks for a login, then becomes ready after a successful one', async () => {
      const bus = createScriptedBus({ user: null });
      bus.answer('AUTH.EMAIL_AND_PASSWORD', () => ({
        type: 'AUTH.EMAIL_AND_PASSWORD_FULFILLED',
        payload: { credentials: {}, currentUser: TEST_AGENT, company: {} },
      }));
      const user = userEvent.setup();
      await renderWithDialer(<Login />, { bus });
      expect(screen.getByRole('status')).toHaveTextContent('needs-login');

      await user.click(screen.getByRole('button', { name: 'Sign in' }));
      await bus.settle();

      expect(bus.sent('AUTH.EMAIL_AND_PASSWORD')).toMatchObject([
        { payload: { email: 'agent@example.com', password: 's3cret' } },
      ]);
      expect(bus.sent('BUS.INIT').length).toBe(1);
      expect(screen.getByRole('status')).toHaveTextContent('ready');
    });

    it('shows the error of a rejected login', async () => {
      const bus = createScriptedBus({ user: null });
      bus.answer('AUTH.EMAIL_AND_PASSWORD', () => ({
        type: 'AUTH.EMAIL_AND_PASSWORD_REJECTED',
        payload: { error: { message: 'Wrong password' } },
      }));
      const user = userEvent.setup();
      await renderWithDialer(<Login />, { bus });
      await user.click(screen.getByRole('button', { name: 'Sign in' }));
      await bus.settle();

      expect(screen.getByRole('alert')).toHaveTextContent('rejected: Wrong password');
      expect(screen.getByRole('status')).toHaveTextContent('needs-login');
    });
  });
});
