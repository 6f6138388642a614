import {
  arrivalFitJson, arrivalWrites, durationFitJson, namedStreams, readArrivals, readDurations, RecordsError, writeIntoScenario, zoneFormat, type FieldWrite, type RecordProblem,
} from "../scenario/index.js";
import {
  FAMILIES, bootstrapPText, fitArrivalProfile, fitAsDistribution, fitDurations, rescaleDistribution, type ArrivalProfileFit, type DurationFit, type Estimate,
} from "../stats/index.js";
import { csvCell } from "../scenario/output/result-csv.js";
import { fourDigits as num } from "../scenario/output/four-digits.js";
import { UsageError } from "./args.js";
import { progressBar, progressMode } from "./progress.js";
import { InputError, type CommandContext } from "./command-context.js";
import type { CliIo } from "./io.js";
import { checkOut, emit, readScenario, readText, shapedResult } from "./scenario-input.js";


/** The text of a records file (UTF-8, with or without a byte-order mark). @throws {InputError} if it cannot be read. */
export function readRecordsText(io: CliIo, file: string): string {
  return readText(io, file, "records ");
}

/** The time zone of --tz, or null. @throws {UsageError} for an unknown zone. */
export function zoneOf(tz: string | undefined): Intl.DateTimeFormat | null {
  if (tz === undefined) return null;
  const zone = zoneFormat(tz);
  if (zone === null) throw new UsageError(`--tz must be an IANA time zone such as Asia/Almaty or Asia/Bishkek, got "${tz}"`);
  return zone;
}

/** Runs a records reader, turning its RecordsError into an InputError (exit 2). */
export function readingRecords<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof RecordsError) throw new InputError(`bad records:\n${error.message}`);
    throw error;
  }
}

/** Tells on standard error how many rows --skip-bad skipped, and which. */
export function reportSkipped(io: CliIo, file: string, skipped: readonly RecordProblem[]): void {
  if (skipped.length === 0) return;
  const lines = skipped.slice(0, 5).map((p) => `  ${file}:${p.line}: ${p.column === undefined ? "" : `column "${p.column}": `}${p.message}`);
  io.stderr(`skipped ${skipped.length} unreadable row${skipped.length === 1 ? "" : "s"} (--skip-bad):\n${lines.join("\n")}${skipped.length > 5 ? "\n  ..." : ""}\n`);
}

function oneFile(context: CommandContext, what: string): string {
  const [file, ...extra] = context.args.files;
  if (file === undefined || extra.length > 0) throw new UsageError(`${what} takes exactly one CSV file, got ${context.args.files.length}`);
  return file;
}

/** Checks --into/--out/--path before any work; returns the scenario file or null. */
function intoTarget(context: CommandContext, needsPath: boolean): string | null {
  const { args, io } = context;
  if (args.into === undefined) {
    if (args.path !== undefined) throw new UsageError("--path needs --into SCENARIO.json (the scenario to write into)");
    return null;
  }
  if (args.out === undefined) throw new UsageError("--into needs --out NEW.json: the fit goes into a copy of the scenario, never into the original");
  if (needsPath && args.path === undefined) throw new UsageError("--into needs --path, the field to write, such as directions.kg-to-kz.stages.3.serviceMinutes");
  checkOut(context);
  readScenario(io, args.into, []);
  return args.into;
}

function writeScenario(context: CommandContext, into: string, writes: readonly FieldWrite[]): void {
  const result = writeIntoScenario(readText(context.io, into), into, writes);
  if (!result.ok) throw new InputError(`the fit cannot go into "${into}":\n${result.message}`);
  for (const path of result.dropped) {
    context.io.stderr(`borderflow ${context.args.command}: the copy no longer declares "${path}" uncertain: its range was about the value the records replace (declare a new one from the fit's interval if you want it varied)\n`);
  }
  // --out was reserved by checkOut before the fit; the new scenario is put in place whole (JSON, whatever --format).
  emit(context, result.text, "scenario");
}

function intervalText(e: readonly [number, number] | undefined): string {
  return e === undefined ? "" : ` [${num(e[0])}, ${num(e[1])}]`;
}

