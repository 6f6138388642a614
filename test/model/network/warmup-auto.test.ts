import { describe, expect, it } from "vitest";
import { runNetwork, type NetworkSpec } from "../../../src/model/index.js";
import { estimate, mm1 } from "../../../src/stats/index.js";

// An M/M/1 at ρ = 0.95 started empty: its number in system climbs for a long while (relaxation
// time of order 1/(μ(1-√ρ)²) ≈ 1,600 time units), so keeping the start biases the mean low.
const spec = (warmup: number | "auto"): NetworkSpec => ({
  seed: 21, horizon: 60_000, warmup,
  arrivals: [{ to: "desk", class: "a", priority: 0, interarrival: { dist: "exponential", mean: 1 / 0.95 } }],
  stations: [{ id: "desk", servers: 1, service: { dist: "exponential", mean: 1 }, discipline: "fifo", routes: [] }],
});

describe('runNetwork(spec with warmup "auto")', () => {
  it('runNetwork(spec, r) with warmup "auto" truncates at an MSER-5 point within the first half, and finds a transient', () => {
    const runs = Array.from({ length: 8 }, (_, r) => runNetwork(spec("auto"), r));
    // MSER-5 may keep a whole replication (0) when its noise outweighs its start-up; started empty
    // at ρ = 0.95, some replications must still show a transient worth cutting.
    expect(runs.some((run) => run.warmup > 0)).toBe(true);
    for (const run of runs) {
      expect(run.warmup).toBeGreaterThanOrEqual(0);
      expect(run.warmup).toBeLessThanOrEqual(30_000);
      // The truncation point lies on the boundary of one of the recorded time slices.
      expect((run.warmup / (60_000 / run.inSystemSeries.length)) % 1).toBeCloseTo(0, 9);
    }
  });

  it('runNetwork(spec, r) with warmup "auto" agrees with theory inside the 99.9% interval', () => {
    const values = Array.from({ length: 12 }, (_, r) => runNetwork(spec("auto"), r).metrics["system.inSystem"] as number);
    const e = estimate(values, 0.999);
    const t = mm1(0.95, 1);
    if (!t.applies) throw new Error("M/M/1 at 0.95 is stable");
    expect(e.halfWidth as number).toBeLessThan(0.25 * t.L);
    expect(t.L).toBeGreaterThanOrEqual(e.lo as number);
    expect(t.L).toBeLessThanOrEqual(e.hi as number);
  });

  it("runNetwork(spec, r) runs the same replication on the same random numbers whatever the warm-up", () => {
    const fixed = runNetwork(spec(0), 3);
    const auto = runNetwork(spec("auto"), 3);
    // Same sample path: the recorded series do not depend on where statistics start.
    expect(auto.inSystemSeries).toEqual(fixed.inSystemSeries);
  });
});
