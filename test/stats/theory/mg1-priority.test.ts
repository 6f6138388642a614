import { describe, expect, it } from "vitest";
import { mg1 } from "../../../src/stats/theory/mg1.js";
import { mg1Priority } from "../../../src/stats/theory/mg1-priority.js";
import { applied, expectSameMeasures } from "./applied.js";

describe("mg1Priority(classes)", () => {
  it("mg1Priority(classes) with one class equals mg1", () => {
    expectSameMeasures(applied(mg1Priority([{ lambda: 0.6, meanService: 1.2, scv: 0.4 }])), applied(mg1(0.6, 1.2, 0.4)), 12);
  });

  it("mg1Priority(classes) gives Cobham's waits by hand for two exponential classes", () => {
    // λ = 0.25 each, E[S] = 1, E[S²] = 2: W0 = 2 · 0.25 · 2 / 2 = 0.5; Wq0 = 0.5/(1 · 0.75), Wq1 = 0.5/(0.75 · 0.5).
    const r = applied(mg1Priority([{ lambda: 0.25, meanService: 1, scv: 1 }, { lambda: 0.25, meanService: 1, scv: 1 }]));
    expect(r.classes[0]!.Wq).toBeCloseTo(2 / 3, 14);
    expect(r.classes[1]!.Wq).toBeCloseTo(4 / 3, 14);
    expect(r.classes[1]!.W).toBeCloseTo(7 / 3, 14);
    // Identical classes: the average wait is the FCFS M/M/1 wait, ρ/(μ - λ) = 1.
    expect(r.Wq).toBeCloseTo(1, 14);
  });

  it("mg1Priority(classes) keeps Kleinrock's conservation law Σ ρ_k Wq_k = ρ W0 / (1 - ρ)", () => {
    const classes = [
      { lambda: 0.1, meanService: 2, scv: 0 },
      { lambda: 0.3, meanService: 0.5, scv: 2 },
      { lambda: 0.2, meanService: 1.5, scv: 1 },
    ];
    const r = applied(mg1Priority(classes));
    const rho = 0.2 + 0.15 + 0.3;
    const w0 = (0.1 * 4 * 1 + 0.3 * 0.25 * 3 + 0.2 * 2.25 * 2) / 2;
    const weighted = r.classes.reduce((s, k) => s + k.utilization * k.Wq, 0);
    expect(weighted).toBeCloseTo((rho * w0) / (1 - rho), 12);
    expect(r.utilization).toBeCloseTo(rho, 14);
    expect(r.classes[0]!.Wq).toBeLessThan(r.classes[1]!.Wq);
    expect(r.classes[1]!.Wq).toBeLessThan(r.classes[2]!.Wq);
  });

  it("mg1Priority(classes) does not apply when the total utilization reaches 1", () => {
    const r = mg1Priority([{ lambda: 0.5, meanService: 1, scv: 1 }, { lambda: 0.6, meanService: 1, scv: 1 }]);
    expect(r.applies).toBe(false);
    if (!r.applies) expect(r.reason).toMatch(/total utilization Σλ·E\[S\] = 1\.1 is not below 1/);
  });

  it("mg1Priority(classes) rejects no classes, a bad class, and no traffic at all", () => {
    expect(() => mg1Priority([])).toThrow(/mg1Priority: classes must hold at least one class/);
    expect(() => mg1Priority([{ lambda: 1, meanService: -1, scv: 1 }])).toThrow(
      /mg1Priority: classes\[0\]\.meanService must be a finite number > 0, got -1/,
    );
    expect(() => mg1Priority([{ lambda: 0, meanService: 1, scv: 1 }])).toThrow(/mg1Priority: at least one class must have lambda > 0/);
  });
});
