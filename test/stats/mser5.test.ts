import { describe, expect, it } from "vitest";
import { mser5, mser5Limit } from "../../src/stats/mser5.js";
import { seededNormals } from "./seeded-normals.js";

describe("mser5(series)", () => {
  it("mser5(series) minimises the marginal standard error over batch means, checked by hand", () => {
    // Batch means 9, 1, 2, 1 (k = 4, d <= 2); the trailing 3 observations make no full batch.
    // MSER(0) = 44.75/16 = 2.80, MSER(1) = (2/3)/9 = 0.074, MSER(2) = 0.5/4 = 0.125, so d* = 1.
    const series = [9, 9, 9, 9, 9, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 50, 50, 50];
    expect(mser5(series)).toEqual({ truncateBatches: 1, truncateIndex: 5 });
  });

  it("mser5(series) truncates an obvious initial transient near its end", () => {
    // 100 observations 10 above the steady level, then 900 at it, with N(0, 1) noise. Keeping any transient batch
    // adds about 100/k to the squared deviations, far more than noise can, so d* is at least 20 batches; noise can
    // only push it a few batches later.
    const noise = seededNormals("mser5-transient", 1000);
    const series = noise.map((z, i) => (i < 100 ? 10 : 0) + z);
    const { truncateIndex } = mser5(series);
    expect(truncateIndex).toBeGreaterThanOrEqual(100);
    expect(truncateIndex).toBeLessThanOrEqual(150);
  });

  it("mser5(series) truncates a linearly decaying warm-up after most of the decay", () => {
    // Bias 20 (1 - i/200) over the first 200 observations: by i = 120 it is 8, still 8 standard deviations of noise.
    const noise = seededNormals("mser5-ramp", 2000);
    const series = noise.map((z, i) => Math.max(0, 20 * (1 - i / 200)) + z);
    const { truncateIndex } = mser5(series);
    expect(truncateIndex).toBeGreaterThanOrEqual(120);
    expect(truncateIndex).toBeLessThanOrEqual(250);
  });

  it("mser5(series) truncates a stationary series near 0", () => {
    const series = seededNormals("mser5-stationary", 1000).map((z) => 5 + z);
    expect(mser5(series).truncateIndex).toBeLessThanOrEqual(100);
  });

  it("mser5(series) reports in observations five times the batches", () => {
    const series = seededNormals("mser5-units", 500).map((z, i) => (i < 42 ? 30 : 0) + z);
    const t = mser5(series);
    expect(t.truncateIndex).toBe(5 * t.truncateBatches);
    expect(t.truncateIndex).toBeGreaterThanOrEqual(42);
  });

  it("mser5(series) never deletes more than half the batches", () => {
    // A series rising all the way: the minimum sits at the limit floor(k/2), the sign of a run too short.
    const series = Array.from({ length: 100 }, (_, i) => i);
    expect(mser5(series).truncateBatches).toBe(10);
  });

  it("mser5(series) rejects fewer than 10 observations and non-finite values", () => {
    expect(() => mser5([1, 2, 3, 4, 5, 6, 7, 8, 9])).toThrow(/mser5: series must hold at least 10 value\(s\), got an array of length 9/);
    expect(() => mser5([1, 2, 3, 4, 5, 6, 7, 8, 9, Number.NaN])).toThrow(/mser5: series\[9\] must be a finite number, got NaN/);
  });

  it("mser5Limit(length) is half the whole batches of 5, in observations, and mser5 never cuts beyond it", () => {
    // 23 values: 4 whole batches, so at most 2 batches (10 values); 200 values: 40 batches, at most 20 (100 values).
    expect([mser5Limit(23), mser5Limit(200), mser5Limit(10), mser5Limit(14)]).toEqual([10, 100, 5, 5]);
    const rising = Array.from({ length: 23 }, (_, i) => i);
    expect(mser5(rising).truncateIndex).toBe(mser5Limit(23));
  });
});
