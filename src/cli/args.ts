import { MAX_REPLICATIONS } from "../scenario/index.js";
import { metricMatcher } from "../scenario/output/metric-filter.js";
import { splitAssignment } from "../scenario/format/override-syntax.js";

/** The commands the CLI knows, with the one-line summary `--help` prints. */
export const COMMANDS = {
  run: "run one scenario: replications, confidence intervals",
  compare: "paired differences of scenarios against the first, under common random numbers",
  sweep: "run one scenario over the values of one parameter",
  merge: "combine the parts of a sharded study (--shard I/N) into the result the unsharded command gives",
  theory: "the analytic values where queueing theory applies, and why not where it does not",
  validate: "check scenario files and print every problem; change nothing",
  optimize: "the cheapest (or best) configuration that meets the targets of a study file, with a statistical guarantee (among a search's finalists when the space is large)",
  fit: "fit service-time distributions (fit service) or the arrival profile (fit arrivals) to records, optionally into a copy of a scenario",
  check: "compare observed crossing or waiting times with a scenario's simulated ones, with a verdict",
  sensitivity: "how each declared uncertain input moves the results (or the effect against --against BASE): a tornado, or Morris screening",
  uncertainty: "the spread of the results (or the effect against --against BASE) across plausible worlds drawn from the declared ranges",
} as const;

/** The subcommands of `fit`. */
export const FIT_SUBCOMMANDS = ["service", "arrivals"] as const;
export type FitSubcommand = (typeof FIT_SUBCOMMANDS)[number];

export type CommandName = keyof typeof COMMANDS;
export type OutputFormat = "table" | "json" | "csv";

/** Parsed command line. Options left undefined were not given. */
export interface CliArgs {
  readonly command: CommandName;
  /** `fit service` or `fit arrivals`; undefined for other commands. */
  readonly subcommand?: FitSubcommand;
  readonly files: readonly string[];
  /** The options given, by name (`--set`, `--metric` once however often they were given). */
  readonly given: ReadonlySet<string>;
  readonly help: boolean;
  readonly replications?: number;
  readonly seed?: number;
  readonly horizon?: number;
  readonly warmup?: number | "auto";
  readonly sets: readonly string[];
  /** `--metric` patterns (repeatable; `*` within a segment, `**` for any segments); empty for all. */
  readonly metrics: readonly string[];
  readonly precision?: number;
  readonly workers?: number;
  readonly shard?: { readonly index: number; readonly count: number };
  /** Output format; undefined when not given (table, or JSON for a shard part). */
  readonly format?: OutputFormat;
  /** --format csv for a spreadsheet set to a decimal comma: semicolons, "0,25", a byte-order mark. */
  readonly decimalComma: boolean;
  readonly out?: string;
  readonly force: boolean;
  readonly quiet: boolean;
  /** `--all`: every metric in table output (by default a table shows the headline metrics). */
  readonly all: boolean;
  /** `--progress`: progress on standard error even when it is not a terminal, as plain lines. */
  readonly progress: boolean;
  readonly maxReplications?: number;
  /** Run-time cap on events per replication (--max-events). */
  readonly maxEvents?: number;
  /** Run-time cap on customers in the system at once (--max-in-system). */
  readonly maxInSystem?: number;
  /** Run-time cap on arrivals per replication (--max-arrivals). */
  readonly maxArrivals?: number;
  /** fit, check: the records' column to read. */
  readonly column?: string;
  /** fit service: unit of the durations read and reported. */
  readonly unit?: "minutes" | "hours";
  /** fit, check: IANA time zone of timestamps written without an offset. */
  readonly tz?: string;
  /** fit, check: the direction (rows of a `direction` column, and the scenario's direction). */
  readonly direction?: string;
  /** fit: the scenario to write the fit into (a copy, at --out). */
  readonly into?: string;
  /** fit: the JSON path in the scenario to write the fit to. */
  readonly path?: string;
  /** fit service: the family to write instead of the best. */
  readonly dist?: string;
  /** fit: parametric-bootstrap samples. */
  readonly bootstrap?: number;
  /** check: the observed records. */
  readonly observed?: string;
  /** fit, check: skip and count unreadable rows. */
  readonly skipBad: boolean;
  /** sensitivity/uncertainty: the scenario the effect is measured against (FILE − BASE). */
  readonly against?: string;
  /** sensitivity: "oat" (one at a time, the default) or "morris". */
  readonly method?: "oat" | "morris";
  /** sensitivity --method morris: trajectories r. */
  readonly trajectories?: number;
  /** uncertainty: plausible worlds drawn. */
  readonly samples?: number;
}

