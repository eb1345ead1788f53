import {
  type ComponentPropsWithoutRef,
  type FormEvent,
  forwardRef,
  type ReactNode,
  type Ref,
  useId,
  useRef,
  useState,
} from 'react';
import { useLogin } from '../../hooks/useLogin';
import { useMessages } from '../../messages';
import { BusText } from '../shared/BusText';
import { cx, flag } from '../shared/domProps';
import { LiveAnnouncer } from '../shared/LiveAnnouncer';
import { findCallBar, useFocusRescue } from '../shared/useFocusRescue';

/** Props of {@link LoginForm}: any `<form>` prop but `onSubmit`; `className` is added to the kit's. */
export type LoginFormProps = Omit<ComponentPropsWithoutRef<'form'>, 'children' | 'onSubmit'>;

/** A labelled, required box of the form; `inputRef` reaches the `<input>`. */
function Field({
  label,
  inputRef,
  ...input
}: ComponentPropsWithoutRef<'input'> & {
  readonly label: string;
  readonly inputRef?: Ref<HTMLInputElement>;
}): ReactNode {
  return (
    <div className="dk-field">
      <label htmlFor={input.id}>{label}</label>
      <input ref={inputRef} className="dk-input" required {...input} />
    </div>
  );
}

/**
 * The sign-in form while the bus has no session (`needs-login`); nothing otherwise. Email and password
 * fields and "Sign in", busy (still focusable) while the login is on its way, "Signing in" announced. A
 * refused login keeps what was typed, shows and announces the bus's reason (tied to both fields) and, if
 * the agent was in the form, puts focus on the password with its text selected. Once signed in the form
 * goes and focus moves to the call bar rather than the page. The password is read from its field when the
 * form is sent and handed to the store: never kept in React state, logged or stored.
 * `data-state` is `idle`, `pending` or `failed`.
 * @example <LoginForm className="crm-login" />
 */
export const LoginForm = /*#__PURE__*/ forwardRef<HTMLFormElement, LoginFormProps>(function LoginForm(
  { className, onFocus, onBlur, ...rest },
  ref,
) {
  const messages = useMessages();
  const { needed, pending, failure, login } = useLogin();
  const [email, setEmail] = useState('');
  // Refused by the kit before reaching the bus (no failure is recorded then): said all the same.
  const [refused, setRefused] = useState(false);
  const id = useId();
  const passwordRef = useRef<HTMLInputElement>(null);
  const rescue = useFocusRescue(ref, { fallback: findCallBar, onFocus, onBlur });
  if (!needed) return null;

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (pending) return;
    const form = event.currentTarget;
    setRefused(false);
    const result = await login(email, passwordRef.current?.value ?? '');
    if (result.ok) return;
    setRefused(true);
    const field = passwordRef.current;
    // Back to the password (kept, selected so typing replaces it), unless the agent has moved elsewhere.
    if (field === null || !form.contains(form.ownerDocument.activeElement)) return;
    field.focus();
    field.select();
  };

  const reason =
    failure !== undefined
      ? messages.failureReasons[failure.reason]
      : refused && !pending
        ? messages.reasons['not-allowed']
        : undefined;
  const errorId = reason === undefined ? undefined : `${id}-error`;

  return (
    <form
      aria-labelledby={`${id}-title`}
      {...rest}
      {...rescue}
      className={cx('dk-login', className)}
      data-state={pending ? 'pending' : reason === undefined ? 'idle' : 'failed'}
      data-failed={flag(reason !== undefined)}
      onSubmit={submit}
    >
      <h2 id={`${id}-title`} className="dk-login__title">
        {messages.regions.signIn}
      </h2>
      <Field
        id={`${id}-email`}
        label={messages.labels.email}
        name="email"
        type="email"
        autoComplete="username"
        value={email}
        aria-describedby={errorId}
        onChange={(event) => setEmail(event.target.value)}
      />
      {/* Uncontrolled: the password lives in the field only, never in React state. */}
      <Field
        inputRef={passwordRef}
        id={`${id}-password`}
        label={messages.labels.password}
        name="password"
        type="password"
        autoComplete="current-password"
        aria-describedby={errorId}
      />
      <div className="dk-actions">
        <button
          type="submit"
          className="dk-button"
          data-variant="primary"
          aria-disabled={pending || undefined}
          aria-busy={pending || undefined}
        >
          {messages.controls.signIn}
        </button>
        <LiveAnnouncer visible message={pending ? messages.labels.signingIn : ''} className="dk-hint" />
      </div>
      {reason !== undefined && (
        <p id={errorId} role="alert" className="dk-notice" data-tone="error">
          {messages.format.failureNotice(messages.failures.login, reason)}
          {failure?.message !== undefined && (
            <>
              {' '}
              <BusText>{failure.message}</BusText>
            </>
          )}
        </p>
      )}
    </form>
  );
});
