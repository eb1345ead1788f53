import { addDiagnostic } from './diagnostics';
import { expireSwapCheck } from './operationOutcome';
import type { Handler } from './types';

/** `kit/commandRefused`: a command the controls did not let through. */
export const handleCommandRefused: Handler<'kit/commandRefused'> = (draft, event, at) => {
  const { commandType, reason } = event.payload;
  addDiagnostic(draft, at, 'command-refused', `${commandType} refused: ${reason}`, {
    messageType: commandType,
  });
};

/**
 * `kit/commandInvalid`: a command failed the kit's own validation and was not sent. For a login only the
 * field is named: validation messages quote the value received, which may be the password.
 */
export const handleCommandInvalid: Handler<'kit/commandInvalid'> = (draft, event, at) => {
  const { path, message: full, messageType } = event.payload.error;
  const message = messageType === 'AUTH.EMAIL_AND_PASSWORD' ? `${path}: invalid (value not shown)` : full;
  addDiagnostic(draft, at, 'command-refused', `${messageType ?? 'a command'} refused: invalid: ${message}`, {
    ...(path !== '' ? { path } : {}),
    ...(messageType !== undefined ? { messageType } : {}),
  });
};

/** `kit/messageRejected`: an inbound message failed validation and was not applied. */
export const handleMessageRejected: Handler<'kit/messageRejected'> = (draft, event, at) => {
  const { code, path, message, messageType } = event.payload.error;
  addDiagnostic(draft, at, code === 'unknown-type' ? 'unknown-type' : 'invalid-message', message, {
    ...(path !== '' ? { path } : {}),
    ...(messageType !== undefined ? { messageType } : {}),
  });
};

/** `kit/messageDropped`: the transport dropped a message from a foreign origin or frame. */
export const handleMessageDropped: Handler<'kit/messageDropped'> = (draft, event, at) => {
  const { reason, origin } = event.payload;
  addDiagnostic(draft, at, 'message-dropped', `dropped a message from ${origin} (${reason})`);
};

/** `kit/swapUnconfirmed`: no SYNC told the result of the swap in time. */
export const handleSwapUnconfirmed: Handler<'kit/swapUnconfirmed'> = (draft, event, at, fx) =>
  expireSwapCheck(draft, fx, event.payload.since, at);