/** Most --bootstrap samples: more would run for hours (the cost grows with samples × records) and move no p-value that matters. */
const MAX_BOOTSTRAP = 100_000;

/** A usage error: the CLI prints its message and exits with code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/**
 * The shared options a command that runs no study has no use for, refused when given (they would be
 * ignored without a word), with why and what it takes instead (`refuseNoStudyOptions`). `COMMAND --help`
 * leaves them out.
 */
export const NO_STUDY_OPTIONS: Partial<Record<CommandName, { readonly options: readonly string[]; readonly why: string; readonly takes: string }>> = {
  theory: {
    options: ["--replications", "--seed", "--workers", "--shard", "--metric", "--all", "--precision", "--max-replications", "--max-in-system", "--max-arrivals", "--max-events", "--progress"],
    why: "theory computes the analytic values and runs no replication",
    takes: "--set (and --horizon, --warmup), --format, --out, --force and --quiet",
  },
  validate: {
    options: ["--out", "--force", "--format", "--decimal-comma", "--shard", "--metric", "--all", "--precision", "--max-replications", "--workers", "--progress"],
    why: "validate prints every problem (or ok) and writes no result",
    takes: "the scenario options (--set, --replications, --seed, --horizon, --warmup) and the run caps",
  },
};

/**
 * Refuses the options of NO_STUDY_OPTIONS that `args` gives to its command, naming them all.
 * @throws {UsageError} saying why the command has no use for them and what it takes.
 */
export function refuseNoStudyOptions(args: CliArgs): void {
  const rule = NO_STUDY_OPTIONS[args.command];
  const unused = rule?.options.filter((o) => args.given.has(o)) ?? [];
  if (rule !== undefined && unused.length > 0) throw new UsageError(`${rule.why}, so it takes no ${unused.join(", ")}; it takes ${rule.takes}`);
}

/**
 * A --metric pattern, checked before any study runs: a pattern no metric path could ever match is refused
 * at once; whether it matches a metric of the scenario is known from a first replication (the analyses
 * refuse then, run, compare and sweep warn then and decide on the result: analysis-commands.ts,
 * study-commands.ts).
 * @throws {UsageError} naming the pattern and what a pattern may hold.
 */
function metricPattern(pattern: string): string {
  try {
    metricMatcher(pattern);
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(`--metric: ${error.message}`);
    throw error;
  }
  return pattern;
}

const VALUE_OPTIONS = [
  "--replications", "--seed", "--horizon", "--warmup", "--set", "--precision", "--workers", "--shard",
  "--format", "--out", "--max-replications", "--metric", "--max-in-system", "--max-arrivals", "--max-events",
  "--column", "--unit", "--tz", "--direction", "--into", "--path", "--dist", "--bootstrap", "--observed",
  "--against", "--method", "--trajectories", "--samples",
] as const;
const FLAG_OPTIONS = ["--force", "--quiet", "--progress", "--all", "--help", "--skip-bad", "--decimal-comma"] as const;

// Counts are written in decimal digits: Number() would also take "0x3", "1e3", " 3" or "3.0".
function integer(option: string, text: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const n = Number(text);
  // The upper bound 2^53 − 1 (beyond which integers are not exact) is named only to a number past it.
  const beyond = /^[+-]?\d+$/.test(text) && !Number.isSafeInteger(n);
  const range = max !== Number.MAX_SAFE_INTEGER || beyond || min === Number.MIN_SAFE_INTEGER ? `from ${min} to ${max}` : `>= ${min}`;
  if (!/^[+-]?\d+$/.test(text) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError(`${option} must be an integer ${range}, written in decimal digits, got "${text}"`);
  }
  return n;
}

function positiveNumber(option: string, text: string): number {
  const n = Number(text);
  if (text.trim() === "" || !Number.isFinite(n) || n <= 0) throw new UsageError(`${option} must be a number > 0, got "${text}"`);
  return n;
}

/**
 * Refuses two options that set one scenario field, where the later would silently replace the earlier:
 * `--set P=1 --set P=2`, `--set stations.0.servers=3 --set stations[0].servers=4`, `--horizon 2000 --set
 * horizon=3000`, or a --set of an object after a --set of a field inside it. (A field set after its
 * object, `--set stations.0={...} --set stations.0.servers=3`, edits that object and is kept.) The
 * options are applied in this order: --replications, --seed, --horizon, --warmup, then each --set.
 * @throws {UsageError} naming both options and the field.
 */
