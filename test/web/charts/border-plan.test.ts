// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { borderPlan } from "../../../web/charts/border-plan.js";
import { borderPlanLayout, type BorderPlanData } from "../../../web/charts/border-plan-layout.js";
import { count, texts } from "./query.js";
import { expectSnapshot } from "./snapshot.js";

/** A checkpoint written out here (not a bundled scenario), with seals' own lane and a logistics centre. */
const checkpoint: BorderPlanData = {
  directions: [
    {
      id: "kg-to-kz", zonePlaces: 60, stations: [
        { id: "kg-seal-fitting", label: "Seal fitting", post: "kg", lanes: 1 },
        { id: "kg-exit-documents", label: "KG exit documents", post: "kg", lanes: 3 },
        { id: "kz-border-control", label: "KZ border control", post: "kz", lanes: 3 },
        { id: "kz-border-control-sealed-lane", label: "KZ border control, sealed lane", post: "kz", lanes: 1 },
        { id: "kz-customs", label: "KZ customs", post: "kz", lanes: 12 },
      ],
    },
    {
      id: "kz-to-kg", zonePlaces: 40, stations: [
        { id: "kz-exit-customs", label: "KZ exit customs", post: "kz", lanes: 2 },
        { id: "kg-entry-documents", label: "KG entry documents", post: "kg", lanes: 2 },
      ],
    },
  ],
  metresPerTruck: 12,
  centrePlaces: 100,
  booking: false,
  classes: ["perishable", "general", "empty"],
};

describe("borderPlan(data, options)", () => {
  it("borderPlan(checkpoint, { width: 960 }) matches test/output/borderPlan.svg", () => {
    expectSnapshot("borderPlan", borderPlan(checkpoint, { document, width: 960 }));
  });

  it("borderPlan(data, options) draws every lane of every station and a kilometre scale on each road", () => {
    const svg = borderPlan(checkpoint, { document, width: 960, roadKm: 6 });
    expect(count(svg, "rect.lane")).toBe(1 + 3 + 3 + 1 + 12 + 2 + 2);
    expect(count(svg, '[data-station="kz-customs"] rect.lane')).toBe(12);
    expect(texts(svg, '[data-direction="kg-to-kz"] .road-axis text')).toEqual(["0 km", "2 km", "4 km", "6 km"]);
    // The label at the road's far end (the plan's edge) is drawn inward, so it is not cut off: to Kazakhstan
    // the road runs left from the gate, to Kyrgyzstan right.
    const anchors = (d: string): (string | null)[] => [...svg.querySelectorAll(`[data-direction="${d}"] .road-axis text`)].map((t) => t.getAttribute("text-anchor"));
    expect(anchors("kg-to-kz")).toEqual(["middle", "middle", "middle", "start"]);
    expect(anchors("kz-to-kg")).toEqual(["middle", "middle", "middle", "end"]);
    expect(texts(svg, ".direction-label")).toEqual(["Kyrgyzstan → Kazakhstan →", "Kazakhstan → Kyrgyzstan ←"]);
    expect(texts(svg, ".centre-label")[0]).toBe("logistics centre (100 places)");
  });

  it("borderPlanLayout(data, width) puts each post's stations on its side of the border in the order trucks meet them", () => {
    const layout = borderPlanLayout(checkpoint, 900);
    const [toKz, toKg] = layout.bands;
    const lanesX = (band: typeof toKz) => band.stations.map((s) => s.lanes[0]?.x ?? NaN);
    expect(lanesX(toKz).every((x, i, all) => i === 0 || x > (all[i - 1] as number))).toBe(true);
    expect(lanesX(toKg).every((x, i, all) => i === 0 || x < (all[i - 1] as number))).toBe(true);
    expect(toKz.stations.slice(0, 2).every((s) => (s.lanes[0]?.x ?? Infinity) < layout.borderX)).toBe(true);
    expect(toKg.stations[0]?.lanes[0]?.x).toBeGreaterThan(layout.borderX);
    expect(toKz.road.farX).toBeLessThan(toKz.road.gateX);
    expect(toKg.road.farX).toBeGreaterThan(toKg.road.gateX);
  });

  it("borderPlanLayout(data, width) refuses a width too narrow for both posts", () => {
    expect(() => borderPlanLayout(checkpoint, 500)).toThrow(/at least 600 pixels/);
  });
});
