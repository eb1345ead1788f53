import type * as v from 'valibot';
import { describe, expectTypeOf, it } from 'vitest';
import { type CommandParseResult, parseBusCommand } from '../parseBusCommand';
import { type ParseResult, parseBusEvent } from '../parseBusEvent';
import type { BusCommand, BusCommandPayloadMap, BusCommandType } from './commands';
import type { Participant, Tag } from './entities';
import type { CallFlow, CallStatus } from './enums';
import type { BusEvent, BusEventOf, BusEventPayloadMap, BusEventType } from './events';
import type { ParseError } from './kitEvents';
import type { COMMAND_PAYLOAD_SCHEMAS, EVENT_PAYLOAD_SCHEMAS } from './schemas';

type EventSchemas = typeof EVENT_PAYLOAD_SCHEMAS;
type CommandSchemas = typeof COMMAND_PAYLOAD_SCHEMAS;

describe('BusEvent', () => {
  it('narrows the payload by type', () => {
    const event = {} as BusEvent;
    if (event.type === 'DIALER.CALL_STATUS') {
      expectTypeOf(event.payload.status).toEqualTypeOf<CallStatus>();
      expectTypeOf(event.payload.flow).toEqualTypeOf<CallFlow | undefined>();
    }
    if (event.type === 'DIALER.SYNC') {
      expectTypeOf(event.payload.metadata.activeParticipant).toEqualTypeOf<Participant | undefined>();
    }
    if (event.type === 'DIALER.SET_TAGS_FULFILLED')
      expectTypeOf(event.payload).toEqualTypeOf<readonly Tag[]>();
  });

  it('has no payload key on events that carry none', () => {
    expectTypeOf<BusEventOf<'BUS.INIT_FULFILLED'>>().not.toHaveProperty('payload');
    expectTypeOf<BusEventOf<'AUTH.REFRESH_TOKEN_EXPIRED'>>().not.toHaveProperty('payload');
    expectTypeOf<BusEventOf<'DIALER.CALL_STATUS'>>().toHaveProperty('payload');
  });

  it('refuses a wrong payload at compile time', () => {
    // @ts-expect-error: `status` must be one of the 18 statuses.
    const wrongStatus: BusEvent = { type: 'DIALER.CALL_STATUS', payload: { status: 'flying' } };
    // @ts-expect-error: INIT_FULFILLED carries no payload.
    const extraPayload: BusEvent = { type: 'BUS.INIT_FULFILLED', payload: {} };
    expectTypeOf([wrongStatus, extraPayload]).toEqualTypeOf<BusEvent[]>();
  });
});

describe('parse results', () => {
  it('give an event or an error', () => {
    const result = parseBusEvent(null);
    expectTypeOf(result).toEqualTypeOf<ParseResult>();
    if (result.ok) expectTypeOf(result.event).toEqualTypeOf<BusEvent>();
    else expectTypeOf(result.error).toEqualTypeOf<ParseError>();
  });

  it('give a command or an error', () => {
    const result = parseBusCommand(null);
    expectTypeOf(result).toEqualTypeOf<CommandParseResult>();
    if (result.ok) expectTypeOf(result.command).toEqualTypeOf<BusCommand>();
  });
});

describe('BusCommand', () => {
  it('accepts documented payloads', () => {
    expectTypeOf({ type: 'DIALER.DIAL', payload: { from: '+1', to: '+2' } } as const).toExtend<BusCommand>();
    expectTypeOf({
      type: 'DIALER.HOLD',
      payload: { shouldHold: true, legId: 'CA' },
    } as const).toExtend<BusCommand>();
    expectTypeOf({ type: 'DIALER.ACCEPT' } as const).toExtend<BusCommand>();
  });

  it('refuses wrong payloads', () => {
    // @ts-expect-error: DIAL needs `to`.
    const noTo: BusCommand = { type: 'DIALER.DIAL', payload: { from: '+1' } };
    // @ts-expect-error: `shouldHold` is a boolean.
    const stringHold: BusCommand = { type: 'DIALER.HOLD', payload: { shouldHold: 'yes', legId: 'CA' } };
    // @ts-expect-error: ACCEPT carries no payload.
    const acceptPayload: BusCommand = { type: 'DIALER.ACCEPT', payload: {} };
    // @ts-expect-error: `available` is a status, not a setting the agent may choose.
    const wrongSetting: BusCommand = { type: 'API.UPDATE_AVAILABILITY', payload: { status: 'available' } };
    expectTypeOf([noTo, stringHold, acceptPayload, wrongSetting]).toEqualTypeOf<BusCommand[]>();
  });
});

describe('the schemas', () => {
  it('cover exactly the event and command types', () => {
    expectTypeOf<keyof EventSchemas>().toEqualTypeOf<BusEventType>();
    expectTypeOf<keyof CommandSchemas>().toEqualTypeOf<BusCommandType>();
  });

  it('output no narrower a type than the payload maps (the other way is checked where they are defined)', () => {
    type EventsWiden = {
      [K in BusEventType]: [BusEventPayloadMap[K]] extends [v.InferOutput<EventSchemas[K]>] ? true : K;
    };
    type CommandsWiden = {
      [K in BusCommandType]: [BusCommandPayloadMap[K]] extends [v.InferOutput<CommandSchemas[K]>] ? true : K;
    };
    expectTypeOf<EventsWiden[BusEventType]>().toEqualTypeOf<true>();
    expectTypeOf<CommandsWiden[BusCommandType]>().toEqualTypeOf<true>();
  });
});
