import { MAX_REPLICATIONS } from "../format/common-fields.js";

/** The I-th of N shares of a study (1-based index), as `--shard I/N` gives it. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/**
 * The unit indices shard I of N runs, in order: the i in 0..unitCount−1 with i mod N = I − 1.
 * Dealing units round-robin keeps shards within one unit of each other in size, and (since a
 * unit's output depends only on its scenario and replication) makes no difference to any result.
 * `most` caps how many are listed (a message's list).
 * @throws {RangeError} if the shard is not 1 <= I <= N.
 * @example
 * shardUnits(10, { index: 2, count: 4 }); // => [1, 5, 9]
 */
export function shardUnits(unitCount: number, shard: Shard, most = Infinity): number[] {
  checkShard(shard, "shardUnits");
  const indices: number[] = [];
  for (let i = shard.index - 1; i < unitCount && indices.length < most; i += shard.count) indices.push(i);
  return indices;
}

/**
 * How many units shard I of N runs (the length of `shardUnits`), by arithmetic: a part may claim a study
 * of any size, and counting must not list 10^9 units.
 * @throws {RangeError} if the shard is not 1 <= I <= N.
 * @example
 * shardSize(10, { index: 2, count: 4 }); // => 3
 */
export function shardSize(unitCount: number, shard: Shard): number {
  checkShard(shard, "shardSize");
  return shard.index > unitCount ? 0 : Math.floor((unitCount - shard.index) / shard.count) + 1;
}

function checkShard(shard: Shard, caller: string): void {
  if (!Number.isSafeInteger(shard.count) || !Number.isSafeInteger(shard.index) || shard.count < 1 || shard.index < 1 || shard.index > shard.count) {
    throw new RangeError(`${caller}: a shard must be I/N with 1 <= I <= N, got ${shard.index}/${shard.count}`);
  }
}

/** The most shards a study of `unitCount` units may be split into: its units, or 100,000 (what merge accepts). */
export function mostShards(unitCount: number): number {
  return Math.max(unitCount, MAX_REPLICATIONS);
}

/**
 * Refuses a shard count merge would refuse for this study (more shards than `mostShards`), before the
 * shard runs: its part could never be merged.
 * @throws {RangeError} naming --shard and the limit.
 */
export function checkShardCount(unitCount: number, shard: Shard): void {
  const most = mostShards(unitCount);
  if (shard.count > most) {
    throw new RangeError(`--shard ${shard.index}/${shard.count}: this study has ${unitCount} units, so N may be at most ${most} (merge refuses more shards)`);
  }
}
