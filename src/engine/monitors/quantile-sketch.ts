import { exp, log } from "../../math/index.js";

/** Options of a {@link QuantileSketch}. */
export interface QuantileSketchOptions {
  /**
   * Relative accuracy α, in (0, 1): every quantile returned is within α × its true value.
   * @default 0.01
   */
  relativeAccuracy?: number;
  /**
   * Most buckets kept (an integer ≥ 2); memory is at most 8 bytes per bucket. When a
   * new value would need more, the lowest buckets are merged into one (see `collapsed`).
   * @default 2048
   */
  maxBuckets?: number;
}

/**
 * Streaming quantiles (p50, p90, p95, any q) of non-negative observations, such as
 * waiting times, to a relative accuracy α in memory that does not grow with their number:
 * a DDSketch (Masson, Rim and Lee, 2019).
 *
 * A positive x falls in bucket i = ⌈log_γ x⌉ with γ = (1 + α) / (1 − α), which covers
 * (γ^(i−1), γ^i]; every value of that bucket is within α relative of 2γ^i / (γ + 1), the
 * value reported for it. Zeros (trucks that did not wait) are counted exactly, apart.
 * Observations between m > 0 and M use at most ⌈log_γ(M / m)⌉ + 2 buckets (one more than
 * the exact count, for floating-point rounding at bucket edges), and never more than
 * `maxBuckets`: with α = 0.01, one minute to one month needs about 535. While no bucket has
 * been collapsed, `quantile(q)` is within α relative of the sample's order statistic
 * x₍⌊q(n−1)⌋₎ (0-based), and exact for q = 0 and q = 1.
 * Cost: O(1) per `add` (amortised); O(buckets) per `quantile` and `merge`.
 *
 * @throws {RangeError} if relativeAccuracy is not in (0, 1) or maxBuckets is not an integer ≥ 2.
 * @example
 * const s = new QuantileSketch();
 * for (const x of [0, 1, 2, 3, 100]) s.add(x);
 * s.quantile(0.5); // => 1.9936617014173448 (the median is 2)
 */
export class QuantileSketch {
  /** Relative accuracy α of the quantiles returned. */
  readonly relativeAccuracy: number;
  /** Most buckets this sketch keeps. */
  readonly maxBuckets: number;
  private readonly logGamma: number;
  private readonly representativeFactor: number;
  // bins[j] counts bucket offset + j; dense, because observations cluster in a few decades.
  private bins: number[] = [];
  private offset = 0;
  private zeros = 0;
  private n = 0;
  private lo = Infinity;
  private hi = -Infinity;
  private wasCollapsed = false;

  constructor(options: QuantileSketchOptions = {}) {
    const alpha = options.relativeAccuracy ?? 0.01;
    const maxBuckets = options.maxBuckets ?? 2048;
    if (!(alpha > 0 && alpha < 1)) {
      throw new RangeError(`QuantileSketch: relativeAccuracy must be a number in (0, 1), got ${String(alpha)}`);
    }
    if (!Number.isSafeInteger(maxBuckets) || maxBuckets < 2) {
      throw new RangeError(`QuantileSketch: maxBuckets must be an integer >= 2, got ${String(maxBuckets)}`);
    }
    this.relativeAccuracy = alpha;
    this.maxBuckets = maxBuckets;
    const gamma = (1 + alpha) / (1 - alpha);
    this.logGamma = log(gamma);
    this.representativeFactor = 2 / (1 + gamma);
  }

  /**
   * Records one observation x ≥ 0.
   *
   * @throws {RangeError} if x is negative, infinite or NaN.
   * @example
   * const s = new QuantileSketch();
   * s.add(0);
   * s.zeroCount; // => 1
   */
  add(x: number): void {
    if (!(x >= 0 && x < Infinity)) {
      throw new RangeError(`QuantileSketch.add: x must be a finite number >= 0, got ${String(x)}`);
    }
    this.n++;
    if (x < this.lo) this.lo = x;
    if (x > this.hi) this.hi = x;
    if (x === 0) {
      this.zeros++;
      return;
    }
    const j = this.slot(Math.ceil(log(x) / this.logGamma));
    this.bins[j] = (this.bins[j] ?? 0) + 1;
  }

