import { describe, expect, it } from "vitest";
import { BORDER_DIRECTIONS, runBorder, type BorderTraceEvent } from "../../../src/model/index.js";
import { bundled } from "./border-fixture.js";

describe("runBorder(spec, r): time by activity per crossing truck", () => {
  it("activities.<stage>.trucksPerDay and documentsHoldHours are what the trace shows: stage ends per day, and each crossing truck's hold aside", () => {
    // Seals (sealed trucks skip the X-ray) and missing documents held aside (no turning back).
    const spec = bundled("seals", ["days=6", "warmupDays=2", "documents.incompleteShare=0.2"]);
    const warmup = spec.warmupDays * 24;
    const stageEnds = new Map<string, number>();
    const heldAt = new Map<number, number>();
    const held = new Map<number, number>();
    const holds: Record<string, number[]> = { "kg-to-kz": [], "kz-to-kg": [] };
    const run = runBorder(spec, 0, {
      trace: (t, e: BorderTraceEvent) => {
        if (e.kind === "stage-end" && t >= warmup) stageEnds.set(`${e.direction}.${e.stage}`, (stageEnds.get(`${e.direction}.${e.stage}`) ?? 0) + 1);
        if (e.kind === "documents-held") heldAt.set(e.truck, t);
        if (e.kind === "documents-arrived") held.set(e.truck, t - (heldAt.get(e.truck) as number));
        if (e.kind === "depart") {
          if (t >= warmup) holds[e.direction]?.push(held.get(e.truck) ?? 0);
          held.delete(e.truck);
        }
      },
    });
    const days = spec.days - spec.warmupDays;
    let skipped = false;
    for (const d of BORDER_DIRECTIONS) {
      const list = holds[d] as number[];
      expect(list.filter((h) => h > 0).length, d).toBeGreaterThan(0);
      expect(run.metrics[`directions.${d}.documentsHoldHours`], d).toBeCloseTo(list.reduce((a, b) => a + b, 0) / list.length, 9);
      const crossed = run.metrics[`directions.${d}.trucksPerDay`] as number;
      for (const [key, ends] of stageEnds) {
        if (!key.startsWith(`${d}.`)) continue;
        const perDay = run.metrics[`directions.${d}.activities.${key.slice(d.length + 1)}.trucksPerDay`];
        expect(perDay, key).toBeCloseTo(ends / days, 9);
        if ((perDay as number) < 0.9 * crossed) skipped = true;
      }
    }
    // Some stage was skipped by some trucks (the seal-fitting stage or the X-ray), so the share was not 1 throughout.
    expect(skipped).toBe(true);
  });
});
