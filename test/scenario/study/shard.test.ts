import { describe, expect, it } from "vitest";
import { shardUnits } from "../../../src/scenario/index.js";
import { shardSize } from "../../../src/scenario/study/shard.js";

describe("shardUnits(unitCount, shard)", () => {
  it("shardUnits(10, 2/4) holds the units i with i mod 4 = 1", () => {
    expect(shardUnits(10, { index: 2, count: 4 })).toEqual([1, 5, 9]);
  });

  it("shardUnits(n, I/N) over I = 1..N covers every unit exactly once, shards within one unit in size", () => {
    for (const [n, count] of [[0, 3], [1, 4], [7, 3], [12, 4], [5, 8]] as const) {
      const shards = Array.from({ length: count }, (_, i) => shardUnits(n, { index: i + 1, count }));
      expect(shards.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
      const sizes = shards.map((s) => s.length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
  });

  it("shardUnits(n, shard) refuses a shard outside 1 <= I <= N", () => {
    expect(() => shardUnits(4, { index: 0, count: 2 })).toThrow(/1 <= I <= N, got 0\/2/);
    expect(() => shardUnits(4, { index: 3, count: 2 })).toThrow(RangeError);
  });

  it("shardUnits(n, shard, most) lists at most `most`; shardSize(n, shard) is the length of shardUnits(n, shard), counted without listing", () => {
    expect(shardUnits(10, { index: 2, count: 4 }, 2)).toEqual([1, 5]);
    for (const [n, count] of [[0, 3], [1, 4], [7, 3], [12, 4], [5, 8]] as const) {
      for (let index = 1; index <= count; index++) expect(shardSize(n, { index, count })).toBe(shardUnits(n, { index, count }).length);
    }
    expect(shardSize(1e15, { index: 3, count: 4 })).toBe(250_000_000_000_000);
    expect(() => shardSize(4, { index: 3, count: 2 })).toThrow(/shardSize: a shard must be I\/N/);
  });
});
