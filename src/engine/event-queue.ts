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
 * The heap is made of numbers only: times and keys in Float64Arrays and, for each entry, the slot
 * of its target in a separate table. Sifting then moves plain numbers; a target is written once
 * when pushed and cleared once when popped. (Moving object references through a long-lived
 * array costs a garbage-collector write barrier per move, which dominated an object heap.)
 * Nothing is allocated once the arrays have grown to the model's peak size.
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
  /** Times of the heap's entries; times[0] is Infinity while the queue is empty (see `peekTime`). */
  private times = new Float64Array(64).fill(Infinity);
  private keys = new Float64Array(64);
  /** Slot in `targets` of the entry at each heap position. */
  private slots = new Int32Array(64);
  private targets: (T | undefined)[] = new Array<T | undefined>(64).fill(undefined);
  /** Stack of free slots. */
  private free = Int32Array.from({ length: 64 }, (_, i) => 63 - i);
  private freeCount = 64;
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
    if (this.freeCount === 0) this.grow();
    const slot = this.free[--this.freeCount]!;
    this.targets[slot] = target;
    const times = this.times;
    const keys = this.keys;
    const slots = this.slots;
    // Sift up by moving a hole rather than swapping: one write per level.
    let i = this.n++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = times[parent]!;
      if (pt < time || (pt === time && keys[parent]! < key)) break;
      times[i] = pt;
      keys[i] = keys[parent]!;
      slots[i] = slots[parent]!;
      i = parent;
    }
    times[i] = time;
    keys[i] = key;
    slots[i] = slot;
    return key;
  }

  /** Time of the next entry; Infinity when the queue is empty. */
  peekTime(): number {
    // One load, no branch: times[0] is kept at Infinity while the queue is empty. A branch returning the
    // constant Infinity or the load made V8 box the result in a heap number, once per event of every run.
    return this.times[0]!;
  }

  /** Key of the next entry (as returned by `push`); -1 when the queue is empty. */
  peekKey(): number {
    return this.n === 0 ? -1 : this.keys[0]!;
  }

  /** Target of the next entry; undefined when the queue is empty. */
  peekTarget(): T | undefined {
    return this.n === 0 ? undefined : this.targets[this.slots[0]!];
  }

  /**
   * Removes the next entry and returns its target, leaving its time and key in `lastTime` and
   * `lastKey`; returns undefined when the queue is empty.
   *
   * @example
   * const q = new EventQueue<string>();
   * q.push(5, NORMAL, "x");
   * [q.pop(), q.lastTime, q.pop()]; // => ["x", 5, undefined]
   */
  pop(): T | undefined {
    if (this.n === 0) return undefined;
    const times = this.times;
    const keys = this.keys;
    const slots = this.slots;
    const firstSlot = slots[0]!;
    const first = this.targets[firstSlot];
    this.targets[firstSlot] = undefined; // let the popped target be collected
    this.free[this.freeCount++] = firstSlot;
    this.lastTime = times[0]!;
    this.lastKey = keys[0]!;
    const n = --this.n;
    if (n === 0) {
      times[0] = Infinity;
      return first;
    }
    const time = times[n]!;
    const key = keys[n]!;
    const slot = slots[n]!;
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
      slots[i] = slots[child]!;
      i = child;
    }
    times[i] = time;
    keys[i] = key;
    slots[i] = slot;
    return first;
  }

  private grow(): void {
    const old = this.times.length;
    const size = old * 2;
    const times = new Float64Array(size);
    times.set(this.times);
    const keys = new Float64Array(size);
    keys.set(this.keys);
    const slots = new Int32Array(size);
    slots.set(this.slots);
    this.times = times;
    this.keys = keys;
    this.slots = slots;
    for (let i = old; i < size; i++) this.targets.push(undefined);
    // Every slot is in use when the queue grows: the new ones are all free.
    this.free = Int32Array.from({ length: size }, (_, i) => (i < old ? size - 1 - i : 0));
    this.freeCount = old;
  }
}
