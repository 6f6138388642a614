/** A recorded trace: event times in order, how many events, and the time up to which it is complete. */
export interface TimedTrace {
  readonly time: ArrayLike<number>;
  readonly length: number;
  readonly until: number;
}

/**
 * Walks a recorded trace forward in model time, applying its events; going back replays from the
 * start, so seeking and the animation's speed cannot change what happened. Subclasses say what an
 * event does (`apply`) and what the state is before the first one (`reset`, calling `super.reset()`).
 */
export abstract class TraceCursor<T extends TimedTrace> {
  /** Model time shown now. */
  time = 0;
  /** Index of the next event to apply. */
  cursor = 0;

  constructor(readonly trace: T) {}

  /** Applies event `i` of the trace to the state. */
  protected abstract apply(i: number): void;

  /** Back to time 0, before the first event. */
  reset(): void {
    this.time = 0;
    this.cursor = 0;
  }

  /** Model time of the last event the trace holds completely. */
  get end(): number {
    return this.trace.until;
  }

  /** True when every event has been applied and the clock has reached the end. */
  get ended(): boolean {
    return this.cursor >= this.trace.length && this.time >= this.end;
  }

  /** Model time of the next event, or Infinity when none is left. */
  get nextTime(): number {
    return this.cursor < this.trace.length ? (this.trace.time[this.cursor] as number) : Infinity;
  }

  /**
   * Moves the clock to `time` (clamped to [0, end]), applying every event up to and including it; an
   * earlier time replays from the start.
   * @returns the number of events applied.
   */
  seek(time: number): number {
    const t = Math.max(0, Math.min(time, this.end));
    if (t < this.time) this.reset();
    const times = this.trace.time;
    const length = this.trace.length;
    const first = this.cursor;
    while (this.cursor < length && (times[this.cursor] as number) <= t) this.apply(this.cursor++);
    this.time = t;
    return this.cursor - first;
  }

  /**
   * Applies the next event and every other event at the same time, and moves the clock there: one visible step.
   * @returns false when no event was left.
   */
  step(): boolean {
    if (this.cursor >= this.trace.length) {
      this.time = this.end;
      return false;
    }
    this.seek(this.trace.time[this.cursor] as number);
    return true;
  }
}
