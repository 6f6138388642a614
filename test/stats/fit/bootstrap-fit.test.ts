import { describe, expect, it } from "vitest";
import { exponential, normal, randomStream } from "../../../src/engine/index.js";
import { bootstrapFit, bootstrapPText, exponentialFamily, normalFamily, type Family } from "../../../src/stats/fit/index.js";
import { normalQuantile } from "../../../src/math/index.js";
import { namedStreams } from "../../../src/scenario/index.js";

const streams = namedStreams(1);

/** Share of `trials` samples (n values from `draw`) whose KS and AD p-values are <= 0.1, with B = 39. */
function rejectionRates(family: Family, draw: (u: () => number) => number, trials: number, n: number): { ks: number; ad: number } {
  const u = randomStream(7, 0, `calibration/${family.dist}`);
  let ks = 0;
  let ad = 0;
  for (let t = 0; t < trials; t++) {
    const xs = Array.from({ length: n }, () => draw(u)).sort((a, b) => a - b);
    const result = bootstrapFit(family, family.fit(xs), xs, { replicates: 39, streams: namedStreams(t + 1) });
    // p is a multiple of 1/40, so under the null P(p <= 0.1) = 4/40 exactly.
    if (result.ks.p <= 0.1) ks++;
    if (result.ad.p <= 0.1) ad++;
  }
  return { ks: ks / trials, ad: ad / trials };
}

describe("bootstrapFit(family, parameters, sorted, options)", () => {
  // The size of the test: with the parameters estimated from the data, a bootstrap p-value is
  // uniform under the null, so about 10% of true-family samples fall at p <= 0.1. (The textbook
  // KS table, which ignores the estimation, would reject far fewer.) 99% binomial interval around 0.1.
  const trials = 300;
  const half = normalQuantile(0.995) * Math.sqrt((0.1 * 0.9) / trials);
  for (const [family, dist] of [[exponentialFamily, exponential(2)], [normalFamily, normal(10, 2)]] as const) {
    it(`bootstrapFit(${family.dist}Family, ...) rejects a true ${family.dist} at 10% about 10% of the time`, () => {
      const rates = rejectionRates(family, dist.sample, trials, 30);
      expect(Math.abs(rates.ks - 0.1)).toBeLessThanOrEqual(half);
      expect(Math.abs(rates.ad - 0.1)).toBeLessThanOrEqual(half);
    });
  }

  it("bootstrapFit(family, parameters, sorted, { streams }) gives the same result for the same streams", () => {
    const u = randomStream(3, 0, "sample");
    const xs = Array.from({ length: 50 }, () => exponential(1).sample(u)).sort((a, b) => a - b);
    const p = exponentialFamily.fit(xs);
    expect(bootstrapFit(exponentialFamily, p, xs, { streams: namedStreams(9) })).toEqual(bootstrapFit(exponentialFamily, p, xs, { streams: namedStreams(9) }));
  });

  it("bootstrapFit(family, parameters, sorted, { replicates: 10 }) throws: too few for a p-value", () => {
    expect(() => bootstrapFit(exponentialFamily, { mean: 1 }, [1, 2, 3], { replicates: 10, streams })).toThrow(RangeError);
  });
});

describe("bootstrapPText(p, replicates, format)", () => {
  it("marks the least p-value B samples can give, 1/(B + 1), as an upper bound and leaves the others", () => {
    expect(bootstrapPText(1 / 100, 99, (p) => p.toFixed(3))).toBe("≤ 0.010");
    expect(bootstrapPText(1 / 200, 199, String)).toBe("≤ 0.005");
    expect(bootstrapPText(2 / 100, 99, (p) => p.toFixed(3))).toBe("0.020");
    expect(bootstrapPText(1, 99, String)).toBe("1");
  });
});
