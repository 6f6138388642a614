// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { networkScene } from "../../../web/teach/network-scene.js";
import { TraceCode, type NetworkTrace } from "../../../web/teach/network-trace.js";
import { network } from "./network-fixtures.js";

const desk = network({
  name: "one desk", horizon: 100, warmup: 0,
  arrivals: [{ to: "desk", class: "truck", interarrival: { dist: "exponential", mean: 1 } }],
  stations: [{ id: "desk", servers: 2, queueLimit: 30, service: { dist: "exponential", mean: 1 } }],
});

/** A hand-written trace: servers on duty at 0, then `waiting` + 2 customers arriving at time 1, two of them starting at once. */
function crowd(waiting: number): NetworkTrace {
  const rows: [number, number, number, number, number][] = [[0, TraceCode.onDuty, -1, 0, 2], [0, TraceCode.broken, -1, 0, 0]];
  for (let c = 0; c < waiting + 2; c++) {
    rows.push([1, TraceCode.arrive, c, 0, 0]);
    if (c < 2) rows.push([1, TraceCode.start, c, 0, 0]);
  }
  rows.push([2, TraceCode.leave, 0, 0, 0], [2, TraceCode.depart, 0, -1, 0], [2, TraceCode.start, 2, 0, 0]);
  return {
    stations: ["desk"], classes: ["truck"], length: rows.length,
    time: Float64Array.from(rows, (r) => r[0]), code: Uint8Array.from(rows, (r) => r[1]), customer: Int32Array.from(rows, (r) => r[2]),
    station: Int16Array.from(rows, (r) => r[3]), value: Int32Array.from(rows, (r) => r[4]),
    until: 100, complete: true, horizon: 100, warmup: 0, replication: 0,
  };
}

/** Number of dots in the customers' path: each dot is two arcs. */
const dots = (svg: SVGSVGElement): number => ((svg.querySelector(".customers")?.getAttribute("d") ?? "").match(/a/g) ?? []).length / 2;

describe("networkScene(scenario, trace, options)", () => {
  it("networkScene(...).draw(0) puts each customer in line or at a server and fills busy servers", () => {
    const scene = networkScene(desk, crowd(5), { document });
    scene.seek(1);
    scene.draw(0);
    expect(dots(scene.svg)).toBe(7);
    const fills = [...scene.svg.querySelectorAll(".server")].map((c) => c.getAttribute("fill"));
    expect(fills).toEqual(["#0072B2", "#0072B2"]);
    expect(scene.summary()).toBe("At 1.0 min: 7 in the network (desk: 5 waiting, 2 of 2 busy); 0 served.");
  });

  it("networkScene(...) shows a line longer than its lane as dots and +N", () => {
    const scene = networkScene(desk, crowd(200), { document, width: 640 });
    scene.seek(1);
    scene.draw(0);
    const overflow = scene.svg.querySelector(".overflow")?.textContent ?? "";
    const hidden = Number(overflow.slice(1));
    expect(hidden).toBeGreaterThan(100);
    expect(dots(scene.svg)).toBe(202 - hidden);
  });

  it("networkScene(...).draw(seconds) glides customers and says when they have settled", () => {
    const scene = networkScene(desk, crowd(1), { document });
    scene.seek(1);
    expect(scene.draw(0.016)).toBe(true); // new customers start at the arrival arrow
    let moving = true;
    for (let i = 0; i < 200 && moving; i++) moving = scene.draw(0.016);
    expect(moving).toBe(false);
    scene.seek(2);
    expect(scene.draw(0.016)).toBe(true); // one leaves, one moves up to a server
  });

  it("networkScene(...).seek(t) back in time shows the earlier state", () => {
    const scene = networkScene(desk, crowd(3), { document });
    scene.seek(2);
    scene.draw(0);
    scene.seek(0.5);
    scene.draw(0);
    expect(dots(scene.svg)).toBe(0);
    expect(scene.time).toBe(0.5);
  });
});
