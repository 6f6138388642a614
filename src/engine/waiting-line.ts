/**
 * An ordered line of waiting things (requests, items): first-in first-out, or by ascending
 * `priorityOf(x)` with first-in first-out among equals. Removing from the front is O(1)
 * amortized; inserting out of order and withdrawing from the middle are O(n), which is cheap
 * for the queues a model holds and rare (priority arrivals, reneging).
 *
 * @example
 * const line = new WaitingLine<number>((x) => x);
 * line.push(3); line.push(1); line.push(2);
 * line.shift(); // => 1
 */
export class WaitingLine<T> {
  private items: (T | undefined)[] = [];
  private head = 0;

  /** @param priorityOf - rank of an item, lower served first; omit for first-in first-out. */
  constructor(private readonly priorityOf?: (item: T) => number) {}

  /** Number of items in line. */
  get length(): number {
    return this.items.length - this.head;
  }

  /** The item served next; undefined when the line is empty. */
  peek(): T | undefined {
    return this.items[this.head];
  }

  /** The item at position i (0 = next served); undefined if out of range. */
  at(i: number): T | undefined {
    return i >= 0 && i < this.length ? this.items[this.head + i] : undefined;
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
    const items = this.items;
    const rank = this.priorityOf;
    if (rank === undefined || items.length === this.head || rank(items[items.length - 1]!) <= rank(item)) {
      items.push(item);
      return;
    }
    // First position whose priority is worse than the item's.
    const p = rank(item);
    let lo = this.head;
    let hi = items.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rank(items[mid]!) <= p) lo = mid + 1;
      else hi = mid;
    }
    items.splice(lo, 0, item);
  }

  /**
   * Removes and returns the item served next; undefined when the line is empty.
   *
   * @example
   * new WaitingLine<string>().shift(); // => undefined
   */
  shift(): T | undefined {
    const items = this.items;
    if (this.head === items.length) return undefined;
    const item = items[this.head];
    items[this.head++] = undefined;
    // Reclaim the front once it is the larger part, so a long run keeps the array bounded. An emptied line
    // keeps its array until then (emptying it would drop its storage, grown again by the next arrivals).
    if (this.head >= 1024 && this.head * 2 >= items.length) {
      items.copyWithin(0, this.head);
      items.length -= this.head;
      this.head = 0;
    }
    return item;
  }

  /**
   * Withdraws `item` from the line; returns false if it was not in line.
   *
   * @example
   * const line = new WaitingLine<string>();
   * line.push("a");
   * [line.remove("a"), line.remove("a")]; // => [true, false]
   */
  /**
   * Puts `item` ahead of every item of its priority (at the very front without priorities): for a
   * customer resuming an interrupted service, who goes before those who have not started.
   */
  pushFront(item: T): void {
    const rank = this.priorityOf;
    if (rank === undefined || this.length === 0 || rank(this.items[this.head]!) >= rank(item)) {
      if (this.head > 0) this.items[--this.head] = item;
      else this.items.unshift(item);
      return;
    }
    // First position whose priority is not better than the item's.
    const p = rank(item);
    let lo = this.head;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rank(this.items[mid]!) < p) lo = mid + 1;
      else hi = mid;
    }
    this.items.splice(lo, 0, item);
  }

  remove(item: T): boolean {
    const i = this.items.indexOf(item, this.head);
    if (i < 0) return false;
    if (i === this.head) this.shift();
    else this.items.splice(i, 1);
    return true;
  }
}
