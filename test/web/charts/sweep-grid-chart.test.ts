// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { contrastRatio, relativeLuminance } from "../../../web/charts/contrast.js";
import { sweepGridChart } from "../../../web/charts/sweep-grid-chart.js";
import { sealShareByLanes, withoutIntervals } from "./fixtures.js";
import { caption, count, numbers, texts } from "./query.js";

const metric = "directions.kg-to-kz.crossingHours";
const crossing = (row: number, column: number): number =>
  sealShareByLanes.sweeps[row]?.results[column]?.directions?.["kg-to-kz"].crossingHours.mean ?? Number.NaN;

describe("sweepGridChart(grid, options)", () => {
  it("sweepGridChart(grid, options) draws a cell per combination, the first lever across and the second up (its first value at the bottom)", () => {
    const svg = sweepGridChart(sealShareByLanes, { document, metric });
    expect(count(svg, ".cell-fill")).toBe(15);
    expect(texts(svg, ".x-axis .tick")).toEqual(["0", "0.25", "0.5", "0.75", "1"]);
    expect(texts(svg, ".y-axis .tick")).toEqual(["3", "2", "1"]);
    const ys = numbers(svg, ".cell-fill", "y");
    expect(ys[0]).toBeGreaterThan(ys[5] ?? Infinity); // one lane's row lies below two lanes'
    expect(svg.querySelector(".cell-fill title")?.textContent).toMatch(/^seals\.share = 0, directions\.kg-to-kz\.stages\.3\.lanes = 1: 18\.4 \(\d.* to \d.*\) hours$/);
  });

  it("sweepGridChart(grid, options) writes a tooltip's interval no lower than zero for a border metric with a unit, as the sweep chart cuts its band", () => {
    // The first cell's interval, moved down until its Student-t lower end is below zero.
    const at = (lo: number) => ({
      ...sealShareByLanes,
      sweeps: sealShareByLanes.sweeps.map((s, r) => ({
        ...s,
        results: s.results.map((result, c) => (r > 0 || c > 0 ? result : {
          ...result,
          directions: { ...result.directions!, "kg-to-kz": { ...result.directions!["kg-to-kz"], crossingHours: { mean: 0.3, halfWidth: 0.3 - lo, lo, hi: 0.6 - lo } } },
        })),
      })),
    }) as typeof sealShareByLanes;
    const svg = sweepGridChart(at(-0.2), { document, metric });
    expect(svg.querySelector(".cell-fill title")?.textContent).toMatch(/: 0\.3 \(0 to 0\.8\) hours$/);
    // Before the cut the tooltip said "0.3 (-0.2 to 0.8) hours", a crossing time below zero.
  });

  it("sweepGridChart(grid, options) writes each mean in its cell, with ± the half-width where there is room", () => {
    const svg = sweepGridChart(sealShareByLanes, { document, metric });
    const values = [...svg.querySelectorAll(".cell-value")].map((t) => t.querySelector("tspan")?.textContent);
    expect(values[0]).toBe("18.4");
    expect(values[4]).toBe(String(Number(crossing(0, 4).toPrecision(3))));
    expect(count(svg, ".cell-half")).toBe(15);
    expect(texts(svg, ".cell-half")[0]).toMatch(/^±\d/);
  });

  it("sweepGridChart(grid, options) shades darker for more, in classes that differ in grey, and keeps each number legible on its shade", () => {
    const svg = sweepGridChart(sealShareByLanes, { document, metric });
    const fills = [...svg.querySelectorAll(".cell-fill")].map((r) => r.getAttribute("fill") ?? "");
    const cells = fills.map((fill, i) => ({ fill, mean: crossing(Math.floor(i / 5), i % 5) })).sort((a, b) => a.mean - b.mean);
    const lightness = cells.map((c) => relativeLuminance(c.fill));
    expect([...lightness].sort((a, b) => b - a)).toEqual(lightness);
    expect(texts(svg, ".legend-item")).toHaveLength(5);
    const swatches = [...svg.querySelectorAll(".legend-item rect")].map((r) => relativeLuminance(r.getAttribute("fill") ?? ""));
    for (let i = 1; i < swatches.length; i++) expect((swatches[i - 1] ?? 0) - (swatches[i] ?? 0)).toBeGreaterThan(0.05);
    for (const text of svg.querySelectorAll(".cell-value")) {
      const fill = text.parentElement?.querySelector(".cell-fill")?.getAttribute("fill") ?? "";
      expect(contrastRatio(fill, text.getAttribute("fill") ?? "")).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("sweepGridChart(grid, options) leaves out the half-widths after a single replication and says so by omission in the caption", () => {
    const single = { ...sealShareByLanes, sweeps: sealShareByLanes.sweeps.map((s) => ({ ...s, results: s.results.map(withoutIntervals) })) };
    const svg = sweepGridChart(single, { document, metric });
    expect(count(svg, ".cell-half")).toBe(0);
    expect(caption(svg)).toContain("each cell is the mean of 1 replication, darker for more.");
  });

  it("sweepGridChart(grid, options) leaves the numbers to the tooltips when cells are too small to hold them", () => {
    const values = Array.from({ length: 12 }, (_, i) => 1000 + i);
    const wide = { ...sealShareByLanes, columns: { parameter: "x", values }, sweeps: sealShareByLanes.sweeps.map((s) => ({
      parameter: "x", values, results: values.map(() => s.results[0] ?? (s.results as never)[0]),
    })) };
    const svg = sweepGridChart(wide, { document, metric: "directions.kg-to-kz.queueTrucks", width: 240 });
    expect(count(svg, ".cell-fill")).toBe(36);
    expect(svg.querySelectorAll(".cell-fill title")).toHaveLength(36);
    const sizes = numbers(svg, ".cell-value", "font-size");
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(8);
  });

  it("sweepGridChart(grid, options) rejects a grid whose rows do not match its columns, or an unknown metric", () => {
    const [first] = sealShareByLanes.sweeps;
    if (first === undefined) throw new Error("fixture");
    expect(() => sweepGridChart({ ...sealShareByLanes, sweeps: [first] }, { document, metric })).toThrow(/one sweep per value of directions\.kg-to-kz\.stages\.3\.lanes \(3\), got 1/);
    expect(() => sweepGridChart({ ...sealShareByLanes, sweeps: [first, first, { ...first, values: [0, 1, 2, 3, 4] }] }, { document, metric }))
      .toThrow(/row 3 must sweep seals\.share over the columns' values/);
    expect(() => sweepGridChart(sealShareByLanes, { document, metric: "system.waitTime" })).toThrow(/unknown metric path "system.waitTime"/);
  });
});
