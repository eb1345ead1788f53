import type { AgentAvailability, TeammateAvailabilities } from './DialerState';

/**
 * Most teammates whose availability the kit holds (about 1 MB of records). Past it, a teammate not yet
 * held is not kept and the message is reported (`limit-reached`); those held still change.
 */
export const TEAMMATE_LIMIT = 5_000;

/** Buckets of the map: a change copies the list of buckets and one bucket, at the bound about 20 records. */
const BUCKETS = 256;

const NO_RECORDS: readonly AgentAvailability[] = Object.freeze([]);

/** The map with nobody in it. */
export const NO_TEAMMATES: TeammateAvailabilities = Object.freeze({
  size: 0,
  buckets: Object.freeze(Array.from({ length: BUCKETS }, () => NO_RECORDS)),
});

/**
 * The bucket of a user id: the top 8 bits of a multiplicative hash of both halves of the id, so that ids
 * that share their low bits (every 256th user) still spread.
 */
function bucketOf(userId: number): number {
  const high = Math.floor(userId / 2 ** 32);
  return Math.imul((userId >>> 0) ^ Math.imul(high, 0x85ebca6b), 0x9e3779b1) >>> 24;
}

/** Where `userId` is in `bucket`, -1 when absent. */
function positionIn(bucket: readonly AgentAvailability[], userId: number): number {
  for (let at = 0; at < bucket.length; at += 1) if (bucket[at]?.userId === userId) return at;
  return -1;
}

/** The teammate's record, `undefined` when not held. Reads one bucket. */
export function findTeammate(
  teammates: TeammateAvailabilities,
  userId: number,
): AgentAvailability | undefined {
  const bucket = teammates.buckets[bucketOf(userId)] ?? NO_RECORDS;
  return bucket[positionIn(bucket, userId)];
}

/** Every record held, in no meaningful order. */
export function listTeammates(teammates: TeammateAvailabilities): AgentAvailability[] {
  return teammates.buckets.flat();
}

/** Changes to a teammate map, each bucket copied at most once, then frozen together. */
export interface TeammatesEdit {
  /** The teammate's record with the changes so far. */
  get(userId: number): AgentAvailability | undefined;
  /** Keeps `record` (in place of the one of the same user); `false` when it is new and the map is full. */
  set(record: AgentAvailability): boolean;
  /** The map with the changes (frozen), or the same map when nothing changed. */
  done(): TeammateAvailabilities;
}

/** Starts changing `teammates`, which stays as it is: the changed map comes out of `done` (once). */
export function editTeammates(teammates: TeammateAvailabilities): TeammatesEdit {
  let buckets: AgentAvailability[][] | undefined;
  const copied = new Set<number>();
  let size = teammates.size;
  let result: TeammateAvailabilities | undefined;
  const bucketAt = (index: number): readonly AgentAvailability[] =>
    buckets?.[index] ?? teammates.buckets[index] ?? NO_RECORDS;
  return {
    get(userId) {
      const bucket = bucketAt(bucketOf(userId));
      return bucket[positionIn(bucket, userId)];
    },
    set(record) {
      const index = bucketOf(record.userId);
      const at = positionIn(bucketAt(index), record.userId);
      if (at === -1 && size >= TEAMMATE_LIMIT) return false;
      // A spread, not `slice`: in V8, writing into a slice of a frozen array is slow (14 us against 0.2 us).
      buckets ??= [...teammates.buckets] as AgentAvailability[][];
      if (!copied.has(index)) {
        buckets[index] = [...bucketAt(index)];
        copied.add(index);
      }
      const bucket = buckets[index] as AgentAvailability[];
      if (at === -1) {
        bucket.push(Object.freeze(record));
        size += 1;
      } else {
        bucket[at] = Object.freeze(record);
      }
      return true;
    },
    done() {
      if (result !== undefined) return result;
      if (buckets === undefined) result = teammates;
      else {
        for (const index of copied) Object.freeze(buckets[index]);
        result = Object.freeze({ size, buckets: Object.freeze(buckets) });
      }
      return result;
    },
  };
}

/** A map holding `records` (up to the bound), as a state built by hand needs. */
export function teammatesOf(records: Iterable<AgentAvailability>): TeammateAvailabilities {
  const edit = editTeammates(NO_TEAMMATES);
  for (const record of records) edit.set(record);
  return edit.done();
}