function durationTable(fit: DurationFit, heading: string, replicates: number): string {
  const p = (value: number): string => bootstrapPText(value, replicates, num);
  const rows = fit.candidates.map((c) => [
    c.dist,
    Object.entries(c.parameters).map(([k, v]) => `${k} ${num(v)}${intervalText(c.intervals[k])}`).join(", "),
    num(c.logLikelihood),
    num(c.aic),
    `${num(c.ks.statistic)} (p ${p(c.ks.p)})`,
    `${num(c.ad.statistic)} (p ${p(c.ad.p)})`,
  ]);
  rows.push(["empirical", `${fit.empirical.values.length} values`, "—", "—", "—", "—"]);
  const header = ["dist", "parameters [95% interval]", "log L", "AIC", "KS D (p)", "AD A² (p)"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => c.padEnd(widths[i] as number)).join("  ").trimEnd();
  const best = fit.best.dist === "empirical"
    ? `best: empirical (every family is rejected at ${fit.alpha} by KS or AD)`
    : `best: ${fit.best.dist} (the lowest AIC that neither KS nor AD rejects at ${fit.alpha})`;
  return `${heading}\n${best}\n\n${[line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n")}\n`;
}

function durationCsv(fit: DurationFit): string {
  const lines = ["dist,parameter,value,lo,hi,logLikelihood,aic,ksStatistic,ksP,adStatistic,adP,best"];
  for (const c of fit.candidates) {
    for (const [k, v] of Object.entries(c.parameters)) {
      const [lo, hi] = c.intervals[k] ?? [NaN, NaN];
      lines.push([c.dist, k, v, lo, hi, c.logLikelihood, c.aic, c.ks.statistic, c.ks.p, c.ad.statistic, c.ad.p, fit.best === c].map(csvCell).join(","));
    }
  }
  return `${lines.join("\n")}\n`;
}

/** The unit a scenario field expects, from its name: `serviceMinutes` minutes, `timeToRepairHours` hours. */
function unitOfPath(path: string): "minutes" | "hours" | null {
  const last = path.split(".").filter((s) => !/^\d+$/.test(s)).pop() ?? "";
  return /Minutes$/.test(last) ? "minutes" : /Hours$/.test(last) ? "hours" : null;
}

