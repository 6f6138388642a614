import type { ReplicationOutput } from "./replication-output.js";
import { checkShardCount, shardUnits, type Shard } from "./shard.js";
import type { StudyKind } from "./study-kind.js";
import { makePart, type StudyPart } from "./study-part.js";
import type { UnitExecutor } from "./study-unit.js";

/**
 * Runs a whole study and returns its result. `done` holds the outputs of the study's first units
 * when they were already run (the base of a comparison grown by --precision); only the rest run.
 * @throws {RangeError} if `done` is not the outputs of the first units (wrong replications), or a
 * kind's summary refuses the outputs.
 */
export async function runWholeStudy<S, R>(kind: StudyKind<S, R>, spec: S, execute: UnitExecutor, done: readonly ReplicationOutput[] = []): Promise<R> {
  const units = kind.units(spec);
  done.forEach((o, i) => {
    if (units[i]?.replication !== o.replication) {
      throw new RangeError(`runWholeStudy: output ${i} is of replication ${o.replication}, but ${kind.command}'s unit ${i} is replication ${units[i]?.replication}`);
    }
  });
  const outputs = [...done, ...(await execute(units.slice(done.length)))];
  return kind.summarize(spec, outputs);
}

/**
 * Runs shard I of N of a study (its units i with i mod N = I − 1) and returns the part file that
 * `mergeParts` combines with the other shards' into the unsharded result.
 */
export async function runShardOfStudy<S, R>(kind: StudyKind<S, R>, spec: S, shard: Shard, execute: UnitExecutor): Promise<StudyPart> {
  const units = kind.units(spec);
  checkShardCount(units.length, shard);
  const indices = shardUnits(units.length, shard);
  const outputs = await execute(indices.map((i) => units[i] as (typeof units)[number]));
  return makePart(kind, spec, shard, indices, outputs);
}
