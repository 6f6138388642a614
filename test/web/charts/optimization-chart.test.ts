// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { feasibleFrontier } from "../../../web/charts/feasible-frontier.js";
import { optimizationChart, optimizationColors } from "../../../web/charts/optimization-chart.js";
import { ink } from "../../../web/charts/palette.js";
import { harvestResult, nothingFeasible, p95 } from "./optimization-fixtures.js";
import { caption, count, numbers, texts } from "./query.js";

describe("feasibleFrontier(points, better)", () => {
  it("feasibleFrontier(points, \"lower\") keeps the feasible points no cheaper feasible point beats, cheapest first", () => {
    const points = [
      { cost: 3, value: 5, feasible: true },
      { cost: 1, value: 9, feasible: true },
      { cost: 2, value: 9, feasible: true },
      { cost: 0, value: 1, feasible: false },
      { cost: 4, value: 6, feasible: true },
    ];
    expect(feasibleFrontier(points, "lower")).toEqual([1, 0]);
  });

  it("feasibleFrontier(points, \"higher\") reads a larger value as better, and is empty without feasible points", () => {
    const points = [{ cost: 1, value: 100, feasible: true }, { cost: 2, value: 90, feasible: true }, { cost: 3, value: 120, feasible: true }];
    expect(feasibleFrontier(points, "higher")).toEqual([0, 2]);
    expect(feasibleFrontier(points.map((p) => ({ ...p, feasible: false })), "lower")).toEqual([]);
  });
});

describe("optimizationChart(result, options)", () => {
  it("optimizationChart(result, options) draws one point and one whisker per configuration, dearer to the right", () => {
    const svg = optimizationChart(harvestResult, { document, metric: p95, target: { max: 12 } });
    expect(count(svg, ".point")).toBe(6);
    expect(count(svg, ".whisker")).toBe(6);
    const xs = numbers(svg, ".configuration:not(.chosen) .point", "cx");
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });

  it("optimizationChart(result, options) fills the feasible points, leaves the infeasible hollow, and rings the chosen one", () => {
    const svg = optimizationChart(harvestResult, { document, metric: p95, target: { max: 12 } });
    expect(texts(svg, ".legend-item")).toEqual(["Chosen", "Feasible", "Infeasible", "Feasible frontier", "Target ≤ 12", "95% interval"]);
    const chosen = svg.querySelector(".configuration.chosen .point");
    expect(chosen?.getAttribute("fill")).toBe(optimizationColors.chosen);
    expect(chosen?.getAttribute("r")).toBe("7");
    expect(svg.querySelector(".configuration.infeasible .point")?.getAttribute("fill")).toBe(ink.background);
    expect(svg.querySelector(".configuration.dearer .point")?.getAttribute("fill")).toBe(optimizationColors.feasible);
    expect(svg.querySelector(".configurations > g:last-child")?.classList.contains("chosen")).toBe(true);
  });

  it("optimizationChart(result, options) joins the frontier through the chosen point and the cheaper-and-better ones only", () => {
    const svg = optimizationChart(harvestResult, { document, metric: p95, target: { max: 12 } });
    const d = svg.querySelector(".frontier")?.getAttribute("d") ?? "";
    // Chosen (1400, 9.5), then 1500 at 7, then 2000 at 5: three corners, 1600 (7.5, beaten by 1500) left out.
    expect(d.match(/V/g)).toHaveLength(2);
    const chosen = svg.querySelector(".configuration.chosen .point");
    expect(d.startsWith(`M${chosen?.getAttribute("cx")},${chosen?.getAttribute("cy")}`)).toBe(true);
  });

  it("optimizationChart(result, options) draws the target at its value, above the feasible points of a max target", () => {
    const svg = optimizationChart(harvestResult, { document, metric: p95, target: { max: 12 } });
    const at = Number(svg.querySelector(".target")?.getAttribute("y1"));
    for (const y of numbers(svg, ".configuration:not(.infeasible) .point", "cy")) expect(y).toBeGreaterThan(at);
    for (const y of numbers(svg, ".configuration.infeasible .point", "cy")) expect(y).toBeLessThan(at);
    expect(caption(svg)).toContain("The dashed line is the target (≤ 12)");
    expect(texts(svg, ".x-axis .axis-label")).toEqual(["Cost"]);
  });

  it("optimizationChart(result, options) says when nothing is feasible, with no frontier", () => {
    const svg = optimizationChart(nothingFeasible, { document, metric: p95, target: { max: 12 }, costUnit: "k$/year" });
    expect(count(svg, ".frontier")).toBe(0);
    expect(caption(svg)).toContain("0 of 6 meet every constraint");
    expect(caption(svg)).toContain("None was chosen");
    expect(texts(svg, ".x-axis .axis-label")).toEqual(["Cost (k$/year)"]);
  });

  it("optimizationChart(result, options) rejects a metric the result does not report, and an empty result", () => {
    expect(() => optimizationChart(harvestResult, { document, metric: "directions.kg-to-kz.waitHours" }))
      .toThrow(/metric "directions.kg-to-kz.waitHours" is not reported by the result \(known: directions.kg-to-kz.crossingHours.p95\)/);
    expect(() => optimizationChart({ ...harvestResult, evaluated: [] }, { document })).toThrow(/no evaluated configurations/);
  });
});
