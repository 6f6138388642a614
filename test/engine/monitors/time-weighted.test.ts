import { describe, expect, it } from "vitest";
import { TimeWeighted } from "../../../src/engine/monitors/time-weighted.js";

describe("TimeWeighted", () => {
  it("timeWeighted.mean(now) weights each value by how long it was held", () => {
    // 0 on [0, 2), 3 on [2, 5), 1 on [5, 10): area 0 + 9 + 5 = 14 over 10 time units.
    const q = new TimeWeighted(0, 0);
    q.update(3, 2);
    q.update(1, 5);
    expect(q.mean(10)).toBeCloseTo(1.4, 14);
    expect(q.value).toBe(1);
    expect(q.max).toBe(3);
  });

  it("new TimeWeighted(startTime, initialValue) averages from startTime", () => {
    // 2 on [10, 12), 6 on [12, 14): mean 4.
    const q = new TimeWeighted(10, 2);
    q.update(6, 12);
    expect(q.mean(14)).toBe(4);
    expect(new TimeWeighted().mean(5)).toBe(0);
  });

  it("timeWeighted.mean(now) over a zero-length interval is the current value", () => {
    expect(new TimeWeighted(3, 7).mean(3)).toBe(7);
  });

  it("timeWeighted.update(value, now) at the same instant replaces the value without weight", () => {
    const q = new TimeWeighted(0, 0);
    q.update(100, 1);
    q.update(2, 1);
    expect(q.mean(3)).toBeCloseTo(4 / 3, 14);
    expect(q.max).toBe(100);
  });

  it("timeWeighted.reset(now) restarts averaging and keeps the current value", () => {
    const q = new TimeWeighted(0, 0);
    q.update(5, 1);
    q.update(9, 2);
    q.update(5, 3);
    q.reset(4);
    expect(q.value).toBe(5);
    expect(q.max).toBe(5);
    q.update(1, 6);
    // 5 on [4, 6), 1 on [6, 8): mean 3.
    expect(q.mean(8)).toBe(3);
  });

  it("timeWeighted.update(value, now), mean(now) and reset(now) reject time going backwards", () => {
    const q = new TimeWeighted(0, 0);
    q.update(1, 5);
    expect(() => q.update(2, 4)).toThrow(/TimeWeighted\.update: now must be a finite time >= the last update time 5, got 4/);
    expect(() => q.mean(4.9)).toThrow(RangeError);
    expect(() => q.reset(1)).toThrow(RangeError);
    expect(() => q.update(1, Number.NaN)).toThrow(RangeError);
    expect(() => q.mean(Infinity)).toThrow(RangeError);
    expect(q.value).toBe(1);
  });

  it("timeWeighted.update(value, now) and the constructor reject non-finite values", () => {
    expect(() => new TimeWeighted(Number.NaN)).toThrow(/startTime must be a finite number, got NaN/);
    expect(() => new TimeWeighted(0, Infinity)).toThrow(/initialValue/);
    expect(() => new TimeWeighted().update(Number.NaN, 1)).toThrow(/value must be a finite number, got NaN/);
  });
});
