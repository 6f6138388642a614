/** One step of a Morris trajectory: which input moved and by how much (±Δ on the unit grid). */
export interface MorrisStep {
  readonly input: number;
  readonly delta: number;
}

/** A Morris trajectory: k + 1 points of the unit grid, each differing from the last in one input. */
export interface MorrisTrajectory {
  readonly points: readonly (readonly number[])[];
  /** steps[j] leads from points[j] to points[j + 1]. */
  readonly steps: readonly MorrisStep[];
}

/**
 * Random trajectories of the Morris (1991) elementary-effects design on the p-level grid
 * {0, 1/(p−1), …, 1} of the unit cube, with step Δ = p / (2(p − 1)) (2/3 for the usual p = 4). Each
 * starts at a random grid point, then moves every input once, in a random order and a random
 * direction, so each trajectory gives one elementary effect per input from k + 1 runs.
 * Cost: O(r·k²) numbers.
 *
 * @param r trajectories, an integer >= 1 (10 to 20 is usual; Campolongo et al. 2007)
 * @param k inputs, an integer >= 1
 * @param random uniform numbers in [0, 1), such as a seeded `randomStream`
 * @param levels grid levels p, an even integer >= 2; @default 4
 * @throws {RangeError} for r, k or levels out of range.
 * @example
 * morrisTrajectories(1, 2, randomStream(1, 0, "morris"))[0].points.length; // => 3
 */
export function morrisTrajectories(r: number, k: number, random: () => number, levels = 4): MorrisTrajectory[] {
  if (!Number.isSafeInteger(r) || r < 1) throw new RangeError(`morrisTrajectories: r must be an integer >= 1, got ${r}`);
  if (!Number.isSafeInteger(k) || k < 1) throw new RangeError(`morrisTrajectories: k must be an integer >= 1, got ${k}`);
  if (!Number.isSafeInteger(levels) || levels < 2 || levels % 2 !== 0) throw new RangeError(`morrisTrajectories: levels must be an even integer >= 2, got ${levels}`);
  const delta = levels / (2 * (levels - 1));
  const trajectories: MorrisTrajectory[] = [];
  for (let t = 0; t < r; t++) {
    // A start from the lower half of the grid moves up by Δ; one from the upper half moves down.
    const start = Array.from({ length: k }, () => {
      const base = Math.floor(random() * (levels / 2)) / (levels - 1);
      return random() < 0.5 ? base : base + delta;
    });
    const order = Array.from({ length: k }, (_, i) => i);
    for (let i = k - 1; i > 0; i--) {
      const swap = Math.floor(random() * (i + 1));
      [order[i], order[swap]] = [order[swap] as number, order[i] as number];
    }
    const points: number[][] = [start];
    const steps: MorrisStep[] = [];
    let current = start;
    for (const input of order) {
      const step = (current[input] as number) < 0.5 ? delta : -delta;
      current = current.slice();
      current[input] = Math.min(1, Math.max(0, (current[input] as number) + step));
      points.push(current);
      steps.push({ input, delta: step });
    }
    trajectories.push({ points, steps });
  }
  return trajectories;
}
