/**
 * Counts of observations in fixed bins [edges[i], edges[i+1]), with an underflow count
 * for x < edges[0] and an overflow count for x ≥ the last edge, so no observation is lost
 * and the bins can be drawn as a bar chart whatever the data turn out to be.
 * Cost: O(log bins) per `add`; memory O(bins).
 *
 * @example
 * const h = new Histogram([0, 1, 2, 4]); // hours
 * [0.5, 1, 3, 9].forEach((x) => h.add(x));
 * h.counts; // => [1, 1, 1]
 * h.overflow; // => 1
 */
export class Histogram {
  /** Bin edges, strictly increasing (same unit as the observations). */
  readonly edges: readonly number[];
  private readonly bins: number[];
  private under = 0;
  private over = 0;

  /**
   * @param edges - at least two finite, strictly increasing bin edges.
   * @throws {TypeError} if edges is not an array.
   * @throws {RangeError} if there are fewer than two edges, or they are not finite and strictly increasing.
   */
  constructor(edges: readonly number[]) {
    if (!Array.isArray(edges)) throw new TypeError(`Histogram: edges must be an array of numbers, got ${String(edges)}`);
    if (edges.length < 2) throw new RangeError(`Histogram: edges must hold at least 2 numbers, got ${edges.length}`);
    for (let i = 0; i < edges.length; i++) {
      const e: unknown = edges[i];
      if (typeof e !== "number" || !Number.isFinite(e)) {
        throw new RangeError(`Histogram: edges must be finite numbers, got ${String(e)} at index ${i}`);
      }
      if (i > 0 && !(e > (edges[i - 1] as number))) {
        throw new RangeError(
          `Histogram: edges must strictly increase, got ${String(edges[i - 1])} then ${e} at index ${i}`,
        );
      }
    }
    this.edges = Object.freeze([...edges]);
    this.bins = new Array<number>(edges.length - 1).fill(0);
  }

  /**
   * Counts one observation x in its bin, or in underflow / overflow.
   *
   * @throws {RangeError} if x is NaN.
   * @example
   * const h = new Histogram([0, 10]);
   * h.add(10);
   * h.overflow; // => 1
   */
  add(x: number): void {
    if (Number.isNaN(x)) throw new RangeError("Histogram.add: x must be a number, got NaN");
    const edges = this.edges;
    if (x < (edges[0] as number)) {
      this.under++;
      return;
    }
    if (x >= (edges[edges.length - 1] as number)) {
      this.over++;
      return;
    }
    // Largest i with edges[i] <= x.
    let lo = 0;
    let hi = edges.length - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >>> 1;
      if ((edges[mid] as number) <= x) lo = mid;
      else hi = mid;
    }
    this.bins[lo] = (this.bins[lo] ?? 0) + 1;
  }

  /** Count in each bin, one fewer than the edges; a copy, safe to keep. */
  get counts(): number[] {
    return [...this.bins];
  }

  /** Number of observations below the first edge. */
  get underflow(): number {
    return this.under;
  }

  /** Number of observations at or above the last edge. */
  get overflow(): number {
    return this.over;
  }

  /** Number of observations, underflow and overflow included. */
  get count(): number {
    return this.bins.reduce((s, c) => s + c, this.under + this.over);
  }

  /**
   * Adds the counts of `other`, which must have the same edges; `other` is unchanged.
   *
   * @returns this histogram, for chaining.
   * @throws {TypeError} if other is not a Histogram.
   * @throws {RangeError} if other has different edges.
   * @example
   * const a = new Histogram([0, 1]); a.add(0.5);
   * const b = new Histogram([0, 1]); b.add(0.2);
   * a.merge(b).counts; // => [2]
   */
  merge(other: Histogram): this {
    if (!(other instanceof Histogram)) throw new TypeError(`Histogram.merge: other must be a Histogram, got ${String(other)}`);
    const same = other.edges.length === this.edges.length && other.edges.every((e, i) => e === this.edges[i]);
    if (!same) {
      throw new RangeError(
        `Histogram.merge: other must have the same edges [${this.edges.join(", ")}], got [${other.edges.join(", ")}]`,
      );
    }
    for (let i = 0; i < this.bins.length; i++) this.bins[i] = (this.bins[i] ?? 0) + (other.bins[i] ?? 0);
    this.under += other.under;
    this.over += other.over;
    return this;
  }
}
