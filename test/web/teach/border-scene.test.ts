// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadScenario } from "../../../src/scenario/index.js";
import { borderPlanData, type BorderScenario } from "../../../web/teach/border-plan-data.js";
import { borderClock, borderScene, longestRoadQueues } from "../../../web/teach/border-scene.js";
import { BorderCode, type BorderTraceRecord } from "../../../web/teach/border-trace-record.js";

const loaded = loadScenario(readFileSync("scenarios/baseline.json", "utf8"), "baseline");
if (!loaded.ok || loaded.scenario.model !== "border") throw new Error("baseline does not load");
const baseline: BorderScenario = loaded.scenario;
const stations = borderPlanData(baseline).directions.flatMap((d) => d.stations.map((s) => s.id));

/** A hand-written trace: `queued` trucks to Kazakhstan arrive in the first hour and wait on the road, every 10th sealed; one is at the X-ray. */
function roadQueue(queued: number): BorderTraceRecord {
  const rows: [number, number, number, number, number, number][] = [];
  for (let k = 0; k < queued; k++) {
    const t = k / queued;
    rows.push([t, BorderCode.arrive, k, 0, -1, 2 * (k % 3) + (k % 10 === 0 ? 1 : 0)], [t, BorderCode.wait, k, 0, -1, 0]);
  }
  const xray = stations.indexOf("kz-xray");
  rows.push([1, BorderCode.arrive, queued, 0, -1, 0], [1, BorderCode.enterZone, queued, 0, -1, xray], [1, BorderCode.stageStart, queued, 0, xray, -1]);
  return {
    stations, classes: borderPlanData(baseline).classes, length: rows.length,
    time: Float64Array.from(rows, (r) => r[0]), code: Uint8Array.from(rows, (r) => r[1]), truck: Int32Array.from(rows, (r) => r[2]),
    direction: Uint8Array.from(rows, (r) => r[3]), station: Int16Array.from(rows, (r) => r[4]), value: Int32Array.from(rows, (r) => r[5]),
    until: 48, complete: true, horizon: 48, warmup: 0, replication: 0,
  };
}

const ticks = (svg: SVGSVGElement, selector: string): number =>
  [...svg.querySelectorAll(selector)].reduce((n, p) => n + ((p.getAttribute("d") ?? "").match(/M/g) ?? []).length, 0);

describe("borderScene(scenario, trace, options)", () => {
  it("borderScene(...) draws each truck on the road to scale, sealed trucks marked, and says how long the queue is", () => {
    const scene = borderScene(baseline, roadQueue(500), { document, width: 960 });
    scene.seek(1);
    scene.draw(0);
    expect(ticks(scene.svg, ".road-trucks")).toBe(500);
    expect(ticks(scene.svg, ".sealed-marks")).toBe(50);
    expect(scene.svg.querySelector('[data-direction="kg-to-kz"] .road-count')?.textContent).toBe("Road queue: 500 trucks · 6.0 km");
    expect(scene.summary()).toMatch(/^To Kazakhstan: 500 on the road \(6.0 km\), 1 inside, 0 crossed\./);
  });

  it("borderScene(...) fills a lane busy while its truck is controlled", () => {
    const scene = borderScene(baseline, roadQueue(5), { document, width: 960 });
    scene.seek(1);
    scene.draw(0);
    expect(scene.svg.querySelector('[data-station="kz-xray"] rect.lane')?.getAttribute("fill")).toBe("#0072B2");
    expect(ticks(scene.svg, ".trucks")).toBe(1);
  });

  it("borderScene(...) scales both roads to the longest queue of the trace", () => {
    expect(longestRoadQueues(roadQueue(500))).toEqual([500, 0]);
    const scene = borderScene(baseline, roadQueue(500), { document, width: 960 });
    const axis = scene.svg.querySelector('[data-direction="kz-to-kg"] .road-axis');
    const line = axis?.querySelector("line");
    const six = [...(axis?.querySelectorAll("text") ?? [])].find((t) => t.textContent === "6 km");
    const [gate, far] = [Number(line?.getAttribute("x1")), Number(line?.getAttribute("x2"))];
    // 500 trucks × 12 m = 6 km, and a tenth more, rounded up: the road shows 7 km.
    expect((Number(six?.getAttribute("x")) - gate) / (far - gate)).toBeCloseTo(6 / 7, 9);
  });
});

describe("borderClock(hours)", () => {
  it("borderClock(hours) reads days from 1, a Monday, and the time of day", () => {
    expect(borderClock(0)).toBe("Day 1 (Mon) 00:00");
    expect(borderClock(24 * 8 + 14.5)).toBe("Day 9 (Tue) 14:30");
  });
});
