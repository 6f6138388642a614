import { describe, expect, it } from "vitest";
import { jackson } from "../../../src/stats/theory/jackson.js";
import { mm1 } from "../../../src/stats/theory/mm1.js";
import { mmc } from "../../../src/stats/theory/mmc.js";
import { applied, expectSameMeasures } from "./applied.js";

describe("jackson(network)", () => {
  it("jackson(network) with one station equals mmc", () => {
    const r = applied(jackson({ stations: [{ id: "customs", servers: 3, meanService: 0.5 }], externalArrivals: { customs: 5 }, routing: {} }));
    const single = applied(mmc(5, 2, 3));
    expectSameMeasures(r, single, 12);
    expectSameMeasures(r.stations[0]!, single, 12);
    expect(r.stations[0]!.visits).toBe(1);
    expect(r.bottleneck).toBe("customs");
  });

  it("jackson(network) treats a tandem of two stations as two M/M/1 queues, W adding up", () => {
    const r = applied(
      jackson({
        stations: [
          { id: "kg", servers: 1, meanService: 0.2 },
          { id: "kz", servers: 1, meanService: 0.25 },
        ],
        externalArrivals: { kg: 3 },
        routing: { kg: { kz: 1 } },
      }),
    );
    const first = applied(mm1(3, 5));
    const second = applied(mm1(3, 4));
    expectSameMeasures(r.stations[0]!, first, 12);
    expectSameMeasures(r.stations[1]!, second, 12);
    expect(r.W).toBeCloseTo(first.W + second.W, 12);
    expect(r.L).toBeCloseTo(first.L + second.L, 12);
    expect(r.throughput).toBe(3);
    expect(r.bottleneck).toBe("kz");
    expect(r.utilization).toBeCloseTo(0.75, 14);
  });

  it("jackson(network) with feedback p multiplies visits by 1/(1 - p) and time in system accordingly", () => {
    // 20% of trucks are sent back for re-inspection: λ = 2/0.8 = 2.5 at μ = 4; each truck visits 1.25 times.
    const r = applied(jackson({ stations: [{ id: "x", servers: 1, meanService: 0.25 }], externalArrivals: { x: 2 }, routing: { x: { x: 0.2 } } }));
    const perVisit = applied(mm1(2.5, 4));
    expect(r.stations[0]!.arrivalRate).toBeCloseTo(2.5, 14);
    expect(r.stations[0]!.visits).toBeCloseTo(1.25, 14);
    expectSameMeasures(r.stations[0]!, perVisit, 12);
    expect(r.W).toBeCloseTo(1.25 * perVisit.W, 12);
  });

  it("jackson(network) does not apply when a station is unstable, and names it", () => {
    const r = jackson({
      stations: [
        { id: "scan", servers: 1, meanService: 0.1 },
        { id: "customs", servers: 2, meanService: 1 },
      ],
      externalArrivals: { scan: 3 },
      routing: { scan: { customs: 1 } },
    });
    expect(r.applies).toBe(false);
    if (!r.applies) expect(r.reason).toMatch(/station "customs" \(utilization λ\/\(cμ\) = 1\.5\) is not below utilization 1/);
  });

  it("jackson(network) does not apply to non-exponential service", () => {
    const r = jackson({ stations: [{ id: "x", servers: 1, meanService: 0.25, serviceScv: 0.3 }], externalArrivals: { x: 1 }, routing: {} });
    expect(r.applies).toBe(false);
    if (!r.applies) expect(r.reason).toMatch(/station "x" has non-exponential service \(squared coefficient of variation 0\.3\)/);
    expect(applied(jackson({ stations: [{ id: "x", servers: 1, meanService: 0.25, serviceScv: 1 }], externalArrivals: { x: 1 }, routing: {} })).exact).toBe(true);
  });

  it("jackson(network) rejects rows above 1, closed loops, unknown or repeated ids, and no arrivals", () => {
    const a = { id: "a", servers: 1, meanService: 0.1 };
    const b = { id: "b", servers: 1, meanService: 0.1 };
    expect(() => jackson({ stations: [a, b], externalArrivals: { a: 1 }, routing: { a: { b: 0.8, a: 0.3 } } })).toThrow(
      /jackson: routing\["a"\] must sum to at most 1, got 1.1/,
    );
    expect(() => jackson({ stations: [a, b], externalArrivals: { a: 1 }, routing: { a: { b: 1 }, b: { a: 1 } } })).toThrow(
      /jackson: customers at "a", "b" can never leave the network/,
    );
    expect(() => jackson({ stations: [a], externalArrivals: { z: 1 }, routing: {} })).toThrow(/jackson: externalArrivals names an unknown station "z"/);
    expect(() => jackson({ stations: [a], externalArrivals: { a: 1 }, routing: { a: { q: 0.5 } } })).toThrow(/unknown station "q"/);
    expect(() => jackson({ stations: [a, a], externalArrivals: { a: 1 }, routing: {} })).toThrow(/jackson: station ids must be unique, got "a" twice/);
    expect(() => jackson({ stations: [a], externalArrivals: {}, routing: {} })).toThrow(/jackson: externalArrivals must bring customers/);
    expect(() => jackson({ stations: [{ ...a, servers: 0 }], externalArrivals: { a: 1 }, routing: {} })).toThrow(
      /jackson: stations\[0\]\.servers must be an integer >= 1, got 0/,
    );
  });
});
