/** A column of a recorded trace. */
export type Column = Float64Array | Int32Array | Int16Array | Uint8Array;

/**
 * The growing columns of a trace being recorded, up to a limit of rows. Capacity doubles as rows come
 * (from 4,096), so a short run costs little. At the limit recording stops cleanly: the rows at the time
 * of the first row with no room are dropped too, so what is kept holds every event before `cutAt`.
 */
export class BoundedColumns<C extends { readonly time: Float64Array } & Record<string, Column>> {
  /** Rows kept so far. */
  length = 0;
  /** Model time of the first event that found no room, or Infinity. */
  cutAt = Infinity;
  #columns: C;
  #capacity: number;
  readonly #limit: number;
  readonly #make: (capacity: number) => C;

  /** @throws {RangeError} if limit is not an integer >= 1. */
  constructor(limit: number, make: (capacity: number) => C) {
    if (!(Number.isInteger(limit) && limit >= 1)) throw new RangeError(`BoundedColumns: limit must be an integer >= 1, got ${limit}`);
    this.#limit = limit;
    this.#make = make;
    this.#capacity = Math.min(limit, 4096);
    this.#columns = make(this.#capacity);
  }

  /** The columns now; write row `slot(...)` into them. They are replaced when they grow, so read them after each `slot`. */
  get columns(): C {
    return this.#columns;
  }

  /** The row index for an event at `time`, with its time written, or -1 once the limit has been reached. */
  slot(time: number): number {
    if (this.cutAt !== Infinity) return -1;
    if (this.length === this.#capacity) {
      if (this.#capacity === this.#limit) {
        this.cutAt = time;
        const times = this.#columns.time;
        while (this.length > 0 && times[this.length - 1] === time) this.length--;
        return -1;
      }
      this.#grow();
    }
    this.#columns.time[this.length] = time;
    return this.length++;
  }

  /** The kept rows, in columns of exactly their length. */
  finish(): C {
    const out = {} as Record<string, Column>;
    for (const [name, column] of Object.entries(this.#columns)) out[name] = column.slice(0, this.length);
    return out as C;
  }

  #grow(): void {
    this.#capacity = Math.min(this.#limit, this.#capacity * 2);
    const bigger = this.#make(this.#capacity);
    for (const [name, column] of Object.entries(this.#columns)) (bigger[name] as Column).set(column);
    this.#columns = bigger;
  }
}
