import { describe, expect, it } from "vitest";
import { QuantileSketch } from "../../../src/engine/monitors/quantile-sketch.js";
import { randomStream } from "../../../src/engine/random-stream.js";

// Skewed samples drawn here by inversion, independently of the distributions module:
// 30% exact zeros (trucks that did not wait), then Pareto(shape 1.2) or exponential waits.
const skewed = (n: number, name: string, draw: (u: number) => number): number[] => {
  const u = randomStream(11, 0, name);
  return Array.from({ length: n }, () => (u() < 0.3 ? 0 : draw(u())));
};
const pareto = (u: number): number => (1 - u) ** (-1 / 1.2) - 1;
const exponential = (u: number): number => -2.5 * Math.log(1 - u);

const sketchOf = (xs: readonly number[], options = {}): QuantileSketch => {
  const s = new QuantileSketch(options);
  for (const x of xs) s.add(x);
  return s;
};

const probabilities = [0, 0.01, 0.1, 0.25, 0.3, 0.31, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999, 1];

// The promise is |estimate − x₍⌊q(n−1)⌋₎| ≤ α·x₍⌊q(n−1)⌋₎; the 1e-12 allows for rounding in
// exp and log, many orders of magnitude below α.
const expectWithin = (sketch: QuantileSketch, sorted: readonly number[], alpha: number): void => {
  for (const q of probabilities) {
    const exact = sorted[Math.floor(q * (sorted.length - 1))] as number;
    const estimate = sketch.quantile(q);
    expect(Math.abs(estimate - exact), `q=${q}, exact ${exact}, estimate ${estimate}`).toBeLessThanOrEqual(
      (alpha + 1e-12) * exact,
    );
  }
};

