import type { UncertaintyResult } from "../../src/scenario/study/analysis/uncertainty.js";
import { directionLabel } from "../charts/index.js";
import { formatNumber } from "./format-estimate.js";

/**
 * The brief's plain line under its time-saved headline, from a spread of a measure's effect on a
 * direction's mean crossing time across plausible worlds: "Across the plausible range of the
 * assumptions, seals save between 1.3 and 8.4 hours a truck (Kyrgyzstan → Kazakhstan); they save
 * time in 95% of them." Undefined when the spread is of another metric.
 *
 * A world counts as saving time only when its own 95% interval excludes no change (`shareHelps`), so
 * with few replications a world the share can be low while the worlds' means save (95% of them: the
 * range's top is below zero). When under half count, the line then says why, rather than reading
 * "save between 0.6 and 4.5 hours … in 0% of them" unexplained.
 */
export function howSureLine(measure: string, spread: UncertaintyResult): string | undefined {
  const entry = Object.entries(spread.metrics).find(([metric]) => /^directions\.[^.]+\.crossingHours$/.test(metric));
  if (entry === undefined) return undefined;
  const [metric, s] = entry;
  const where = directionLabel(metric.split(".")[1] ?? "");
  const digits = Math.max(Math.abs(s.p5), Math.abs(s.p95)) >= 10 ? 0 : 1;
  const hours = (x: number): string => formatNumber(x, digits);
  const share = `${Math.round(100 * (s.shareHelps ?? 0))}%`;
  const range = s.p95 <= 0
    ? `save between ${hours(-s.p95)} and ${hours(-s.p5)} hours a truck`
    : s.p5 >= 0 ? `cost between ${hours(s.p5)} and ${hours(s.p95)} hours a truck`
    : `range from saving ${hours(-s.p5)} hours a truck to costing ${hours(s.p95)}`;
  const line = `Across the plausible range of the assumptions, ${measure} ${range} (${where}, 5% to 95% of ${spread.samples} plausible worlds); they save time in ${share} of them.`;
  if (!(s.p95 < 0 && (s.shareHelps ?? 0) < 0.5)) return line;
  // One replication gives a world no interval at all, so no world can count however large its saving.
  if (spread.replications < 2) return `${line} A world counts only when its own 95% interval excludes no change, and with 1 replication a world has no interval; run 2 or more a world to see that share.`;
  return `${line} A world counts only when its own 95% interval (from ${spread.replications} replications) excludes no change; more replications a world would sharpen that share.`;
}
