import * as v from 'valibot';
import type { BusCommandPayloadMap, BusCommandType, CommandMeta } from '../commands';
import { AVAILABILITY_SETTINGS, CALL_MODES, DIALING_MODES, SERVICES } from '../enums';
import { finiteNumber, listOf, nonEmptyString, noPayload, open, opt } from './shared';

/** Command payloads are closed: the kit is their author, so an unknown key is a kit bug to report. */
const closed = v.strictObject;
const target = closed({ to: nonEmptyString });
const services = listOf(v.picklist(SERVICES, (issue) => `Unknown bus service: received ${issue.received}`));
const tagIds = listOf(finiteNumber);

/** One schema per command type (kit → bus, PROTOCOL.md sections 1 and 3). */
export const COMMAND_PAYLOAD_SCHEMAS = {
  'BUS.REGISTER': closed({ origin: nonEmptyString, appName: nonEmptyString, release: nonEmptyString }),
  'BUS.INIT': closed({ services }),
  'BUS.DESTROY': closed({ services }),
  'AUTH.EMAIL_AND_PASSWORD': closed({ email: v.string(), password: v.string() }),
  'DIALER.DIAL': closed({ from: nonEmptyString, to: nonEmptyString }),
  'DIALER.ACCEPT': noPayload,
  'DIALER.REJECT': noPayload,
  'DIALER.HANGUP': noPayload,
  'DIALER.HOLD': closed({ shouldHold: v.boolean(), legId: nonEmptyString }),
  'DIALER.MUTE': closed({ shouldMute: v.boolean() }),
  'DIALER.SET_RECORDING': closed({ shouldRecord: v.boolean() }),
  'DIALER.SET_TAGS': closed({ tagIds }),
  'DIALER.RESET': noPayload,
  'DIALER.START_WARM_TRANSFER': target,
  'DIALER.SWAP_PARTICIPANT': noPayload,
  'DIALER.MERGE_WARM_TRANSFER': noPayload,
  'DIALER.START_CONCURRENT_CALL': target,
  'DIALER.INVITE_PARTICIPANT': target,
  'DIALER.KICK_PARTICIPANT': closed({ legId: nonEmptyString }),
  'DIALER.JOIN_COACHING': closed({ callUuid: nonEmptyString, incognito: v.boolean() }),
  'API.UPDATE_AVAILABILITY': closed({
    status: v.picklist(
      AVAILABILITY_SETTINGS,
      (issue) => `Unknown availability setting: received ${issue.received}`,
    ),
  }),
  'API.FETCH_AVAILABILITIES': noPayload,
  'API.FETCH_USER_AVAILABILITY': closed({ variables: closed({ userId: finiteNumber }) }),
  'API.UPDATE_CALL_TAGS': closed({ tagIds, callUuid: nonEmptyString }),
} as const satisfies { readonly [K in BusCommandType]: v.GenericSchema<unknown, BusCommandPayloadMap[K]> };

/** `meta` of a command: open, with `tracking` checked when present. */
export const commandMeta = open({
  tracking: opt(
    open({
      dialing_mode: opt(
        v.picklist(DIALING_MODES, (issue) => `Unknown dialing mode: received ${issue.received}`),
      ),
      call_mode: opt(v.picklist(CALL_MODES, (issue) => `Unknown call mode: received ${issue.received}`)),
    }),
  ),
}) satisfies v.GenericSchema<unknown, CommandMeta>;
