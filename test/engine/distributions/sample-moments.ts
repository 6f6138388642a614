// Shared statistical check for the distribution tests (a helper, not a test file).
import { expect } from "vitest";
import type { Distribution } from "../../../src/engine/distributions/distribution.js";
import { randomStream } from "../../../src/engine/random-stream.js";

/**
 * Half-width, in standard errors, of every interval in the distribution and arrival tests.
 * They check fewer than 100 intervals (means, variances, frequencies, counts), so each uses
 * the Bonferroni level 1 − 0.001/100: all of them hold together with probability ≥ 99.9%
 * when the samplers are right. z = Φ⁻¹(1 − 0.001/200) = 4.4172 (scipy.stats.norm.ppf).
 */
export const Z = 4.4172;

/**
 * Draws n values from d on a fixed stream and checks that the sample mean and variance are
 * within confidence intervals (±Z standard errors) of d's theoretical mean and variance.
 *
 * The mean's interval is ±z·s/√n. For the variance, s² is asymptotically normal with
 * variance (μ₄ − σ⁴)/n, where μ₄ is the fourth central moment (it is the variance of
 * (X − μ)², whose average s² is, up to O(1/n)); μ₄ and σ⁴ are estimated by the sample's
 * m₄ and s⁴, so the interval is ±z·√((m₄ − s⁴)/n). The seed is fixed, so the check is
 * deterministic; the intervals say how far a correct sampler may stray.
 */
export function expectSampleMoments(d: Distribution, n = 100_000, streamName = d.name): number[] {
  const u = randomStream(2024, 0, streamName);
  const xs = Array.from({ length: n }, () => d.sample(u));
  expect(xs.find((x) => !Number.isFinite(x)), `${d.name} drew a non-finite value`).toBeUndefined();
  const mean = xs.reduce((s, x) => s + x, 0) / n;
  let m2 = 0;
  let m4 = 0;
  for (const x of xs) {
    const dev2 = (x - mean) ** 2;
    m2 += dev2;
    m4 += dev2 * dev2;
  }
  const s2 = m2 / (n - 1);
  m4 /= n;
  const meanTolerance = (Z * Math.sqrt(s2)) / Math.sqrt(n);
  const varianceTolerance = Z * Math.sqrt(Math.max(m4 - s2 * s2, 0) / n);
  expect(Math.abs(mean - d.mean), `${d.name}: sample mean ${mean} vs ${d.mean} ± ${meanTolerance}`).toBeLessThanOrEqual(
    meanTolerance,
  );
  expect(
    Math.abs(s2 - d.variance),
    `${d.name}: sample variance ${s2} vs ${d.variance} ± ${varianceTolerance}`,
  ).toBeLessThanOrEqual(varianceTolerance);
  return xs;
}

/** A RandomSource that returns the given uniforms in turn and counts the calls. */
export function scripted(values: readonly number[]): { (): number; calls: number } {
  const source = Object.assign(
    () => {
      const v = values[source.calls % values.length] as number;
      source.calls++;
      return v;
    },
    { calls: 0 },
  );
  return source;
}

/** Uniforms spread over [0, 1), including both extremes a source can return. */
export const GRID = [0, 1e-12, 0.001, 0.05, 0.2, 0.37, 0.5, 0.63, 0.8, 0.95, 0.999, 1 - 2 ** -53];

/** Checks that d draws by inversion: one uniform per draw, non-decreasing in the uniform. */
export function expectInversion(d: Distribution): void {
  let previous = -Infinity;
  for (const p of GRID) {
    const u = scripted([p]);
    const x = d.sample(u);
    expect(u.calls, `${d.name} used ${u.calls} uniforms`).toBe(1);
    expect(Number.isFinite(x), `${d.name} at u=${p} drew ${x}`).toBe(true);
    expect(x, `${d.name} at u=${p}`).toBeGreaterThanOrEqual(previous);
    previous = x;
  }
}
