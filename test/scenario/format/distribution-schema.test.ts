import { describe, expect, it } from "vitest";
import { distributionSchema } from "../../../src/scenario/format/distribution-schema.js";
import { validate } from "../../../src/scenario/format/schema/validate.js";

const problemsOf = (value: unknown) => {
  const result = validate(distributionSchema, value);
  return result.ok ? [] : result.problems;
};

describe("distributionSchema", () => {
  it("distributionSchema accepts one valid example of every distribution", () => {
    const examples = [
      { dist: "exponential", mean: 2 },
      { dist: "deterministic", value: 0 },
      { dist: "uniform", min: 1, max: 1 },
      { dist: "triangular", min: 1, mode: 2, max: 4 },
      { dist: "normal", mean: 5, sd: 0 },
      { dist: "lognormal", mean: 1, cv: 2 },
      { dist: "gamma", mean: 1, cv: 0.5 },
      { dist: "erlang", mean: 1, k: 3 },
      { dist: "weibull", shape: 1.5, scale: 10 },
      { dist: "empirical", values: [1, 2, 3] },
      { dist: "empirical", values: [1, 2], weights: [0, 1] },
    ];
    for (const example of examples) expect(validate(distributionSchema, example)).toEqual({ ok: true, value: example });
  });

  it("distributionSchema enforces each parameter's range", () => {
    const cases: [unknown, string, string][] = [
      [{ dist: "exponential", mean: 0 }, "mean", "must be a number > 0, got 0"],
      [{ dist: "deterministic", value: -1 }, "value", "must be a number >= 0, got -1"],
      [{ dist: "normal", mean: 1, sd: -0.1 }, "sd", "must be a number >= 0, got -0.1"],
      [{ dist: "lognormal", mean: 1, cv: -1 }, "cv", "must be a number >= 0, got -1"],
      [{ dist: "erlang", mean: 1, k: 0 }, "k", "must be an integer >= 1, got 0"],
      [{ dist: "erlang", mean: 1, k: 2.5 }, "k", "must be an integer >= 1, got 2.5"],
      [{ dist: "weibull", shape: 0, scale: 1 }, "shape", "must be a number >= 0.012, got 0"],
      [{ dist: "empirical", values: [] }, "values", "must be an array of at least 1 item, got 0"],
      [{ dist: "empirical", values: [1, -2] }, "values[1]", "must be a number >= 0, got -2"],
    ];
    for (const [value, path, message] of cases) expect(problemsOf(value)).toEqual([{ path, message }]);
  });

  it("distributionSchema checks the rules that tie parameters together", () => {
    expect(problemsOf({ dist: "uniform", min: 3, max: 1 })).toEqual([{ path: "min", message: "must be <= max (1), got 3" }]);
    expect(problemsOf({ dist: "triangular", min: 1, mode: 5, max: 3 })).toEqual([{ path: "mode", message: "must be within [min, max] = [1, 3], got 5" }]);
    expect(problemsOf({ dist: "triangular", min: 1, mode: 0.5, max: 3 })[0]?.path).toBe("mode");
    expect(problemsOf({ dist: "empirical", values: [1, 2], weights: [1] })).toEqual([{ path: "weights", message: "must have one weight per value (2), got 1" }]);
    expect(problemsOf({ dist: "empirical", values: [1, 2], weights: [0, 0] })).toEqual([{ path: "weights", message: "must not all be 0" }]);
  });

  it("distributionSchema rejects a parameter of another distribution", () => {
    expect(problemsOf({ dist: "exponential", mean: 1, cv: 1 })).toEqual([{ path: "cv", message: 'unknown field "cv"; allowed: dist, mean' }]);
  });

  it("distributionSchema names an unknown distribution and lists all ten", () => {
    expect(problemsOf({ dist: "expo", mean: 1 })).toEqual([
      { path: "dist", message: 'unknown distribution "expo"; allowed: exponential, deterministic, uniform, triangular, normal, lognormal, gamma, erlang, weibull, empirical' },
    ]);
  });
});
