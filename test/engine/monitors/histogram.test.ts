import { describe, expect, it } from "vitest";
import { Histogram } from "../../../src/engine/monitors/histogram.js";

describe("Histogram", () => {
  it("histogram.add(x) counts x in the bin [edges[i], edges[i+1]) that holds it", () => {
    const h = new Histogram([0, 1, 2, 5]);
    for (const x of [0, 0.5, 0.999, 1, 2, 4.99]) h.add(x);
    expect(h.counts).toEqual([3, 1, 2]);
    expect(h.underflow).toBe(0);
    expect(h.overflow).toBe(0);
    expect(h.count).toBe(6);
  });

  it("histogram.add(x) counts x below the first edge as underflow and at or above the last as overflow", () => {
    const h = new Histogram([0, 1, 2]);
    for (const x of [-0.1, -Infinity, 2, 7, Infinity, 1.5]) h.add(x);
    expect(h.underflow).toBe(2);
    expect(h.overflow).toBe(3);
    expect(h.counts).toEqual([0, 1]);
    expect(h.count).toBe(6);
  });

  it("histogram.counts is a copy", () => {
    const h = new Histogram([0, 1]);
    h.counts[0] = 99;
    expect(h.counts).toEqual([0]);
  });

  it("histogram.add(x) rejects NaN", () => {
    expect(() => new Histogram([0, 1]).add(Number.NaN)).toThrow("Histogram.add: x must be a number, got NaN");
  });

  it("histogram.merge(other) adds the counts of a histogram with the same edges", () => {
    const a = new Histogram([0, 1, 2]);
    const b = new Histogram([0, 1, 2]);
    [0.5, 3].forEach((x) => a.add(x));
    [1.5, 0.1, -1].forEach((x) => b.add(x));
    expect(a.merge(b).counts).toEqual([2, 1]);
    expect(a.underflow).toBe(1);
    expect(a.overflow).toBe(1);
    expect(b.counts).toEqual([1, 1]);
  });

  it("histogram.merge(other) rejects different edges and non-histograms", () => {
    expect(() => new Histogram([0, 1]).merge(new Histogram([0, 2]))).toThrow(
      "Histogram.merge: other must have the same edges [0, 1], got [0, 2]",
    );
    expect(() => new Histogram([0, 1]).merge({} as Histogram)).toThrow(TypeError);
  });

  it("new Histogram(edges) rejects too few, non-finite or non-increasing edges", () => {
    expect(() => new Histogram([1])).toThrow("Histogram: edges must hold at least 2 numbers, got 1");
    expect(() => new Histogram([0, Number.NaN])).toThrow(/finite numbers, got NaN at index 1/);
    expect(() => new Histogram([0, 2, 2])).toThrow("Histogram: edges must strictly increase, got 2 then 2 at index 2");
    expect(() => new Histogram("0,1" as unknown as number[])).toThrow(TypeError);
  });
});
