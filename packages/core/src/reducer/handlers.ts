import {
  handleAvailabilityChanged,
  handleFetchAvailabilitiesFulfilled,
  handleFetchUserAvailabilityFulfilled,
  handleTeammateAvailabilityChanged,
  handleUpdateAvailabilityFulfilled,
  handleUpdateAvailabilityRejected,
} from './availability';
import { handleDialing, handleIncoming } from './callStart';
import { handleCallStatus } from './callStatus';
import {
  handleCommandInvalid,
  handleCommandRefused,
  handleMessageDropped,
  handleMessageRejected,
  handleSwapUnconfirmed,
} from './kitEvents';
import { handleLinesChanged } from './lines';
import { handleCommandSent, handleCommandTimedOut, rejectRequest } from './requests';
import { handleBusHeard, handleBusSilent, handleBusStale, handleResync } from './resync';
import {
  handleClosed,
  handleCommandNotSent,
  handleConnecting,
  handleDestroyFulfilled,
  handleInitFulfilled,
  handleLoginFulfilled,
  handleLoginRejected,
  handleRefreshTokenExpired,
  handleRegisterFulfilled,
  handleRegisterRejected,
  handleRegisterUnanswered,
  handleRequestTimedOut,
  ignore,
} from './session';
import { handleSync } from './sync';
import {
  handleSetTagsFulfilled,
  handleSetTagsRejected,
  handleTagSelectionChanged,
  handleUpdateCallTagsFulfilled,
  handleUpdateCallTagsRejected,
} from './tags';
import type { HandlerTable } from './types';

/** The reducer's handler for every bus and kit event type. */
export const HANDLERS: HandlerTable = {
  'BUS.REGISTER_FULFILLED': handleRegisterFulfilled,
  'BUS.REGISTER_REJECTED': handleRegisterRejected,
  'BUS.INIT_FULFILLED': handleInitFulfilled,
  'BUS.DESTROY_FULFILLED': handleDestroyFulfilled,
  'AUTH.EMAIL_AND_PASSWORD_FULFILLED': handleLoginFulfilled,
  'AUTH.EMAIL_AND_PASSWORD_REJECTED': handleLoginRejected,
  'AUTH.TOKEN_REFRESHED': ignore,
  'AUTH.REFRESH_TOKEN_EXPIRED': handleRefreshTokenExpired,
  'DIALER.DIALING': handleDialing,
  'DIALER.INCOMING': handleIncoming,
  'DIALER.CALL_STATUS': handleCallStatus,
  'DIALER.SYNC': handleSync,
  'DIALER.SET_TAGS_FULFILLED': handleSetTagsFulfilled,
  'DIALER.SET_TAGS_REJECTED': handleSetTagsRejected,
  'USER.AVAILABILITY_CHANGED': handleAvailabilityChanged,
  'USER.TEAMMATE_AVAILABILITY_CHANGED': handleTeammateAvailabilityChanged,
  'USER.LINES_CHANGED': handleLinesChanged,
  'API.UPDATE_AVAILABILITY_FULFILLED': handleUpdateAvailabilityFulfilled,
  'API.UPDATE_AVAILABILITY_REJECTED': handleUpdateAvailabilityRejected,
  'API.FETCH_AVAILABILITIES_FULFILLED': handleFetchAvailabilitiesFulfilled,
  'API.FETCH_AVAILABILITIES_REJECTED': (draft, event, at, fx) => {
    rejectRequest(draft, fx, 'API.FETCH_AVAILABILITIES', event.payload, 'no reason given', at);
  },
  'API.FETCH_USER_AVAILABILITY_FULFILLED': handleFetchUserAvailabilityFulfilled,
  'API.FETCH_USER_AVAILABILITY_REJECTED': (draft, event, at, fx) => {
    rejectRequest(draft, fx, 'API.FETCH_USER_AVAILABILITY', event.payload, 'no reason given', at);
  },
  'API.UPDATE_CALL_TAGS_FULFILLED': handleUpdateCallTagsFulfilled,
  'API.UPDATE_CALL_TAGS_REJECTED': handleUpdateCallTagsRejected,
  'kit/connecting': handleConnecting,
  'kit/registerUnanswered': handleRegisterUnanswered,
  'kit/closed': handleClosed,
  'kit/commandSent': handleCommandSent,
  'kit/commandRefused': handleCommandRefused,
  'kit/commandNotSent': handleCommandNotSent,
  'kit/commandInvalid': handleCommandInvalid,
  'kit/commandTimedOut': handleCommandTimedOut,
  'kit/requestTimedOut': handleRequestTimedOut,
  'kit/swapUnconfirmed': handleSwapUnconfirmed,
  'kit/messageRejected': handleMessageRejected,
  'kit/messageDropped': handleMessageDropped,
  'kit/tagSelectionChanged': handleTagSelectionChanged,
  'kit/resync': handleResync,
  'kit/busSilent': handleBusSilent,
  'kit/busStale': handleBusStale,
  'kit/busHeard': handleBusHeard,
};
