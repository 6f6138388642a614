import {
  CHECK_MIN_REPLICATIONS, checkCsv, checkJson, checkObserved, checkReplications, checkTable, readObservedTimes, TRUCK_METRICS, type TruckMetric,
} from "../scenario/index.js";
import { fourDigits as num } from "../scenario/output/four-digits.js";
import { UsageError } from "./args.js";
import { InputError, type CommandContext } from "./command-context.js";
import { readingRecords, readRecordsText, reportSkipped, zoneOf } from "./fit-commands.js";
import { progressBar, progressMode } from "./progress.js";
import { checkOut, emit, overridesOf, readScenario } from "./scenario-input.js";
import { limitsOf, underCaps } from "./study-runner.js";

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
  const observedFile = args.observed;
  const text = readRecordsText(io, observedFile);
  const read = readingRecords(() => {
    try {
      return readObservedTimes(text, observedFile, {
        metric, direction: args.direction as string, skipBad: args.skipBad, zone: zoneOf(args.tz), ...(args.column === undefined ? {} : { column: args.column }),
      });
    } catch (error) {
      // Too few values left: a usage problem (exit 2), as the message says.
      if (error instanceof RangeError) throw new UsageError(error.message);
      throw error;
    }
  });
  reportSkipped(io, observedFile, read.skipped);
  const replications = checkReplications(scenario, args.replications);
  if (replications < 2) throw new UsageError("check needs at least 2 replications");
  if (replications < CHECK_MIN_REPLICATIONS) io.stderr(`note: with ${replications} replications the test's p-value cannot fall below ${num(1 / (replications + 1))}; use ${CHECK_MIN_REPLICATIONS} or more to reject at 5%\n`);
  const bar = progressBar(io, progressMode(io, args), "check");
  bar.grow(replications);
  const direction = args.direction;
  let result: ReturnType<typeof checkObserved>;
  try {
    result = underCaps(() => checkObserved(scenario, read.durations, { direction, metric, replications, onReplication: () => bar.tick(), limits: limitsOf(args) }));
  } finally {
    bar.done();
  }
  emit(context, args.format === "json" ? checkJson(result) : args.format === "csv" ? checkCsv(result) : checkTable(result));
  return 0;
}
