import { suggestion } from "../format/schema/did-you-mean.js";

/** The metrics a list of `--metric` patterns selects, or why a pattern selects nothing. */
export type MetricSelection =
  | { readonly ok: true; readonly metrics: readonly string[] }
  | { readonly ok: false; readonly problems: readonly string[] };

const PATTERN = /^[A-Za-z0-9_*\-]+(\.[A-Za-z0-9_*\-]+)*$/;

/**
 * A matcher for one metric pattern: a dotted path in which `*` stands for any characters within one
 * segment and a segment `**` for one or more whole segments (`directions.*.crossingHours`,
 * `stations.**`). A pattern without `*` matches only itself.
 * @throws {RangeError} for an empty pattern or one with characters a metric path never has.
 * @example
 * metricMatcher("directions.*.queueKm")("directions.kg-to-kz.queueKm"); // => true
 */
export function metricMatcher(pattern: string): (path: string) => boolean {
  if (!PATTERN.test(pattern)) {
    throw new RangeError(`metric pattern "${pattern}" is not a dotted path (letters, digits, - and _, with * for any part of one segment and ** for any segments)`);
  }
  const source = pattern
    .split(".")
    .map((segment) => (segment === "**" ? "(?:[^.]+(?:\\.[^.]+)*)" : segment.replace(/[-]/g, "\\-").replace(/\*/g, "[^.]*")))
    .join("\\.");
  const regex = new RegExp(`^${source}$`);
  return (path) => regex.test(path);
}

/**
 * The metrics among `available` (kept in their order) that match any of `patterns`; every pattern must
 * match at least one metric, or it is reported with the nearest metric name (`of` says whose metrics
 * they are, for the message). No patterns selects all.
 * @example
 * selectMetrics(["system.*"], ["system.throughput", "stations.a.utilization"]); // => { ok: true, metrics: ["system.throughput"] }
 */
export function selectMetrics(patterns: readonly string[], available: readonly string[], of = "of this result"): MetricSelection {
  if (patterns.length === 0) return { ok: true, metrics: [...available] };
  const problems: string[] = [];
  const matchers: ((path: string) => boolean)[] = [];
  for (const pattern of patterns) {
    let matcher: (path: string) => boolean;
    try {
      matcher = metricMatcher(pattern);
    } catch (error) {
      problems.push(`--metric: ${(error as Error).message}`);
      continue;
    }
    if (!available.some(matcher)) {
      problems.push(`--metric "${pattern}" matches no metric ${of}${suggestion(pattern, available)}`);
    }
    matchers.push(matcher);
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, metrics: available.filter((path) => matchers.some((m) => m(path))) };
}
