import type { Selection } from "d3";
import type { Estimate } from "../../src/stats/estimate.js";
import { ink } from "./palette.js";

type Group = Selection<SVGGElement, unknown, null, undefined>;

/** Half the length in pixels of the caps at each end of a whisker. */
const cap = 4;

/**
 * Draw the 95% interval of `estimate` as a capped whisker from `position(lo)` to `position(hi)`
 * across the line at `at` pixels; nothing when the interval is null (one replication).
 * @returns true when a whisker was drawn.
 */
export function drawWhisker(
  g: Group,
  estimate: Estimate,
  position: (value: number) => number,
  at: number,
  orientation: "horizontal" | "vertical",
  color: string = ink.whisker,
): boolean {
  if (estimate.lo === null || estimate.hi === null) return false;
  const a = position(estimate.lo);
  const b = position(estimate.hi);
  const d = orientation === "horizontal"
    ? `M${a},${at - cap}V${at + cap}M${a},${at}H${b}M${b},${at - cap}V${at + cap}`
    : `M${at - cap},${a}H${at + cap}M${at},${a}V${b}M${at - cap},${b}H${at + cap}`;
  g.append("path").attr("class", "whisker").attr("d", d).attr("fill", "none").attr("stroke", color).attr("stroke-width", 1.5);
  return true;
}

/** "14.2 (95% CI 12.0–16.4)", or "14.2 (one replication: no interval)", for tooltips. */
export function describeEstimate(estimate: Estimate, format: (value: number) => string): string {
  if (estimate.lo === null || estimate.hi === null) return `${format(estimate.mean)} (one replication: no interval)`;
  return `${format(estimate.mean)} (95% CI ${format(estimate.lo)}–${format(estimate.hi)})`;
}

/** The largest value an estimate reaches: its upper end, or its mean without an interval. */
export function estimateTop(estimate: Estimate): number {
  return Math.max(estimate.mean, estimate.hi ?? estimate.mean);
}

/** The smallest value an estimate reaches: its lower end, or its mean without an interval. */
export function estimateBottom(estimate: Estimate): number {
  return Math.min(estimate.mean, estimate.lo ?? estimate.mean);
}