/** `borderflow fit service FILE.csv`: every family fitted, ranked and tested; optionally the chosen one into a copy of a scenario. */
export function runFitService(context: CommandContext): number {
  const { args, io } = context;
  const file = oneFile(context, "fit service");
  const into = intoTarget(context, true);
  if (into === null) checkOut(context);
  const dists = [...FAMILIES.map((f) => f.dist), "empirical"];
  if (args.dist !== undefined) {
    if (into === null) throw new UsageError("--dist needs --into SCENARIO.json: it chooses the family written into the scenario (the report lists every family)");
    if (!dists.includes(args.dist)) throw new UsageError(`--dist must be one of ${dists.join(", ")}, got "${args.dist}"`);
  }
  const unit = args.unit ?? "minutes";
  const text = readRecordsText(io, file);
  const read = readingRecords(() =>
    readDurations(text, file, {
      unit, skipBad: args.skipBad, zone: zoneOf(args.tz),
      ...(args.column === undefined ? {} : { column: args.column }), ...(args.direction === undefined ? {} : { direction: args.direction }),
    }),
  );
  reportSkipped(io, file, read.skipped);
  // Options the file gives no use to would be ignored without a word.
  if (args.direction !== undefined && !read.directions) {
    throw new InputError(`"${file}" has no "direction" column, so --direction ${args.direction} chooses no rows and every row would be fitted; give --direction only for a file with that column`);
  }
  if (args.tz !== undefined && !read.timestamps) {
    throw new InputError(`--tz ${args.tz} applies to start and end timestamps, but "${file}" gives durations (column "${read.source}"); drop --tz`);
  }
  const replicates = args.bootstrap ?? 199;
  if (1 / (replicates + 1) >= 0.05) {
    io.stderr(`note: with --bootstrap ${replicates} no p-value can fall below ${1 / (replicates + 1)}, so no family can be rejected at 0.05 and the best is the lowest AIC; use 20 or more samples (the default is 199)\n`);
  }
  let fit: DurationFit;
  // Every family's bootstrap refits it on each sample: minutes for a year of records, so show how far it is.
  const bar = progressBar(io, progressMode(io, args), `fit service ${file}`, "bootstrap samples");
  bar.grow(replicates * FAMILIES.length);
  try {
    fit = fitDurations(read.durations, { replicates, streams: namedStreams(args.seed ?? 1), onSample: () => bar.tick() });
  } catch (error) {
    if (error instanceof RangeError) throw new InputError(`"${file}": ${error.message.replace(/^fitDurations: /, "")}${read.skipped.length > 0 ? ` (after skipping ${read.skipped.length} bad rows)` : ""}`);
    throw error;
  } finally {
    bar.done();
  }
  const report =
    args.format === "json" ? `${JSON.stringify(durationFitJson(fit), null, 2)}\n`
    : args.format === "csv" ? durationCsv(fit)
    : durationTable(fit, `${file}: ${fit.n} durations in ${unit} (${read.source}); KS and AD p-values and 95% intervals by parametric bootstrap (${args.bootstrap ?? 199} samples, seed ${args.seed ?? 1})`, replicates);
  if (into === null) {
    emit(context, report);
    return 0;
  }
  const chosen = args.dist === undefined ? fit.best : args.dist === "empirical" ? fit.empirical : fit.candidates.find((c) => c.dist === args.dist);
  // --dist was checked against the families above, and fitDurations fits every family (or throws): a bug if not found.
  if (chosen === undefined) throw new Error(`fit service: no fitted family "${String(args.dist)}" among the candidates`);
  const target = unitOfPath(args.path as string);
  const factor = target === null || target === unit ? 1 : target === "minutes" ? 60 : 1 / 60;
  const spec = rescaleDistribution(fitAsDistribution(chosen), factor);
  writeScenario(context, into, [{ path: args.path as string, value: spec }]);
  // The report after the write: a fit that cannot go into the scenario prints nothing as a result.
  io.stdout(shapedResult(context, report));
  io.stderr(`wrote ${JSON.stringify(spec)} to ${args.path} in "${args.out}"${factor === 1 ? "" : ` (converted from ${unit} to ${target})`}\n`);
  return 0;
}

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function estimateText(e: Estimate): string {
  return `${num(e.mean)} [${num(e.lo as number)}, ${num(e.hi as number)}]`;
}

function dispersionText(fit: ArrivalProfileFit): string {
  const { index, p } = fit.dispersion;
  return p >= 0.05
    ? `daily counts look Poisson (dispersion index ${num(index)}, p = ${num(p)})`
    : index > 1
      ? `daily counts vary more than Poisson (dispersion index ${num(index)}, p = ${num(p)}): busy and quiet days come beyond the weekday and month pattern, so a Poisson model understates day-to-day variation`
      : `daily counts vary less than Poisson (dispersion index ${num(index)}, p = ${num(p)}): arrivals look more regular than random, as booked slots would make them`;
}

function arrivalTable(fit: ArrivalProfileFit, heading: string): string {
  const list = (labels: readonly string[], values: readonly Estimate[]): string => values.map((e, i) => `  ${(labels[i] as string).padEnd(5)} ${estimateText(e)}`).join("\n");
  return [
    heading,
    `trucks per day: ${estimateText(fit.trucksPerDay)} (${fit.n} arrivals over ${fit.days} days)`,
    `hour of day (multipliers averaging 1):`,
    list(HOURS, fit.hourOfDay),
    `day of week:`,
    list(WEEKDAYS, fit.dayOfWeek),
    fit.monthOfYear === null ? "month of year: not estimated (the records do not cover every month)" : `month of year:\n${list(MONTHS, fit.monthOfYear)}`,
    dispersionText(fit),
  ].join("\n") + "\n";
}

const HOURS = Array.from({ length: 24 }, (_, h) => `${String(h).padStart(2, "0")}h`);