function checkOverridesDistinct(shorthands: readonly (readonly [string, string | undefined])[], sets: readonly string[]): void {
  const given: { option: string; segments: readonly string[] }[] = [];
  for (const [name, value] of shorthands) if (value !== undefined) given.push({ option: `${name} ${value}`, segments: [name.slice(2)] });
  for (const set of sets) {
    const split = splitAssignment(set);
    // A malformed --set is reported, with the file, when the scenario is loaded.
    if (split.ok) given.push({ option: `--set ${set}`, segments: split.assignment.segments });
  }
  given.forEach((later, j) => {
    const earlier = given.slice(0, j).find((e) => later.segments.length <= e.segments.length && later.segments.every((s, k) => s === e.segments[k]));
    if (earlier === undefined) return;
    const field = later.segments.join(".");
    throw new UsageError(earlier.segments.length === later.segments.length
      ? `${earlier.option} and ${later.option} both set ${field}; give it once (the later would silently replace the earlier)`
      : `${later.option} replaces the whole of ${field}, so the earlier ${earlier.option} would be silently lost; set ${earlier.segments.join(".")} after it, or once`);
  });
}

/**
 * Parses `borderflow COMMAND [FILE...] [options]`.
 * @throws {UsageError} naming the option and what is allowed, for an unknown command or option, a missing or bad value.
 * @example
 * parseArgs(["run", "scenarios/mm1.json", "--replications", "5"]).replications; // => 5
 */
