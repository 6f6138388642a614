// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import type { StudyResult } from "../../../src/scenario/study/study-result.js";
import { crossingDistributionChart, curveReaches } from "../../../web/charts/crossing-distribution-chart.js";
import { scenarioAt, withoutIntervals } from "./fixtures.js";
import { count, numbers, texts } from "./query.js";

const baseline = scenarioAt(0);

function withHistogram(edgesHours: number[], counts: number[]): StudyResult {
  const series = baseline.series;
  if (series === undefined) throw new Error("fixture has series");
  return { ...baseline, series: { ...series, "kg-to-kz": { ...series["kg-to-kz"], crossingHistogram: { edgesHours, counts } } } };
}

describe("crossingDistributionChart(result, options)", () => {
  it("crossingDistributionChart(result, options) marks and labels p50, p90 and p95 with their intervals", () => {
    const svg = crossingDistributionChart(baseline, { document, direction: "kg-to-kz" });
    const crossing = baseline.directions?.["kg-to-kz"].crossingHours;
    expect(texts(svg, ".quantile-label").map((t) => t.replace(/(h).*/, "$1"))).toEqual(
      [crossing?.p50, crossing?.p90, crossing?.p95].map((q, i) => `${["p50", "p90", "p95"][i]} ${q?.mean.toFixed(1)} h`),
    );
    expect(count(svg, ".quantile-rule")).toBe(3);
    expect(count(svg, ".whisker")).toBe(3);
    const rules = numbers(svg, ".quantile-rule", "x1");
    expect([...rules].sort((a, b) => a - b)).toEqual(rules);
  });

  it("crossingDistributionChart(result, options) draws the rules without whiskers when intervals are null", () => {
    const svg = crossingDistributionChart(withoutIntervals(baseline), { document, direction: "kg-to-kz" });
    expect(count(svg, ".quantile-rule")).toBe(3);
    expect(count(svg, ".whisker")).toBe(0);
  });

  it("crossingDistributionChart(result, options) draws one bar per bin up to the last non-empty one, as shares of trucks", () => {
    const svg = crossingDistributionChart(withHistogram([0, 2, 4, 6, 8], [1, 3, 0, 0]), { document, direction: "kg-to-kz" });
    expect(count(svg, ".bin")).toBe(2);
    const [a, b] = numbers(svg, ".bin", "height");
    expect((b ?? 0) / (a ?? 1)).toBeCloseTo(3, 6);
    expect(texts(svg, ".y-axis .axis-label")).toEqual(["↑ Trucks per 2-hour bin (%)"]);
  });

  it("crossingDistributionChart(result, options) with kind \"ecdf\" climbs from 0% to 100%", () => {
    const svg = crossingDistributionChart(withHistogram([0, 2, 4, 6], [1, 1, 2]), { document, direction: "kg-to-kz", kind: "ecdf" });
    const path = svg.querySelector(".ecdf-line")?.getAttribute("d") ?? "";
    const ys = [...path.matchAll(/[ML][-\d.]+,([-\d.]+)/g)].map((m) => Number(m[1]));
    expect(ys).toHaveLength(4);
    const yAxisTicks = texts(svg, ".y-axis .tick");
    expect(yAxisTicks.at(-1)).toBe("100");
    expect(ys[0]).toBeGreaterThan(ys[3] ?? Infinity);
    expect(ys[2]).toBeCloseTo(((ys[0] ?? 0) + (ys[3] ?? 0)) / 2, 6);
  });

  it("crossingDistributionChart(result, options) with kind \"ecdf\" rings the pooled percentiles on the curve itself", () => {
    // 4 trucks: 1 in [0, 2), 1 in [2, 4), 2 in [4, 6). The curve reaches 50% at 4 h, 90% at 5.6 h, 95% at 5.8 h.
    const svg = crossingDistributionChart(withHistogram([0, 2, 4, 6], [1, 1, 2]), { document, direction: "kg-to-kz", kind: "ecdf" });
    expect(texts(svg, ".pooled-quantile title")).toEqual([
      "pooled median: 4.0 hours (all trucks of the 10 replications together)",
      "pooled 90th percentile: 5.6 hours (all trucks of the 10 replications together)",
      "pooled 95th percentile: 5.8 hours (all trucks of the 10 replications together)",
    ]);
    expect(texts(svg, ".legend text, text")).toContain("Pooled percentile");
    // The histogram has no rings (its bars show no cumulative share to put them on).
    expect(count(crossingDistributionChart(baseline, { document, direction: "kg-to-kz" }), ".pooled-quantile")).toBe(0);
  });

  it("curveReaches(edges, cumulative, share) interpolates between bin edges and skips flat stretches", () => {
    expect(curveReaches([0, 1, 2], [0, 40, 100], 70)).toBeCloseTo(1.5, 12);
    expect(curveReaches([0, 1, 2, 3], [0, 50, 50, 100], 50)).toBe(1);
    expect(curveReaches([0, 1, 2, 3], [0, 50, 50, 100], 75)).toBeCloseTo(2.5, 12);
  });

  it("crossingDistributionChart(result, options) rejects a malformed histogram or kind", () => {
    const chart = (edges: number[], counts: number[]): SVGSVGElement =>
      crossingDistributionChart(withHistogram(edges, counts), { document, direction: "kg-to-kz" });
    expect(() => chart([0, 1], [1, 2])).toThrow(/one more edge than counts, got 2 edges and 2 counts/);
    expect(() => chart([0, 2, 1], [1, 2])).toThrow(/edgesHours must increase/);
    expect(() => chart([0, 1, 2], [0, 0])).toThrow(/holds no trucks/);
    expect(() => crossingDistributionChart(baseline, { document, direction: "kg-to-kz", kind: "box" as "ecdf" })).toThrow(/options.kind must be "histogram" or "ecdf"/);
  });
});
