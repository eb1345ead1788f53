import { useBusConnection, useMessages } from '@dialer-kit/react';
import { type FormEvent, useId, useState } from 'react';

/** Shown while the bus has no session. The password goes to the bus once and is not kept. */
export function LoginForm() {
  const messages = useMessages();
  const { state, login, error } = useBusConnection();
  const [email, setEmail] = useState('');
  const [pending, setPending] = useState(false);
  const id = useId();
  if (state !== 'needs-login') return null;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const field = event.currentTarget.elements.namedItem('password') as HTMLInputElement;
    const password = field.value;
    field.value = '';
    setPending(true);
    await login(email, password);
    setPending(false);
  };

  return (
    <form aria-labelledby={`${id}-title`} className="desk-card desk-login" onSubmit={submit}>
      <h2 id={`${id}-title`} className="desk-card__title">
        {messages.regions.signIn}
      </h2>
      <div className="dk-field">
        <label htmlFor={`${id}-email`}>Email</label>
        <input
          id={`${id}-email`}
          className="dk-input"
          name="email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
      </div>
      <div className="dk-field">
        <label htmlFor={`${id}-password`}>Password</label>
        <input
          id={`${id}-password`}
          className="dk-input"
          name="password"
          type="password"
          autoComplete="current-password"
          required
        />
      </div>
      <button type="submit" className="dk-button" data-variant="primary" aria-disabled={pending}>
        Log in
      </button>
      {error !== undefined && (
        <p role="alert" className="dk-notice" data-tone="error">
          {error}
        </p>
      )}
    </form>
  );
}
