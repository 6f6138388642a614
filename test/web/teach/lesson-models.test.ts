import { describe, expect, it } from "vitest";
import { networkTheory } from "../../../src/scenario/index.js";
import { liveRun, pooledDesks, separateDesks, singleDesk, sweepRun } from "../../../web/teach/lessons/lesson-models.js";
import { lessonMetric, theoryLine } from "../../../web/teach/lessons/sweep-curve.js";
import { TraceCode } from "../../../web/teach/network-trace.js";
import { recordNetworkRun } from "../../../web/teach/record-network-trace.js";

/** Each customer's arrival time in the network, by customer number, from replication 0's trace. */
function arrivals(scenario: Parameters<typeof recordNetworkRun>[0]): Map<number, number> {
  const { trace } = recordNetworkRun(scenario, 0);
  const first = new Map<number, number>();
  for (let i = 0; i < trace.length; i++) {
    const c = trace.customer[i] as number;
    if (trace.code[i] === TraceCode.arrive && !first.has(c)) first.set(c, trace.time[i] as number);
  }
  return first;
}

const wait = (s: Parameters<typeof networkTheory>[0]): number | undefined => networkTheory(s).values[lessonMetric];

describe("lesson models", () => {
  it("singleDesk(rho, cv, run) has the Pollaczek–Khinchine wait ρ/(1 − ρ) × (1 + cv²)/2", () => {
    for (const cv of [0, 1, 2]) {
      expect(wait(singleDesk(0.8, cv, sweepRun))).toBeCloseTo((0.8 / 0.2) * ((1 + cv * cv) / 2), 9);
    }
    expect(networkTheory(singleDesk(0.8, 0, sweepRun)).model).toContain("M/G/1");
    expect(networkTheory(singleDesk(0.8, 1, sweepRun)).model).toBe("M/M/1");
  });

  it("pooledDesks(rho, run) waits ρ²/(1 − ρ²) and separateDesks(rho, run) waits ρ/(1 − ρ)", () => {
    expect(wait(pooledDesks(0.8, sweepRun))).toBeCloseTo(0.64 / 0.36, 9);
    expect(wait(separateDesks(0.8, sweepRun))).toBeCloseTo(4, 9);
    expect(networkTheory(separateDesks(0.8, sweepRun)).model).toBe("open Jackson network");
  });

  it("pooledDesks(rho, run) and separateDesks(rho, run) see the same customers arrive at the same moments", () => {
    const pooled = arrivals(pooledDesks(0.8, liveRun));
    const separate = arrivals(separateDesks(0.8, liveRun));
    expect(pooled.size).toBeGreaterThan(4000);
    expect([...pooled]).toEqual([...separate]);
  });

  it("lesson models keep the run's length and refuse a utilisation outside (0, 1)", () => {
    expect(singleDesk(0.5, 1, liveRun)).toMatchObject({ horizon: 3000, warmup: 300, replications: 1 });
    expect(() => singleDesk(1, 1, sweepRun)).toThrow(/utilisation must be in \(0, 1\)/);
    expect(() => pooledDesks(0, sweepRun)).toThrow(RangeError);
  });

  it("theoryLine(make) follows the formula over the grid", () => {
    const line = theoryLine((rho, run) => singleDesk(rho, 1, run));
    expect(line).toHaveLength(98);
    expect(line.find((p) => p.x === 0.9)?.y).toBeCloseTo(9, 9);
  });
});
