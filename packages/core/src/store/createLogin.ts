import { commands } from '../commands/commands';
import type { RequestResult } from '../result';
import type { StoreRuntime } from './storeRuntime';

/**
 * The login verb (`AUTH.EMAIL_AND_PASSWORD`), sent outside the controls: accepted exactly while the login
 * form is due (`awaiting-login`) and no login awaits its answer. The password goes to the transport once and
 * is never kept.
 */
export function createLogin(
  runtime: StoreRuntime,
): (email: string, password: string) => Promise<RequestResult> {
  const { refuse, transmit } = runtime;
  return (email, password) => {
    const type = 'AUTH.EMAIL_AND_PASSWORD';
    const { session, requests } = runtime.getState();
    if (session.phase !== 'awaiting-login') {
      const opened = session.phase === 'ready' || session.phase === 'initializing';
      return Promise.resolve(refuse(type, opened ? 'not-allowed' : 'not-ready', 'no login is expected now'));
    }
    if (requests[type] !== undefined) return Promise.resolve(refuse(type, 'request-pending'));
    // Checked here, not by the command validation, whose message would quote the value received.
    if (typeof email !== 'string' || typeof password !== 'string') {
      return Promise.resolve(refuse(type, 'not-allowed', 'the email and the password must be strings'));
    }
    // The password goes to the transport only: commandSent carries no detail of it, traffic shows '***'.
    const { posted, settled } = transmit(commands.login({ email, password }), { answer: true });
    return settled ?? Promise.resolve({ ok: false, reason: posted ? 'not-allowed' : 'not-sent' });
  };
}
