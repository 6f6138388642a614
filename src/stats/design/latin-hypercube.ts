/**
 * A Latin hypercube sample of n points in the unit cube [0, 1)^k (McKay, Beckman and Conover 1979):
 * each coordinate's range is cut into n equal strata and every stratum holds exactly one point, in an
 * order shuffled independently per coordinate, at a uniform position inside its stratum. With the
 * same `random` source the sample is the same, so a study that draws its worlds this way is
 * reproducible. Cost: O(n·k) draws.
 *
 * @param n points (plausible worlds), an integer >= 1
 * @param k coordinates (inputs), an integer >= 0
 * @param random uniform numbers in [0, 1), such as a seeded `randomStream`
 * @returns n points, each k numbers in [0, 1)
 * @throws {RangeError} if n or k is not a whole number in range.
 * @example
 * latinHypercube(4, 2, randomStream(1, 0, "worlds")).map((p) => Math.floor(p[0] * 4)).sort(); // => [0, 1, 2, 3]
 */
export function latinHypercube(n: number, k: number, random: () => number): number[][] {
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`latinHypercube: n must be an integer >= 1, got ${n}`);
  if (!Number.isSafeInteger(k) || k < 0) throw new RangeError(`latinHypercube: k must be an integer >= 0, got ${k}`);
  const points = Array.from({ length: n }, () => new Array<number>(k).fill(0));
  for (let j = 0; j < k; j++) {
    const strata = Array.from({ length: n }, (_, i) => i);
    // Fisher–Yates, from the end.
    for (let i = n - 1; i > 0; i--) {
      const swap = Math.floor(random() * (i + 1));
      [strata[i], strata[swap]] = [strata[swap] as number, strata[i] as number];
    }
    for (let i = 0; i < n; i++) (points[i] as number[])[j] = ((strata[i] as number) + random()) / n;
  }
  return points;
}
