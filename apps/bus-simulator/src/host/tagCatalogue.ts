import type { TagOption } from '@dialer-kit/react';
import { DEFAULT_TAGS } from '@dialer-kit/simulator';

/** A tag the host still lists but the bus no longer knows: saving it gets `DIALER.SET_TAGS_REJECTED`. */
const RETIRED_TAG: TagOption = { id: 190, name: 'Retired campaign' };

/**
 * The host's catalogue: the bus page's tags (the simulator's defaults) and one stale entry, as a CRM's
 * cache may hold.
 */
export const HOST_TAGS: readonly TagOption[] = [...DEFAULT_TAGS, RETIRED_TAG];
