import { describe, expect, it } from "vitest";
import { BORDER_DIRECTIONS, fittingStageId, runBorder, sealedLaneId, type BorderTraceEvent } from "../../../src/model/index.js";
import { pairedDifference } from "../../../src/stats/index.js";
import { bundled } from "./border-fixture.js";

interface Passage {
  direction: "kg-to-kz" | "kz-to-kg";
  truckClass: string;
  sealed: boolean;
  stages: string[];
  stations: string[];
  departed: boolean;
}

/** Each truck's class, seal, the stages it was controlled at (in order) and the stations that served it. */
function passages(spec: Parameters<typeof runBorder>[0]): Passage[] {
  const trucks = new Map<number, Passage>();
  runBorder(spec, 0, {
    trace: (_, e: BorderTraceEvent) => {
      if (e.kind === "arrive") trucks.set(e.truck, { direction: e.direction, truckClass: e.truckClass, sealed: e.sealed, stages: [], stations: [], departed: false });
      const p = trucks.get(e.truck) as Passage;
      if (e.kind === "stage-end") {
        p.stages.push(e.stage);
        p.stations.push(e.station);
      }
      if (e.kind === "depart") p.departed = true;
    },
  });
  return [...trucks.values()].filter((p) => p.departed);
}

const SKIPPED = ["kz-xray", "kg-entry-search"];
const sealsOn = ["days=5", "warmupDays=1", "seals.share=1", 'seals.fittingAt="origin"', "seals.alarmRate=0", `seals.skipStages=${JSON.stringify(SKIPPED)}`];

describe("runBorder(spec, replication) with electronic seals", () => {
  it("runBorder(spec, r): a sealed truck is fitted at its exit post and skips exactly the stages seals.skipStages names; others pass every stage of their class", () => {
    const spec = bundled("baseline", [...sealsOn, 'seals.fittingAt="checkpoint"']);
    const all = passages(spec);
    expect(all.some((p) => p.sealed)).toBe(true);
    expect(all.some((p) => !p.sealed)).toBe(true);
    for (const p of all) {
      const dir = spec.directions[p.direction];
      const cls = dir.classes.find((c) => c.id === p.truckClass)!;
      const own = dir.stages.map((s) => s.id).filter((id) => !cls.skipStages.includes(id));
      const expected = p.sealed ? [fittingStageId(p.direction), ...own.filter((id) => !SKIPPED.includes(id))] : own;
      expect(p.stages).toEqual(expected);
      // Only loaded trucks of the eligible classes carry a seal.
      if (p.sealed) expect(cls.loaded && spec.seals.eligibleClasses.includes(cls.id)).toBe(true);
    }
  });

  it("runBorder(spec, r): a sealed truck whose seal raised an alarm skips nothing", () => {
    const spec = bundled("baseline", [...sealsOn, "seals.alarmRate=1"]);
    const sealed = passages(spec).filter((p) => p.sealed);
    expect(sealed.length).toBeGreaterThan(0);
    for (const p of sealed) {
      const dir = spec.directions[p.direction];
      const cls = dir.classes.find((c) => c.id === p.truckClass)!;
      expect(p.stages).toEqual(dir.stages.map((s) => s.id).filter((id) => !cls.skipStages.includes(id)));
    }
  });

  it("runBorder(spec, r): with a dedicated lane, sealed trucks are served on their own lane at the stages they pass, others never", () => {
    const spec = bundled("baseline", [...sealsOn, "seals.dedicatedLane=true"]);
    const all = passages(spec);
    for (const p of all) {
      expect(p.stations).toEqual(p.stages.map((id) => (p.sealed ? sealedLaneId(id) : id)));
    }
    const run = runBorder(spec, 0);
    expect(run.metrics[`stations.${sealedLaneId("kz-customs")}.throughput`]).toBeGreaterThan(0);
    // No sealed lane where sealed trucks do not go.
    expect(run.metrics[`stations.${sealedLaneId("kz-xray")}.throughput`]).toBeUndefined();
  });

  it("runBorder(spec, r): seals on the bottleneck (the X-ray) cut the crossing time; seals on a stage that is not the bottleneck barely move it (paired, common random numbers)", () => {
    const replications = 10;
    const common = ["seals.fittingAt=\"origin\"", "seals.alarmRate=0"];
    const base = bundled("baseline");
    const onXray = bundled("baseline", [...common, "seals.share=0.5", 'seals.skipStages=["kz-xray"]']);
    const onBorderControl = bundled("baseline", [...common, "seals.share=0.5", 'seals.skipStages=["kz-border-control"]']);
    const crossing = "directions.kg-to-kz.crossingHours";
    const values = (spec: typeof base, path: string): number[] =>
      Array.from({ length: replications }, (_, r) => runBorder(spec, r).metrics[path] as number);
    const baseRuns = Array.from({ length: replications }, (_, r) => runBorder(base, r).metrics);
    const baseCrossing = baseRuns.map((m) => m[crossing] as number);
    const bottleneck = pairedDifference(baseCrossing, values(onXray, crossing));
    const other = pairedDifference(baseCrossing, values(onBorderControl, crossing));
    expect(bottleneck.hi as number).toBeLessThan(0);
    // Skipping a stage saves at most the time spent there (its wait and control), plus knock-on effects
    // that are small where there is no queue: the change stays within that bound and its own interval.
    const stage = "directions.kg-to-kz.activities.kz-border-control";
    const timeThere = baseRuns.reduce((sum, m) => sum + (m[`${stage}.waitHours`] as number) + (m[`${stage}.serviceHours`] as number), 0) / replications;
    expect(Math.abs(other.mean)).toBeLessThanOrEqual(timeThere + (other.halfWidth as number));
    expect(bottleneck.hi as number).toBeLessThan(other.lo as number);
    for (const d of BORDER_DIRECTIONS) expect(base.directions[d].stages.length).toBeGreaterThan(1);
  });
});
