import type { ComparisonResult, Difference, DirectionId, StudyResult } from "../../src/scenario/index.js";
import { cutAtZero, digitsFor, formatInterval, formatNumber, includesZero, negate, type Interval } from "./format-estimate.js";
import { directionIds, directionLabel } from "../charts/index.js";

/** One direction's figure in a headline. */
export interface HeadlineLine {
  /** Such as "Kyrgyzstan → Kazakhstan". */
  readonly direction: string;
  /** The figure in words, such as "5.2 hours saved". */
  readonly value: string;
  /** Its 95% interval, such as "95% CI 4.1 to 6.3". */
  readonly interval: string;
  /** The change against the base with its interval, when the figure is a level rather than a change. */
  readonly change?: string;
  /** True when the change's interval holds zero: with these replications the measure may change nothing. */
  readonly uncertain: boolean;
}

/** A headline number of the brief, by direction. */
export interface Headline {
  readonly title: string;
  readonly lines: readonly HeadlineLine[];
}

function difference(comparison: ComparisonResult, scenario: string, metric: string): Difference | undefined {
  return comparison.differences.find((d) => d.scenario === scenario && d.metric === metric);
}

function signed(value: number, digits: number): string {
  return `${value > 0 ? "+" : value < 0 ? "−" : ""}${formatNumber(Math.abs(value), digits)}`;
}

/**
 * True when an estimate is zero in every replication (mean 0, interval 0 to 0, or no interval), as a road
 * queue is when no truck ever waits on the road: then nothing about it is uncertain.
 */
export function zeroEverywhere(e: Interval): boolean {
  return e.mean === 0 && (e.lo === null || e.lo === 0) && (e.hi === null || e.hi === 0);
}

/** A level that cannot be negative, as people read it: "11 trucks (95% CI 0 to 25)", the interval cut at zero. */
function nonNegative(e: Interval, unit: string): string {
  const digits = digitsFor(e);
  return `${formatNumber(e.mean, digits)} ${unit} (${formatInterval(cutAtZero(e), digits)})`;
}

function change(d: Difference | undefined, base: string): { change: string; uncertain: boolean } {
  if (d === undefined) return { change: `no paired difference against ${base}`, uncertain: true };
  const digits = digitsFor(d);
  return { change: `${signed(d.mean, digits)} against ${base} (${formatInterval(d, digits)})`, uncertain: includesZero(d) };
}

/**
 * The brief's headline numbers for `alternative` against the comparison's base (its first result):
 * hours saved per truck (the paired difference of mean crossing time, sign turned), trucks crossing
 * per day, and the road queue, each per direction with its 95% interval.
 * @throws {RangeError} if `alternative` is not a border result of the comparison other than the base.
 */
export function briefHeadlines(comparison: ComparisonResult, alternative: string, baseTitle?: string): Headline[] {
  const base = comparison.results[0];
  const alt = comparison.results.find((r, i) => i > 0 && r.scenario === alternative);
  if (base === undefined || alt === undefined || alt.directions === undefined) {
    throw new RangeError(`briefHeadlines: "${alternative}" is not a border scenario compared with the base of this comparison`);
  }
  const level = (result: StudyResult, dir: DirectionId, field: "trucksPerDay" | "queueTrucks" | "queueKm"): Interval =>
    (result.directions?.[dir][field] ?? { mean: Number.NaN, lo: null, hi: null });
  const baseName = baseTitle ?? base.scenario;
  return [
    {
      title: "Time saved per truck",
      lines: directionIds.map((dir): HeadlineLine => {
        const d = difference(comparison, alt.scenario, `directions.${dir}.crossingHours`);
        if (d === undefined) return { direction: directionLabel(dir), value: "not measured", interval: "", uncertain: true };
        const saved = negate(d);
        const digits = digitsFor(saved, 1);
        const value = saved.mean >= 0 ? `${formatNumber(saved.mean, digits)} hours saved` : `${formatNumber(-saved.mean, digits)} hours lost`;
        return { direction: directionLabel(dir), value, interval: formatInterval(saved, digits), uncertain: includesZero(d) };
      }),
    },
    {
      title: "Trucks crossing per day",
      lines: directionIds.map((dir): HeadlineLine => {
        const e = level(alt, dir, "trucksPerDay");
        return { direction: directionLabel(dir), value: `${formatNumber(e.mean, digitsFor(e))} trucks a day`, interval: formatInterval(e, digitsFor(e)),
          ...change(difference(comparison, alt.scenario, `directions.${dir}.trucksPerDay`), baseName) };
      }),
    },
    {
      title: "Road queue (time average)",
      lines: directionIds.map((dir): HeadlineLine => {
        const e = level(alt, dir, "queueTrucks");
        const km = level(alt, dir, "queueKm");
        const was = level(base, dir, "queueTrucks");
        const wasKm = level(base, dir, "queueKm");
        // A queue that is zero in every replication of one scenario: its difference is minus the other's level, whose
        // interval may reach below zero; say what is known instead (no queue here, so much there). Not "all off the
        // road", which read as if the base's queue were off the road, and a queue may be gone rather than moved.
        if (zeroEverywhere(e) && zeroEverywhere(was)) {
          return { direction: directionLabel(dir), value: "no road queue", interval: "in any replication", change: `none under ${baseName} either`, uncertain: false };
        }
        if (zeroEverywhere(e)) {
          return { direction: directionLabel(dir), value: "no road queue", interval: "in any replication",
            change: `${baseName}: ${nonNegative(was, "trucks")}, ${formatNumber(wasKm.mean, digitsFor(wasKm))} km; with this measure, none on the road`, uncertain: false };
        }
        const value = `${formatNumber(e.mean, digitsFor(e))} trucks (${formatNumber(km.mean, digitsFor(km))} km)`;
        if (zeroEverywhere(was)) {
          return { direction: directionLabel(dir), value, interval: formatInterval(cutAtZero(e), digitsFor(e)),
            change: `none under ${baseName}`, uncertain: false };
        }
        return { direction: directionLabel(dir), value, interval: formatInterval(e, digitsFor(e)),
          ...change(difference(comparison, alt.scenario, `directions.${dir}.queueTrucks`), baseName) };
      }),
    },
  ];
}
