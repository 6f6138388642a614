/** The I-th of N shares of a study (1-based index), as `--shard I/N` gives it. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/**
 * The unit indices shard I of N runs, in order: the i in 0..unitCount−1 with i mod N = I − 1.
 * Dealing units round-robin keeps shards within one unit of each other in size, and (since a
 * unit's output depends only on its scenario and replication) makes no difference to any result.
 * @throws {RangeError} if the shard is not 1 <= I <= N.
 * @example
 * shardUnits(10, { index: 2, count: 4 }); // => [1, 5, 9]
 */
export function shardUnits(unitCount: number, shard: Shard): number[] {
  if (!Number.isSafeInteger(shard.count) || !Number.isSafeInteger(shard.index) || shard.count < 1 || shard.index < 1 || shard.index > shard.count) {
    throw new RangeError(`shardUnits: a shard must be I/N with 1 <= I <= N, got ${shard.index}/${shard.count}`);
  }
  const indices: number[] = [];
  for (let i = shard.index - 1; i < unitCount; i += shard.count) indices.push(i);
  return indices;
}
