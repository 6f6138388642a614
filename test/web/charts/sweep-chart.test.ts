// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import type { SweepResult } from "../../../src/scenario/study/study-result.js";
import { directionColors, ink } from "../../../web/charts/palette.js";
import { sweepChart } from "../../../web/charts/sweep-chart.js";
import { sealShareSweep, withoutIntervals } from "./fixtures.js";
import { caption, count, numbers, texts } from "./query.js";

const metric = "directions.kg-to-kz.crossingHours";

describe("sweepChart(sweep, options)", () => {
  it("sweepChart(sweep, options) draws one point per swept value, spaced to scale, over a band", () => {
    const svg = sweepChart(sealShareSweep, { document, metric });
    expect(count(svg, ".point")).toBe(5);
    const xs = numbers(svg, ".point", "cx");
    expect((xs[1] ?? 0) - (xs[0] ?? 0)).toBeCloseTo((xs[4] ?? 0) - (xs[3] ?? 0), 6);
    expect(texts(svg, ".x-axis .tick")).toEqual(["0", "0.25", "0.5", "0.75", "1"]);
    expect(svg.querySelector(".band")?.getAttribute("d")).toMatch(/Z$/);
    expect(svg.querySelector(".point")?.getAttribute("fill")).toBe(directionColors["kg-to-kz"]);
  });

  it("sweepChart(sweep, options) puts higher means higher on the chart", () => {
    const ys = numbers(sweepChart(sealShareSweep, { document, metric }), ".point", "cy");
    expect([...ys].sort((a, b) => a - b)).toEqual(ys); // crossing time falls as the seal share grows
  });

  it("sweepChart(sweep, options) spaces non-numeric values evenly and inks system metrics neutrally", () => {
    const sweep: SweepResult = { ...sealShareSweep, parameter: "seals.mode", values: ["none", "some", "most", "all", "mandated"] };
    const svg = sweepChart(sweep, { document, metric: "system.timeInSystem", label: "Time in system", unit: "hours" });
    expect(texts(svg, ".x-axis .tick")).toEqual(["none", "some", "most", "all", "mandated"]);
    expect(texts(svg, ".y-axis .axis-label")).toEqual(["↑ Time in system (hours)"]);
    expect(svg.querySelector(".point")?.getAttribute("fill")).toBe(ink.text);
  });

  it("sweepChart(sweep, options) wraps a long axis label at 360 pixels and moves the plot down to make room", () => {
    const p95 = "directions.kz-to-kg.crossingHours.p95";
    const plotTop = (svg: SVGSVGElement): number => Number(/,([\d.]+)\)/.exec(svg.querySelector(".plot")?.getAttribute("transform") ?? "")?.[1]);
    const narrow = sweepChart(sealShareSweep, { document, metric: p95, width: 360 });
    const wide = sweepChart(sealShareSweep, { document, metric: p95, width: 960 });
    expect(narrow.querySelectorAll(".y-axis .axis-label tspan").length).toBe(2);
    expect(wide.querySelectorAll(".y-axis .axis-label tspan").length).toBe(1);
    expect(plotTop(narrow) - plotTop(wide)).toBeGreaterThanOrEqual(14);
  });

  it("sweepChart(sweep, options) says when a single replication leaves no band", () => {
    const single = { ...sealShareSweep, results: sealShareSweep.results.map(withoutIntervals) };
    const svg = sweepChart(single, { document, metric });
    expect(caption(svg)).toContain("a single replication each, so there is no interval band");
    expect(texts(svg, ".legend-item")).toEqual(["One replication"]);
    expect(count(svg, ".point")).toBe(5);
  });

  it("sweepChart(sweep, options) rejects an unknown metric path and a sweep whose lengths differ", () => {
    expect(() => sweepChart(sealShareSweep, { document, metric: "system.waitTime" }))
      .toThrow(/unknown metric path "system.waitTime": no "waitTime" in system \(known: timeInSystem, throughput\)/);
    expect(() => sweepChart({ ...sealShareSweep, values: [0, 1] }, { document, metric }))
      .toThrow(/one result per value, got 2 values and 5 results/);
  });

  it("sweepChart(sweep, options) cuts the band of a crossing time at zero hours, where a few replications' interval reaches below it", () => {
    // Three replications at share 0 gave 8 hours, 95% CI −11 to 27 (the dashboard's seals sweep at r=3, 14 days).
    const [first, ...rest] = sealShareSweep.results;
    const d = first?.directions;
    if (first === undefined || d === undefined) throw new Error("fixture has no first border result");
    const wide = { ...d["kg-to-kz"].crossingHours, mean: 8, halfWidth: 19, lo: -11, hi: 27 };
    const sweep: SweepResult = { ...sealShareSweep, results: [{ ...first, directions: { ...d, "kg-to-kz": { ...d["kg-to-kz"], crossingHours: wide } } }, ...rest] };
    const svg = sweepChart(sweep, { document, metric });
    expect(texts(svg, ".y-axis .tick")[0]).toBe("0");
    expect(caption(svg)).toContain("95% confidence interval, cut at zero.");
    // The band's lowest point is the zero line, the plot's bottom edge.
    const bottom = Math.max(...(svg.querySelector(".band")?.getAttribute("d")?.match(/-?[\d.]+(?=[LZ]|$)/g) ?? []).map(Number));
    const zero = Number(/translate\(0,([\d.]+)\)/.exec(svg.querySelector(".x-axis")?.getAttribute("transform") ?? "")?.[1]);
    expect(bottom).toBeCloseTo(zero, 6);
  });
});

