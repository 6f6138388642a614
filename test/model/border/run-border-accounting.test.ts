import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BORDER_DIRECTIONS, runBorder, type BorderTraceEvent } from "../../../src/model/index.js";
import { bundled } from "./border-fixture.js";

/** The events of each truck, by truck number. */
function eventsByTruck(log: readonly (readonly [number, BorderTraceEvent])[]): Map<number, BorderTraceEvent[]> {
  const byTruck = new Map<number, BorderTraceEvent[]>();
  for (const [, e] of log) {
    let list = byTruck.get(e.truck);
    if (list === undefined) byTruck.set(e.truck, (list = []));
    list.push(e);
  }
  return byTruck;
}

describe("runBorder(spec, replication) accounts for every truck", () => {
  it("runBorder(spec, r).accounting: arrived = crossed + turned back + still inside, and turned back = returned + away + left for good, in each direction, whatever the measures", () => {
    const levers = fc.record({
      sealShare: fc.double({ min: 0, max: 1, noNaN: true }),
      fittingAt: fc.constantFrom("origin", "checkpoint"),
      dedicatedLane: fc.boolean(),
      alarmRate: fc.double({ min: 0, max: 1, noNaN: true }),
      incompleteShare: fc.double({ min: 0, max: 0.5, noNaN: true }),
      returnShare: fc.integer({ min: 0, max: 10 }).map((tenths) => tenths / 10),
      returnAfterMean: fc.integer({ min: 1, max: 48 }),
      joint: fc.boolean(), preArrival: fc.boolean(), turnBack: fc.boolean(), allDay: fc.boolean(), queue: fc.boolean(),
      centrePlaces: fc.integer({ min: 0, max: 40 }),
      zonePlaces: fc.integer({ min: 1, max: 40 }),
      replication: fc.integer({ min: 0, max: 50 }),
    });
    let returns = 0;
    fc.assert(fc.property(levers, (l) => {
      const spec = bundled("baseline", [
        "days=3", "warmupDays=1",
        `seals.share=${l.sealShare}`, `seals.fittingAt="${l.fittingAt}"`, `seals.dedicatedLane=${l.dedicatedLane}`, `seals.alarmRate=${l.alarmRate}`,
        `documents.incompleteShare=${l.incompleteShare}`,
        `documents.returnShare=${l.returnShare}`, `documents.returnAfterHours={"dist":"lognormal","mean":${l.returnAfterMean},"cv":0.5}`,
        `unified.jointControl.enabled=${l.joint}`, `unified.preArrivalInfo.enabled=${l.preArrival}`, `unified.turnBackIncomplete=${l.turnBack}`,
        `unified.allDayOperation=${l.allDay}`, `unified.electronicQueue.enabled=${l.queue}`,
        `logisticsCentre.places=${l.centrePlaces}`,
        `directions.kg-to-kz.zonePlaces=${l.zonePlaces}`, `directions.kz-to-kg.zonePlaces=${l.zonePlaces}`,
      ]);
      const counts = new Map<string, number>();
      const count = (key: string): void => void counts.set(key, (counts.get(key) ?? 0) + 1);
      const seen = new Set<number>();
      const run = runBorder(spec, l.replication, {
        trace: (_, e) => {
          count(`${e.direction} ${e.kind}`);
          if (e.kind === "turned-back" && !e.returning) count(`${e.direction} left`);
          // A truck's second arrival is its return.
          if (e.kind === "arrive" && seen.has(e.truck)) count(`${e.direction} return`);
          seen.add(e.truck);
        },
      });
      for (const d of BORDER_DIRECTIONS) {
        const a = run.accounting[d];
        expect(a.arrived).toBe(a.crossed + a.turnedBack + a.inside);
        expect(a.turnedBack).toBe(a.returned + a.away + a.leftForGood);
        expect(a.arrived).toBeGreaterThan(0);
        // The trace counts the same trucks independently of the model's counters.
        const traced = ["arrive", "depart", "turned-back", "return", "left"].map((k) => counts.get(`${d} ${k}`) ?? 0);
        expect(traced).toEqual([a.arrived, a.crossed, a.turnedBack, a.returned, a.leftForGood]);
        if (!l.turnBack) expect([a.turnedBack, a.returned, a.away]).toEqual([0, 0, 0]);
        if (l.returnShare === 0) expect([a.returned, a.away]).toEqual([0, 0]);
        returns += a.returned;
      }
    }), { numRuns: 12, seed: 4 });
    // Some runs had trucks coming back, so the second identity was not only 0 = 0.
    expect(returns).toBeGreaterThan(0);
  });

  it("runBorder(spec, r, { trace }): a truck turned back for missing documents never waits for, nor enters, the checkpoint", () => {
    const spec = bundled("baseline", ["days=4", "warmupDays=1", "documents.incompleteShare=0.3", "unified.turnBackIncomplete=true", "directions.kg-to-kz.zonePlaces=5"]);
    const log: [number, BorderTraceEvent][] = [];
    const run = runBorder(spec, 0, { trace: (t, e) => log.push([t, e]) });
    const byTruck = eventsByTruck(log);
    const turnedBack = [...byTruck.values()].filter((events) => events.some((e) => e.kind === "turned-back"));
    expect(turnedBack.length).toBe(run.accounting["kg-to-kz"].turnedBack + run.accounting["kz-to-kg"].turnedBack);
    expect(turnedBack.length).toBeGreaterThan(0);
    for (const events of turnedBack) expect(events.map((e) => e.kind)).toEqual(["arrive", "turned-back"]);
    // The road queue did form for the others, so there was a queue to keep them out of.
    expect(run.metrics["directions.kg-to-kz.maxQueueTrucks"]).toBeGreaterThan(0);
  });

  it("runBorder(spec, r, { trace }): without turning back, a truck with missing documents is held inside the checkpoint after its first control, keeping its place", () => {
    const spec = bundled("baseline", ["days=4", "warmupDays=1", "documents.incompleteShare=0.3"]);
    const log: [number, BorderTraceEvent][] = [];
    runBorder(spec, 0, { trace: (t, e) => log.push([t, e]) });
    // Trucks that were held and have left (others may still be inside when the run ends).
    const held = [...eventsByTruck(log).values()].filter((events) => events.some((e) => e.kind === "documents-held") && events.some((e) => e.kind === "depart"));
    expect(held.length).toBeGreaterThan(0);
    for (const events of held) {
      const kinds = events.map((e) => e.kind).filter((k) => k !== "stage-preempt");
      const enter = kinds.indexOf("enter-zone");
      // enter-zone, the first stage's start and end, then the hold, all before departing.
      expect(kinds.slice(enter, enter + 5)).toEqual(["enter-zone", "stage-start", "stage-end", "documents-held", "documents-arrived"]);
      expect(kinds.indexOf("depart")).toBeGreaterThan(enter + 4);
    }
  });
});
