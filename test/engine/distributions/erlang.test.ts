import { describe, expect, it } from "vitest";
import { erlang } from "../../../src/engine/distributions/erlang.js";
import { expectSampleMoments, scripted } from "./sample-moments.js";

describe("erlang(mean, k)", () => {
  it("erlang(mean, k) has mean `mean` and variance mean²/k", () => {
    expect(erlang(2, 4).mean).toBe(2);
    expect(erlang(2, 4).variance).toBe(1);
  });

  it("erlang(mean, k).sample(u) has the theoretical mean and variance within their confidence intervals", () => {
    expectSampleMoments(erlang(2, 4));
    expectSampleMoments(erlang(0.5, 1));
  });

  it("erlang(mean, k).sample(u) sums k exponential phases of mean mean/k", () => {
    // Phases of mean 1 at u = 1 − e^(−1) and 1 − e^(−2): 1 + 2 = 3.
    const u = scripted([1 - Math.exp(-1), 1 - Math.exp(-2)]);
    expect(erlang(2, 2).sample(u)).toBeCloseTo(3, 14);
    expect(u.calls).toBe(2);
  });

  it("erlang(mean, k) rejects k that is not a positive integer and a mean <= 0", () => {
    expect(() => erlang(1, 0)).toThrow("erlang: k must be an integer >= 1, got 0");
    expect(() => erlang(1, 2.5)).toThrow("erlang: k must be an integer >= 1, got 2.5");
    expect(() => erlang(1, "3" as unknown as number)).toThrow(TypeError);
    expect(() => erlang(-1, 2)).toThrow("erlang: mean must be a finite number > 0, got -1");
  });
});
