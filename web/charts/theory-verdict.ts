import type { Estimate } from "../../src/stats/estimate.js";

/** How a row's theory value stands against the simulation's interval. */
export type Verdict = "inside" | "outside" | "approximate" | "no interval" | "no theory";

/**
 * How a theory value stands against the simulation's 95% interval: "inside" or "outside" it when the
 * theory is exact and the simulation has an interval; "approximate" when the formula is an approximation
 * (it need not fall inside); "no interval" when the simulation has none; "no theory" when there is no value.
 * Exact ties count as inside (a relative slack of 1e-9).
 * @example theoryVerdict({ mean: 9, halfWidth: 0.5, lo: 8.5, hi: 9.5 }, 9.2, true) // => "inside"
 */
export function theoryVerdict(simulated: Estimate | undefined, theory: number | undefined, exact: boolean): Verdict {
  if (theory === undefined) return "no theory";
  if (!exact) return "approximate";
  if (simulated === undefined || simulated.lo === null || simulated.hi === null) return "no interval";
  // A relative slack of 1e-9 keeps exact ties (utilisation of a saturated server) from reading as misses.
  const slack = 1e-9 * Math.max(1, Math.abs(theory));
  return theory >= simulated.lo - slack && theory <= simulated.hi + slack ? "inside" : "outside";
}
