import type { TagOption } from '@dialer-kit/react';

/** The tag catalogue the bus page's simulator knows (the simulator's defaults, spelled out so both pages agree). */
export const BUS_TAGS = [
  { id: 101, name: 'Qualified lead' },
  { id: 102, name: 'Follow-up' },
  { id: 103, name: 'Not interested' },
] satisfies readonly TagOption[];

/** A tag the host still lists but the bus no longer knows: saving it gets `DIALER.SET_TAGS_REJECTED`. */
const RETIRED_TAG: TagOption = { id: 190, name: 'Retired campaign' };

/** The host's catalogue: the bus's tags and one stale entry, as a CRM's cache may hold. */
export const HOST_TAGS: readonly TagOption[] = [...BUS_TAGS, RETIRED_TAG];
