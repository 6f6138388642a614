/**
 * Running count, mean, variance, minimum and maximum of a stream of observations
 * (waiting times, sojourn times), in constant memory.
 *
 * The mean and variance are updated by Welford's method, which stays accurate when the
 * observations are large and close together, where the textbook sum-of-squares formula
 * loses every significant digit. Cost: O(1) time and memory per observation.
 *
 * @example
 * const t = new Tally();
 * for (const x of [2, 4, 4, 4, 5, 5, 7, 9]) t.observe(x);
 * t.mean; // => 5
 * t.variance; // => 4.571428571428571
 */
export class Tally {
  private n = 0;
  private m = 0;
  // Sum of squared deviations from the running mean (Welford's M2).
  private m2 = 0;
  private total = 0;
  private lo = Infinity;
  private hi = -Infinity;

  /**
   * Records one observation x (in whatever unit the tally measures, e.g. hours).
   *
   * @throws {RangeError} if x is not a finite number.
   * @example
   * const t = new Tally();
   * t.observe(3);
   * t.count; // => 1
   */
  observe(x: number): void {
    if (!Number.isFinite(x)) throw new RangeError(`Tally.observe: x must be a finite number, got ${String(x)}`);
    const n = ++this.n;
    const d = x - this.m;
    this.m += d / n;
    this.m2 += d * (x - this.m);
    this.total += x;
    if (x < this.lo) this.lo = x;
    if (x > this.hi) this.hi = x;
  }

  /** Number of observations recorded since construction or the last reset. */
  get count(): number {
    return this.n;
  }

  /** Sum of the observations; 0 when there are none. */
  get sum(): number {
    return this.total;
  }

  /**
   * Arithmetic mean of the observations.
   *
   * @throws {RangeError} if there are no observations.
   */
  get mean(): number {
    if (this.n === 0) throw empty("mean");
    return this.m;
  }

  /**
   * Sample variance of the observations (divisor n − 1), in squared units.
   * It is 0 for a single observation, which shows no spread (too little to build a
   * confidence interval from: check `count` first).
   *
   * @throws {RangeError} if there are no observations.
   */
  get variance(): number {
    if (this.n === 0) throw empty("variance");
    return this.n === 1 ? 0 : this.m2 / (this.n - 1);
  }

  /**
   * Sample standard deviation, the square root of `variance`; 0 for a single observation.
   *
   * @throws {RangeError} if there are no observations.
   */
  get stdDev(): number {
    if (this.n === 0) throw empty("stdDev");
    return this.n === 1 ? 0 : Math.sqrt(this.m2 / (this.n - 1));
  }

  /**
   * Smallest observation.
   *
   * @throws {RangeError} if there are no observations.
   */
  get min(): number {
    if (this.n === 0) throw empty("min");
    return this.lo;
  }

  /**
   * Largest observation.
   *
   * @throws {RangeError} if there are no observations.
   */
  get max(): number {
    if (this.n === 0) throw empty("max");
    return this.hi;
  }

  /**
   * Forgets every observation, e.g. to discard a warm-up period.
   *
   * @example
   * const t = new Tally();
   * t.observe(1);
   * t.reset();
   * t.count; // => 0
   */
  reset(): void {
    this.n = 0;
    this.m = 0;
    this.m2 = 0;
    this.total = 0;
    this.lo = Infinity;
    this.hi = -Infinity;
  }

  /**
   * Adds every observation of `other` to this tally, as if they had been observed here,
   * by the parallel combination of Chan, Golub and LeVeque (1979); `other` is unchanged.
   * Used to pool tallies kept per lane or per replication. Cost: O(1).
   *
   * @returns this tally, for chaining.
   * @throws {TypeError} if other is not a Tally.
   * @example
   * const a = new Tally(); a.observe(1); a.observe(2);
   * const b = new Tally(); b.observe(3);
   * a.merge(b).mean; // => 2
   */
  merge(other: Tally): this {
    if (!(other instanceof Tally)) throw new TypeError(`Tally.merge: other must be a Tally, got ${String(other)}`);
    if (other.n === 0) return this;
    if (this.n === 0) {
      this.n = other.n;
      this.m = other.m;
      this.m2 = other.m2;
    } else {
      const n = this.n + other.n;
      const d = other.m - this.m;
      this.m += (d * other.n) / n;
      this.m2 += other.m2 + (d * d * this.n * other.n) / n;
      this.n = n;
    }
    this.total += other.total;
    if (other.lo < this.lo) this.lo = other.lo;
    if (other.hi > this.hi) this.hi = other.hi;
    return this;
  }
}

function empty(what: string): RangeError {
  return new RangeError(`Tally.${what}: no observations yet (count is 0)`);
}
