// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { hockeyStickChart, type HockeyCurve } from "../../../web/charts/hockey-stick-chart.js";
import { estimate } from "../teach/network-fixtures.js";
import { count, numbers, texts } from "./query.js";
import { expectSnapshot } from "./snapshot.js";

const grid = Array.from({ length: 49 }, (_, i) => (i + 1) / 50);
/** Pollaczek–Khinchine with mean service 1: Wq = ρ (1 + cv²) / (2 (1 − ρ)). */
const pk = (cv: number): HockeyCurve["theory"] => grid.map((x) => ({ x, y: (x * (1 + cv * cv)) / (2 * (1 - x)) }));
/** Hand-picked simulated points near the theory, not simulator output. */
const dots = (cv: number, wiggle: number): HockeyCurve["simulated"] =>
  [0.3, 0.5, 0.7, 0.8, 0.9].map((x, i) => ({ x, estimate: estimate(((x * (1 + cv * cv)) / (2 * (1 - x))) * (1 + wiggle * (i % 2 === 0 ? 1 : -1)), 0.04 + x / 10) }));

const variability: HockeyCurve[] = [
  { label: "cv = 0 (M/D/1)", theory: pk(0), simulated: dots(0, 0.02) },
  { label: "cv = 1 (M/M/1)", theory: pk(1), simulated: dots(1, 0.03) },
  { label: "cv = 2", theory: pk(2), simulated: dots(2, 0.05) },
];

describe("hockeyStickChart(curves, options)", () => {
  it("hockeyStickChart(variability) matches test/output/hockeyStickVariability.svg", () => {
    expectSnapshot("hockeyStickVariability", hockeyStickChart(variability, { document, yLabel: "Mean wait in line (min)", highlight: 0.8 }));
  });

  it("hockeyStickChart(one curve, { width: 360 }) matches test/output/hockeyStickNarrow.svg", () => {
    expectSnapshot("hockeyStickNarrow", hockeyStickChart([variability[1]!], { document, width: 360 }));
  });

  it("hockeyStickChart(curves, options) cuts theory lines at the top of the axis instead of running off the chart", () => {
    const svg = hockeyStickChart([variability[1]!], { document, yMax: 5 });
    const d = svg.querySelector(".theory-line")?.getAttribute("d") ?? "";
    const ys = [...d.matchAll(/[ML][\d.-]+,([\d.-]+)/g)].map((m) => Number(m[1]));
    expect(Math.min(...ys)).toBeCloseTo(0, 6); // the line ends on the plot's top edge, y = 0 pixels
    const last = d.split("L").at(-1) ?? "";
    expect(Number(last.split(",")[1])).toBeCloseTo(0, 6);
  });

  it("hockeyStickChart(curves, options) draws a dot per simulated point, the wall at ρ = 1 and the live model's utilisation", () => {
    const svg = hockeyStickChart(variability, { document, highlight: 0.8 });
    expect(count(svg, ".dot")).toBe(15);
    const [wall] = numbers(svg, ".wall", "x1");
    const [highlight] = numbers(svg, ".highlight", "x1");
    expect((highlight ?? 0) / (wall ?? 1)).toBeCloseTo(0.8, 9);
    expect(texts(svg, ".legend-item")).toEqual(["cv = 0 (M/D/1)", "cv = 1 (M/M/1)", "cv = 2", "simulated, 95% interval"]);
  });

  it("hockeyStickChart(curves, options) refuses no curves and a yMax that is not positive", () => {
    expect(() => hockeyStickChart([], { document })).toThrow(/at least one curve/);
    expect(() => hockeyStickChart(variability, { document, yMax: 0 })).toThrow(/yMax must be a positive number/);
  });
});
