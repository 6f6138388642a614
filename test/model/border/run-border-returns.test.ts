import { describe, expect, it } from "vitest";
import { BORDER_DIRECTIONS, runBorder, type BorderSpec, type BorderTraceEvent } from "../../../src/model/index.js";
import { estimate } from "../../../src/stats/index.js";
import { borderSpec, bundled, exponentialStage, flatDirection } from "./border-fixture.js";

type Log = [number, BorderTraceEvent][];

/** The unified scenario, short, with its returns (90% after a lognormal 24 h) or as overridden. */
const unified = (overrides: readonly string[] = []): BorderSpec => bundled("unified", ["days=10", "warmupDays=2", ...overrides]);

function traced(spec: BorderSpec, replication = 0): { run: ReturnType<typeof runBorder>; log: Log } {
  const log: Log = [];
  const run = runBorder(spec, replication, { trace: (t, e) => log.push([t, e]) });
  return { run, log };
}

/** Each truck's events with their times, by truck number. */
function byTruck(log: Log): Map<number, Log> {
  const map = new Map<number, Log>();
  for (const entry of log) {
    let list = map.get(entry[1].truck);
    if (list === undefined) map.set(entry[1].truck, (list = []));
    list.push(entry);
  }
  return map;
}

/** For each truck turned back that came back: hours from turning back to coming back. */
function returnDelays(log: Log): Map<number, number> {
  const delays = new Map<number, number>();
  for (const [truck, events] of byTruck(log)) {
    const back = events.findIndex(([, e]) => e.kind === "turned-back");
    const again = events.findIndex(([, e], i) => i > back && e.kind === "arrive");
    if (back >= 0 && again >= 0) delays.set(truck, (events[again] as Log[number])[0] - (events[back] as Log[number])[0]);
  }
  return delays;
}

