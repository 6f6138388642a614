// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { networkDiagram } from "../../../web/charts/network-diagram.js";
import { networkLayout } from "../../../web/charts/network-layout.js";
import { branching, network, priority, tandem } from "../teach/network-fixtures.js";
import { count, texts } from "./query.js";
import { expectSnapshot } from "./snapshot.js";

describe("networkDiagram(network, options)", () => {
  it("networkDiagram(tandem) matches test/output/networkDiagramTandem.svg", () => {
    expectSnapshot("networkDiagramTandem", networkDiagram(tandem, { document }));
  });

  it("networkDiagram(priority, { width: 360 }) matches test/output/networkDiagramPriorityNarrow.svg", () => {
    expectSnapshot("networkDiagramPriorityNarrow", networkDiagram(priority, { document, width: 360 }));
  });

  it("networkDiagram(branching, { width: 960 }) matches test/output/networkDiagramBranchingWide.svg", () => {
    expectSnapshot("networkDiagramBranchingWide", networkDiagram(branching, { document, width: 960 }));
  });

  it("networkDiagram(network, options) draws a lane per station and a circle per server, the most a rota puts on duty", () => {
    const svg = networkDiagram(branching, { document });
    expect(count(svg, ".lane")).toBe(3);
    expect(count(svg, '[data-station="triage"] .server')).toBe(2);
    expect(count(svg, '[data-station="inspection"] .server')).toBe(3);
    const title = [...svg.querySelectorAll('[data-station="inspection"] .station-title tspan')].map((t) => t.textContent).join(" ");
    expect(title.replace(/\s+/g, " ")).toContain("up to 3 servers on a rota");
  });

  it("networkDiagram(network, options) writes route probabilities other than 1 and what leaves", () => {
    const svg = networkDiagram(branching, { document });
    expect(texts(svg, ".route-labels text")).toEqual(["0.3", "0.6"]);
    expect(texts(svg, ".out-label")).toEqual(["out 0.1", "out", "out"]);
    expect(count(svg, ".queue-limit")).toBe(1);
  });

  it("networkDiagram(network, options) draws feedback as an arc and names classes in the legend only when there are several", () => {
    expect(count(networkDiagram(tandem, { document }), ".route.back")).toBe(1);
    expect(texts(networkDiagram(priority, { document }), ".legend-item")).toEqual(["urgent", "regular", "busy", "idle", "off shift", "broken"]);
    expect(texts(networkDiagram(tandem, { document, serverLegend: false }), ".legend-item")).toEqual([]);
  });

  it("networkDiagram(network, options) refuses a width with no room for the queues", () => {
    const chain = network({
      name: "long chain",
      arrivals: [{ to: "a", interarrival: { dist: "exponential", mean: 1 } }],
      stations: ["a", "b", "c", "d", "e"].map((id, i, all) => ({ id, service: { dist: "exponential", mean: 0.5 }, routes: i + 1 < all.length ? [{ to: all[i + 1], p: 1 }] : [] })),
    });
    expect(() => networkDiagram(chain, { document, width: 360 })).toThrow(/no room for the queues of 5 columns/);
  });
});

describe("networkLayout(network, width)", () => {
  it("networkLayout(network, width) puts stations in columns by their distance from the arrivals", () => {
    const layout = networkLayout(branching, 900);
    expect(layout.stations.map((s) => [s.id, s.column])).toEqual([["triage", 0], ["inspection", 1], ["fast-lane", 1]]);
    const [triage, inspection] = layout.stations;
    expect(inspection?.lane.x).toBeGreaterThan((triage?.exit.x ?? Infinity));
  });

  it("networkLayout(network, width) puts the head of the line next to the servers", () => {
    const desk = networkLayout(priority, 600).stations[0];
    const slots = desk?.slots ?? [];
    expect(slots.length).toBeGreaterThan(5);
    expect(slots[0]?.x).toBeGreaterThan(slots[1]?.x ?? Infinity);
    expect((desk?.servers[0]?.x ?? 0) - (slots[0]?.x ?? 0)).toBeLessThan(30);
  });

  it("networkLayout(network, width) gives the same geometry for the same input", () => {
    expect(networkLayout(tandem, 616)).toEqual(networkLayout(tandem, 616));
  });
});
