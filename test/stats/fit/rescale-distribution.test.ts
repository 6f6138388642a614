import { describe, expect, it } from "vitest";
import { rescaleDistribution } from "../../../src/stats/fit/index.js";

describe("rescaleDistribution(spec, factor)", () => {
  it("rescaleDistribution(spec, 60) multiplies the time fields only", () => {
    expect(rescaleDistribution({ dist: "gamma", mean: 0.5, cv: 0.3 }, 60)).toEqual({ dist: "gamma", mean: 30, cv: 0.3 });
    expect(rescaleDistribution({ dist: "weibull", shape: 2, scale: 1 }, 60)).toEqual({ dist: "weibull", shape: 2, scale: 60 });
    expect(rescaleDistribution({ dist: "triangular", min: 1, mode: 2, max: 4 }, 0.5)).toEqual({ dist: "triangular", min: 0.5, mode: 1, max: 2 });
    expect(rescaleDistribution({ dist: "empirical", values: [1, 2], weights: [3, 1] }, 2)).toEqual({ dist: "empirical", values: [2, 4], weights: [3, 1] });
    expect(rescaleDistribution({ dist: "erlang", mean: 2, k: 3 }, 60)).toEqual({ dist: "erlang", mean: 120, k: 3 });
  });
});
