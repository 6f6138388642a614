import { describe, expect, it } from "vitest";
import { BoundedColumns } from "../../../web/teach/bounded-columns.js";

const make = (n: number) => ({ time: new Float64Array(n), id: new Int32Array(n) });

describe("BoundedColumns(limit, make)", () => {
  it("BoundedColumns.slot(time) grows past its first capacity and keeps every row", () => {
    const log = new BoundedColumns(10_000, make);
    for (let i = 0; i < 5000; i++) log.columns.id[log.slot(i)] = i;
    const out = log.finish();
    expect(out.id.length).toBe(5000);
    expect(out.id[4999]).toBe(4999);
    expect(out.time[4999]).toBe(4999);
    expect(log.cutAt).toBe(Infinity);
  });

  it("BoundedColumns.slot(time) at the limit drops the rows at that time and every later one", () => {
    const log = new BoundedColumns(4, make);
    for (const t of [1, 2, 3, 3]) expect(log.slot(t)).toBeGreaterThanOrEqual(0);
    expect(log.slot(3)).toBe(-1);
    expect(log.slot(4)).toBe(-1);
    expect(log.cutAt).toBe(3);
    expect([...log.finish().time]).toEqual([1, 2]);
  });

  it("BoundedColumns(limit) refuses a limit that is not a positive integer", () => {
    expect(() => new BoundedColumns(0, make)).toThrow(/limit must be an integer >= 1/);
  });
});
