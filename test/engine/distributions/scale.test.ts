import { describe, expect, it } from "vitest";
import type { Distribution } from "../../../src/engine/distributions/distribution.js";
import { exponential } from "../../../src/engine/distributions/exponential.js";
import { scaleDistribution } from "../../../src/engine/distributions/scale.js";
import { randomStream } from "../../../src/engine/random-stream.js";
import { expectSampleMoments } from "./sample-moments.js";

describe("scaleDistribution(d, factor)", () => {
  it("scaleDistribution(d, factor) has mean factor·mean and variance factor²·variance", () => {
    const d = scaleDistribution(exponential(2), 0.6);
    expect(d.mean).toBeCloseTo(1.2, 15);
    expect(d.variance).toBeCloseTo(1.44, 15);
    expect(d.name).toBe("0.6 × exponential(mean=2)");
  });

  it("scaleDistribution(d, factor).sample(u) is factor times the draw of d on the same uniforms", () => {
    const a = randomStream(5, 0, "scale");
    const b = randomStream(5, 0, "scale");
    const base = exponential(2);
    const scaled = scaleDistribution(base, 0.6);
    for (let i = 0; i < 100; i++) expect(scaled.sample(b)).toBe(0.6 * base.sample(a));
  });

  it("scaleDistribution(d, factor).sample(u) has the scaled moments within their confidence intervals", () => {
    expectSampleMoments(scaleDistribution(exponential(2), 0.6));
  });

  it("scaleDistribution(d, factor) rejects a negative factor and a non-distribution", () => {
    expect(() => scaleDistribution(exponential(1), -0.4)).toThrow(
      "scaleDistribution: factor must be a finite number >= 0, got -0.4",
    );
    expect(() => scaleDistribution({} as Distribution, 2)).toThrow(TypeError);
  });
});
