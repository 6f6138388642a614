import type { ReplicationOutput } from "../replication-output.js";
import type { OptimizationExecutor, OptimizationUnit } from "./replication-store.js";

/** An executor that answers from outputs already at hand and runs only the rest, counting which is which. */
export interface CachingExecutor {
  readonly execute: OptimizationExecutor;
  /** Distinct units answered from the outputs given. */
  fromGiven(): number;
  /** Units run through the underlying executor. */
  ran(): number;
}

const key = (u: OptimizationUnit): string => `${u.configuration}:${u.replication}`;

/**
 * Wraps `execute` so that a unit found among `given` (the outputs of units run elsewhere: shards'
 * parts) is answered from there, and the others run through `execute` in one batch per request, in
 * the order asked. Outputs run here are kept too, so a unit asked twice runs once. Since a unit's
 * output depends only on its configuration and replication, the answers are those `execute` would give.
 * @example
 * const cached = cachingExecutor([{ unit: { configuration: 0, replication: 0 }, output }], run);
 * await cached.execute([{ configuration: 0, replication: 0 }]); // => [output], nothing run
 */
export function cachingExecutor(given: readonly { readonly unit: OptimizationUnit; readonly output: ReplicationOutput }[], execute: OptimizationExecutor): CachingExecutor {
  const known = new Map<string, ReplicationOutput>();
  for (const { unit, output } of given) known.set(key(unit), output);
  const givenKeys = new Set(known.keys());
  const used = new Set<string>();
  let ran = 0;
  return {
    async execute(units) {
      const missing = [...new Map(units.filter((u) => !known.has(key(u))).map((u) => [key(u), u])).values()];
      const fresh = missing.length === 0 ? [] : await execute(missing);
      missing.forEach((u, i) => known.set(key(u), fresh[i] as ReplicationOutput));
      ran += missing.length;
      return units.map((u) => {
        const k = key(u);
        if (givenKeys.has(k)) used.add(k);
        return known.get(k) as ReplicationOutput;
      });
    },
    fromGiven: () => used.size,
    ran: () => ran,
  };
}
