import { describe, expect, it } from "vitest";
import { steinReplications } from "../../../src/stats/ranking/stein-replications.js";
import { seededNormals } from "../seeded-normals.js";

describe("steinReplications", () => {
  it("steinReplications(values, tolerance, alpha) is max(n0, ceil((t·S/tolerance)²)), t from tables", () => {
    // S of [9, 11, 10, 10] = sqrt(2/3) = 0.8165; t(0.95, 3) = 2.3534 (tables): (2.3534 · 0.8165 / 1)² = 3.69 -> 4
    expect(steinReplications([9, 11, 10, 10], 1, 0.05)).toBe(4);
    // tolerance 0.25: (2.3534 · 0.8165 / 0.25)² = 59.08 -> 60
    expect(steinReplications([9, 11, 10, 10], 0.25, 0.05)).toBe(60);
    // no spread: the first stage is enough
    expect(steinReplications([3, 3, 3], 0.1, 0.01)).toBe(3);
  });

  it("steinReplications refuses fewer than two values and bad arguments", () => {
    expect(() => steinReplications([1], 1, 0.05)).toThrow(/firstStage/);
    expect(() => steinReplications([1, 2], 0, 0.05)).toThrow(/tolerance/);
    expect(() => steinReplications([1, Number.NaN], 1, 0.05)).toThrow(/firstStage/);
  });

  // The promise: the mean of N values falls below μ + tolerance with probability >= 1 - alpha.
  // 2,000 two-stage experiments with σ = 3, tolerance 1, alpha 0.1; exact binomial check at 1%.
  it("steinReplications keeps P(mean - μ < tolerance) >= 1 - alpha (2,000 experiments, binomial test)", () => {
    const draws = seededNormals("stein", 2_000_000);
    let at = 0;
    let held = 0;
    const experiments = 2000;
    for (let e = 0; e < experiments; e++) {
      const first = Array.from({ length: 5 }, () => 3 * (draws[at++] as number));
      const n = steinReplications(first, 1, 0.1);
      let sum = first.reduce((a, b) => a + b, 0);
      for (let i = first.length; i < n; i++) sum += 3 * (draws[at++] as number);
      if (sum / n < 1) held++;
    }
    // P(X <= held) under p = 0.9 by the normal approximation with continuity correction (n p (1-p) = 180)
    const z = (held + 0.5 - experiments * 0.9) / Math.sqrt(experiments * 0.9 * 0.1);
    expect(z).toBeGreaterThan(-2.326); // one-sided 1%
  });
});
