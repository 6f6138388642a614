/**
 * The unit of a result metric, read from its dotted path. Border scenarios measure time in hours
 * (`*Hours`, and `system.*` times, whose model clock runs in hours), counts in trucks and lengths in
 * km; a network scenario's times are in its own time unit, which the file does not name, so they read
 * "time units".
 */

const BORDER_DIRECTION: Readonly<Record<string, string>> = {
  trucksPerDay: "trucks/day",
  turnedBackPerDay: "trucks/day",
  returnedPerDay: "trucks/day",
  queueTrucks: "trucks",
  maxQueueTrucks: "trucks",
  centreTrucks: "trucks",
  bookedTrucks: "trucks",
  queueKm: "km",
  bufferIndex: "ratio",
};

/**
 * The unit of one metric: "hours", "trucks/day", "trucks", "km", "trucks/hour", "share of time",
 * "ratio" for border scenarios; "time units", "per time unit", "customers", "share of time" for
 * network scenarios; "" when the path is not one the models write.
 * @example
 * metricUnit("directions.kg-to-kz.queueKm", "border"); // => "km"
 * metricUnit("system.timeInSystem.p95", "network"); // => "time units"
 */
export function metricUnit(path: string, model: "network" | "border"): string {
  const parts = path.split(".");
  const last = parts[parts.length - 1] ?? "";
  const leaf = /^p\d+$/.test(last) ? (parts[parts.length - 2] ?? "") : last;
  const time = model === "border" ? "hours" : "time units";
  const count = model === "border" ? "trucks" : "customers";
  const rate = model === "border" ? "trucks/hour" : "per time unit";
  if (model === "border" && parts[0] === "directions") {
    if (leaf.endsWith("Hours")) return "hours";
    return BORDER_DIRECTION[leaf] ?? "";
  }
  if (leaf.endsWith("Hours")) return "hours";
  switch (leaf) {
    case "timeInSystem":
    case "waitInQueue":
      return time;
    case "inSystem":
    case "queueLength":
      return count;
    case "throughput":
    case "balkRate":
      return rate;
    case "utilization":
      return "share of time";
    default:
      return "";
  }
}
