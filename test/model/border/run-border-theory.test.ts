import { describe, expect, it } from "vitest";
import { runBorder, type BorderRun } from "../../../src/model/index.js";
import { estimate, mm1 } from "../../../src/stats/index.js";
import { borderSpec, exponentialStage, flatDirection } from "./border-fixture.js";

const REPLICATIONS = 20;

function runs(spec: Parameters<typeof runBorder>[0]): BorderRun[] {
  return Array.from({ length: REPLICATIONS }, (_, r) => runBorder(spec, r));
}

/** The 95% interval across replications of one metric. */
function interval(outputs: readonly BorderRun[], path: string): { lo: number; hi: number } {
  const e = estimate(outputs.map((o) => {
    const v = o.metrics[path];
    if (v === undefined) throw new Error(`no ${path}`);
    return v;
  }));
  return { lo: e.lo as number, hi: e.hi as number };
}

describe("runBorder(spec, replication) against queueing theory", () => {
  it("runBorder(spec, r) with one exponential lane and one checkpoint place is M/M/1 with its line on the road: crossing W, road queue Lq", () => {
    // λ = 48/day = 2/h, service mean 24 min: μ = 2.5/h, ρ = 0.8.
    const spec = borderSpec({
      "kg-to-kz": flatDirection(48, [exponentialStage("kz-desk", "kz", 24)], 1),
      "kz-to-kg": flatDirection(0, [exponentialStage("kg-desk", "kg", 10)]),
    }, 400, 20, 11);
    const outputs = runs(spec);
    const theory = mm1(2, 2.5);
    if (!theory.applies) throw new Error(theory.reason);
    const crossing = interval(outputs, "directions.kg-to-kz.crossingHours");
    const road = interval(outputs, "directions.kg-to-kz.queueTrucks");
    const inSystem = interval(outputs, "system.inSystem");
    expect(theory.W).toBeGreaterThanOrEqual(crossing.lo);
    expect(theory.W).toBeLessThanOrEqual(crossing.hi);
    expect(theory.Lq).toBeGreaterThanOrEqual(road.lo);
    expect(theory.Lq).toBeLessThanOrEqual(road.hi);
    expect(theory.L).toBeGreaterThanOrEqual(inSystem.lo);
    expect(theory.L).toBeLessThanOrEqual(inSystem.hi);
    for (const o of outputs) {
      expect(o.metrics["directions.kg-to-kz.queueKm"]).toBeCloseTo((o.metrics["directions.kg-to-kz.queueTrucks"] as number) * 0.012, 12);
      expect(o.metrics["directions.kz-to-kg.crossingHours"]).toBeUndefined();
    }
  });

  it("runBorder(spec, r) with an exit and an entry post in series and room in the checkpoint is a Jackson tandem: W = 1/(μ1 − λ) + 1/(μ2 − λ)", () => {
    // λ = 2/h; exit post 20 min (μ1 = 3/h), entry post 24 min (μ2 = 2.5/h): W = 1 + 2 = 3 h.
    const spec = borderSpec({
      "kg-to-kz": flatDirection(48, [exponentialStage("kg-exit", "kg", 20), exponentialStage("kz-entry", "kz", 24)]),
      "kz-to-kg": flatDirection(0, [exponentialStage("kz-exit", "kz", 10)]),
    }, 400, 20, 12);
    const outputs = runs(spec);
    const crossing = interval(outputs, "directions.kg-to-kz.crossingHours");
    expect(3).toBeGreaterThanOrEqual(crossing.lo);
    expect(3).toBeLessThanOrEqual(crossing.hi);
    const exitWait = interval(outputs, "directions.kg-to-kz.activities.kg-exit.waitHours");
    const entryWait = interval(outputs, "directions.kg-to-kz.activities.kz-entry.waitHours");
    // Wq = ρ / (μ − λ): 2/3 h at the exit post, 1.6 h at the entry post.
    expect(2 / 3).toBeGreaterThanOrEqual(exitWait.lo);
    expect(2 / 3).toBeLessThanOrEqual(exitWait.hi);
    expect(1.6).toBeGreaterThanOrEqual(entryWait.lo);
    expect(1.6).toBeLessThanOrEqual(entryWait.hi);
  });
});
