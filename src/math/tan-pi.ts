import { kernelTan } from "./kernel-tan.js";

/**
 * tan(π·x), the same bits in every JavaScript engine. The reduction is exact (x minus the nearest
 * integer, then 1/2 minus that on the outer half, where tan(π·r) = −1/tan(π·(1/2 − r))), so no π/2
 * reduction is needed: only π·r is rounded, once, before fdlibm's tan kernel. Within about 3 ulp of the
 * true tan(π·x) (the kernel's 1 ulp and the rounding of π·r, magnified at most 1.6 times); odd;
 * tanPi(n) = ±0 and tanPi(n + 1/2) = ±∞ (the pole; the sign is fixed but means nothing) for integers n;
 * NaN for ±∞ and NaN.
 * Cost: O(1).
 *
 * @example
 * tanPi(0.25); // => 1
 */
export function tanPi(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (x === 0) return x; // keeps the sign of −0
  const r = x - Math.round(x); // exact, in [−1/2, 1/2]
  const a = Math.abs(r);
  const sign = r < 0 || Object.is(r, -0) ? -1 : 1;
  if (a === 0) return sign * 0;
  if (a === 0.25) return sign;
  if (a === 0.5) return sign * Infinity;
  if (a < 0.25) return sign * kernelTan(Math.PI * a, 0, 1);
  // tan(π·a) = −1/tan(π·(1/2 − a)) = −kernelTan(π·(1/2 − a), −1)
  return -sign * kernelTan(Math.PI * (0.5 - a), 0, -1);
}
