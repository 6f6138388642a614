import { describe, expect, it } from "vitest";
import { sampleQuantile, varianceSplit } from "../../../src/stats/index.js";
import { randomStream } from "../../../src/engine/index.js";
import { estimate } from "../../../src/stats/index.js";

describe("varianceSplit(worlds)", () => {
  it("varianceSplit(worlds) takes the mean squared standard error as noise and the rest of the spread of world means as input", () => {
    // World means 2 and 6 (variance 8); each world's s² = 2 over n = 2, so noise 1 and input 7.
    expect(varianceSplit([[1, 3], [5, 7]])).toEqual({ inputVariance: 7, noiseVariance: 1 });
    // No spread between worlds beyond noise: the input part is not negative.
    expect(varianceSplit([[0, 2], [1, 1]]).inputVariance).toBe(0);
  });

  it("varianceSplit(worlds) recovers a known input variance within the interval of repeated splits", () => {
    // True value per world uniform on [0, 6] (variance 3); noise normal-ish with variance 4 per replication.
    const u = randomStream(7, 0, "split");
    const normal = (): number => Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
    const splits = Array.from({ length: 40 }, () => {
      const worlds = Array.from({ length: 50 }, () => {
        const truth = 6 * u();
        return Array.from({ length: 5 }, () => truth + 2 * normal());
      });
      return varianceSplit(worlds);
    });
    const input = estimate(splits.map((s) => s.inputVariance));
    const noise = estimate(splits.map((s) => s.noiseVariance));
    expect(input.lo as number).toBeLessThanOrEqual(3);
    expect(input.hi as number).toBeGreaterThanOrEqual(3);
    expect(noise.lo as number).toBeLessThanOrEqual(4 / 5);
    expect(noise.hi as number).toBeGreaterThanOrEqual(4 / 5);
  });

  it("varianceSplit(worlds) needs two worlds of two replications", () => {
    expect(() => varianceSplit([[1, 2]])).toThrow(RangeError);
    expect(() => varianceSplit([[1, 2], [3]])).toThrow(RangeError);
  });
});

describe("sampleQuantile(values, p)", () => {
  it("sampleQuantile(values, p) interpolates between order statistics (type 7)", () => {
    expect(sampleQuantile([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(sampleQuantile([4, 1, 3, 2], 0)).toBe(1);
    expect(sampleQuantile([4, 1, 3, 2], 1)).toBe(4);
    expect(sampleQuantile([10, 20], 0.05)).toBeCloseTo(10.5, 12);
  });

  it("sampleQuantile(values, p) rejects an empty sample and p outside [0, 1]", () => {
    expect(() => sampleQuantile([], 0.5)).toThrow(RangeError);
    expect(() => sampleQuantile([1], 1.5)).toThrow(RangeError);
  });
});
