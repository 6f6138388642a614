import { describe, expect, it } from "vitest";
import {
  type DistributionSpec,
  distributionFromSpec,
  distributionNames,
} from "../../../src/engine/distributions/distribution-from-spec.js";

// Each spec with the mean and variance worked out by hand.
const CASES: [DistributionSpec, number, number][] = [
  [{ dist: "exponential", mean: 2 }, 2, 4],
  [{ dist: "deterministic", value: 7 }, 7, 0],
  [{ dist: "uniform", min: 2, max: 4 }, 3, 1 / 3],
  [{ dist: "triangular", min: 0, mode: 3, max: 3 }, 2, 0.5],
  [{ dist: "normal", mean: 0, sd: 1 }, Math.sqrt(2 / Math.PI), 1 - 2 / Math.PI],
  [{ dist: "lognormal", mean: 2, cv: 0.5 }, 2, 1],
  [{ dist: "gamma", mean: 3, cv: 0.5 }, 3, 2.25],
  [{ dist: "erlang", mean: 2, k: 4 }, 2, 1],
  [{ dist: "weibull", shape: 1, scale: 3 }, 3, 9],
  [{ dist: "empirical", values: [1, 3] }, 2, 1],
  [{ dist: "empirical", values: [1, 3], weights: [3, 1] }, 1.5, 0.75],
];

describe("distributionFromSpec(spec)", () => {
  it("distributionFromSpec(spec) builds the distribution named by spec.dist with the spec's parameters", () => {
    for (const [spec, mean, variance] of CASES) {
      const d = distributionFromSpec(spec);
      expect(d.name.startsWith(spec.dist), d.name).toBe(true);
      expect(d.mean, spec.dist).toBeCloseTo(mean, 12);
      expect(d.variance, spec.dist).toBeCloseTo(variance, 12);
    }
    expect(new Set(CASES.map(([s]) => s.dist))).toEqual(new Set(distributionNames));
  });

  it("distributionFromSpec(spec) rejects an unknown dist, listing the allowed ones", () => {
    expect(() => distributionFromSpec({ dist: "poisson", mean: 1 } as unknown as DistributionSpec)).toThrow(
      /distributionFromSpec: dist must be one of "exponential", "deterministic", .*"empirical", got "poisson"/,
    );
  });

  it("distributionFromSpec(spec) rejects a spec that is not an object", () => {
    expect(() => distributionFromSpec(null as unknown as DistributionSpec)).toThrow(TypeError);
    expect(() => distributionFromSpec("exponential" as unknown as DistributionSpec)).toThrow(
      'distributionFromSpec: spec must be an object with a "dist" field, got "exponential"',
    );
  });

  it("distributionFromSpec(spec) passes field errors through with the field's name", () => {
    expect(() => distributionFromSpec({ dist: "exponential" } as unknown as DistributionSpec)).toThrow(
      "exponential: mean must be a finite number > 0, got undefined",
    );
    expect(() => distributionFromSpec({ dist: "gamma", mean: 1, cv: -1 })).toThrow("gamma: cv must be a finite number >= 0, got -1");
  });
});
