// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { activityChart } from "../../../web/charts/activity-chart.js";
import { scenarioAt, scenarios } from "./fixtures.js";
import { count, numbers, texts } from "./query.js";

/** Fill colour of each segment's stage, read from its tooltip, per chart. */
function stageFills(svg: SVGSVGElement): Map<string, Set<string>> {
  const fills = new Map<string, Set<string>>();
  for (const segment of svg.querySelectorAll(".segment")) {
    const stage = /(?:before|at) (.+?),/.exec(segment.textContent ?? "")?.[1] ?? "?";
    fills.set(stage, (fills.get(stage) ?? new Set()).add(segment.getAttribute("fill") ?? ""));
  }
  return fills;
}

describe("activityChart(results, options)", () => {
  it("activityChart(results, options) stacks waiting and control of each stage, in the order a truck meets them", () => {
    const svg = activityChart([scenarioAt(0)], { document, direction: "kg-to-kz" });
    expect(count(svg, ".segment.waiting")).toBe(5);
    expect(count(svg, ".segment.control")).toBe(5);
    const order = texts(svg, ".segment.control title").map((t) => /control at (.+?),/.exec(t)?.[1]);
    expect(order).toEqual(["KG documents", "KG search", "KZ border control", "KZ X-ray", "KZ customs"]);
    const xs = numbers(svg, ".segment", "x");
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });

  it("activityChart(results, options) makes a bar as long as the sum of its activities", () => {
    const svg = activityChart([scenarioAt(0)], { document, direction: "kz-to-kg" });
    const activities = Object.values(scenarioAt(0).directions?.["kz-to-kg"].activities ?? {});
    const hours = activities.reduce((sum, a) => sum + a.waitHours.mean + a.serviceHours.mean, 0);
    expect(texts(svg, ".value")).toEqual([hours.toFixed(1)]);
    const widths = numbers(svg, ".segment", "width").reduce((a, b) => a + b, 0);
    const last = svg.querySelectorAll(".segment")[9];
    expect(Number(last?.getAttribute("x")) + Number(last?.getAttribute("width"))).toBeCloseTo(widths, 6);
  });

  it("activityChart(results, options) weighs a stage by the share of trucks that pass it and draws the documents hold last, so a bar adds up to the crossing time", () => {
    const base = scenarioAt(0);
    const direction = base.directions?.["kg-to-kz"];
    if (direction === undefined) throw new Error("fixture without kg-to-kz");
    const xray = direction.activities["kz-xray"];
    if (xray === undefined) throw new Error("fixture without kz-xray");
    const half = { mean: direction.trucksPerDay.mean / 2, halfWidth: 1, lo: direction.trucksPerDay.mean / 2 - 1, hi: direction.trucksPerDay.mean / 2 + 1 };
    const hold = { mean: 0.4, halfWidth: 0.1, lo: 0.3, hi: 0.5 };
    const changed = {
      ...base,
      directions: { ...base.directions, "kg-to-kz": { ...direction, documentsHoldHours: hold, activities: { ...direction.activities, "kz-xray": { ...xray, trucksPerDay: half } } } },
    } as typeof base;
    const svg = activityChart([changed], { document, direction: "kg-to-kz" });
    // Half the trucks pass the X-ray: its wait and control count half per crossing truck.
    const others = Object.entries(direction.activities).filter(([id]) => id !== "kz-xray").reduce((sum, [, a]) => sum + a.waitHours.mean + a.serviceHours.mean, 0);
    const expected = others + (xray.waitHours.mean + xray.serviceHours.mean) / 2 + 0.4;
    expect(texts(svg, ".value")).toEqual([expected.toFixed(1)]);
    const tips = texts(svg, ".segment title");
    expect(tips.find((t) => t.includes("control at KZ X-ray"))).toMatch(/per crossing truck: .* hours for the 50% of trucks that pass it$/);
    expect(tips.at(-1)).toMatch(/held aside for missing documents, 0\.4/);
    expect(texts(svg, ".legend text, text")).toContain("Held aside for missing documents");
    const segments = svg.querySelectorAll(".segment");
    const last = segments[segments.length - 1];
    const widths = numbers(svg, ".segment", "width").reduce((a, b) => a + b, 0);
    expect(Number(last?.getAttribute("x")) + Number(last?.getAttribute("width"))).toBeCloseTo(widths, 6);
  });

  it("activityChart(results, options) draws the wait for a checkpoint place first when a result reports it", () => {
    const base = scenarioAt(0);
    const direction = base.directions?.["kg-to-kz"];
    if (direction === undefined) throw new Error("fixture without kg-to-kz");
    const gate = { mean: 2.5, halfWidth: 0.5, lo: 2, hi: 3 };
    const withGate = { ...base, directions: { ...base.directions, "kg-to-kz": { ...direction, gateWaitHours: gate } } } as typeof base;
    const svg = activityChart([withGate], { document, direction: "kg-to-kz" });
    const first = svg.querySelector(".segment");
    expect(first?.textContent).toMatch(/waiting for a checkpoint place, 2\.5/);
    expect(count(svg, ".segment.waiting")).toBe(6);
    const stages = Object.values(direction.activities).reduce((sum, a) => sum + a.waitHours.mean + a.serviceHours.mean, 0);
    expect(texts(svg, ".value")[0]).toBe((stages + 2.5).toFixed(1));
    expect(texts(svg, ".legend text, text")).toContain("Waiting for a checkpoint place");
  });

  it("activityChart(results, options) dots the wait for a checkpoint place, in its bar and legend, apart from the generic 'Waiting' sample", () => {
    const base = scenarioAt(0);
    const direction = base.directions?.["kg-to-kz"];
    if (direction === undefined) throw new Error("fixture without kg-to-kz");
    const withGate = { ...base, directions: { ...base.directions, "kg-to-kz": { ...direction, gateWaitHours: { mean: 2.5, halfWidth: 0.5, lo: 2, hi: 3 } } } } as typeof base;
    const svg = activityChart([withGate], { document, direction: "kg-to-kz" });
    const entry = (label: string): Element | undefined => [...svg.querySelectorAll(".legend-item")].find((e) => e.querySelector("text")?.textContent === label);
    const sample = (label: string): string => [...(entry(label)?.querySelectorAll("rect") ?? [])].map((r) => r.outerHTML).join("");
    // Both are pale grey; only the dots tell them apart (they looked the same before).
    expect(sample("Waiting for a checkpoint place")).not.toBe(sample("Waiting"));
    const fill = entry("Waiting for a checkpoint place")?.querySelector("rect.hatch")?.getAttribute("fill") ?? "";
    const pattern = svg.querySelector(`[id="${fill.slice(5, -1)}"]`);
    expect(pattern?.querySelector("circle")).not.toBeNull();
    // The bar's first segment, the wait for a place, carries the same dots.
    const dotted = [...svg.querySelectorAll(".hatch.waiting")].filter((r) => r.getAttribute("fill") === fill);
    expect(dotted).toHaveLength(1);
    expect(dotted[0]?.getAttribute("x")).toBe(svg.querySelector(".segment")?.getAttribute("x"));
  });

  it("activityChart(results, options) keeps one colour per stage across scenarios and directions", () => {
    const there = stageFills(activityChart(scenarios, { document, direction: "kg-to-kz" }));
    const back = stageFills(activityChart(scenarios, { document, direction: "kz-to-kg" }));
    for (const fills of [...there.values(), ...back.values()]) expect(fills.size).toBe(1);
    for (const [stage, fills] of back) expect(there.get(stage)).toEqual(fills);
    expect(new Set([...there.values()].map((f) => [...f][0])).size).toBe(there.size);
  });

  it("activityChart(results, options) lists a stage only one scenario has at its place in the legend", () => {
    const legend = texts(activityChart(scenarios, { document, direction: "kg-to-kz" }), ".legend-item");
    expect(legend.slice(0, 4)).toEqual(["Waiting", "Control", "KG logistics centre", "KG documents"]);
  });

  it("activityChart(results, options) takes stage labels and rejects an unknown direction", () => {
    const svg = activityChart([scenarioAt(0)], { document, direction: "kg-to-kz", stageLabels: { "kg-search": "Physical search (KG)" } });
    expect(texts(svg, ".legend-item")).toContain("Physical search (KG)");
    expect(() => activityChart(scenarios, { document, direction: "both" as "kg-to-kz" })).toThrow(/options.direction must be "kg-to-kz" or "kz-to-kg", got "both"/);
  });

  it("activityChart(results, options) hatches every stage differently, so stages stay apart in greyscale print", () => {
    // Both directions of every bundled scenario: more stages than the eight category colours.
    for (const direction of ["kg-to-kz", "kz-to-kg"] as const) {
      const svg = activityChart(scenarios, { document, direction });
      const entries = [...svg.querySelectorAll(".legend-item")].slice(2).filter((e) => e.querySelector("rect:not(.hatch)") !== null);
      const look = (entry: Element): string => {
        const fill = entry.querySelector("rect.hatch")?.getAttribute("fill") ?? "none";
        const pattern = fill === "none" ? null : svg.querySelector(`[id="${fill.slice(5, -1)}"]`);
        // What survives greyscale: the hatching's shape (its tile and transform), not its colour.
        return pattern === null ? "plain" : `${pattern.getAttribute("width")} ${pattern.getAttribute("patternTransform")} ${pattern.innerHTML.replace(/(stroke|fill)="[^"]*"/g, "")}`;
      };
      const looks = entries.map(look);
      expect(entries.length).toBeGreaterThanOrEqual(5);
      expect(new Set(looks).size, `${direction}: ${looks.join(" | ")}`).toBe(looks.length);
      // Each segment carries its stage's hatching over its colour.
      expect(count(svg, ".hatch.control")).toBeGreaterThan(0);
    }
  });

  it("activityChart(results, options) labels at least three hours on its axis at a phone's width, so a bar can be read against them", () => {
    // A bar of 3.2 hours in a 340 px chart: asking d3 for two ticks gave 0 and 2 only, the bar running on past the last label.
    const base = scenarioAt(0);
    const direction = base.directions?.["kg-to-kz"];
    if (direction === undefined) throw new Error("fixture without kg-to-kz");
    const total = Object.values(direction.activities).reduce((sum, a) => sum + a.waitHours.mean + a.serviceHours.mean, 0);
    const scale = <T extends { mean: number }>(e: T): T => ({ ...e, mean: (e.mean * 3.2) / total });
    const activities = Object.fromEntries(Object.entries(direction.activities).map(([stage, a]) => [stage, { ...a, waitHours: scale(a.waitHours), serviceHours: scale(a.serviceHours) }]));
    const short = { ...base, directions: { ...base.directions, "kg-to-kz": { ...direction, activities } } } as typeof base;
    for (const width of [300, 340, 390]) {
      const svg = activityChart([short], { document, direction: "kg-to-kz", width });
      expect(texts(svg, ".value")).toEqual(["3.2"]);
      expect(texts(svg, ".x-axis .tick text"), `ticks at ${width} px`).toEqual(["0", "1", "2", "3"]);
    }
  });
});
