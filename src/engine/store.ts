import { BaseResource } from "./base-resource.js";
import { PENDING, SimEvent } from "./sim-event.js";
import type { Simulation } from "./simulation.js";
import { WaitingLine } from "./waiting-line.js";

/** Options of a `Store`. */
export interface StoreOptions {
  /** Most items held at once (places in a parking area): an integer >= 1, or Infinity. @default Infinity */
  readonly capacity?: number;
  /** Name used in messages. @default "store" */
  readonly name?: string;
}

/** The event of `store.put(item)`: succeeds (with no value) once the item is in the store. */
export class StorePut<T> extends SimEvent<void> {
  /** The store. */
  declare readonly store: Store<T>;
  /** The item to add. */
  declare readonly item: T;

  /** @param store - the store. @param item - the item to add. */
  constructor(store: Store<T>, item: T) {
    super(store.sim);
    this.store = store;
    this.item = item;
  }

  /**
   * Withdraws the offer if the item is still waiting for a place; does nothing once it is in.
   *
   * @example
   * const sim = new Simulation();
   * const yard = new Store<string>(sim, { capacity: 1 });
   * yard.put("A");
   * yard.put("B").cancel();
   * yard.putQueueLength; // => 0
   */
  cancel(): void {
    this.store._withdraw(this);
  }
}

/** The event of `store.get()`: succeeds with the item taken, the oldest in the store. */
export class StoreGet<T> extends SimEvent<T> {
  /** The store. */
  declare readonly store: Store<T>;

  /** @param store - the store. */
  constructor(store: Store<T>) {
    super(store.sim);
    this.store = store;
  }

  /**
   * Withdraws the request if it still waits for an item; does nothing once it has one.
   *
   * @example
   * const sim = new Simulation();
   * const yard = new Store<string>(sim);
   * yard.get().cancel();
   * yard.getQueueLength; // => 0
   */
  cancel(): void {
    this.store._withdraw(this);
  }
}

/**
 * A bounded first-in first-out store of items: a parking area with `capacity` places, a buffer
 * between two stages. `put(item)` blocks the producer while the store is full; `get()` blocks
 * the consumer while it is empty and yields the oldest item. Producers and consumers are each
 * served first come, first served. In SimPy's template a put adds an item and a get takes one.
 * A process interrupted while it waits should `cancel()` its put or get (in a `finally` block),
 * or the put would still deliver its item, or the get still take one, for nobody.
 *
 * @example
 * const sim = new Simulation();
 * const yard = new Store<string>(sim, { capacity: 1 });
 * yard.put("truck A");
 * yard.put("truck B").triggered; // => false
 */
export class Store<T> extends BaseResource<StorePut<T>, StoreGet<T>> {
  /** Most items held at once. */
  readonly capacity: number;
  /** Name used in messages. */
  readonly name: string;
  private readonly items = new WaitingLine<T>();

  /** @throws {RangeError} if capacity is not an integer >= 1 or Infinity; {TypeError} if name is not a string. */
  constructor(sim: Simulation, options: StoreOptions = {}) {
    super(sim);
    const { capacity = Infinity, name = "store" } = options;
    if (!(capacity === Infinity || (Number.isInteger(capacity) && capacity >= 1))) {
      throw new RangeError(`Store: capacity must be an integer >= 1 or Infinity, got ${String(capacity)}`);
    }
    if (typeof name !== "string") throw new TypeError(`Store: name must be a string, got ${String(name)}`);
    this.capacity = capacity;
    this.name = name;
  }

  /** Items in the store now. */
  get size(): number {
    return this.items.length;
  }

  /** Producers waiting for a place now. */
  get putQueueLength(): number {
    return this.putQueue.length;
  }

  /** Consumers waiting for an item now. */
  get getQueueLength(): number {
    return this.getQueue.length;
  }

  /**
   * Offers `item`; the event succeeds when the item is in the store, at once if there is room.
   *
   * @example
   * const sim = new Simulation();
   * const yard = new Store<number>(sim, { capacity: 2 });
   * yard.put(7);
   * yard.size; // => 1
   */
  put(item: T): StorePut<T> {
    const event = new StorePut(this, item);
    this.handlePut(event);
    return event;
  }

  /**
   * Asks for the oldest item; the event succeeds with it, at once if the store is not empty.
   *
   * @example
   * const sim = new Simulation();
   * const yard = new Store<string>(sim);
   * yard.put("truck A");
   * yard.get().value; // => "truck A"
   */
  get(): StoreGet<T> {
    const event = new StoreGet(this);
    this.handleGet(event);
    return event;
  }

  /** @internal Takes a waiting put or get out of its line. */
  _withdraw(event: StorePut<T> | StoreGet<T>): void {
    if (event._state !== PENDING) return;
    if (event instanceof StorePut) this.putQueue.remove(event);
    else this.getQueue.remove(event);
  }

  protected override doPut(event: StorePut<T>): boolean {
    if (this.items.length >= this.capacity) return false;
    this.items.push(event.item);
    event._trigger(true, undefined);
    return true;
  }

  protected override doGet(event: StoreGet<T>): boolean {
    if (this.items.length === 0) return false;
    event._trigger(true, this.items.shift());
    return true;
  }
}