describe("runBorder(spec, replication) with trucks turned back for missing documents that come back", () => {
  it("runBorder(spec, r) with documents.returnShare 0 draws nothing for returns: byte for byte the run without the return fields", () => {
    const off = unified(["documents.returnShare=0"]);
    const { returnAfterHours: _, ...withoutFields } = off.documents;
    expect(off.documents.returnAfterHours).toBeDefined();
    for (const r of [0, 1]) {
      const text = JSON.stringify(runBorder(off, r));
      expect(text).toBe(JSON.stringify(runBorder({ ...off, documents: withoutFields }, r)));
      expect(text).not.toContain("returnedPerDay");
      // Not the trivial identity: with returns on, the same replication differs.
      expect(JSON.stringify(runBorder(unified(), r))).not.toBe(text);
    }
  });

  it("runBorder(spec, r) with documents.returnShare 1: every truck turned back comes back, unless still away when the run ends", () => {
    const { run, log } = traced(unified(["documents.returnShare=1"]));
    const turnedBack = log.filter(([, e]) => e.kind === "turned-back");
    expect(turnedBack.every(([, e]) => e.kind === "turned-back" && e.returning)).toBe(true);
    const returned = returnDelays(log);
    for (const d of BORDER_DIRECTIONS) {
      const a = run.accounting[d];
      expect(a.turnedBack).toBeGreaterThan(0);
      expect(a.leftForGood).toBe(0);
      expect(a.returned).toBe(a.turnedBack - a.away);
      expect(a.returned).toBe([...returned.keys()].filter((truck) => log.some(([, e]) => e.truck === truck && e.direction === d)).length);
    }
    // The trucks still away: turned back, and nothing since.
    const away = turnedBack.filter(([, e]) => !returned.has(e.truck));
    expect(away.length).toBe(run.accounting["kg-to-kz"].away + run.accounting["kz-to-kg"].away);
    expect(away.length).toBeGreaterThan(0);
    const stories = byTruck(log);
    for (const [, e] of away) expect(stories.get(e.truck)?.map(([, x]) => x.kind)).toEqual(["arrive", "turned-back"]);
  });

  it("runBorder(spec, r): a returning truck is never turned back or held again, is counted in trucksPerDay, and its crossing is timed from its return", () => {
    const spec = unified();
    const { run, log } = traced(spec);
    const warmup = run.warmup;
    const span = (spec.days * 24 - warmup) / 24;
    const returned = returnDelays(log);
    expect(returned.size).toBeGreaterThan(0);
    for (const [truck, events] of byTruck(log)) {
      if (!returned.has(truck)) continue;
      const kinds = events.map(([, e]) => e.kind);
      expect(kinds.slice(0, 3)).toEqual(["arrive", "turned-back", "arrive"]);
      expect(kinds.slice(2)).not.toContain("turned-back");
      expect(kinds).not.toContain("documents-held");
    }
    for (const d of BORDER_DIRECTIONS) {
      // Crossings in the window, each timed from the truck's last arrival: the model's count and mean.
      const crossings: number[] = [];
      let returnedCrossings = 0;
      let returnsInWindow = 0;
      for (const [truck, events] of byTruck(log)) {
        if (events[0]?.[1].direction !== d) continue;
        const lastArrival = events.filter(([, e]) => e.kind === "arrive").at(-1) as Log[number];
        if (returned.has(truck) && lastArrival[0] >= warmup) returnsInWindow++;
        const depart = events.find(([t, e]) => e.kind === "depart" && t >= warmup);
        if (depart === undefined) continue;
        crossings.push(depart[0] - lastArrival[0]);
        if (returned.has(truck)) returnedCrossings++;
      }
      expect(returnedCrossings, d).toBeGreaterThan(0);
      expect(run.metrics[`directions.${d}.trucksPerDay`]).toBeCloseTo(crossings.length / span, 9);
      expect(run.metrics[`directions.${d}.crossingHours`]).toBeCloseTo(crossings.reduce((s, x) => s + x, 0) / crossings.length, 9);
      expect(run.metrics[`directions.${d}.returnedPerDay`]).toBeCloseTo(returnsInWindow / span, 9);
    }
  });

  it("runBorder(spec, r) with returns shares its random numbers with the run without: the same trucks arrive and are turned back, and a higher returnShare only adds returns", () => {
    const none = traced(unified(["documents.returnShare=0"]));
    const half = traced(unified(["documents.returnShare=0.5"]));
    const all = traced(unified(["documents.returnShare=1"]));
    const firstArrivals = (log: Log): string[] => [...byTruck(log)].map(([truck, events]) => `${truck} ${(events[0] as Log[number])[0]}`);
    const turnedBack = (log: Log): string[] => log.filter(([, e]) => e.kind === "turned-back").map(([t, e]) => `${e.truck} ${t}`);
    expect(firstArrivals(half.log)).toEqual(firstArrivals(none.log));
    expect(firstArrivals(all.log)).toEqual(firstArrivals(none.log));
    expect(turnedBack(half.log)).toEqual(turnedBack(none.log));
    expect(turnedBack(all.log)).toEqual(turnedBack(none.log));
    for (const d of BORDER_DIRECTIONS) {
      const at = `directions.${d}.turnedBackPerDay`;
      expect([half.run.metrics[at], all.run.metrics[at]]).toEqual([none.run.metrics[at], none.run.metrics[at]]);
      expect(all.run.accounting[d].arrived - all.run.accounting[d].returned).toBe(none.run.accounting[d].arrived);
    }
    const halfDelays = returnDelays(half.log);
    const allDelays = returnDelays(all.log);
    expect(halfDelays.size).toBeGreaterThan(0);
    expect(halfDelays.size).toBeLessThan(allDelays.size);
    for (const [truck, hours] of halfDelays) expect(allDelays.get(truck), `truck ${truck}`).toBe(hours);
  });

  it("runBorder(spec, r) draws returns as the scenario says: the share that comes back and the mean delay fall within their 95% intervals", () => {
    const days = 40;
    const base = borderSpec({
      "kg-to-kz": flatDirection(100, [exponentialStage("kz-desk", "kz", 5)]),
      "kz-to-kg": flatDirection(0, [exponentialStage("kg-desk", "kg", 5)]),
    }, days, 1, 3);
    const spec: BorderSpec = {
      ...base,
      documents: { ...base.documents, incompleteShare: 0.5, returnShare: 0.6, returnAfterHours: { dist: "lognormal", mean: 24, cv: 0.5 } },
      unified: { ...base.unified, turnBackIncomplete: true },
    };
    const { log } = traced(spec);
    const delays = returnDelays(log);
    // Trucks turned back 10 days before the end have all had time to come back (P(delay > 240 h) is about 1e-7).
    const early = log.filter(([t, e]) => e.kind === "turned-back" && t < (days - 10) * 24);
    expect(early.length).toBeGreaterThan(500);
    const share = estimate(early.map(([, e]) => (delays.has(e.truck) ? 1 : 0)));
    expect(share.lo as number).toBeLessThan(0.6);
    expect(share.hi as number).toBeGreaterThan(0.6);
    const mean = estimate(early.flatMap(([, e]) => (delays.has(e.truck) ? [delays.get(e.truck) as number] : [])));
    expect(mean.lo as number).toBeLessThan(24);
    expect(mean.hi as number).toBeGreaterThan(24);
    // Each returning truck's flag in the trace agrees with what happened.
    for (const [, e] of early) if (e.kind === "turned-back") expect(e.returning).toBe(delays.has(e.truck));
  });
});
