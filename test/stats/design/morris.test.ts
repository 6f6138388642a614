import { describe, expect, it } from "vitest";
import { randomStream } from "../../../src/engine/index.js";
import { elementaryEffects, morrisMeasures, morrisTrajectories } from "../../../src/stats/index.js";

// A test function whose ranking is known: x0 linear with slope 10, x1 quadratic (4·x1², elementary
// effects between 8/3 and 16/3), x2 linear with slope 1, x3 linear with slope 0.1, x4 no effect.
const f = (x: readonly number[]): number => 10 * (x[0] as number) + 4 * (x[1] as number) ** 2 + (x[2] as number) + 0.1 * (x[3] as number);

describe("morrisTrajectories(r, k, random, levels)", () => {
  it("morrisTrajectories(r, k, random) gives k + 1 grid points per trajectory, moving each input once by ±2/3", () => {
    const trajectories = morrisTrajectories(10, 5, randomStream(1, 0, "morris"));
    expect(trajectories).toHaveLength(10);
    const grid = [0, 1 / 3, 2 / 3, 1];
    for (const t of trajectories) {
      expect(t.points).toHaveLength(6);
      expect(t.steps.map((s) => s.input).sort()).toEqual([0, 1, 2, 3, 4]);
      t.steps.forEach((s, j) => {
        const before = t.points[j] as readonly number[];
        const after = t.points[j + 1] as readonly number[];
        expect(Math.abs(s.delta)).toBeCloseTo(2 / 3, 12);
        expect((after[s.input] as number) - (before[s.input] as number)).toBeCloseTo(s.delta, 12);
        after.forEach((v, i) => {
          expect(grid.some((g) => Math.abs(g - v) < 1e-12)).toBe(true);
          if (i !== s.input) expect(v).toBe(before[i]);
        });
      });
    }
  });

  it("morrisTrajectories(r, k, random) rejects an odd number of levels", () => {
    expect(() => morrisTrajectories(2, 2, Math.random, 3)).toThrow(RangeError);
  });
});

describe("morrisMeasures(effects)", () => {
  it("morrisMeasures(elementaryEffects(trajectories, outputs)) ranks the inputs of a function of known ranking by μ*", () => {
    const trajectories = morrisTrajectories(10, 5, randomStream(1, 0, "morris"));
    const outputs = trajectories.map((t) => t.points.map(f));
    const measures = morrisMeasures(elementaryEffects(trajectories, outputs));
    const ranking = measures.map((m, i) => [i, m.muStar] as const).sort((a, b) => b[1] - a[1]).map(([i]) => i);
    expect(ranking).toEqual([0, 1, 2, 3, 4]);
    // Linear inputs have one effect everywhere: μ = μ* = the slope and σ = 0; the quadratic one varies.
    expect(measures[0]?.muStar).toBeCloseTo(10, 9);
    expect(measures[0]?.sigma).toBeCloseTo(0, 9);
    expect(measures[2]?.mu).toBeCloseTo(1, 9);
    expect(measures[4]).toEqual({ mu: 0, muStar: 0, sigma: 0 });
    expect(measures[1]?.sigma).toBeGreaterThan(0);
    expect(measures[1]?.muStar).toBeGreaterThanOrEqual(8 / 3 - 1e-9);
    expect(measures[1]?.muStar).toBeLessThanOrEqual(16 / 3 + 1e-9);
  });

  it("morrisMeasures(effects) lets opposite effects cancel in μ but not in μ*", () => {
    expect(morrisMeasures([[2, -2], [3]])).toEqual([{ mu: 0, muStar: 2, sigma: Math.sqrt(8) }, { mu: 3, muStar: 3, sigma: 0 }]);
  });

  it("elementaryEffects(trajectories, outputs) rejects outputs that do not match the points", () => {
    const trajectories = morrisTrajectories(1, 2, randomStream(1, 0, "morris"));
    expect(() => elementaryEffects(trajectories, [[1, 2]])).toThrow(RangeError);
  });
});