  /**
   * The q-quantile of the observations, within α relative of x₍⌊q(n−1)⌋₎ (see the class).
   *
   * @param q - probability in [0, 1], e.g. 0.95 for the 95th percentile.
   * @throws {RangeError} if q is not in [0, 1] or the sketch is empty.
   * @example
   * const s = new QuantileSketch();
   * [5, 1, 3].forEach((x) => s.add(x));
   * s.quantile(1); // => 5
   */
  quantile(q: number): number {
    if (!(q >= 0 && q <= 1)) throw new RangeError(`QuantileSketch.quantile: q must be a number in [0, 1], got ${String(q)}`);
    if (this.n === 0) throw new RangeError("QuantileSketch.quantile: the sketch is empty (count is 0)");
    if (q === 0) return this.lo;
    if (q === 1) return this.hi;
    const rank = q * (this.n - 1);
    let seen = this.zeros;
    if (seen > rank) return 0;
    const bins = this.bins;
    for (let j = 0; j < bins.length; j++) {
      seen += bins[j] ?? 0;
      if (seen > rank) {
        const value = this.representativeFactor * exp((this.offset + j) * this.logGamma);
        // Clamping to the exact extremes can only bring the answer closer to the truth.
        return Math.min(Math.max(value, this.lo), this.hi);
      }
    }
    return this.hi;
  }

  /** Number of observations, zeros included. */
  get count(): number {
    return this.n;
  }

  /** Number of observations exactly equal to 0. */
  get zeroCount(): number {
    return this.zeros;
  }

  /** Number of buckets currently held (the memory used, in 8-byte slots). */
  get bucketCount(): number {
    return this.bins.length;
  }

  /**
   * Whether lowest buckets were ever merged to respect `maxBuckets`. If so, quantiles below
   * max·γ^(2 − maxBuckets) may be overestimated (never above the maximum); those above
   * keep the α guarantee, since only the lowest kept bucket ever receives merged counts.
   */
  get collapsed(): boolean {
    return this.wasCollapsed;
  }

  /**
   * Adds every observation of `other` to this sketch; `other` is unchanged. The result is
   * the sketch of the pooled observations, as if they had all been added here (if other
   * was collapsed under a smaller maxBuckets, its own collapsed range stays inaccurate).
   *
   * @returns this sketch, for chaining.
   * @throws {TypeError} if other is not a QuantileSketch.
   * @throws {RangeError} if other has a different relativeAccuracy.
   * @example
   * const a = new QuantileSketch(); a.add(1);
   * const b = new QuantileSketch(); b.add(0);
   * a.merge(b).count; // => 2
   */
  merge(other: QuantileSketch): this {
    if (!(other instanceof QuantileSketch)) {
      throw new TypeError(`QuantileSketch.merge: other must be a QuantileSketch, got ${String(other)}`);
    }
    if (other.relativeAccuracy !== this.relativeAccuracy) {
      throw new RangeError(
        `QuantileSketch.merge: other must have relativeAccuracy ${this.relativeAccuracy}, got ${other.relativeAccuracy}`,
      );
    }
    for (let j = 0; j < other.bins.length; j++) {
      const c = other.bins[j] ?? 0;
      if (c === 0) continue;
      const k = this.slot(other.offset + j);
      this.bins[k] = (this.bins[k] ?? 0) + c;
    }
    this.zeros += other.zeros;
    this.n += other.n;
    if (other.lo < this.lo) this.lo = other.lo;
    if (other.hi > this.hi) this.hi = other.hi;
    this.wasCollapsed ||= other.wasCollapsed;
    return this;
  }

  // Position in `bins` of bucket i, growing the dense range (and collapsing its low end
  // beyond maxBuckets, since planners read high quantiles) when i lies outside it.
  private slot(i: number): number {
    const bins = this.bins;
    if (bins.length === 0) {
      this.offset = i;
      bins.push(0);
      return 0;
    }
    const top = this.offset + bins.length - 1;
    if (i >= this.offset && i <= top) return i - this.offset;
    if (i < this.offset && this.wasCollapsed) return 0;
    if (i > top && i - this.offset < this.maxBuckets) {
      while (bins.length <= i - this.offset) bins.push(0);
      return i - this.offset;
    }
    const lo = Math.min(i, this.offset);
    const hi = Math.max(i, top);
    const keepLo = Math.max(lo, hi - this.maxBuckets + 1);
    const next = new Array<number>(hi - keepLo + 1).fill(0);
    for (let j = 0; j < bins.length; j++) {
      const k = Math.max(this.offset + j, keepLo) - keepLo;
      next[k] = (next[k] ?? 0) + (bins[j] ?? 0);
    }
    if (keepLo > lo) this.wasCollapsed = true;
    this.bins = next;
    this.offset = keepLo;
    return Math.max(i, keepLo) - keepLo;
  }
}
