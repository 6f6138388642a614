import { describe, expect, it } from "vitest";
import { cutAtZero, digitsFor, formatInterval, formatNumber, includesZero, negate } from "../../../web/app/format-estimate.js";

describe("format estimate", () => {
  it("formatNumber(value, digits) groups thousands and never writes -0", () => {
    expect(formatNumber(1234.56, 1)).toBe("1,234.6");
    expect(formatNumber(-1234.56, 0)).toBe("−1,235");
    expect(formatNumber(-0.04, 1)).toBe("0");
    expect(formatNumber(2, 1)).toBe("2");
  });

  it("formatInterval(estimate) writes the 95% interval, or says why there is none", () => {
    expect(formatInterval({ mean: 5, lo: 4.12, hi: 5.88 })).toBe("95% CI 4.1 to 5.9");
    expect(formatInterval({ mean: 5, lo: null, hi: null })).toBe("no interval: run at least 2 replications");
  });

  it("digitsFor(estimate) gives the decimals that keep the interval's ends apart", () => {
    expect(digitsFor({ mean: -14, lo: -17, hi: -11 })).toBe(0);
    expect(digitsFor({ mean: -5.8, lo: -6.1, hi: -5.5 })).toBe(1);
    expect(digitsFor({ mean: 0.02, lo: 0.01, hi: 0.03 })).toBe(2);
    expect(digitsFor({ mean: 0, lo: 0, hi: 0 })).toBe(0);
    expect(digitsFor({ mean: 4.2, lo: null, hi: null })).toBe(1);
    expect(digitsFor({ mean: 3, lo: 1.6, hi: 4.4 }, 1)).toBe(1);
  });

  it("includesZero(estimate) is true when the interval cannot tell a change from none", () => {
    expect([includesZero({ mean: 1, lo: -1, hi: 3 }), includesZero({ mean: 1, lo: 0.5, hi: 1.5 }), includesZero({ mean: 1, lo: null, hi: null })])
      .toEqual([true, false, true]);
  });

  it("cutAtZero(estimate) raises a negative lower end to 0 and leaves the rest", () => {
    expect(cutAtZero({ mean: 11, lo: -4, hi: 25 })).toEqual({ mean: 11, lo: 0, hi: 25 });
    const above = { mean: 5, lo: 4, hi: 6 };
    expect(cutAtZero(above)).toBe(above);
    expect(cutAtZero({ mean: 3, lo: null, hi: null })).toEqual({ mean: 3, lo: null, hi: null });
  });

  it("negate(estimate) turns the mean and swaps the interval's ends", () => {
    expect(negate({ mean: -5, lo: -6, hi: -4 })).toEqual({ mean: 5, lo: 4, hi: 6 });
  });
});
