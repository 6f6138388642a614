import { describe, expect, it } from "vitest";
import { normalQuantile, normalQuantileTails } from "../../src/math/normal-quantile.js";
import { seeded, ulpDistance } from "./ulp.js";

// Φ⁻¹(p) from mpmath (60 digits: √2·erfinv(2p − 1), or a root of ncdf for p = 1e-300), rounded once to a double.
const REFERENCE: [number, number][] = [
  [0.3, -0.5244005127080408],
  [0.975, 1.9599639845400538],
  [0.999, 3.090232306167813],
  [0.02425, -1.972961051311885],
  [1e-10, -6.361340902404057],
  [1e-300, -37.0470962993612],
];

describe("normalQuantile(p)", () => {
  it("normalQuantile(p) is within 4 ulp of Φ⁻¹(p) computed to 60 digits, from the centre to p = 1e-300", () => {
    // AS 241's rational functions are good to about 1e-16 relative: a few ulp, not correctly rounded.
    for (const [p, z] of REFERENCE) expect(ulpDistance(normalQuantile(p), z), `p=${p}`).toBeLessThanOrEqual(4);
    expect(normalQuantile(0.5)).toBe(0);
  });

  it("normalQuantile(p) is antisymmetric about 1/2 (at dyadic p, where 1 − p loses nothing)", () => {
    for (const p of [2 ** -10, 2 ** -6, 0.3125, 0.75]) expect(normalQuantile(p)).toBe(-normalQuantile(1 - p));
  });

  it("normalQuantile(p) is −∞ at 0 and +∞ at 1", () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
  });

  it("normalQuantile(p) rejects NaN and p outside [0, 1]", () => {
    expect(() => normalQuantile(1.5)).toThrow("normalQuantile: p must be a number in [0, 1], got 1.5");
    expect(() => normalQuantile(-0.1)).toThrow(RangeError);
    expect(() => normalQuantile(Number.NaN)).toThrow(RangeError);
  });

  it("normalQuantile(p) picks the same region of AS 241 as normalQuantileTails(p) (same bits) at the region boundaries and over 100,000 seeded p", () => {
    // Both call the same central rational function, so this checks the inlinable front's choice of region and its
    // hand-off; the accuracy of both regions is checked against the mpmath references above.
    const ps: number[] = [0, 1, 0.5, Number.MIN_VALUE, 1 - 2 ** -53];
    for (const edge of [0.075, 0.925]) for (let k = -4; k <= 4; k++) ps.push(edge + k * 2 ** -56);
    const u = seeded("normal-quantile-split");
    for (let i = 0; i < 100_000; i++) ps.push(u());
    for (const p of ps) expect(Object.is(normalQuantile(p), normalQuantileTails(p)), `p=${p}`).toBe(true);
    expect(() => normalQuantile("0.5" as unknown as number)).toThrow(RangeError);
  });
});
