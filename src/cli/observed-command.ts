import { checkObserved, readDurations, TRUCK_METRICS, type ObservedCheck, type TruckMetric } from "../scenario/index.js";
import { csvCell } from "../scenario/output/result-csv.js";
import { UsageError } from "./args.js";
import type { CommandContext } from "./command-context.js";
import { num, readingRecords, readRecordsText, reportSkipped, zoneOf } from "./fit-commands.js";
import { progressBar, progressMode } from "./progress.js";
import { checkOut, emit, overridesOf, readScenario } from "./scenario-input.js";

/** Replications `check` runs unless --replications says otherwise: 19 is the fewest for a p-value below 0.05. */
export const CHECK_MIN_REPLICATIONS = 19;

function checkTable(c: ObservedCheck): string {
  const header = ["quantile", "observed", "simulated [95% prediction interval]", ""];
  const rows = c.quantiles.map((q) => [
    `p${Math.round(q.p * 100)}`,
    `${num(q.observed)} h`,
    `${num(q.simulated.mean)} h [${num(q.simulated.lo as number)}, ${num(q.simulated.hi as number)}]`,
    q.position === "inside" ? "" : q.position,
  ]);
  rows.push([
    "mean",
    `${num(c.observed.mean)} h`,
    `${num(c.simulated.mean)} h; difference ${num(c.meanDifference.mean)} [${num(c.meanDifference.lo as number)}, ${num(c.meanDifference.hi as number)}]`,
    "",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: readonly string[]): string => cells.map((x, i) => x.padEnd(widths[i] as number)).join("  ").trimEnd();
  return `${c.scenario}, ${c.direction}, ${c.metric}: ${c.observed.n} observed trucks, ${c.simulated.replications} replications (about ${Math.round(c.simulated.meanPerReplication)} trucks each)\n${c.verdict}\n\n${[line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n")}\n`;
}

function checkCsv(c: ObservedCheck): string {
  const lines = ["quantity,p,observed,simulated,lo,hi,position"];
  for (const q of c.quantiles) lines.push(["quantile", q.p, q.observed, q.simulated.mean, q.simulated.lo, q.simulated.hi, q.position].map(csvCell).join(","));
  lines.push(["meanDifference", "", c.observed.mean, c.simulated.mean, c.meanDifference.lo, c.meanDifference.hi, ""].map(csvCell).join(","));
  lines.push(["test", c.test.p, c.test.statistic, "", "", "", c.consistent ? "consistent" : "rejected"].map(csvCell).join(","));
  return `${lines.join("\n")}\n`;
}

/** `borderflow check SCENARIO.json --observed FILE.csv`: the model against observed crossing (or waiting) times. */
export function runCheck(context: CommandContext): number {
  const { args, io } = context;
  const [file, ...extra] = args.files;
  if (file === undefined || extra.length > 0) throw new UsageError(`check takes exactly one scenario file, got ${args.files.length}`);
  if (args.observed === undefined) throw new UsageError("check needs --observed FILE.csv, the observed records");
  if (args.direction !== "kg-to-kz" && args.direction !== "kz-to-kg") {
    throw new UsageError(`check needs --direction kg-to-kz or kz-to-kg, the direction the records are of${args.direction === undefined ? "" : `, got "${args.direction}"`}`);
  }
  checkOut(context);
  const scenario = readScenario(io, file, overridesOf(args));
  if (scenario.model !== "border") throw new UsageError(`check compares trucks' times, so it needs a border scenario; "${file}" is a ${scenario.model} scenario`);
  // --metric is the repeatable pattern of run and compare; check takes one per-truck metric by name.
  const [metricText = "crossingHours", ...more] = args.metrics;
  if (more.length > 0 || !(TRUCK_METRICS as readonly string[]).includes(metricText)) {
    throw new UsageError(`check --metric must be one of ${TRUCK_METRICS.join(", ")} (once), got ${args.metrics.map((m) => `"${m}"`).join(", ")}`);
  }
  const metric = metricText as TruckMetric;
  const text = readRecordsText(io, args.observed);
  const read = readingRecords(() =>
    readDurations(text, args.observed as string, {
      unit: "hours", preferredColumn: metric, skipBad: args.skipBad, zone: zoneOf(args.tz), direction: args.direction as string,
      ...(args.column === undefined ? {} : { column: args.column }),
    }),
  );
  reportSkipped(io, args.observed, read.skipped);
  if (read.durations.length < 10) throw new UsageError(`"${args.observed}" holds ${read.durations.length} observed values; at least 10 are needed`);
  const replications = args.replications ?? Math.max(scenario.replications, CHECK_MIN_REPLICATIONS);
  if (replications < 2) throw new UsageError("check needs at least 2 replications");
  if (replications < CHECK_MIN_REPLICATIONS) io.stderr(`note: with ${replications} replications the test's p-value cannot fall below ${num(1 / (replications + 1))}; use ${CHECK_MIN_REPLICATIONS} or more to reject at 5%\n`);
  const bar = progressBar(io, progressMode(io, args), "check");
  bar.grow(replications);
  const result = checkObserved(scenario, read.durations, { direction: args.direction, metric, replications, onReplication: () => bar.tick() });
  bar.done();
  emit(context, args.format === "json" ? `${JSON.stringify(result, null, 2)}\n` : args.format === "csv" ? checkCsv(result) : checkTable(result));
  return 0;
}
