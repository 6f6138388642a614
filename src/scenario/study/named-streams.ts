import { randomStream, type RandomSource } from "../../engine/index.js";

/**
 * The engine's named uniform streams of one seed (replication 0), for the fits' bootstraps and the
 * check's subsamples, which take their randomness from the caller (src/stats does not import the engine).
 * @example namedStreams(1)("fit/gamma")() === namedStreams(1)("fit/gamma")(); // => true
 */
export function namedStreams(seed: number): (name: string) => RandomSource {
  return (name) => randomStream(seed, 0, name);
}
