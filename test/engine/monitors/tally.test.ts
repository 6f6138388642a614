import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Tally } from "../../../src/engine/monitors/tally.js";

const tallyOf = (xs: readonly number[]): Tally => {
  const t = new Tally();
  for (const x of xs) t.observe(x);
  return t;
};

// Two-pass reference, written independently of Welford's update.
const twoPass = (xs: readonly number[]): { mean: number; variance: number } => {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1);
  return { mean, variance };
};

describe("Tally", () => {
  it("tally.observe(x) updates count, sum, mean, variance, stdDev, min and max", () => {
    // Mean 5; squared deviations sum to 32, so the sample variance is 32 / 7.
    const t = tallyOf([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(t.count).toBe(8);
    expect(t.sum).toBe(40);
    expect(t.mean).toBe(5);
    expect(t.variance).toBeCloseTo(32 / 7, 14);
    expect(t.stdDev).toBeCloseTo(Math.sqrt(32 / 7), 14);
    expect(t.min).toBe(2);
    expect(t.max).toBe(9);
  });

  it("tally.variance keeps its digits for large, close observations", () => {
    // The classic catastrophic-cancellation case: 1e9 + {4, 7, 13, 16} has variance 30.
    const t = tallyOf([4, 7, 13, 16].map((x) => 1e9 + x));
    expect(t.mean).toBe(1e9 + 10);
    expect(t.variance).toBeCloseTo(30, 9);
  });

  it("tally.variance and tally.stdDev are 0 for one observation", () => {
    const t = tallyOf([3.5]);
    expect(t.variance).toBe(0);
    expect(t.stdDev).toBe(0);
    expect(t.mean).toBe(3.5);
  });

  it("tally.mean, variance, stdDev, min and max throw on an empty tally; count and sum are 0", () => {
    const t = new Tally();
    expect(t.count).toBe(0);
    expect(t.sum).toBe(0);
    for (const read of [() => t.mean, () => t.variance, () => t.stdDev, () => t.min, () => t.max]) {
      expect(read).toThrow(/Tally\.\w+: no observations yet/);
    }
  });

  it("tally.observe(x) rejects NaN and infinities", () => {
    const t = new Tally();
    expect(() => t.observe(Number.NaN)).toThrow(RangeError);
    expect(() => t.observe(Infinity)).toThrow("Tally.observe: x must be a finite number, got Infinity");
    expect(t.count).toBe(0);
  });

  it("tally.reset() forgets every observation", () => {
    const t = tallyOf([1, 2, 3]);
    t.reset();
    expect(t.count).toBe(0);
    expect(t.sum).toBe(0);
    t.observe(10);
    expect(t.mean).toBe(10);
    expect(t.min).toBe(10);
    expect(t.max).toBe(10);
  });

  it("tally.merge(other) equals observing both samples in one tally", () => {
    const merged = tallyOf([2, 4, 4]).merge(tallyOf([4, 5, 5, 7, 9]));
    expect(merged.count).toBe(8);
    expect(merged.mean).toBeCloseTo(5, 14);
    expect(merged.variance).toBeCloseTo(32 / 7, 13);
    expect(merged.min).toBe(2);
    expect(merged.max).toBe(9);
    expect(merged.sum).toBe(40);
  });

  it("tally.merge(other) with an empty side copies the other side", () => {
    expect(new Tally().merge(tallyOf([1, 3])).variance).toBe(2);
    expect(tallyOf([1, 3]).merge(new Tally()).variance).toBe(2);
    expect(new Tally().merge(new Tally()).count).toBe(0);
  });

  it("tally.merge(other) rejects a non-Tally", () => {
    expect(() => new Tally().merge({} as Tally)).toThrow(TypeError);
  });

  it("tally.merge(other) matches a two-pass computation on arbitrary splits", () => {
    const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(fc.array(finite, { minLength: 1, maxLength: 40 }), fc.array(finite, { minLength: 1, maxLength: 40 }), (a, b) => {
        const all = [...a, ...b];
        const merged = tallyOf(a).merge(tallyOf(b));
        const ref = twoPass(all);
        const scale = Math.max(1, ...all.map(Math.abs));
        expect(merged.count).toBe(all.length);
        expect(Math.abs(merged.mean - ref.mean)).toBeLessThanOrEqual(1e-9 * scale);
        expect(Math.abs(merged.variance - ref.variance)).toBeLessThanOrEqual(1e-9 * scale * scale);
        expect(merged.min).toBe(Math.min(...all));
        expect(merged.max).toBe(Math.max(...all));
      }),
    );
  });
});
