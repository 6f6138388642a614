/**
 * Which way a metric improves, for "the share of worlds in which the measure helps": "lower" for
 * times, waits and queues, "higher" for throughput, undefined where neither is better
 * (utilisation, counts of trucks turned back). Read from the metric's last named segment.
 *
 * @example
 * betterDirection("directions.kg-to-kz.crossingHours"); // => "lower"
 */
export function betterDirection(metric: string): "lower" | "higher" | undefined {
  const segments = metric.split(".");
  const name = ["p50", "p90", "p95", "p99", "mean"].includes(segments[segments.length - 1] as string) ? segments[segments.length - 2] : segments[segments.length - 1];
  if (name === undefined) return undefined;
  if (/^(trucksPerDay|throughput)$/.test(name)) return "higher";
  if (/(Hours|Minutes|timeInSystem|waitInQueue|queueLength|inSystem|queueKm|roadQueue|queueTrucks|bufferIndex)$/.test(name)) return "lower";
  return undefined;
}
