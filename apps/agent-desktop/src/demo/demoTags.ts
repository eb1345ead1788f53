import type { TagOption } from '@dialer-kit/react';

/** The tag catalogue offered when tagging a call: the simulator's default tags, spelled out. */
export const DEMO_TAGS: readonly TagOption[] = [
  { id: 101, name: 'Qualified lead' },
  { id: 102, name: 'Follow-up' },
  { id: 103, name: 'Not interested' },
];
