import { useBusConnection } from '@dialer-kit/react';
import { type FormEvent, useState } from 'react';

/** Shown while the bus has no session. The password goes to the bus once and is not kept. */
export function LoginForm() {
  const { state, login, failure } = useBusConnection();
  const [email, setEmail] = useState('');
  if (state !== 'needs-login') return null;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const field = event.currentTarget.elements.namedItem('password') as HTMLInputElement;
    void login(email, field.value);
    field.value = '';
  };
  return (
    <form aria-label="Log in" onSubmit={submit}>
      <label>
        Email <input name="email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      </label>
      <label>
        Password <input name="password" type="password" autoComplete="current-password" />
      </label>
      <button type="submit">Log in</button>
      {failure === undefined ? null : <p role="alert">{failure.message ?? failure.reason}</p>}
    </form>
  );
}
