import { describe, expect, it } from "vitest";
import { mm1 } from "../../../src/stats/theory/mm1.js";
import { applied } from "./applied.js";

describe("mm1(lambda, mu)", () => {
  it("mm1(0.9, 1) gives the textbook L = 9, Lq = 8.1, W = 10, Wq = 9", () => {
    const r = applied(mm1(0.9, 1));
    expect(r.exact).toBe(true);
    expect(r.utilization).toBeCloseTo(0.9, 14);
    expect(r.L).toBeCloseTo(9, 12);
    expect(r.Lq).toBeCloseTo(8.1, 12);
    expect(r.W).toBeCloseTo(10, 12);
    expect(r.Wq).toBeCloseTo(9, 12);
    expect(r.probabilityWait).toBeCloseTo(0.9, 14);
  });

  it("mm1(lambda, mu) obeys Little's law in hours: 3 trucks/h at 4 trucks/h", () => {
    // ρ = 3/4: W = 1/(4 - 3) = 1 h, L = λW = 3 trucks.
    const r = applied(mm1(3, 4));
    expect(r.W).toBeCloseTo(1, 14);
    expect(r.L).toBeCloseTo(3 * r.W, 14);
    expect(r.Lq).toBeCloseTo(3 * r.Wq, 14);
  });

  it("mm1(0, mu) is an empty queue where a lone customer spends one service time", () => {
    expect(applied(mm1(0, 2))).toMatchObject({ L: 0, Lq: 0, W: 0.5, Wq: 0 });
  });

  it("mm1(lambda, mu) does not apply at or above utilization 1, and says so with the utilization", () => {
    const r = mm1(1.2, 1);
    expect(r.applies).toBe(false);
    if (!r.applies) expect(r.reason).toMatch(/M\/M\/1 is unstable: utilization λ\/μ = 1\.2 is not below 1/);
    expect(mm1(1, 1).applies).toBe(false);
  });

  it("mm1(lambda, mu) rejects a negative rate and a zero service rate", () => {
    expect(() => mm1(-1, 1)).toThrow(/mm1: lambda must be a finite number >= 0, got -1/);
    expect(() => mm1(1, 0)).toThrow(/mm1: mu must be a finite number > 0, got 0/);
    expect(() => mm1(Number.NaN, 1)).toThrow(RangeError);
  });
});
