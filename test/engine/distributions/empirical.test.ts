import { describe, expect, it } from "vitest";
import { empirical } from "../../../src/engine/distributions/empirical.js";
import { randomStream } from "../../../src/engine/random-stream.js";
import { Z, expectInversion, scripted } from "./sample-moments.js";

describe("empirical(values, weights?)", () => {
  it("empirical(values, weights) has mean Σpx and variance Σp(x − mean)²", () => {
    // p = (1/4, 0, 1/8, 5/8) on (1, 3, 5, 9): mean (2 + 5 + 45)/8 = 6.5;
    // variance (2·30.25 + 1·2.25 + 5·6.25)/8 = 94/8.
    const d = empirical([5, 1, 3, 9], [1, 2, 0, 5]);
    expect(d.mean).toBe(6.5);
    expect(d.variance).toBeCloseTo(94 / 8, 14);
    expect(empirical([1, 2, 3, 4]).mean).toBe(2.5);
  });

  it("empirical(values, weights).sample(u) draws each value with its relative frequency within its confidence interval", () => {
    const d = empirical([5, 1, 3, 9], [1, 2, 0, 5]);
    const probability = new Map([[1, 2 / 8], [3, 0], [5, 1 / 8], [9, 5 / 8]]);
    const n = 100_000;
    const u = randomStream(2024, 0, "empirical-frequencies");
    const counts = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      const x = d.sample(u);
      counts.set(x, (counts.get(x) ?? 0) + 1);
    }
    for (const [value, p] of probability) {
      const count = counts.get(value) ?? 0;
      // Binomial count: standard deviation √(n p (1 − p)).
      expect(Math.abs(count - n * p), `value ${value}`).toBeLessThanOrEqual(Z * Math.sqrt(n * p * (1 - p)));
    }
    expect([...counts.keys()].sort()).toEqual([1, 5, 9]);
  });

  it("empirical(values, weights).sample(u) inverts over the sorted values, one uniform per draw", () => {
    const d = empirical([5, 1, 3, 9], [1, 2, 0, 5]);
    // Cumulative weights over 1, 3, 5, 9 are 2, 2, 3, 8 of 8.
    expect([0, 0.2499, 0.25, 0.374, 0.375, 1 - 2 ** -53].map((p) => d.sample(scripted([p])))).toEqual([1, 1, 5, 5, 9, 9]);
    expectInversion(d);
    expectInversion(empirical([3, 1, 2], [1, 1, 0]));
    expect(empirical([3, 1, 2], [1, 1, 0]).sample(scripted([1 - 2 ** -53]))).toBe(3);
  });

  it("empirical(values, weights) rejects bad values and weights", () => {
    expect(() => empirical([])).toThrow("empirical: values must hold at least one number, got an empty array");
    expect(() => empirical([1, Number.NaN])).toThrow("empirical: values must be finite numbers, got NaN at index 1");
    expect(() => empirical([1, 2], [1])).toThrow("empirical: weights must have the length of values (2), got length 1");
    expect(() => empirical([1, 2], [1, -1])).toThrow("empirical: weights must be finite numbers >= 0, got -1 at index 1");
    expect(() => empirical([1, 2], [0, 0])).toThrow("empirical: weights must sum to a number > 0, got 0");
    expect(() => empirical(5 as unknown as number[])).toThrow(TypeError);
  });
});
