// The English strings of the kit's panels (one constant a group), gathered by `defaultMessages` (messages.ts).
import type {
  AfterCallMessages,
  CoachingMessages,
  ConferenceMessages,
  DirectoryMessages,
  OfferAlertsMessages,
  SecondCallMessages,
  ShortcutsMessages,
  TabOwnershipMessages,
} from './panelMessageTypes';

export const englishSecondCall: SecondCallMessages = {
  region: 'Second call',
  callTo: 'Second call to',
  start: 'Start second call',
  unknownParty: 'Not known yet',
  announceCalling: (calling, onHold) => `Calling ${calling}. On hold: ${onHold}.`,
  announceTalking: (talkingWith, onHold) => `Talking with ${talkingWith}. On hold: ${onHold}.`,
};

export const englishConference: ConferenceMessages = {
  region: 'Conference',
  participants: 'Participants',
  starting: 'Starting the conference',
  states: { answering: 'On the call', ringing: 'Ringing', ended: 'Left' },
  inviteTo: 'Invite to the call',
  invite: 'Invite',
  remove: 'Remove',
  confirmRemove: (who) => `Remove ${who} from the call?`,
  keep: 'Keep',
  summary: ({ onCall, ringing, onHold }) => {
    const parts = [
      `${onCall} on the call`,
      ringing > 0 && `${ringing} ringing`,
      onHold > 0 && `${onHold} on hold`,
    ];
    return `Conference: ${parts.filter(Boolean).join(', ')}.`;
  },
};

export const englishTabs: TabOwnershipMessages = {
  elsewhere: 'Phone is in another tab',
  mirrored: 'Calls show here too, and you can answer them from this tab.',
  useThisTab: 'Use this tab',
};

export const englishAlerts: OfferAlertsMessages = {
  titleFlash: (who) => `☎ Incoming call – ${who}`,
  soundBlocked: 'The browser blocked the ringtone.',
  enableSound: 'Enable sound',
  enableNotifications: 'Enable notifications',
};

export const englishCoaching: CoachingMessages = {
  region: 'Coaching',
  listening: 'A supervisor is listening',
  listeningAnnouncement: (who) => `A supervisor is listening: ${who}.`,
  left: 'The supervisor left the call.',
  coachingWho: (coachee) => `You are coaching ${coachee}`,
  joining: 'Joining the call',
  calls: 'Calls you can coach',
  join: 'Join as coach',
  incognito: 'Join incognito',
};

export const englishDirectory: DirectoryMessages = {
  title: 'Teammates',
  search: 'Search teammates',
  list: 'Teammates',
  loading: 'Loading teammates',
  empty: 'No teammates to show.',
  noMatch: 'No teammate matches this search.',
  pickFirst: 'Pick a teammate first.',
  loadFailed: 'Teammates could not be loaded',
  retry: 'Retry',
  call: (name) => `Call ${name}`,
  transfer: (name) => `Transfer to ${name}`,
  calling: (name) => `Calling ${name}`,
  transferring: (name) => `Transferring to ${name}`,
  results: (count) =>
    count === 0 ? 'No teammate found' : count === 1 ? '1 teammate found' : `${count} teammates found`,
};

export const englishAfterCall: AfterCallMessages = {
  title: 'Call summary',
  talkTime: 'Talk time',
  notConnected: 'Not connected',
  line: 'Line',
  party: 'With',
  direction: 'Direction',
  incoming: 'Incoming',
  outgoing: 'Outgoing',
  recording: 'Recording',
  recorded: 'Recorded',
  recordingPaused: 'Recording paused',
  notRecorded: 'Not recorded',
  tags: 'Tags',
  noCatalogue: 'No tags are configured.',
  noTagsSaved: 'No tags saved yet.',
  unsaved: 'Unsaved changes',
  noChanges: 'No changes to save.',
  saved: 'Tags saved',
  tag: (id) => `Tag ${id}`,
};

export const englishShortcuts: ShortcutsMessages = {
  title: 'Keyboard shortcuts',
  action: 'Action',
  keys: 'Keys',
  whileTyping: 'Shortcuts do nothing while you type in a field.',
  off: 'Keyboard shortcuts are turned off.',
  notShown: 'It is not on this page.',
  refused: (action, reason) => `${action}: ${reason}`,
  control: 'Ctrl',
  alt: 'Alt',
  shift: 'Shift',
  meta: 'Meta',
};
