/** How the spread of an output across plausible worlds divides between the inputs and replication noise. */
export interface VarianceSplit {
  /** Variance of the world means that the inputs cause: the total less the noise, never below 0. */
  readonly inputVariance: number;
  /** Variance of a world's mean that replication noise alone causes: the mean of s²/n over worlds. */
  readonly noiseVariance: number;
}

/**
 * Splits the variance of the per-world means of an output into input uncertainty and replication
 * noise. With independent replications in each world (and independent random numbers between
 * worlds), Var(world mean) = Var(true value across worlds) + E[s²_w / n_w], so the noise part is
 * the mean of each world's squared standard error and the input part is the sample variance of
 * the world means less it (Barton, Nelson and Xie 2014 use the same decomposition). Units: the
 * output's unit squared. Cost: O(total replications).
 *
 * @param worlds worlds[w]: the output's value in each replication of world w (at least 2 each)
 * @throws {RangeError} if there are fewer than 2 worlds or a world has fewer than 2 replications.
 * @example
 * varianceSplit([[1, 3], [5, 7]]); // => { inputVariance: 7, noiseVariance: 1 }
 */
export function varianceSplit(worlds: readonly (readonly number[])[]): VarianceSplit {
  if (worlds.length < 2) throw new RangeError(`varianceSplit: needs at least 2 worlds, got ${worlds.length}`);
  const means: number[] = [];
  let noise = 0;
  worlds.forEach((values, w) => {
    const n = values.length;
    if (n < 2) throw new RangeError(`varianceSplit: world ${w} has ${n} replication${n === 1 ? "" : "s"}; the noise needs at least 2`);
    const mean = values.reduce((s, x) => s + x, 0) / n;
    const s2 = values.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1);
    means.push(mean);
    noise += s2 / n;
  });
  const noiseVariance = noise / worlds.length;
  const grand = means.reduce((s, x) => s + x, 0) / means.length;
  const total = means.reduce((s, x) => s + (x - grand) ** 2, 0) / (means.length - 1);
  return { inputVariance: Math.max(0, total - noiseVariance), noiseVariance };
}
