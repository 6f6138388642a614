/**
 * An ordered line of waiting things (requests, items): first-in first-out, or by ascending
 * `priorityOf(x)` with first-in first-out among equals. Adding at the back and removing from the
 * front are O(1) (amortized over the ring's doubling); inserting out of order and withdrawing from
 * the middle are O(n), which is cheap for the queues a model holds and rare (priority arrivals,
 * reneging).
 *
 * @example
 * const line = new WaitingLine<number>((x) => x);
 * line.push(3); line.push(1); line.push(2);
 * line.shift(); // => 1
 */
export class WaitingLine<T> {
  /**
   * A ring of slots, a power of two long: the line is `count` items from `head`, wrapping round. It grows
   * by doubling and never shrinks, so a long run allocates nothing once the line has reached its longest
   * (an array trimmed and grown again behind a moving front was a tenth of an M/M/2 run's garbage).
   */
  private items: (T | undefined)[] = new Array<T | undefined>(8).fill(undefined);
  private mask = 7;
  private head = 0;
  private count = 0;

  /** @param priorityOf - rank of an item, lower served first; omit for first-in first-out. */
  constructor(private readonly priorityOf?: (item: T) => number) {}

  /** Number of items in line. */
  get length(): number {
    return this.count;
  }

  /** The item served next; undefined when the line is empty. */
  peek(): T | undefined {
    return this.count === 0 ? undefined : this.items[this.head];
  }

  /** The item at position i (0 = next served); undefined if out of range. */
  at(i: number): T | undefined {
    return Number.isInteger(i) && i >= 0 && i < this.count ? this.items[(this.head + i) & this.mask] : undefined;
  }

  /**
   * Puts `item` in line: at the back, or behind every item of equal or better priority.
   *
   * @example
   * const line = new WaitingLine<number>((x) => x);
   * line.push(2); line.push(1);
   * line.peek(); // => 1
   */
  push(item: T): void {
    if (this.count === this.items.length) this.grow();
    const items = this.items;
    const mask = this.mask;
    const head = this.head;
    const count = this.count;
    const rank = this.priorityOf;
    if (rank === undefined || count === 0 || rank(items[(head + count - 1) & mask]!) <= rank(item)) {
      items[(head + count) & mask] = item;
      this.count = count + 1;
      return;
    }
    // First position whose priority is worse than the item's.
    const p = rank(item);
    let lo = 0;
    let hi = count - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rank(items[(head + mid) & mask]!) <= p) lo = mid + 1;
      else hi = mid;
    }
    this.insertAt(lo, item);
  }

  /**
   * Removes and returns the item served next; undefined when the line is empty.
   *
   * @example
   * new WaitingLine<string>().shift(); // => undefined
   */
  shift(): T | undefined {
    if (this.count === 0) return undefined;
    const items = this.items;
    const head = this.head;
    const item = items[head];
    items[head] = undefined;
    this.head = (head + 1) & this.mask;
    this.count--;
    return item;
  }

  /**
   * Puts `item` ahead of every item of its priority (at the very front without priorities): for a
   * customer resuming an interrupted service, who goes before those who have not started.
   */
  pushFront(item: T): void {
    if (this.count === this.items.length) this.grow();
    const rank = this.priorityOf;
    if (rank === undefined || this.count === 0 || rank(this.items[this.head]!) >= rank(item)) {
      this.head = (this.head - 1) & this.mask;
      this.items[this.head] = item;
      this.count++;
      return;
    }
    // First position whose priority is not better than the item's.
    const p = rank(item);
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rank(this.items[(this.head + mid) & this.mask]!) < p) lo = mid + 1;
      else hi = mid;
    }
    this.insertAt(lo, item);
  }

  /**
   * Withdraws `item` from the line; returns false if it was not in line.
   *
   * @example
   * const line = new WaitingLine<string>();
   * line.push("a");
   * [line.remove("a"), line.remove("a")]; // => [true, false]
   */
  remove(item: T): boolean {
    const items = this.items;
    const mask = this.mask;
    const head = this.head;
    const count = this.count;
    let i = 0;
    while (i < count && items[(head + i) & mask] !== item) i++;
    if (i === count) return false;
    if (i === 0) {
      this.shift();
      return true;
    }
    for (let k = i; k < count - 1; k++) items[(head + k) & mask] = items[(head + k + 1) & mask];
    items[(head + count - 1) & mask] = undefined;
    this.count = count - 1;
    return true;
  }

  /** Puts `item` at position `at` (0 = next served), moving the items from there back by one; a slot is free. */
  private insertAt(at: number, item: T): void {
    const items = this.items;
    const mask = this.mask;
    const head = this.head;
    for (let k = this.count; k > at; k--) items[(head + k) & mask] = items[(head + k - 1) & mask];
    items[(head + at) & mask] = item;
    this.count++;
  }

  /** Doubles the ring, the line laid out from slot 0. */
  private grow(): void {
    const old = this.items;
    const items = new Array<T | undefined>(old.length * 2).fill(undefined);
    for (let k = 0; k < this.count; k++) items[k] = old[(this.head + k) & this.mask];
    this.items = items;
    this.mask = items.length - 1;
    this.head = 0;
  }
}
