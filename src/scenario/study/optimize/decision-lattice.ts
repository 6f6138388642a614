import type { OptimizationStudy } from "../../format/optimization-study-schema.js";
import { decisionValues } from "./configurations.js";

/**
 * The decisions as an integer lattice: each decision's values in ascending order, a point is one
 * position per decision, and a neighbour is one step along one decision, or one decision a step up and
 * another a step down (an exchange, which lets a search trade one resource for another without passing
 * through a dearer or an infeasible configuration). Points are named by their configuration index (the
 * enumeration of `enumerateConfigurations`, the first decision varying slowest, values in the file's order).
 */
export interface DecisionLattice {
  /** How many values each decision takes. */
  readonly sizes: readonly number[];
  /** How many configurations the lattice holds (the product of `sizes`). */
  readonly count: number;
  /** The configuration index of a point (each coordinate a rank among its decision's values, 0 = smallest). */
  indexOf(point: readonly number[]): number;
  /** The point of a configuration index. */
  pointOf(index: number): number[];
  /** The configuration indices of a point's neighbours, steps first (decision by decision, down then up), then exchanges. */
  neighbours(index: number): number[];
  /**
   * The wider exchanges: one decision a step up and another 2, 4, 8 ... steps down (the last stride
   * held at the end of the range), or one a step down and another 2, 4, 8 ... steps up. They trade one
   * resource for several of another, which single steps cannot do without passing a dearer point.
   */
  wideNeighbours(index: number): number[];
}

/**
 * The lattice of a study's decisions.
 * @throws {RangeError} when the space has more configurations than a double counts exactly (2^53).
 * @example
 * const l = decisionLattice({ decisions: [{ path: "a", values: [3, 1, 2] }, { path: "b", min: 0, max: 1 }] });
 * l.pointOf(0); // => [2, 0] (a = 3 is the largest of a's values; b = 0)
 * l.neighbours(l.indexOf([0, 0])); // => the indices of [1, 0], [0, 1]
 */
export function decisionLattice(study: Pick<OptimizationStudy, "decisions">): DecisionLattice {
  const lists = study.decisions.map((d) => decisionValues(d));
  const sizes = lists.map((l) => l.length);
  const count = sizes.reduce((n, s) => n * s, 1);
  if (!Number.isSafeInteger(count)) throw new RangeError(`decisionLattice: the decisions make ${count} configurations, more than can be counted exactly`);
  // rank -> position in the file's order, and back.
  const positionOfRank = lists.map((l) => l.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v).map((x) => x.i));
  const rankOfPosition = positionOfRank.map((ranks) => {
    const out = new Array<number>(ranks.length).fill(0);
    ranks.forEach((position, rank) => {
      out[position] = rank;
    });
    return out;
  });
  const d = sizes.length;
  const indexOf = (point: readonly number[]): number => {
    let index = 0;
    for (let i = 0; i < d; i++) index = index * (sizes[i] as number) + (positionOfRank[i]?.[point[i] as number] as number);
    return index;
  };
  const pointOf = (index: number): number[] => {
    const point = new Array<number>(d).fill(0);
    let rest = index;
    for (let i = d - 1; i >= 0; i--) {
      const n = sizes[i] as number;
      point[i] = rankOfPosition[i]?.[rest % n] as number;
      rest = Math.floor(rest / n);
    }
    return point;
  };
  const inside = (point: readonly number[]): boolean => point.every((p, i) => p >= 0 && p < (sizes[i] as number));
  const neighbours = (index: number): number[] => {
    const x = pointOf(index);
    const out: number[] = [];
    const add = (changes: readonly (readonly [number, number])[]): void => {
      const y = [...x];
      for (const [i, step] of changes) y[i] = (y[i] as number) + step;
      if (inside(y)) out.push(indexOf(y));
    };
    for (let i = 0; i < d; i++) {
      add([[i, -1]]);
      add([[i, 1]]);
    }
    for (let i = 0; i < d; i++) {
      for (let j = 0; j < d; j++) if (i !== j) add([[i, 1], [j, -1]]);
    }
    return out;
  };
  const wideNeighbours = (index: number): number[] => {
    const x = pointOf(index);
    const out = new Set<number>();
    for (let i = 0; i < d; i++) {
      for (let j = 0; j < d; j++) {
        if (i === j) continue;
        for (const one of [1, -1]) {
          const yi = (x[i] as number) + one;
          if (yi < 0 || yi >= (sizes[i] as number)) continue;
          for (let k = 2; ; k *= 2) {
            const yj = Math.min((sizes[j] as number) - 1, Math.max(0, (x[j] as number) - one * k));
            const y = [...x];
            y[i] = yi;
            y[j] = yj;
            if (Math.abs(yj - (x[j] as number)) < 2) break;
            out.add(indexOf(y));
            if (Math.abs(yj - (x[j] as number)) < k) break;
          }
        }
      }
    }
    return [...out];
  };
  return { sizes, count, indexOf, pointOf, neighbours, wideNeighbours };
}
