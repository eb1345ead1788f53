import * as v from 'valibot';
import type { BusCommandPayloadMap, BusCommandType, CommandMeta } from '../commands';
import { AVAILABILITY_SETTINGS, CALL_MODES, DIALING_MODES, SERVICES } from '../enums';
import { bool, listOf, nonEmptyString, noPayload, num, oneOf, open, opt, str } from './shared';

/** Command payloads are closed: the kit is their author, so an unknown key is a kit bug to report. */
/*#__NO_SIDE_EFFECTS__*/
function closed<const TEntries extends v.ObjectEntries>(entries: TEntries) {
  return v.strictObject(entries);
}
const target = closed({ to: nonEmptyString });
const services = listOf(oneOf(SERVICES, 'bus service'));
const tagIds = listOf(num);

/** One schema per command type (kit → bus, PROTOCOL.md sections 1 and 3). */
export const COMMAND_PAYLOAD_SCHEMAS = {
  'BUS.REGISTER': closed({ origin: nonEmptyString, appName: nonEmptyString, release: nonEmptyString }),
  'BUS.INIT': closed({ services }),
  'BUS.DESTROY': closed({ services }),
  'AUTH.EMAIL_AND_PASSWORD': closed({ email: str, password: str }),
  'DIALER.DIAL': closed({ from: nonEmptyString, to: nonEmptyString }),
  'DIALER.ACCEPT': noPayload,
  'DIALER.REJECT': noPayload,
  'DIALER.HANGUP': noPayload,
  'DIALER.HOLD': closed({ shouldHold: bool, legId: nonEmptyString }),
  'DIALER.MUTE': closed({ shouldMute: bool }),
  'DIALER.SET_RECORDING': closed({ shouldRecord: bool }),
  'DIALER.SET_TAGS': closed({ tagIds }),
  'DIALER.RESET': noPayload,
  'DIALER.START_WARM_TRANSFER': target,
  'DIALER.SWAP_PARTICIPANT': noPayload,
  'DIALER.MERGE_WARM_TRANSFER': noPayload,
  'DIALER.START_CONCURRENT_CALL': target,
  'DIALER.INVITE_PARTICIPANT': target,
  'DIALER.KICK_PARTICIPANT': closed({ legId: nonEmptyString }),
  'DIALER.JOIN_COACHING': closed({ callUuid: nonEmptyString, incognito: bool }),
  'API.UPDATE_AVAILABILITY': closed({
    status: oneOf(AVAILABILITY_SETTINGS, 'availability setting'),
  }),
  'API.FETCH_AVAILABILITIES': noPayload,
  'API.FETCH_USER_AVAILABILITY': closed({ variables: closed({ userId: num }) }),
  'API.UPDATE_CALL_TAGS': closed({ tagIds, callUuid: nonEmptyString }),
} as const satisfies { readonly [K in BusCommandType]: v.GenericSchema<unknown, BusCommandPayloadMap[K]> };

/** `meta` of a command: open, with `tracking` checked when present. */
export const commandMeta = open({
  tracking: opt(
    open({
      dialing_mode: opt(oneOf(DIALING_MODES, 'dialing mode')),
      call_mode: opt(oneOf(CALL_MODES, 'call mode')),
    }),
  ),
}) satisfies v.GenericSchema<unknown, CommandMeta>;
