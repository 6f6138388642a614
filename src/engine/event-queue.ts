/** Priority of kernel bookkeeping that must happen before ordinary events at the same time. */
export const URGENT = 0;
/** Priority of ordinary events: timeouts, wake-ups, triggered events. */
export const NORMAL = 1;
/** Largest priority `EventQueue.push` accepts. */
export const MAX_PRIORITY = 1023;

// The priority and the sequence number share one double, priority * 2^43 + sequence, so that a
// tie on time is broken by a single comparison. 1023 * 2^43 + 2^43 = 2^53 stays exact.
const SEQUENCE_LIMIT = 2 ** 43;

/**
 * The future event list: a binary min-heap ordered by (time, priority, sequence), so that entries
 * at the same time and priority come out first-in first-out and every run is deterministic.
 *
 * Entries live in parallel arrays (times and keys in Float64Arrays, targets in a plain array), so
 * scheduling allocates nothing once the arrays have grown to the model's peak size.
 * Cost: O(log n) per push and pop, O(1) to look at the next entry.
 *
 * @example
 * const q = new EventQueue<string>();
 * q.push(2, NORMAL, "b"); q.push(1, NORMAL, "a");
 * q.pop(); // => "a"
 */
export class EventQueue<T> {
  /** Time of the entry last popped (model time units). */
  lastTime = -Infinity;
  /** Key of the entry last popped. */
  lastKey = -1;
  private times = new Float64Array(64);
  private keys = new Float64Array(64);
  private targets: (T | undefined)[] = new Array<T | undefined>(64).fill(undefined);
  private n = 0;
  private sequence = 0;

  /** Number of entries waiting. */
  get size(): number {
    return this.n;
  }

  /**
   * Adds `target` at `time` (model time units) with `priority` (an integer 0..1023, lower first)
   * and returns its key, unique over the queue's life, which identifies the entry.
   * The caller validates time and priority: this is the kernel's inner loop.
   *
   * @throws {RangeError} after 2^43 entries, when sequence numbers would lose precision.
   * @example
   * new EventQueue<string>().push(0, URGENT, "x"); // => 0
   */
  push(time: number, priority: number, target: T): number {
    if (this.sequence === SEQUENCE_LIMIT) {
      throw new RangeError(`EventQueue.push: more than ${SEQUENCE_LIMIT} events scheduled; sequence numbers exhausted`);
    }
    const key = priority * SEQUENCE_LIMIT + this.sequence++;
    if (this.n === this.times.length) this.grow();
    const times = this.times;
    const keys = this.keys;
    const targets = this.targets;
    // Sift up by moving a hole rather than swapping: one write per level.
    let i = this.n++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = times[parent]!;
      if (pt < time || (pt === time && keys[parent]! < key)) break;
      times[i] = pt;
      keys[i] = keys[parent]!;
      targets[i] = targets[parent];
      i = parent;
    }
    times[i] = time;
    keys[i] = key;
    targets[i] = target;
    return key;
  }

  /** Time of the next entry; Infinity when the queue is empty. */
  peekTime(): number {
    return this.n === 0 ? Infinity : this.times[0]!;
  }

  /** Key of the next entry (as returned by `push`); -1 when the queue is empty. */
  peekKey(): number {
    return this.n === 0 ? -1 : this.keys[0]!;
  }

  /** Target of the next entry; undefined when the queue is empty. */
  peekTarget(): T | undefined {
    return this.n === 0 ? undefined : this.targets[0];
  }

  /**
   * Removes the next entry and returns its target, leaving its time and key in `lastTime` and
   * `lastKey`; returns undefined when the queue is empty.
   */
  pop(): T | undefined {
    if (this.n === 0) return undefined;
    const times = this.times;
    const keys = this.keys;
    const targets = this.targets;
    const first = targets[0];
    this.lastTime = times[0]!;
    this.lastKey = keys[0]!;
    const n = --this.n;
    const time = times[n]!;
    const key = keys[n]!;
    const target = targets[n];
    targets[n] = undefined; // let the popped target be collected
    if (n === 0) return first;
    // Sift the last entry down from the root, moving a hole.
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (right < n) {
        const lt = times[child]!;
        const rt = times[right]!;
        if (rt < lt || (rt === lt && keys[right]! < keys[child]!)) child = right;
      }
      const ct = times[child]!;
      if (time < ct || (time === ct && key < keys[child]!)) break;
      times[i] = ct;
      keys[i] = keys[child]!;
      targets[i] = targets[child];
      i = child;
    }
    times[i] = time;
    keys[i] = key;
    targets[i] = target;
    return first;
  }

  private grow(): void {
    const size = this.times.length * 2;
    const times = new Float64Array(size);
    times.set(this.times);
    const keys = new Float64Array(size);
    keys.set(this.keys);
    this.times = times;
    this.keys = keys;
    for (let i = this.targets.length; i < size; i++) this.targets.push(undefined);
  }
}
