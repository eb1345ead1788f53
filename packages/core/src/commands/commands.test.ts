import { describe, expect, it } from 'vitest';
import { BUS_COMMAND_TYPES, parseBusCommand } from '../parseBusCommand';
import type { BusCommand } from '../protocol/commands';
import { commands } from './commands';
import { controlFor } from './controlFor';

const CALL = 'CA0123456789abcdef0123456789abcdef';

/** Each builder call and the exact message it must produce. */
const TABLE: readonly [string, BusCommand, object][] = [
  [
    'register',
    commands.register({ origin: 'https://app.example', appName: 'desk', release: '1.0.0' }),
    { type: 'BUS.REGISTER', payload: { origin: 'https://app.example', appName: 'desk', release: '1.0.0' } },
  ],
  ['init', commands.init(), { type: 'BUS.INIT', payload: { services: ['AUTH', 'USER', 'DIALER'] } }],
  ['destroy', commands.destroy(['DIALER']), { type: 'BUS.DESTROY', payload: { services: ['DIALER'] } }],
  [
    'login',
    commands.login({ email: 'a@example.com', password: 'secret' }),
    { type: 'AUTH.EMAIL_AND_PASSWORD', payload: { email: 'a@example.com', password: 'secret' } },
  ],
  [
    'dial',
    commands.dial({ from: '+33100000000', to: '+14155550199' }, { mode: 'manual' }),
    {
      type: 'DIALER.DIAL',
      payload: { from: '+33100000000', to: '+14155550199' },
      meta: { tracking: { dialing_mode: 'manual' } },
    },
  ],
  [
    'accept',
    commands.accept({ mode: 'pickup_button' }),
    { type: 'DIALER.ACCEPT', meta: { tracking: { call_mode: 'pickup_button' } } },
  ],
  ['reject', commands.reject(), { type: 'DIALER.REJECT' }],
  ['hangUp', commands.hangUp(), { type: 'DIALER.HANGUP' }],
  [
    'hold',
    commands.hold({ shouldHold: true, legId: 'leg-1' }),
    { type: 'DIALER.HOLD', payload: { shouldHold: true, legId: 'leg-1' } },
  ],
  ['mute', commands.mute({ shouldMute: true }), { type: 'DIALER.MUTE', payload: { shouldMute: true } }],
  [
    'record',
    commands.record({ shouldRecord: false }),
    { type: 'DIALER.SET_RECORDING', payload: { shouldRecord: false } },
  ],
  ['setTags', commands.setTags({ tagIds: [1, 2] }), { type: 'DIALER.SET_TAGS', payload: { tagIds: [1, 2] } }],
  ['reset', commands.reset(), { type: 'DIALER.RESET' }],
  [
    'startWarmTransfer',
    commands.startWarmTransfer({ to: 'client:7' }),
    { type: 'DIALER.START_WARM_TRANSFER', payload: { to: 'client:7' } },
  ],
  ['swap', commands.swap(), { type: 'DIALER.SWAP_PARTICIPANT' }],
  ['merge', commands.merge(), { type: 'DIALER.MERGE_WARM_TRANSFER' }],
  [
    'startConcurrent',
    commands.startConcurrent({ to: '+14155550100' }),
    { type: 'DIALER.START_CONCURRENT_CALL', payload: { to: '+14155550100' } },
  ],
  [
    'invite',
    commands.invite({ to: 'client:9' }),
    { type: 'DIALER.INVITE_PARTICIPANT', payload: { to: 'client:9' } },
  ],
  [
    'kick',
    commands.kick({ legId: 'leg-2' }),
    { type: 'DIALER.KICK_PARTICIPANT', payload: { legId: 'leg-2' } },
  ],
  [
    'joinCoaching',
    commands.joinCoaching({ callUuid: CALL, incognito: true }),
    { type: 'DIALER.JOIN_COACHING', payload: { callUuid: CALL, incognito: true } },
  ],
  [
    'updateAvailability',
    commands.updateAvailability({ status: 'on_a_break' }),
    { type: 'API.UPDATE_AVAILABILITY', payload: { status: 'on_a_break' } },
  ],
  ['fetchAvailabilities', commands.fetchAvailabilities(), { type: 'API.FETCH_AVAILABILITIES' }],
  [
    'fetchUserAvailability',
    commands.fetchUserAvailability({ userId: 12 }),
    { type: 'API.FETCH_USER_AVAILABILITY', payload: { variables: { userId: 12 } } },
  ],
  [
    'updateCallTags',
    commands.updateCallTags({ tagIds: [3], callUuid: CALL }),
    { type: 'API.UPDATE_CALL_TAGS', payload: { tagIds: [3], callUuid: CALL } },
  ],
];

describe('commands', () => {
  it.each(TABLE)('%s builds the documented message', (_name, command, message) => {
    expect(command).toStrictEqual(message);
  });

  it.each(TABLE)('%s passes the command validator', (_name, command) => {
    expect(parseBusCommand(command)).toEqual({ ok: true, command });
  });

  it('covers every command type with a builder', () => {
    expect(new Set(TABLE.map(([, command]) => command.type))).toEqual(new Set(BUS_COMMAND_TYPES));
    expect(Object.keys(commands).sort()).toEqual(TABLE.map(([name]) => name).sort());
  });

  it('names each builder a control guards after that control, the verb of the store action too', () => {
    for (const [name, command] of TABLE) {
      const control = controlFor(command.type);
      if (control !== undefined) expect(name).toBe(control);
    }
  });

  it('tracks a dial to a teammate as a teammate dial by default', () => {
    const command = commands.dial({ from: '+33100000000', to: 'client:42' });
    expect(command.meta).toEqual({ tracking: { dialing_mode: 'teammate' } });
  });

  it('tracks a dial to a number as manual by default', () => {
    const command = commands.dial({ from: '+33100000000', to: '+14155550199' });
    expect(command.meta).toEqual({ tracking: { dialing_mode: 'manual' } });
  });

  it('sends ACCEPT without meta when no call mode is given', () => {
    expect(commands.accept()).toStrictEqual({ type: 'DIALER.ACCEPT' });
  });

  it('copies the tag list so later changes of the caller array do not leak into the message', () => {
    const tagIds = [1];
    const command = commands.setTags({ tagIds });
    tagIds.push(2);
    expect(command.payload.tagIds).toEqual([1]);
  });
});