describe("QuantileSketch", () => {
  for (const [name, draw] of [
    ["pareto", pareto],
    ["exponential", exponential],
  ] as const) {
    for (const alpha of [0.01, 0.05]) {
      it(`sketch.quantile(q) is within α = ${alpha} relative of the exact quantile on a ${name} sample with zeros`, () => {
        const xs = skewed(20_000, name, draw);
        const sketch = sketchOf(xs, { relativeAccuracy: alpha });
        expectWithin(sketch, [...xs].sort((a, b) => a - b), alpha);
        expect(sketch.collapsed).toBe(false);
      });
    }
  }

  it("sketch.count and sketch.zeroCount count exactly", () => {
    const s = sketchOf([0, 0, 1e-9, 3, 0, 1e9]);
    expect(s.count).toBe(6);
    expect(s.zeroCount).toBe(3);
    expect(s.quantile(0.4)).toBe(0);
  });

  it("sketch.quantile(0) and sketch.quantile(1) are the exact minimum and maximum", () => {
    const s = sketchOf([3.7, 12.25, 1000.5]);
    expect(s.quantile(0)).toBe(3.7);
    expect(s.quantile(1)).toBe(1000.5);
  });

  it("sketch.bucketCount stays within ⌈log_γ(max/min)⌉ + 2, whatever the number of observations", () => {
    const alpha = 0.01;
    const gamma = (1 + alpha) / (1 - alpha);
    const u = randomStream(11, 0, "bucket-bound");
    // Log-uniform on [1, 1e6]: every bucket of the range gets hit.
    const s = new QuantileSketch({ relativeAccuracy: alpha });
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < 50_000; i++) {
      const x = 10 ** (6 * u());
      lo = Math.min(lo, x);
      hi = Math.max(hi, x);
      s.add(x);
    }
    const bound = Math.ceil(Math.log(hi / lo) / Math.log(gamma)) + 2;
    expect(s.bucketCount).toBeLessThanOrEqual(bound);
    // 1e6 spans ln(1e6)/ln(γ) ≈ 691 buckets: the sketch is dense, not one bucket per value.
    expect(s.bucketCount).toBeGreaterThan(600);
  });

  it("sketch.add(x) beyond maxBuckets collapses the lowest buckets and keeps the quantiles above max·γ^(2−maxBuckets) accurate", () => {
    const alpha = 0.01;
    const gamma = (1 + alpha) / (1 - alpha);
    const maxBuckets = 600;
    // Shifted off zero so that the sample spans about 1e-6 to 1e4, more than 600 buckets.
    const xs = skewed(10_000, "collapse", pareto).map((x) => x + 1e-6);
    const sorted = [...xs].sort((a, b) => a - b);
    const max = sorted[sorted.length - 1] as number;
    const s = sketchOf(xs, { relativeAccuracy: alpha, maxBuckets });
    expect(s.bucketCount).toBeLessThanOrEqual(maxBuckets);
    expect(s.collapsed).toBe(true);
    const clean = max * gamma ** (2 - maxBuckets);
    let checked = 0;
    for (const q of probabilities) {
      const exact = sorted[Math.floor(q * (sorted.length - 1))] as number;
      if (exact <= clean) continue;
      checked++;
      expect(Math.abs(s.quantile(q) - exact), `q=${q}`).toBeLessThanOrEqual((alpha + 1e-12) * exact);
    }
    expect(checked).toBeGreaterThanOrEqual(8);
    // The 1% quantile lies in the merged low bucket: overestimated, never beyond the maximum.
    expect(sorted[99]).toBeLessThan(clean);
    expect(s.quantile(0.01)).toBeGreaterThanOrEqual(sorted[99] as number);
    expect(s.quantile(0.01)).toBeLessThanOrEqual(max);
  });

  it("sketch.merge(other) gives the sketch of the pooled observations", () => {
    const a = skewed(5_000, "merge-a", pareto);
    const b = skewed(7_000, "merge-b", exponential).map((x) => x * 1e3);
    const merged = sketchOf(a).merge(sketchOf(b));
    const pooled = sketchOf([...a, ...b]);
    expect(merged.count).toBe(12_000);
    expect(merged.zeroCount).toBe(pooled.zeroCount);
    expect(merged.bucketCount).toBe(pooled.bucketCount);
    for (const q of probabilities) expect(merged.quantile(q)).toBe(pooled.quantile(q));
  });

  it("sketch.merge(other) rejects a sketch of another accuracy or a non-sketch", () => {
    const a = new QuantileSketch();
    expect(() => a.merge(new QuantileSketch({ relativeAccuracy: 0.02 }))).toThrow(
      "QuantileSketch.merge: other must have relativeAccuracy 0.01, got 0.02",
    );
    expect(() => a.merge({} as QuantileSketch)).toThrow(TypeError);
  });

  it("sketch.add(x) rejects negative, infinite and NaN values", () => {
    const s = new QuantileSketch();
    expect(() => s.add(-1)).toThrow("QuantileSketch.add: x must be a finite number >= 0, got -1");
    expect(() => s.add(Infinity)).toThrow(RangeError);
    expect(() => s.add(Number.NaN)).toThrow(RangeError);
    expect(s.count).toBe(0);
  });

  it("sketch.quantile(q) rejects q outside [0, 1] and an empty sketch", () => {
    expect(() => new QuantileSketch().quantile(0.5)).toThrow(/the sketch is empty/);
    const s = sketchOf([1]);
    expect(() => s.quantile(1.5)).toThrow("QuantileSketch.quantile: q must be a number in [0, 1], got 1.5");
    expect(() => s.quantile(Number.NaN)).toThrow(RangeError);
  });

  it("new QuantileSketch(options) validates relativeAccuracy and maxBuckets", () => {
    expect(() => new QuantileSketch({ relativeAccuracy: 0 })).toThrow(/relativeAccuracy must be a number in \(0, 1\), got 0/);
    expect(() => new QuantileSketch({ relativeAccuracy: 1 })).toThrow(RangeError);
    expect(() => new QuantileSketch({ maxBuckets: 1 })).toThrow(/maxBuckets must be an integer >= 2, got 1/);
    expect(() => new QuantileSketch({ maxBuckets: 2.5 })).toThrow(RangeError);
    expect(new QuantileSketch().relativeAccuracy).toBe(0.01);
  });
});
