import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { adStatistic, exponentialFamily, ksStatistic, normalFamily } from "../../../src/stats/fit/index.js";

// Reference statistics from test/stats/fit/reference/fit_reference.py (definitions written out in
// python3, CDFs in closed form, the normal's by math.erf).
const ref = JSON.parse(readFileSync(new URL("reference/fit-reference.json", import.meta.url), "utf8")) as Record<string, Record<string, number>> & { sample: number[] };
const sorted = [...ref.sample].sort((a, b) => a - b);

describe("ksStatistic(sorted, cdf)", () => {
  it("ksStatistic(sorted, cdf) of three points against the uniform CDF is worked by hand", () => {
    // i/n − F: 1/3 − 0.1, 2/3 − 0.5, 1 − 0.9; F − (i−1)/n: 0.1, 0.5 − 1/3, 0.9 − 2/3: the largest is 1/3 − 0.1.
    expect(ksStatistic([0.1, 0.5, 0.9], (x) => x)).toBeCloseTo(1 / 3 - 0.1, 15);
  });
  it("ksStatistic(sorted, cdf) matches the python reference for the fitted exponential and normal", () => {
    expect(ksStatistic(sorted, exponentialFamily.cdf(exponentialFamily.fit(sorted)))).toBeCloseTo(ref.ks!.exponential!, 12);
    expect(ksStatistic(sorted, normalFamily.cdf(normalFamily.fit(sorted)))).toBeCloseTo(ref.ks!.normal!, 12);
  });
  it("ksStatistic([], cdf) throws", () => {
    expect(() => ksStatistic([], (x) => x)).toThrow(RangeError);
  });
});

describe("adStatistic(sorted, cdf)", () => {
  it("adStatistic(sorted, cdf) of three points against the uniform CDF is worked by hand", () => {
    // −3 − (1/3)[1·(ln .1 + ln .1) + 3·(ln .5 + ln .5) + 5·(ln .9 + ln .9)]
    const expected = -3 - (2 * Math.log(0.1) + 6 * Math.log(0.5) + 10 * Math.log(0.9)) / 3;
    expect(adStatistic([0.1, 0.5, 0.9], (x) => x)).toBeCloseTo(expected, 14);
  });
  it("adStatistic(sorted, cdf) matches the python reference for the fitted exponential and normal", () => {
    expect(adStatistic(sorted, exponentialFamily.cdf(exponentialFamily.fit(sorted)))).toBeCloseTo(ref.ad!.exponential!, 11);
    expect(adStatistic(sorted, normalFamily.cdf(normalFamily.fit(sorted)))).toBeCloseTo(ref.ad!.normal!, 11);
  });
  it("adStatistic(sorted, cdf) stays finite when a point sits on the edge of the support", () => {
    expect(Number.isFinite(adStatistic([0, 0.5, 1], (x) => x))).toBe(true);
  });
});
