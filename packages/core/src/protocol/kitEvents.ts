import type {
  BusCommandPayloadMap,
  BusCommandType,
  FireAndForgetCommandType,
  RequestCommandType,
} from './commands';
import type { AvailabilitySetting } from './enums';

/** Why an inbound message was not applied: the parse error of {@link parseBusEvent}. */
export interface ParseError {
  /** `unknown-type`: a well-formed envelope whose `type` the kit does not know. */
  readonly code: 'not-an-object' | 'invalid-envelope' | 'unknown-type' | 'invalid-payload' | 'too-large';
  /** Dotted path of the offending field (`payload.status`), or `''` for the whole message. */
  readonly path: string;
  /** What is wrong, for a developer. */
  readonly message: string;
  /** The message's `type` when it had a string one. */
  readonly messageType?: string;
}

/** Why the transport dropped an inbound message before parsing (PROTOCOL.md section 1, security). */
export type DropReason = 'foreign-origin' | 'foreign-source';

/**
 * Events the kit itself produces (not the bus): they go through the same reducer so that every state
 * change has one path. Their `type` starts with `kit/`.
 */
export interface KitEventPayloadMap {
  /**
   * The store began (re)connecting: REGISTER goes out with `registration` (none without an origin).
   * `reconnect` when the bus frame reloaded; a restart of the bring-up sends it too.
   */
  'kit/connecting': {
    readonly reconnect: boolean;
    readonly registration?: BusCommandPayloadMap['BUS.REGISTER'];
  };
  /** REGISTER got no answer before its retry delay: it is sent again. */
  'kit/registerUnanswered': undefined;
  /** The store was disposed: DESTROY goes out when due, nothing is waited for any more. */
  'kit/closed': undefined;
  /** A command went to the transport. Passwords are never part of it. */
  'kit/commandSent': { readonly commandType: BusCommandType; readonly detail?: CommandDetail };
  /** A command was refused before reaching the transport. */
  'kit/commandRefused': { readonly commandType: BusCommandType; readonly reason: string };
  /** A command failed the kit's own command validation (`parseBusCommand`): it was not sent. */
  'kit/commandInvalid': { readonly error: ParseError };
  /**
   * The transport threw while posting a command recorded as sent (`sentAt` identifies it): what
   * `kit/commandSent` recorded is undone. `wasMuted`: for MUTE, what the kit had asked before it.
   */
  'kit/commandNotSent': {
    readonly commandType: BusCommandType;
    readonly sentAt: number;
    readonly reason: string;
    readonly wasMuted?: boolean;
  };
  /** A fire-and-forget command saw no effect in time. `sentAt` identifies which one. */
  'kit/commandTimedOut': { readonly commandType: FireAndForgetCommandType; readonly sentAt: number };
  /** A request saw no `_FULFILLED` / `_REJECTED` in time. */
  'kit/requestTimedOut': { readonly commandType: RequestCommandType; readonly sentAt: number };
  /** A swap returned to `connected` and no SYNC told its result in time (see DECISIONS.md). */
  'kit/swapUnconfirmed': { readonly since: number };
  /** An inbound message failed validation and was not applied. */
  'kit/messageRejected': { readonly error: ParseError };
  /** The transport dropped a message from a foreign origin or frame. */
  'kit/messageDropped': { readonly reason: DropReason; readonly origin: string };
  /**
   * Ask the bus for fresh state (`actions.resync()`, a tab shown again, the network back): DESTROY then
   * INIT, which the bus answers by re-sending the lines, the availability and where the call stands.
   */
  'kit/resync': undefined;
  /** The watchdog: no bus message since `since` for the silence limit, during a live call. */
  'kit/busSilent': { readonly since: number };
  /** The resync the watchdog sent after the silence since `since` got no answer either. */
  'kit/busStale': { readonly since: number };
  /** A bus message arrived while the bus was silent (`session.silence`): it is alive again. */
  'kit/busHeard': undefined;
  /** The agent changed the tags picked for the current call (kept across reloads and reconnects). */
  'kit/tagSelectionChanged': { readonly tagIds: readonly number[] };
}

/** What the reducer keeps of a sent command's payload (never a password). */
export type CommandDetail = {
  readonly shouldMute?: boolean;
  readonly shouldHold?: boolean;
  readonly shouldRecord?: boolean;
  readonly tagIds?: readonly number[];
  readonly to?: string;
  readonly legId?: string;
  /** The call a command names (`API.UPDATE_CALL_TAGS`, `DIALER.JOIN_COACHING`). */
  readonly callUuid?: string;
  /** The availability setting asked (`API.UPDATE_AVAILABILITY`'s `status`). */
  readonly setting?: AvailabilitySetting;
};

/** The type of a kit event. */
export type KitEventType = keyof KitEventPayloadMap;

/** One kit event as a union member. */
export type KitEventOf<K extends KitEventType> = [KitEventPayloadMap[K]] extends [undefined]
  ? { readonly type: K }
  : { readonly type: K; readonly payload: KitEventPayloadMap[K] };

/** Any kit event. */
export type KitEvent = { [K in KitEventType]: KitEventOf<K> }[KitEventType];