/**
 * The arrival fit as CSV: a row per quantity and index (0-based: hour 0 is midnight to 1 am, weekday 0 is
 * Monday, month 0 January), and last the index in words ("00h", "Mon", "Jan") so a reader need not guess.
 */
function arrivalCsv(fit: ArrivalProfileFit): string {
  const row = (quantity: string, index: number | string, e: Estimate, label: string): string =>
    [quantity, index, e.mean, e.halfWidth, e.lo, e.hi, label].map(csvCell).join(",");
  return [
    "quantity,index,mean,halfWidth,lo,hi,label",
    row("trucksPerDay", "", fit.trucksPerDay, "trucks per day"),
    ...fit.hourOfDay.map((e, h) => row("hourOfDay", h, e, HOURS[h] as string)),
    ...fit.dayOfWeek.map((e, w) => row("dayOfWeek", w, e, WEEKDAYS[w] as string)),
    ...(fit.monthOfYear ?? []).map((e, m) => row("monthOfYear", m, e, MONTHS[m] as string)),
    ["dispersionIndex", "", fit.dispersion.index, "", "", "", "Pearson X2 / df of the daily counts against the fitted means: about 1 if Poisson"].map(csvCell).join(","),
    ["dispersionP", "", fit.dispersion.p, "", "", "", "P(chi-squared >= X2): small when days vary beyond Poisson"].map(csvCell).join(","),
  ].join("\n") + "\n";
}

const DIRECTIONS = ["kg-to-kz", "kz-to-kg"] as const;

/** `borderflow fit arrivals FILE.csv`: trucks per day and the hour, weekday and month multipliers; optionally into a copy of a scenario. */
export function runFitArrivals(context: CommandContext): number {
  const { args, io } = context;
  const file = oneFile(context, "fit arrivals");
  const into = intoTarget(context, false);
  if (into === null) checkOut(context);
  if (into !== null && !(DIRECTIONS as readonly string[]).includes(args.direction ?? "")) {
    throw new UsageError(`--into needs --direction, the scenario's direction to write: ${DIRECTIONS.join(" or ")}${args.direction === undefined ? "" : `, got "${args.direction}"`}`);
  }
  const text = readRecordsText(io, file);
  const read = readingRecords(() =>
    readArrivals(text, file, {
      skipBad: args.skipBad, zone: zoneOf(args.tz),
      ...(args.column === undefined ? {} : { column: args.column }), ...(args.direction === undefined ? {} : { direction: args.direction }),
    }),
  );
  reportSkipped(io, file, read.skipped);
  let fit: ArrivalProfileFit;
  try {
    fit = fitArrivalProfile(read.arrivals, { replicates: args.bootstrap ?? 999, streams: namedStreams(args.seed ?? 1) });
  } catch (error) {
    if (error instanceof RangeError) throw new InputError(`"${file}": ${error.message.replace(/^fitArrivalProfile: /, "")}`);
    throw error;
  }
  const report =
    args.format === "json" ? `${JSON.stringify(arrivalFitJson(fit), null, 2)}\n`
    : args.format === "csv" ? arrivalCsv(fit)
    : arrivalTable(fit, `${file}: arrivals in column "${read.column}"; hours and weekdays in the records' own local time; 95% intervals by a bootstrap of days (${args.bootstrap ?? 999} resamples, seed ${args.seed ?? 1})`);
  if (into === null) {
    emit(context, report);
    return 0;
  }
  const scenario = readScenario(io, into, []);
  if (scenario.model !== "border") throw new UsageError(`--into: "${into}" is a ${scenario.model} scenario; arrival profiles go into border scenarios`);
  const base = args.path ?? `directions.${args.direction}`;
  const planned = arrivalWrites(fit, scenario, base);
  writeScenario(context, into, planned.writes);
  // The report after the write: a fit that cannot go into the scenario prints nothing as a result.
  io.stdout(shapedResult(context, report));
  io.stderr(`wrote trucksPerDay, hourOfDay and dayOfWeek to ${base}${fit.monthOfYear === null ? "" : " and monthOfYear"} in "${args.out}"${planned.note === "" ? "" : `; ${planned.note}`}\n`);
  return 0;
}
