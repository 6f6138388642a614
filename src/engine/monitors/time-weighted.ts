/**
 * Time-weighted average of a piecewise-constant signal, such as the number of trucks in a
 * queue or of busy inspection booths, in constant memory.
 *
 * Each value counts for as long as it was held, so the mean of a queue length is the
 * L of Little's law, not the average over the moments at which the queue changed.
 * Cost: O(1) time per update, no allocation.
 *
 * @example
 * const q = new TimeWeighted(0, 0); // empty queue at hour 0
 * q.update(3, 2); // 3 trucks from hour 2
 * q.update(1, 5); // 1 truck from hour 5
 * q.mean(10); // => 1.4
 */
export class TimeWeighted {
  // Number fields set in the constructor are `declare`d: a field declared without a value would start as
  // undefined, and V8 would then box every double written to it (test/architecture/number-fields.test.ts).
  private declare start: number;
  private declare last: number;
  private declare current: number;
  // Integral of the signal over [start, last], in value × time units (e.g. truck-hours).
  private area = 0;
  private declare peak: number;

  /**
   * @param startTime - time at which averaging starts (simulation time units, e.g. hours).
   *   @default 0
   * @param initialValue - value of the signal from startTime on. @default 0
   * @throws {RangeError} if startTime or initialValue is not a finite number.
   */
  constructor(startTime = 0, initialValue = 0) {
    if (!Number.isFinite(startTime)) {
      throw new RangeError(`TimeWeighted: startTime must be a finite number, got ${String(startTime)}`);
    }
    if (!Number.isFinite(initialValue)) {
      throw new RangeError(`TimeWeighted: initialValue must be a finite number, got ${String(initialValue)}`);
    }
    this.start = startTime;
    this.last = startTime;
    this.current = initialValue;
    this.peak = initialValue;
  }

  /**
   * Sets the signal to `value` from time `now` on.
   *
   * @throws {RangeError} if value is not finite, or now is earlier than the previous update.
   * @example
   * const busy = new TimeWeighted();
   * busy.update(2, 1.5);
   * busy.value; // => 2
   */
  update(value: number, now: number): void {
    if (!Number.isFinite(value)) {
      throw new RangeError(`TimeWeighted.update: value must be a finite number, got ${String(value)}`);
    }
    // Written so that NaN and Infinity for now fail the same test as going backwards.
    if (!(now >= this.last && now < Infinity)) {
      throw new RangeError(
        `TimeWeighted.update: now must be a finite time >= the last update time ${this.last}, got ${String(now)}`,
      );
    }
    this.area += this.current * (now - this.last);
    this.last = now;
    this.current = value;
    if (value > this.peak) this.peak = value;
  }

  /**
   * Time-weighted mean of the signal from the start (or last reset) to `now`. Over an
   * interval of zero length it is the current value, the limit of the mean as the
   * interval shrinks.
   *
   * @throws {RangeError} if now is earlier than the last update or not finite.
   * @example
   * const q = new TimeWeighted(0, 4);
   * q.mean(2); // => 4
   */
  mean(now: number): number {
    if (!(now >= this.last && now < Infinity)) {
      throw new RangeError(
        `TimeWeighted.mean: now must be a finite time >= the last update time ${this.last}, got ${String(now)}`,
      );
    }
    const duration = now - this.start;
    if (duration === 0) return this.current;
    return (this.area + this.current * (now - this.last)) / duration;
  }

  /** Current value of the signal. */
  get value(): number {
    return this.current;
  }

  /** Largest value held since the start or the last reset (the value at the reset counts). */
  get max(): number {
    return this.peak;
  }

  /**
   * Restarts averaging at `now`, keeping the current value: used to discard a warm-up
   * period, after which the queue is not empty but its history no longer counts.
   *
   * @throws {RangeError} if now is earlier than the last update or not finite.
   * @example
   * const q = new TimeWeighted(0, 0);
   * q.update(5, 1);
   * q.reset(4);
   * q.mean(6); // => 5
   */
  reset(now: number): void {
    if (!(now >= this.last && now < Infinity)) {
      throw new RangeError(
        `TimeWeighted.reset: now must be a finite time >= the last update time ${this.last}, got ${String(now)}`,
      );
    }
    this.start = now;
    this.last = now;
    this.area = 0;
    this.peak = this.current;
  }
}
