// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { queueSeriesChart } from "../../../web/charts/queue-series-chart.js";
import { scenarioAt, withoutIntervals } from "./fixtures.js";
import { caption, texts } from "./query.js";

const baseline = scenarioAt(0);

/** The tick labels of the left and right y axes, top tick last. */
function sideTicks(svg: SVGSVGElement): { trucks: string[]; km: string[] } {
  const [left, right] = [...svg.querySelectorAll(".y-axis")];
  const ticks = (axis: Element | undefined): string[] => [...(axis?.querySelectorAll(".tick text") ?? [])].map((t) => t.textContent ?? "");
  return { trucks: ticks(left), km: ticks(right) };
}

describe("queueSeriesChart(result, options)", () => {
  it("queueSeriesChart(result, options) labels the hours of the day every three hours", () => {
    const svg = queueSeriesChart(baseline, { document, direction: "kg-to-kz", by: "hourOfDay" });
    expect(texts(svg, ".x-axis .tick")).toEqual(["00:00", "03:00", "06:00", "09:00", "12:00", "15:00", "18:00", "21:00"]);
    expect(texts(svg, ".axis-label")).toEqual(["Hour of day", "↑ Queue (trucks)", "Queue (km) ↑"]);
  });

  it("queueSeriesChart(result, options) scales the km axis by metresPerTruck", () => {
    const at12 = sideTicks(queueSeriesChart(baseline, { document, direction: "kg-to-kz", by: "hourOfDay" }));
    const at20 = sideTicks(queueSeriesChart(baseline, { document, direction: "kg-to-kz", by: "hourOfDay", metresPerTruck: 20 }));
    expect(at12.trucks.at(-1)).toBe("300");
    expect(at12.km.at(-1)).toBe("3.5"); // the top is 300 trucks × 12 m = 3.6 km; ticks stop at 3.5
    expect(at20.km.at(-1)).toBe("6");
    expect(caption(queueSeriesChart(baseline, { document, direction: "kg-to-kz", by: "day", metresPerTruck: 20 }))).toContain("20 m of road per truck");
  });

  it("queueSeriesChart(result, options) draws a mean line with a band, and no band without intervals", () => {
    const svg = queueSeriesChart(baseline, { document, direction: "kz-to-kg", by: "day" });
    expect(svg.querySelector(".band")?.getAttribute("d")).toMatch(/^M.+Z$/);
    expect(svg.querySelector(".mean-line")?.getAttribute("d")?.split("L")).toHaveLength(14);
    const single = queueSeriesChart(withoutIntervals(baseline), { document, direction: "kz-to-kg", by: "day" });
    expect(single.querySelector(".band")?.getAttribute("d")).toBe("");
    expect(single.querySelector(".mean-line")?.getAttribute("d")).not.toBe("");
    expect(caption(single)).toContain("a single replication, so there is no interval band");
  });

  it("queueSeriesChart(result, options) cuts the band at zero trucks where an interval reaches below 0", () => {
    const series = baseline.series?.["kg-to-kz"];
    if (series === undefined) throw new Error("fixture without series");
    const low = series.queueByDay.map((p) => ({ ...p, lo: p.mean - 1000 }));
    const result = { ...baseline, series: { ...baseline.series, "kg-to-kz": { ...series, queueByDay: low } } } as typeof baseline;
    const svg = queueSeriesChart(result, { document, direction: "kg-to-kz", by: "day" });
    const zeroTick = [...svg.querySelectorAll(".y-axis")][0]?.querySelector(".tick");
    const zeroY = Number(/translate\([^,]+,\s*([-\d.]+)\)/.exec(zeroTick?.getAttribute("transform") ?? "")?.[1]);
    expect(zeroTick?.textContent).toBe("0");
    const ys = [...(svg.querySelector(".band")?.getAttribute("d") ?? "").matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => Number(m[2]));
    expect(ys.length).toBeGreaterThan(0);
    // d3-axis draws ticks half a pixel off for crisp lines; without the cut the band would reach far lower.
    expect(Math.abs(Math.max(...ys) - zeroY)).toBeLessThanOrEqual(0.5);
    expect(caption(svg)).toContain("cut at zero trucks");
  });

  it("queueSeriesChart(result, options) rejects a bad direction, by or metresPerTruck", () => {
    expect(() => queueSeriesChart(baseline, { document, direction: "kg" as "kg-to-kz", by: "day" })).toThrow(/options.direction must be/);
    expect(() => queueSeriesChart(baseline, { document, direction: "kg-to-kz", by: "week" as "day" })).toThrow(/options.by must be "hourOfDay" or "day", got "week"/);
    expect(() => queueSeriesChart(baseline, { document, direction: "kg-to-kz", by: "day", metresPerTruck: 0 })).toThrow(/options.metresPerTruck must be a positive number/);
  });

  it("queueSeriesChart(result, options) with no road queue reads whole trucks on its axes and says there is no queue", () => {
    const flat = (points: readonly { x: number }[]) => points.map((p) => ({ x: p.x, mean: 0, lo: 0, hi: 0 }));
    const series = baseline.series?.["kz-to-kg"];
    if (series === undefined) throw new Error("fixture has no series");
    const none = { ...baseline, series: { ...baseline.series, "kz-to-kg": { ...series, queueByHourOfDay: flat(series.queueByHourOfDay), queueByDay: flat(series.queueByDay) } } } as typeof baseline;
    const svg = queueSeriesChart(none, { document, direction: "kz-to-kg", by: "day" });
    const ticks = sideTicks(svg);
    expect([...ticks.trucks, ...ticks.km].some((t) => /\.0{4,}/.test(t))).toBe(false);
    expect(ticks.trucks).toEqual(["0", "1", "2", "3", "4", "5"]);
    expect(svg.querySelector(".no-queue")?.textContent).toBe("No truck queued on the road in any replication");
  });
});
