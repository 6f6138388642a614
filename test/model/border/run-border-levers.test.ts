import { describe, expect, it } from "vitest";
import { runBorder, type BorderSpec, type StageSpec } from "../../../src/model/index.js";
import { borderSpec, exponentialStage, flatDirection } from "./border-fixture.js";

const fixed = (id: string, post: "kz" | "kg", minutes: number, lanes = 4): StageSpec =>
  ({ id, post, label: id, lanes, serviceMinutes: { dist: "deterministic", value: minutes } });

/** Kyrgyzstan → Kazakhstan: a 10-minute exit check, then a 20-minute entry check; nobody the other way. */
function twoPosts(zonePlaces = 1000): BorderSpec {
  return borderSpec({
    "kg-to-kz": flatDirection(100, [fixed("kg-exit", "kg", 10), fixed("kz-entry", "kz", 20)], zonePlaces),
    "kz-to-kg": flatDirection(0, [exponentialStage("kz-out", "kz", 10)]),
  }, 6, 1);
}

const at = (path: string): string => `directions.kg-to-kz.activities.${path}`;

describe("runBorder(spec, replication) with the unified algorithm's parts and the logistics centre", () => {
  it("runBorder(spec, r) with joint control skips the exit check and does both at the entry stage in (exit + entry) × serviceFactor", () => {
    const base = twoPosts();
    const spec: BorderSpec = { ...base, unified: { ...base.unified, jointControl: { enabled: true, mergedStages: [["kg-exit", "kz-entry"]], serviceFactor: 0.5 } } };
    const m = runBorder(spec, 0).metrics;
    expect(m[at("kz-entry.serviceHours")]).toBeCloseTo((10 + 20) * 0.5 / 60, 12);
    expect(m[at("kg-exit.serviceHours")]).toBeUndefined();
    expect(m["stations.kg-exit.throughput"]).toBe(0);
  });

  it("runBorder(spec, r) with pre-arrival information multiplies the control time of the named stages only", () => {
    const base = twoPosts();
    const spec: BorderSpec = { ...base, unified: { ...base.unified, preArrivalInfo: { enabled: true, stages: ["kz-entry"], serviceFactor: 0.6 } } };
    const m = runBorder(spec, 0).metrics;
    expect(m[at("kz-entry.serviceHours")]).toBeCloseTo(12 / 60, 12);
    expect(m[at("kg-exit.serviceHours")]).toBeCloseTo(10 / 60, 12);
  });

  it("runBorder(spec, r, { servers }) with 24-hour operation keeps every lane of a stage with shifts on duty", () => {
    const base = twoPosts();
    const shifts = { periodLength: 24, changes: [{ at: 0, lanes: 0 }, { at: 8, lanes: 4 }] };
    const withHours: BorderSpec = {
      ...base,
      directions: { ...base.directions, "kg-to-kz": { ...base.directions["kg-to-kz"], stages: [fixed("kg-exit", "kg", 10), { ...fixed("kz-entry", "kz", 20), hours: shifts }] } },
    };
    const onDuty = (spec: BorderSpec): string[] => {
      const log: string[] = [];
      runBorder(spec, 0, { servers: (t, station, lanes) => { if (station === "kz-entry" && t < 30) log.push(`${t}:${lanes}`); } });
      return log;
    };
    expect(onDuty(withHours)).toEqual(["0:0", "8:4", "24:0"]);
    expect(onDuty({ ...withHours, unified: { ...withHours.unified, allDayOperation: true } })).toEqual(["0:4"]);
  });

  it("runBorder(spec, r) with the electronic queue and no priority slots moves the road queue to booked slots and leaves crossing times as they were", () => {
    const base = twoPosts(2);
    const off = runBorder(base, 0).metrics;
    const on = runBorder({ ...base, unified: { ...base.unified, electronicQueue: { enabled: true, priorityShare: 0, fastTrackShare: 0 } } }, 0).metrics;
    expect(off["directions.kg-to-kz.queueTrucks"]).toBeGreaterThan(0);
    expect(on["directions.kg-to-kz.queueTrucks"]).toBe(0);
    expect(on["directions.kg-to-kz.bookedTrucks"]).toBe(off["directions.kg-to-kz.queueTrucks"]);
    expect(on["directions.kg-to-kz.crossingHours"]).toBe(off["directions.kg-to-kz.crossingHours"]);
  });

  it("runBorder(spec, r) with the electronic queue lets fast-track and priority-slot trucks into the checkpoint first", () => {
    const base = twoPosts(2);
    const queue = { enabled: true, priorityShare: 0.05, fastTrackShare: 0.01 };
    const run = runBorder({ ...base, unified: { ...base.unified, electronicQueue: queue } }, 0);
    const off = runBorder({ ...base, unified: { ...base.unified, electronicQueue: { ...queue, priorityShare: 0, fastTrackShare: 0 } } }, 0);
    // The same trucks arrive; letting 6% of them jump the line makes the others' long waits longer (in plain
    // first-come first-served order nobody is overtaken, so p95 would stay exactly as it was).
    expect(run.accounting["kg-to-kz"].arrived).toBe(off.accounting["kg-to-kz"].arrived);
    expect(run.metrics["directions.kg-to-kz.crossingHours.p95"] as number).toBeGreaterThan(off.metrics["directions.kg-to-kz.crossingHours.p95"] as number);
  });

  it("runBorder(spec, r) with a logistics centre keeps waiting trucks off the road, and pre-cleared trucks get the shorter check", () => {
    const base = twoPosts(2);
    const centre = (preclearShare: number): BorderSpec =>
      ({ ...base, logisticsCentre: { places: 10_000, preclearShare, preclearStages: ["kz-entry"], preclearServiceFactor: 0.5 } });
    const none = runBorder(centre(0), 0).metrics;
    const all = runBorder(centre(1), 0).metrics;
    expect(none["directions.kg-to-kz.queueTrucks"]).toBe(0);
    expect(none["directions.kg-to-kz.centreTrucks"]).toBeGreaterThan(0);
    expect(none[at("kz-entry.serviceHours")]).toBeCloseTo(20 / 60, 12);
    // Trucks that waited in the centre take 10 minutes, those that found a place at once 20.
    const mean = all[at("kz-entry.serviceHours")] as number;
    expect(mean).toBeGreaterThan(10 / 60);
    expect(mean).toBeLessThan(20 / 60);
  });
});
