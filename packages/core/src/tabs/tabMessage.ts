// The messages the tabs sharing one bus exchange over their channel (createSharedDialerStore).
import type { BusCommand } from '../protocol/commands';
import type { BusEvent } from '../protocol/events';
import type { KitEvent } from '../protocol/kitEvents';
import type { RequestResult } from '../result';
import type { DialerState } from '../state/DialerState';

/** A message among the tabs of one bus. */
export type TabMessage =
  | { readonly kind: 'hello' }
  | { readonly kind: 'state'; readonly term: number; readonly seq: number; readonly state: DialerState }
  | {
      readonly kind: 'event';
      readonly term: number;
      readonly seq: number;
      readonly event: BusEvent | KitEvent;
      readonly at: number;
    }
  | {
      readonly kind: 'send';
      readonly from: string;
      /** The request's id, which the owner's reply names; 0 when no reply is awaited (`answer: false`). */
      readonly id: number;
      readonly command: BusCommand;
      readonly answer: boolean;
    }
  | {
      readonly kind: 'login';
      readonly from: string;
      readonly id: number;
      readonly email: string;
      readonly password: string;
    }
  | { readonly kind: 'tags'; readonly tagIds: readonly number[] }
  | { readonly kind: 'reply'; readonly to: string; readonly id: number; readonly result: RequestResult };

const KINDS = new Set(['hello', 'state', 'event', 'send', 'login', 'tags', 'reply']);
/** Whether a message from the channel is one of the tabs' (anything else is ignored). */
export const isTabMessage = (message: unknown): message is TabMessage =>
  typeof message === 'object' &&
  message !== null &&
  KINDS.has((message as { kind?: unknown }).kind as string);

/** A tab's id in the messages it sends (unique among the tabs of the origin). */
export const newTabId = (): string =>
  globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
