// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadScenario } from "../../../src/scenario/index.js";
import { borderPlanData, type BorderScenario } from "../../../web/teach/border-plan-data.js";
import { borderClock, borderScene, longestRoadQueues } from "../../../web/teach/border-scene.js";
import { animationPlayer } from "../../../web/teach/animation-player.js";
import { borderPlanLayout } from "../../../web/charts/border-plan-layout.js";
import { planPlotWidth } from "../../../web/charts/border-plan.js";
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

/** One truck to Kazakhstan: in the X-ray lane from hour 1, then at hour 1.5 on to the customs lane. */
function xrayThenCustoms(): BorderTraceRecord {
  const xray = stations.indexOf("kz-xray");
  const customs = stations.indexOf("kz-customs");
  const rows: [number, number, number, number, number, number][] = [
    [1, BorderCode.arrive, 0, 0, -1, 0], [1, BorderCode.enterZone, 0, 0, -1, xray], [1, BorderCode.stageStart, 0, 0, xray, -1],
    [1.5, BorderCode.stageEnd, 0, 0, xray, customs], [1.5, BorderCode.stageStart, 0, 0, customs, -1],
  ];
  return {
    stations, classes: borderPlanData(baseline).classes, length: rows.length,
    time: Float64Array.from(rows, (r) => r[0]), code: Uint8Array.from(rows, (r) => r[1]), truck: Int32Array.from(rows, (r) => r[2]),
    direction: Uint8Array.from(rows, (r) => r[3]), station: Int16Array.from(rows, (r) => r[4]), value: Int32Array.from(rows, (r) => r[5]),
    until: 48, complete: true, horizon: 48, warmup: 0, replication: 0,
  };
}

/** Centre of the one truck dot drawn (a circle path "Mx,y a r,r ..."): x is its left edge plus the radius. */
function dotCentre(svg: SVGSVGElement, r: number): { x: number; y: number } {
  const d = [...svg.querySelectorAll("path.trucks")].map((p) => p.getAttribute("d") ?? "").join("");
  const m = /^M(-?[\d.]+),(-?[\d.]+)a/.exec(d);
  if (m === null) throw new Error(`no truck drawn: ${d}`);
  return { x: Number(m[1]) + r, y: Number(m[2]) };
}

describe("borderScene(scenario, trace, options)", () => {
  it("borderScene(...) at 600× draws a truck that moved lanes at its new lane within a minute of model time, as the status says", () => {
    const scene = borderScene(baseline, xrayThenCustoms(), { document, width: 960 });
    const layout = borderPlanLayout(borderPlanData(baseline), planPlotWidth(960));
    const lane = layout.bands[0].stations.find((p) => p.id === "kz-customs")?.lanes[0];
    if (lane === undefined) throw new Error("no customs lane");
    const target = { x: lane.x + layout.laneSize.width / 2, y: lane.y + layout.laneSize.height / 2 };
    let waiting: ((now: number) => void) | null = null;
    const player = animationPlayer(scene, {
      secondsPerUnit: 3600, speed: 600, note: "", now: () => 0,
      requestFrame: (cb) => { waiting = cb; return 1; }, cancelFrame: () => void (waiting = null),
    });
    scene.seek(1.5 - 1e-6);
    scene.draw(0);
    player.play();
    // 60 frames a second at 600x: each frame is 10 s of model time; 7 frames make 70 s.
    for (let k = 0; k <= 7; k++) (waiting as ((now: number) => void) | null)?.(1000 + (k * 1000) / 60);
    expect(scene.time).toBeGreaterThan(1.5);
    expect(scene.time).toBeLessThan(1.5 + 80 / 3600);
    expect(scene.summary()).toMatch(/^To Kazakhstan: 0 on the road \(0.0 km\), 1 inside/);
    const drawn = dotCentre(scene.svg, layout.truckRadius);
    expect(Math.hypot(drawn.x - target.x, drawn.y - target.y)).toBeLessThan(3);
    player.destroy();
  });

  it("borderScene(...) on a wide box draws bigger trucks, lanes and labels than on the charts' 960 pixels", () => {
    const narrow = borderPlanLayout(borderPlanData(baseline), planPlotWidth(960));
    const wide = borderPlanLayout(borderPlanData(baseline), planPlotWidth(1400));
    expect(narrow.truckRadius).toBeGreaterThanOrEqual(4);
    expect(narrow.fontSize).toBeGreaterThanOrEqual(11);
    expect(wide.truckRadius).toBeGreaterThan(1.4 * narrow.truckRadius);
    expect(wide.laneSize.width).toBeGreaterThan(1.4 * narrow.laneSize.width);
    const svg = borderScene(baseline, xrayThenCustoms(), { document, width: 1400 }).svg;
    const label = svg.querySelector(".station-label");
    expect(Number(label?.getAttribute("font-size"))).toBeGreaterThanOrEqual(15);
  });

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
