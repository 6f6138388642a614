// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import type { ComparisonResult } from "../../../src/scenario/study/study-result.js";
import { differenceChart } from "../../../web/charts/difference-chart.js";
import { comparison } from "./fixtures.js";
import { caption, count, numbers, texts } from "./query.js";

const metric = "directions.kg-to-kz.crossingHours";

describe("differenceChart(comparison, options)", () => {
  it("differenceChart(comparison, options) draws one dot and whisker per scenario other than the baseline", () => {
    const svg = differenceChart(comparison, { document, metric });
    expect(count(svg, ".dot")).toBe(4);
    expect(count(svg, ".whisker")).toBe(4);
    expect(texts(svg, ".y-axis .tick")).toEqual(["seals", "unified", "seals-and-unified", "logistics-centre"]);
    expect(texts(svg, ".value")).toEqual(["−5.3", "−7.2", "−10.8", "−8.6"]);
  });

  it("differenceChart(comparison, options) puts the zero line at the zero tick, right of every reduction", () => {
    const svg = differenceChart(comparison, { document, metric });
    const zero = Number(svg.querySelector(".zero-line")?.getAttribute("x1"));
    const zeroTick = [...svg.querySelectorAll(".x-axis .tick")].find((t) => t.textContent === "0");
    const tickX = Number(/translate\(([-\d.]+),/.exec(zeroTick?.getAttribute("transform") ?? "")?.[1]);
    expect(Math.abs(tickX - zero)).toBeLessThanOrEqual(0.5); // d3-axis shifts ticks half a pixel for crisp lines

    for (const cx of numbers(svg, ".dot", "cx")) expect(cx).toBeLessThan(zero);
  });

  it("differenceChart(comparison, options) writes each value above its dot, not beside a whisker end where it reads as a bound", () => {
    const svg = differenceChart(comparison, { document, metric });
    expect(numbers(svg, ".value", "x")).toEqual(numbers(svg, ".dot", "cx"));
    const dotsY = numbers(svg, ".dot", "cy");
    numbers(svg, ".value", "y").forEach((y, i) => expect(y).toBeLessThan(dotsY[i] ?? -Infinity));
    expect([...svg.querySelectorAll(".value")].every((v) => v.getAttribute("text-anchor") === "middle")).toBe(true);
    expect(texts(svg, ".value").length).toBe(4);
  });

  it("differenceChart(comparison, options) gives small differences two significant digits and a value that rounds to zero no sign", () => {
    const means = [-0.04, 0.0004, 0.012, -0.0002];
    let k = 0;
    const small: ComparisonResult = {
      ...comparison,
      differences: comparison.differences.map((d) => (d.metric === metric ? { ...d, mean: means[k++] as number } : d)),
    };
    const values = texts(differenceChart(small, { document, metric }), ".value");
    expect(values).toContain("−0.040");
    expect(values).toContain("0.000");
    expect(values.some((v) => v.startsWith("−0.000") || v.startsWith("+0.000"))).toBe(false);
  });

  it("differenceChart(comparison, options) labels the axis of a unitless metric without a made-up unit", () => {
    const ratio = "directions.kg-to-kz.bufferIndex";
    const withRatio: ComparisonResult = { ...comparison, differences: comparison.differences.filter((d) => d.metric === metric).map((d) => ({ ...d, metric: ratio, mean: d.mean / 100 })) };
    const svg = differenceChart(withRatio, { document, metric: ratio });
    expect(texts(svg, ".x-axis .axis-label, .axis-label")).toContain("Difference from baseline");
    expect(svg.textContent).not.toContain("metric units");
  });

  it("differenceChart(comparison, options) explains the sign and common random numbers in its caption", () => {
    const text = caption(differenceChart(comparison, { document, metric }));
    expect(text).toContain("Negative means less than baseline");
    expect(text).toContain("common random numbers");
    expect(text).toContain("whose mean is 18.4 hours");
  });

  it("differenceChart(comparison, options) draws the point without a whisker for a null interval", () => {
    const nulled: ComparisonResult = {
      ...comparison,
      differences: comparison.differences.map((d) => (d.scenario === "seals" ? { ...d, halfWidth: null, lo: null, hi: null } : d)),
    };
    const svg = differenceChart(nulled, { document, metric });
    expect(count(svg, ".dot")).toBe(4);
    expect(count(svg, ".whisker")).toBe(3);
  });

  it("differenceChart(comparison, options) rejects an unknown metric path or one never compared", () => {
    expect(() => differenceChart(comparison, { document, metric: "directions.kg-to-kz.crossingTime" }))
      .toThrow(/unknown metric path "directions.kg-to-kz.crossingTime": no "crossingTime" in directions.kg-to-kz \(known: crossingHours/);
    expect(() => differenceChart(comparison, { document, metric: "directions.kg-to-kz.queueKm" }))
      .toThrow(/no differences in "directions.kg-to-kz.queueKm"; it has: directions.kg-to-kz.crossingHours/);
    expect(() => differenceChart({ results: [], differences: [] }, { document, metric })).toThrow(/comparison.results must hold the baseline/);
  });
});
