import type { MorrisTrajectory } from "./morris-trajectories.js";

/** The Morris measures of one input: mean effect, mean absolute effect and spread of effects. */
export interface MorrisMeasures {
  /** μ: the mean elementary effect (effects of opposite signs cancel). */
  readonly mu: number;
  /** μ*: the mean absolute elementary effect (Campolongo et al. 2007), the measure to rank inputs by. */
  readonly muStar: number;
  /** σ: the standard deviation of the elementary effects: large when the input interacts or acts non-linearly; 0 with one trajectory. */
  readonly sigma: number;
}

/**
 * The elementary effects of each input along Morris trajectories: (y after − y before) / Δ, in the
 * output's unit per unit of the input's scaled range (an effect of 2 means about 2 units of output
 * from the input's low to its high value). `outputs[t][j]` is the output at point j of trajectory t.
 * Cost: O(r·k).
 *
 * @returns effects[i]: the r elementary effects of input i, in trajectory order
 * @throws {RangeError} if outputs do not have one value per point.
 * @example
 * elementaryEffects([{ points: [[0], [2 / 3]], steps: [{ input: 0, delta: 2 / 3 }] }], [[1, 3]]); // => [[3]]
 */
export function elementaryEffects(trajectories: readonly MorrisTrajectory[], outputs: readonly (readonly number[])[]): number[][] {
  const k = trajectories[0]?.steps.length ?? 0;
  const effects: number[][] = Array.from({ length: k }, () => []);
  trajectories.forEach((t, i) => {
    const y = outputs[i];
    if (y === undefined || y.length !== t.points.length) {
      throw new RangeError(`elementaryEffects: trajectory ${i} has ${t.points.length} points but ${y?.length ?? 0} outputs`);
    }
    t.steps.forEach((step, j) => (effects[step.input] as number[]).push(((y[j + 1] as number) - (y[j] as number)) / step.delta));
  });
  return effects;
}

/**
 * μ, μ* and σ of each input's elementary effects (Morris 1991; μ* from Campolongo, Cariboni and
 * Saltelli 2007). Rank inputs by μ*: it does not let effects of opposite sign cancel. Cost: O(r·k).
 *
 * @param effects effects[i]: the elementary effects of input i (at least one each)
 * @throws {RangeError} if an input has no effect.
 * @example
 * morrisMeasures([[1, -1]]); // => [{ mu: 0, muStar: 1, sigma: 1.4142135623730951 }]
 */
export function morrisMeasures(effects: readonly (readonly number[])[]): MorrisMeasures[] {
  return effects.map((e, i) => {
    if (e.length === 0) throw new RangeError(`morrisMeasures: input ${i} has no elementary effect`);
    const mu = e.reduce((s, x) => s + x, 0) / e.length;
    const muStar = e.reduce((s, x) => s + Math.abs(x), 0) / e.length;
    const sigma = e.length < 2 ? 0 : Math.sqrt(e.reduce((s, x) => s + (x - mu) ** 2, 0) / (e.length - 1));
    return { mu, muStar, sigma };
  });
}
