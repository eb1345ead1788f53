import type { BusCommandOf } from '@dialer-kit/core';
import type { BusContext, Refusal } from './busContext';
import { isUnderWay } from './busState';
import { setStatus, sync } from './callOps';
import { toBusLine } from './metadata';

const sessionUser = (ctx: BusContext) => ({ id: ctx.settings.agent.id, email: ctx.settings.agent.email });

/** `BUS.REGISTER`: answered with `{user}` when a session exists, else without payload. */
export function register(ctx: BusContext, command: BusCommandOf<'BUS.REGISTER'>): Refusal {
  ctx.state.registered = true;
  ctx.state.origin = command.payload.origin;
  ctx.emit(
    ctx.state.authenticated
      ? { type: 'BUS.REGISTER_FULFILLED', payload: { user: sessionUser(ctx) } }
      : { type: 'BUS.REGISTER_FULFILLED' },
  );
  return undefined;
}

/** `AUTH.EMAIL_AND_PASSWORD`: checks the configured credentials (default: any non-empty password). */
export function logIn(ctx: BusContext, command: BusCommandOf<'AUTH.EMAIL_AND_PASSWORD'>): Refusal {
  const { email, password } = command.payload;
  const expected = ctx.settings.credentials;
  const valid =
    (expected.email === undefined || expected.email === email) &&
    (expected.password === undefined ? password.length > 0 : expected.password === password);
  if (ctx.faults.consume('login') || !valid) {
    ctx.emit({
      type: 'AUTH.EMAIL_AND_PASSWORD_REJECTED',
      payload: { error: { message: 'Invalid credentials' } },
    });
    return undefined;
  }
  ctx.state.authenticated = true;
  ctx.emit({
    type: 'AUTH.EMAIL_AND_PASSWORD_FULFILLED',
    payload: {
      credentials: { idToken: ctx.ids.nextToken('id.'), refreshToken: ctx.ids.nextToken('rt_') },
      currentUser: sessionUser(ctx),
      company: { ...ctx.settings.company },
    },
  });
  return undefined;
}

/**
 * `BUS.INIT`: starts the services; then the lines, the agent's availability, any call in progress and any
 * call offered. A kit resyncs with DESTROY and INIT (DECISIONS.md): this is all the state it gets back.
 */
export function init(ctx: BusContext): Refusal {
  if (!ctx.state.authenticated) return 'BUS.INIT before login';
  ctx.state.inits += 1;
  if (ctx.state.inits > 1) ctx.log.add('warning', 'BUS.INIT without BUS.DESTROY: events are now duplicated');
  ctx.emit({ type: 'BUS.INIT_FULFILLED' });
  ctx.emit({ type: 'USER.LINES_CHANGED', payload: { lines: ctx.state.lines.map(toBusLine) } });
  ctx.availability.announce();
  const call = ctx.state.call;
  const offer = ctx.state.incoming;
  // A kit that reconnects during a call learns where it stands. The status of a call that is over is not
  // repeated while another is offered: a second `ended` is how a caller's giving up reads (DECISIONS:
  // `ended` repeating the status ends a held offer), so it would withdraw the offer that still rings.
  if (call && (offer === undefined || isUnderWay(call) || call.status === 'mandatoryTagging')) {
    setStatus(ctx, call, call.status, call.flow);
    if (isUnderWay(call) && call.wasConnected) sync(ctx, call);
  }
  // And of a call still offered: a kit that re-initialises while it rings must still be able to answer it.
  if (offer) ctx.emit({ type: 'DIALER.INCOMING', payload: offer.payload });
  return undefined;
}

/** `BUS.DESTROY`: answered, then DIALER/USER/API events stop until the next INIT. */
export function destroy(ctx: BusContext): Refusal {
  ctx.state.inits = 0;
  ctx.emit({ type: 'BUS.DESTROY_FULFILLED' });
  return undefined;
}

/** Far side: the bus refreshed the session tokens (`AUTH.TOKEN_REFRESHED`). */
export function refreshToken(ctx: BusContext): Refusal {
  if (!ctx.state.authenticated) return 'no session to refresh';
  ctx.emit({
    type: 'AUTH.TOKEN_REFRESHED',
    payload: { idToken: ctx.ids.nextToken('id.'), refreshToken: ctx.ids.nextToken('rt_') },
  });
  return undefined;
}

/** Far side: the session is over (`AUTH.REFRESH_TOKEN_EXPIRED`); DIALER and API commands are refused. */
export function expireSession(ctx: BusContext): Refusal {
  if (!ctx.state.authenticated) return 'no session to expire';
  ctx.state.authenticated = false;
  ctx.emit({ type: 'AUTH.REFRESH_TOKEN_EXPIRED' });
  return undefined;
}
