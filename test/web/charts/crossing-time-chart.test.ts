// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import type { StudyResult } from "../../../src/scenario/study/study-result.js";
import { crossingTimeChart } from "../../../web/charts/crossing-time-chart.js";
import { directionColors } from "../../../web/charts/palette.js";
import { scenarioAt, scenarios, withoutIntervals } from "./fixtures.js";
import { caption, count, numbers, texts } from "./query.js";

describe("crossingTimeChart(results, options)", () => {
  it("crossingTimeChart(results, options) draws one bar and one whisker per scenario and direction", () => {
    const svg = crossingTimeChart(scenarios, { document });
    expect(count(svg, ".bar")).toBe(10);
    expect(count(svg, ".whisker")).toBe(10);
    expect(texts(svg, ".y-axis .tick")).toEqual(["baseline", "seals", "unified", "seals-and-unified", "logistics-centre"]);
  });

  it("crossingTimeChart(results, options) makes bar length proportional to mean crossing hours", () => {
    const widths = numbers(crossingTimeChart(scenarios, { document, directions: ["kg-to-kz"] }), ".bar", "width");
    const means = scenarios.map((r) => r.directions?.["kg-to-kz"].crossingHours.mean ?? NaN);
    widths.forEach((w, i) => expect(w / (widths[0] ?? 1)).toBeCloseTo((means[i] ?? 0) / (means[0] ?? 1), 6));
  });

  it("crossingTimeChart(results, options) colours bars by direction with the fixed palette and writes the means", () => {
    const svg = crossingTimeChart([scenarioAt(0)], { document });
    expect([...svg.querySelectorAll(".bar")].map((b) => b.getAttribute("fill"))).toEqual([directionColors["kg-to-kz"], directionColors["kz-to-kg"]]);
    expect(texts(svg, ".value")).toEqual(["18.4", "9.6"]);
    expect(texts(svg, ".legend-item")).toEqual(["Kyrgyzstan → Kazakhstan", "Kazakhstan → Kyrgyzstan", "95% interval"]);
  });

  it("crossingTimeChart(results, options) draws no whisker for an estimate without interval and says why", () => {
    const svg = crossingTimeChart([withoutIntervals(scenarioAt(0)), scenarioAt(1)], { document });
    expect(count(svg, ".bar")).toBe(4);
    expect(count(svg, ".whisker")).toBe(2);
    expect(caption(svg)).toContain("single replication");
    expect(texts(svg, ".bar title")[0]).toContain("no interval");
  });

  it("crossingTimeChart(results, options) names the argument at fault in its errors", () => {
    const network: StudyResult = { ...scenarioAt(0), scenario: "network", model: "network" };
    delete (network as { directions?: unknown }).directions;
    expect(() => crossingTimeChart([], { document })).toThrow(/results must be a non-empty array/);
    expect(() => crossingTimeChart([network], { document })).toThrow(/scenario "network" has no directions/);
    expect(() => crossingTimeChart([scenarioAt(0), scenarioAt(0)], { document })).toThrow(/"baseline" appears twice/);
    expect(() => crossingTimeChart(scenarios, { document, width: 100 })).toThrow(/options.width must be .* got 100/);
    expect(() => crossingTimeChart(scenarios, { document, directions: ["kg-kz" as "kg-to-kz"] })).toThrow(/options.direction must be "kg-to-kz" or "kz-to-kg"/);
    expect(() => crossingTimeChart(scenarios, { document, height: 100 })).toThrow(/options.height 100 leaves no room/);
    expect(() => crossingTimeChart(scenarios, { document, title: " " })).toThrow("crossingTimeChart: options.title must be a non-empty string");
  });

  it("crossingTimeChart(results, options) uses the given title, caption and total height", () => {
    const svg = crossingTimeChart(scenarios, { document, title: "Crossing times", caption: "Fixture numbers.", height: 500 });
    expect(texts(svg, ".chart-title")).toEqual(["Crossing times"]);
    expect(caption(svg)).toBe("Fixture numbers.");
    expect(svg.getAttribute("height")).toBe("500");
  });
});
