import { describe, expect, it } from "vitest";
import { md1 } from "../../../src/stats/theory/md1.js";
import { mg1 } from "../../../src/stats/theory/mg1.js";
import { mm1 } from "../../../src/stats/theory/mm1.js";
import { applied, expectSameMeasures } from "./applied.js";

describe("md1(lambda, serviceTime)", () => {
  it("md1(0.5, 1) gives Lq = ρ²/(2(1 - ρ)) = 0.25 by hand", () => {
    const r = applied(md1(0.5, 1));
    expect(r.Lq).toBeCloseTo(0.25, 15);
    expect(r.Wq).toBeCloseTo(0.5, 15);
    expect(r.W).toBeCloseTo(1.5, 15);
    expect(r.L).toBeCloseTo(0.75, 15);
  });

  it("md1(lambda, serviceTime) equals mg1 with scv = 0", () => {
    expectSameMeasures(applied(md1(2.5, 0.3)), applied(mg1(2.5, 0.3, 0)), 14);
  });

  it("md1(lambda, serviceTime) waits half as long as M/M/1 at the same load", () => {
    expect(applied(md1(0.8, 1)).Wq).toBeCloseTo(applied(mm1(0.8, 1)).Wq / 2, 12);
  });

  it("md1(lambda, serviceTime) does not apply at utilization >= 1", () => {
    const r = md1(2, 0.5);
    expect(r.applies).toBe(false);
    if (!r.applies) expect(r.reason).toMatch(/M\/D\/1 is unstable: utilization λ·E\[S\] = 1 is not below 1/);
  });

  it("md1(lambda, serviceTime) rejects a zero service time", () => {
    expect(() => md1(1, 0)).toThrow(/md1: serviceTime must be a finite number > 0, got 0/);
  });
});
