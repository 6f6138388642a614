import { describe, expect, it } from "vitest";
import { logGamma } from "../../src/math/log-gamma.js";

// ln Γ(x) from mpmath's loggamma at 60 digits, rounded once to a double.
const REFERENCE: [number, number][] = [
  [0.5, 0.5723649429247001],
  [1e-3, 6.907178885383853],
  [3.5, 1.2009736023470743],
  [10, 12.801827480081469],
  [100.5, 361.4355404677776],
  [1e-300, 690.7755278982137],
  [1e10, 220258509288.81058],
];

describe("logGamma(x)", () => {
  it("logGamma(x) matches ln Γ(x) computed to 60 digits within 2e-15 relative", () => {
    for (const [x, v] of REFERENCE) expect(Math.abs(logGamma(x) - v) / v, `x=${x}`).toBeLessThanOrEqual(2e-15);
  });

  it("logGamma(x) is within 1e-15 of 0 at x = 1 and x = 2, where ln Γ vanishes", () => {
    expect(Math.abs(logGamma(1))).toBeLessThanOrEqual(1e-15);
    expect(Math.abs(logGamma(2))).toBeLessThanOrEqual(1e-15);
  });

  it("logGamma(x) rejects x <= 0 and non-finite x", () => {
    expect(() => logGamma(0)).toThrow("logGamma: x must be a finite number > 0, got 0");
    expect(() => logGamma(-1)).toThrow(RangeError);
    expect(() => logGamma(Infinity)).toThrow(RangeError);
    expect(() => logGamma(Number.NaN)).toThrow(RangeError);
  });
});
