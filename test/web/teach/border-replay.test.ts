import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadScenario } from "../../../src/scenario/index.js";
import { borderPlanData, type BorderScenario } from "../../../web/teach/border-plan-data.js";
import { BorderReplay } from "../../../web/teach/border-replay.js";
import { BorderCode } from "../../../web/teach/border-trace-record.js";
import { recordBorderRun } from "../../../web/teach/record-border-trace.js";

/** A bundled border scenario, shortened. */
function border(file: string, overrides: string[]): BorderScenario {
  const loaded = loadScenario(readFileSync(`scenarios/${file}.json`, "utf8"), file, overrides);
  if (!loaded.ok || loaded.scenario.model !== "border") throw new Error(`${file} does not load as a border scenario`);
  return loaded.scenario;
}

function replayOf(scenario: BorderScenario, trace: ReturnType<typeof recordBorderRun>["trace"]): BorderReplay {
  const stations = borderPlanData(scenario).directions.flatMap((d) => d.stations);
  return new BorderReplay(trace, trace.stations.map((id) => stations.find((s) => s.id === id)?.lanes ?? 1));
}

/** Trucks of direction `i` the replay has inside: waiting, held, in the yard, or in a line or lane of its stations. */
function insideOf(replay: BorderReplay, scenario: BorderScenario, i: 0 | 1): number {
  const d = replay.directions[i];
  const own = new Set(borderPlanData(scenario).directions[i]!.stations.map((s) => s.id));
  const atStations = replay.stations.filter((s) => own.has(s.id)).reduce((n, s) => n + s.queue.length + s.servers.filter((c) => c >= 0).length, 0);
  return d.road.length + d.centre.length + d.booked.length + d.held.length + d.yard.length + atStations;
}

// A harvest peak short enough for a test, long enough for a road queue; seals with a lane of their own, and documents held.
const peak = border("harvest-peak", ["days=40", "warmupDays=5"]);
const sealed = border("seals", ["days=8", "warmupDays=1", "seals.dedicatedLane=true"]);

describe("recordBorderRun(scenario, replication) and BorderReplay(trace, lanes)", () => {
  it("BorderReplay(trace) accounts for every truck as the run does, and finds every truck in the line it is served from", () => {
    const { run, trace } = recordBorderRun(peak, 0);
    expect(trace.complete).toBe(true);
    const replay = replayOf(peak, trace);
    replay.seek(trace.until);
    ([["kg-to-kz", 0], ["kz-to-kg", 1]] as const).forEach(([id, i]) => {
      const d = replay.directions[i];
      const account = run.accounting[id];
      const inside = insideOf(replay, peak, i);
      expect({ arrived: d.arrived, crossed: d.crossed, turnedBack: d.turnedBack, inside })
        .toEqual({ arrived: account.arrived, crossed: account.crossed, turnedBack: account.turnedBack, inside: account.inside });
    });
    expect(replay.directions[0].road.length).toBeGreaterThan(100); // the check above saw a real queue
    expect(replay.misplaced).toBe(0);
  });

  it("BorderReplay(trace) gives the run's time-average road queue and trucks crossed after warm-up", () => {
    const { run, trace } = recordBorderRun(peak, 1);
    const replay = replayOf(peak, trace);
    replay.seek(trace.warmup);
    const crossedAtWarmup = replay.directions.map((d) => d.crossed);
    let last = trace.warmup;
    const area = [0, 0];
    for (;;) {
      const next = Math.min(replay.nextTime, trace.until);
      replay.directions.forEach((d, i) => (area[i]! += d.road.length * (next - last)));
      last = next;
      if (!replay.step()) break;
    }
    const span = trace.horizon - trace.warmup;
    (["kg-to-kz", "kz-to-kg"] as const).forEach((id, i) => {
      expect(area[i]! / span).toBeCloseTo(run.metrics[`directions.${id}.queueTrucks`] as number, 6);
      expect(replay.directions[i]!.crossed - crossedAtWarmup[i]!).toBe(Math.round((run.metrics[`directions.${id}.trucksPerDay`] as number) * (span / 24)));
    });
  });

  it("recordBorderRun(scenario, r) puts each truck in the line where its control next starts, sealed lanes and seal fitting included", () => {
    const { run, trace } = recordBorderRun(sealed, 0);
    const replay = replayOf(sealed, trace);
    replay.seek(trace.until);
    expect(replay.misplaced).toBe(0);
    expect(trace.stations).toContain("kz-border-control-sealed-lane");
    expect(replay.stations.find((s) => s.id === "kg-seal-fitting")?.served).toBeGreaterThan(0);
    expect([...trace.value.filter((_, i) => trace.code[i] === BorderCode.arrive)].some((v) => v % 2 === 1)).toBe(true);
    expect(replay.directions[0].crossed).toBe(run.accounting["kg-to-kz"].crossed);
  });

  it("BorderReplay(trace) follows trucks turned back for missing documents that come back: a second arrival of the same truck", () => {
    const unified = border("unified", ["days=8", "warmupDays=1"]);
    const { run, trace } = recordBorderRun(unified, 0);
    const replay = replayOf(unified, trace);
    replay.seek(trace.until);
    expect(replay.misplaced).toBe(0);
    ([["kg-to-kz", 0], ["kz-to-kg", 1]] as const).forEach(([id, i]) => {
      const d = replay.directions[i];
      const account = run.accounting[id];
      expect(account.returned).toBeGreaterThan(0);
      expect([d.arrived, d.crossed, d.turnedBack, insideOf(replay, unified, i)]).toEqual([account.arrived, account.crossed, account.turnedBack, account.inside]);
    });
  });

  it("recordBorderRun(scenario, r, limit) stops cleanly at the limit", () => {
    const { trace } = recordBorderRun(sealed, 0, 2000);
    expect(trace.complete).toBe(false);
    expect(trace.length).toBeLessThanOrEqual(2000);
    expect(trace.time[trace.length - 1]).toBeLessThan(trace.until);
    const replay = replayOf(sealed, trace);
    replay.seek(Infinity);
    expect(replay.time).toBe(trace.until);
  });
});