export function parseArgs(argv: readonly string[]): CliArgs {
  const [commandText, ...rest] = argv;
  if (commandText === undefined || commandText === "--help" || commandText === "-h" || commandText === "help") {
    // `borderflow --help COMMAND` (or `help COMMAND`): that command's usage, as `borderflow COMMAND --help` gives it.
    const [topic, ...extra] = rest;
    if (topic !== undefined && !(topic in COMMANDS)) throw new UsageError(`no help on "${topic}": it is not a command; commands: ${Object.keys(COMMANDS).join(", ")}`);
    if (extra.length > 0) throw new UsageError(`${commandText} takes at most one command to explain, got ${rest.length} words: ${rest.join(" ")}`);
    return { command: (topic ?? "run") as CommandName, files: [], given: new Set(["--help"]), help: true, sets: [], metrics: [], force: false, quiet: false, all: false, progress: false, skipBad: false, decimalComma: false };
  }
  if (!(commandText in COMMANDS)) {
    throw new UsageError(`unknown command "${commandText}"; allowed: ${Object.keys(COMMANDS).join(", ")}`);
  }
  const command = commandText as CommandName;
  let subcommand: FitSubcommand | undefined;
  if (command === "fit") {
    const next = rest[0];
    if (next !== undefined && (FIT_SUBCOMMANDS as readonly string[]).includes(next)) {
      subcommand = next as FitSubcommand;
      rest.shift();
    } else if (next !== undefined && next !== "--help" && next !== "-h") {
      throw new UsageError(`fit needs what to fit: "fit service FILE.csv" or "fit arrivals FILE.csv", got "${next}"`);
    }
  }
  const files: string[] = [];
  const sets: string[] = [];
  const metrics: string[] = [];
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < rest.length; i++) {
    const token = rest[i] as string;
    if (!token.startsWith("--") || token === "--") {
      if (token === "-h") flags.add("--help");
      else files.push(token);
      continue;
    }
    const eq = token.indexOf("=");
    const name = eq > 0 ? token.slice(0, eq) : token;
    if ((FLAG_OPTIONS as readonly string[]).includes(name)) {
      if (eq > 0) throw new UsageError(`${name} takes no value, got "${token}"`);
      flags.add(name);
      continue;
    }
    if (!(VALUE_OPTIONS as readonly string[]).includes(name)) {
      throw new UsageError(`unknown option "${name}"; allowed: ${[...VALUE_OPTIONS, ...FLAG_OPTIONS].join(", ")}`);
    }
    let value: string | undefined;
    if (eq > 0) value = token.slice(eq + 1);
    else {
      value = rest[i + 1];
      i++;
    }
    if (value === undefined || (eq < 0 && value.startsWith("--"))) throw new UsageError(`${name} needs a value`);
    if (name === "--set") sets.push(value);
    else if (name === "--metric") metrics.push(metricPattern(value));
    else if (values.has(name)) throw new UsageError(`${name} was given twice`);
    else values.set(name, value);
  }

  const given = new Set<string>([...values.keys(), ...flags, ...(sets.length > 0 ? ["--set"] : []), ...(metrics.length > 0 ? ["--metric"] : [])]);
  const args: {
    -readonly [K in keyof CliArgs]: CliArgs[K];
  } = { command, files, given, help: flags.has("--help"), sets, metrics, force: flags.has("--force"), quiet: flags.has("--quiet"),
    all: flags.has("--all"), progress: flags.has("--progress"), skipBad: flags.has("--skip-bad"), decimalComma: flags.has("--decimal-comma") };
  if (args.quiet && args.progress) throw new UsageError("--quiet and --progress contradict each other; give one");
  if (subcommand !== undefined) args.subcommand = subcommand;
  else if (command === "fit" && !args.help) throw new UsageError(`fit needs what to fit: "fit service FILE.csv" or "fit arrivals FILE.csv"`);
  const format = values.get("--format");
  if (format !== undefined) {
    if (format !== "table" && format !== "json" && format !== "csv") {
      throw new UsageError(`--format must be one of table, json, csv, got "${format}"`);
    }
    args.format = format;
  }
  // (validate takes no --format at all: refuseNoStudyOptions says so.)
  if (args.decimalComma && args.format !== "csv" && !args.help && !(NO_STUDY_OPTIONS[command]?.options.includes("--decimal-comma") ?? false)) {
    throw new UsageError(`--decimal-comma shapes CSV for a spreadsheet set to a decimal comma; give it with --format csv${format === undefined ? "" : `, not --format ${format}`}`);
  }
  const text = (name: string): string | undefined => values.get(name);
  const replications = text("--replications");
  if (replications !== undefined) args.replications = integer("--replications", replications, 1, MAX_REPLICATIONS);
  const maxReplications = text("--max-replications");
  if (maxReplications !== undefined) args.maxReplications = integer("--max-replications", maxReplications, 2, MAX_REPLICATIONS);
  const maxInSystem = text("--max-in-system");
  if (maxInSystem !== undefined) args.maxInSystem = integer("--max-in-system", maxInSystem, 1);
  const maxEvents = text("--max-events");
  if (maxEvents !== undefined) args.maxEvents = integer("--max-events", maxEvents, 1);
  const maxArrivals = text("--max-arrivals");
  if (maxArrivals !== undefined) args.maxArrivals = integer("--max-arrivals", maxArrivals, 1);
  const seed = text("--seed");
  if (seed !== undefined) args.seed = integer("--seed", seed, Number.MIN_SAFE_INTEGER);
  const horizon = text("--horizon");
  if (horizon !== undefined) args.horizon = positiveNumber("--horizon", horizon);
  const warmup = text("--warmup");
  if (warmup !== undefined) {
    if (warmup === "auto") args.warmup = "auto";
    else {
      const n = Number(warmup);
      if (warmup.trim() === "" || !Number.isFinite(n) || n < 0) throw new UsageError(`--warmup must be a number >= 0 or "auto", got "${warmup}"`);
      args.warmup = n;
    }
  }
  const precision = text("--precision");
  if (precision !== undefined) {
    const r = positiveNumber("--precision", precision);
    if (r >= 1) throw new UsageError(`--precision must be a relative half-width in (0, 1), such as 0.05, got "${precision}"`);
    args.precision = r;
  }
  const workers = text("--workers");
  if (workers !== undefined) args.workers = integer("--workers", workers, 1);
  const shard = text("--shard");
  if (shard !== undefined) {
    const m = /^(\d+)\/(\d+)$/.exec(shard);
    const index = m ? Number(m[1]) : NaN;
    const count = m ? Number(m[2]) : NaN;
    if (!m || count < 1 || index < 1 || index > count) {
      throw new UsageError(`--shard must be I/N with 1 <= I <= N (for example 2/8), got "${shard}"`);
    }
    args.shard = { index, count };
  }
  const out = text("--out");
  if (out !== undefined) args.out = out;
  for (const [option, key] of [["--column", "column"], ["--tz", "tz"], ["--direction", "direction"], ["--into", "into"], ["--path", "path"], ["--dist", "dist"], ["--observed", "observed"]] as const) {
    const value = text(option);
    if (value !== undefined) args[key] = value;
  }
  const unit = text("--unit");
  if (unit !== undefined) {
    if (unit !== "minutes" && unit !== "hours") throw new UsageError(`--unit must be minutes or hours, got "${unit}"`);
    args.unit = unit;
  }
  const bootstrap = text("--bootstrap");
  if (bootstrap !== undefined) args.bootstrap = integer("--bootstrap", bootstrap, 19, MAX_BOOTSTRAP);
  const analysisOnly = (name: string, commands: readonly CommandName[]): void => {
    if (values.has(name) && !commands.includes(command)) throw new UsageError(`${name} is for ${commands.join(" and ")}, not ${command}`);
  };
  // The records options do something only in fit and check; elsewhere they would be accepted and ignored.
  const recordsOnly = (name: string, users: readonly string[]): void => {
    const here = command === "fit" && subcommand !== undefined ? `fit ${subcommand}` : command;
    if (given.has(name) && !users.includes(here) && !(command === "fit" && subcommand === undefined)) throw new UsageError(`${name} is for ${users.join(" and ")}, not ${here}`);
  };
  recordsOnly("--observed", ["check"]);
  recordsOnly("--unit", ["fit service"]);
  recordsOnly("--dist", ["fit service"]);
  for (const name of ["--into", "--path", "--bootstrap"]) recordsOnly(name, ["fit service", "fit arrivals"]);
  for (const name of ["--column", "--tz", "--direction", "--skip-bad"]) recordsOnly(name, ["fit service", "fit arrivals", "check"]);
  // fit runs no simulation, and check runs one plain set of replications: the study options would do nothing.
  for (const name of ["--replications", "--set", "--horizon", "--warmup", "--precision", "--max-replications", "--shard", "--metric", "--max-in-system", "--max-arrivals", "--max-events"]) {
    const users = "run, compare, sweep and the other study commands";
    const checkTakes = ["--replications", "--set", "--metric", "--max-in-system", "--max-arrivals", "--max-events"].includes(name);
    if (given.has(name) && command === "fit") throw new UsageError(`${name} is for ${checkTakes ? `check and ${users}` : users}, not fit`);
    if (given.has(name) && command === "check" && !checkTakes) throw new UsageError(`${name} is for ${users}, not check`);
  }
  // Both run on this thread and print their own report: --workers and --all would be accepted and ignored.
  if ((command === "fit" || command === "check") && given.has("--workers")) {
    throw new UsageError(`--workers is for run, compare, sweep and the other study commands, not ${command}: it runs on one thread`);
  }
  if ((command === "fit" || command === "check") && given.has("--all")) {
    throw new UsageError(`--all is for the tables of run, compare, sweep and merge, not ${command}: its report is the same with or without it`);
  }
  analysisOnly("--against", ["sensitivity", "uncertainty"]);
  analysisOnly("--method", ["sensitivity"]);
  analysisOnly("--trajectories", ["sensitivity"]);
  analysisOnly("--samples", ["uncertainty"]);
  // Their tables are their own (a tornado, Morris effects, world spreads, the chosen configuration), not
  // the headline rows --all widens: --all would be ignored without a word.
  if (args.all && (command === "sensitivity" || command === "uncertainty" || command === "optimize")) {
    throw new UsageError(command === "optimize"
      ? "--all is not for optimize: its answer shows the study's metrics (--format json or csv has every configuration)"
      : `--all is not for ${command}: choose its metrics with --metric PATTERN (--metric '**' for every one)`);
  }
  checkOverridesDistinct([["--replications", replications], ["--seed", seed], ["--horizon", horizon], ["--warmup", warmup]], sets);
  const against = text("--against");
  if (against !== undefined) args.against = against;
  const method = text("--method");
  if (method !== undefined) {
    if (method !== "oat" && method !== "morris") throw new UsageError(`--method must be oat (one at a time) or morris, got "${method}"`);
    args.method = method;
  }
  const trajectories = text("--trajectories");
  if (trajectories !== undefined) {
    if (args.method !== "morris") throw new UsageError("--trajectories is for --method morris");
    args.trajectories = integer("--trajectories", trajectories, 2);
  }
  const samples = text("--samples");
  if (samples !== undefined) args.samples = integer("--samples", samples, 2);
  return args;
}
