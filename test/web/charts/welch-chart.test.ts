// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { welchChart, type WelchData } from "../../../web/charts/welch-chart.js";
import { caption, count, numbers, texts } from "./query.js";
import { expectSnapshot } from "./snapshot.js";

/** A hand-made warm-up: three runs rising from 0 towards 9 with a time constant of 8 slices, plus fixed wiggles. */
function rising(slices: number): WelchData {
  const replications = [0, 1, 2].map((r) => Array.from({ length: slices }, (_, i) => 9 * (1 - Math.exp(-i / 8)) + Math.sin(i * (r + 1.3)) * 1.5));
  const mean = replications[0]!.map((_, i) => (replications[0]![i]! + replications[1]![i]! + replications[2]![i]!) / 3);
  const window = 2;
  const average = mean.slice(0, slices - window).map((_, i) => {
    const half = Math.min(i, window);
    return mean.slice(i - half, i + half + 1).reduce((a, b) => a + b, 0) / (2 * half + 1);
  });
  return { sliceLength: 50, replications, average, window, truncateIndex: 20, warmupUsed: 500, steadyState: 9 };
}

describe("welchChart(data, options)", () => {
  it("welchChart(rising) matches test/output/welchRising.svg", () => {
    expectSnapshot("welchRising", welchChart(rising(60), { document, timeUnit: "min" }));
  });

  it("welchChart(rising, { width: 360 }) matches test/output/welchRisingNarrow.svg", () => {
    expectSnapshot("welchRisingNarrow", welchChart(rising(60), { document, width: 360, timeUnit: "min" }));
  });

  it("welchChart(data, options) shades the start MSER-5 discards, up to the cut line", () => {
    const svg = welchChart(rising(60), { document, timeUnit: "min" });
    const [cut] = numbers(svg, ".mser-cut", "x1");
    const [shade] = numbers(svg, ".discarded", "width");
    const [plotWidth] = numbers(svg, ".grid line", "x2");
    expect(shade).toBeCloseTo(cut ?? NaN, 9);
    expect((shade ?? 0) / (plotWidth ?? 1)).toBeCloseTo(20 / 60, 9);
    expect(texts(svg, ".mser-label")).toEqual(["discard 1,000 min"]);
    expect(caption(svg)).toContain("MSER-5 puts the end of that start at 1,000 min");
  });

  it("welchChart(data, options) says MSER-5 found no end to the warm-up when its cut is at its limit, half the run", () => {
    const stuck = welchChart({ ...rising(60), truncateIndex: 30, truncateLimit: 30 }, { document, timeUnit: "min" });
    expect(caption(stuck)).toContain("MSER-5 found no end to that start: it stopped at 1,500 min, half the run");
    expect(caption(stuck)).toContain("run longer rather than trust these averages");
    expect(caption(stuck)).not.toContain("MSER-5 puts the end of that start");
    expect(texts(stuck, ".mser-label")).toEqual(["discard 1,500 min, no end found"]);
    const found = welchChart({ ...rising(60), truncateLimit: 30 }, { document, timeUnit: "min" });
    expect(caption(found)).toContain("MSER-5 puts the end of that start at 1,000 min");
    expect(texts(found, ".mser-label")).toEqual(["discard 1,000 min"]);
  });

  it("welchChart(data, options) draws one line per replication and the marks that are given", () => {
    const data = rising(60);
    expect(count(welchChart(data, { document }), ".replication")).toBe(3);
    const bare: WelchData = { sliceLength: data.sliceLength, replications: data.replications, average: data.average, window: data.window, truncateIndex: 0 };
    const svg = welchChart(bare, { document });
    expect(count(svg, ".warmup-used, .steady-state")).toBe(0);
    expect(texts(svg, ".legend-item")).toEqual(["one replication", "Welch average", "MSER-5 cut"]);
  });

  it("welchChart(data, options) refuses empty series and a slice length that is not positive", () => {
    expect(() => welchChart({ ...rising(20), replications: [] }, { document })).toThrow(/at least one non-empty series/);
    expect(() => welchChart({ ...rising(20), sliceLength: 0 }, { document })).toThrow(/sliceLength must be a positive time/);
  });
});
