import { deepEqual } from './deepEqual';
import { castDraft, type Handler } from './types';

/** `USER.LINES_CHANGED`: the agent's lines. */
export const handleLinesChanged: Handler<'USER.LINES_CHANGED'> = (draft, event) => {
  if (!deepEqual(draft.lines, event.payload.lines)) draft.lines = castDraft([...event.payload.lines]);
};
