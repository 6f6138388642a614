import { COMMANDS, NO_STUDY_OPTIONS, type CommandName } from "./args.js";

const OPTIONS = `Options:
  --replications N     independent replications, 1 to 100000 (overrides the scenario's "replications")
  --seed S             base seed of the random streams (overrides "seed")
  --horizon T          run length in model time units, warm-up included (network scenarios; border: --set days=N)
  --warmup T|auto      warm-up to discard, or "auto" for MSER-5 per replication (network; border: --set warmupDays=N)
  --set PATH=VALUE     override one field, e.g. --set stations.0.servers=3 (repeatable; checked like the file)
  --precision R        add replications until the half-widths of the crossing time and trucks/day (border) or
                       of the time in system and throughput (network) are below R x mean (e.g. 0.05)
  --max-replications N the most replications --precision may run (default 200)
  --workers N          worker threads (default and most: the threads the machine runs at once); the result
                       does not depend on it
  --max-in-system N    stop a replication when N customers (trucks) are in the system at once, naming the
                       overloaded station (default 50000): a queue with rho >= 1 grows until memory runs out
  --max-arrivals N     stop a replication after N arrivals (default 2000000): a run that would take hours
  --max-events N       stop a replication after N events (default 100000000): customers sent round a loop
                       of routes almost for ever
  --shard I/N          run, compare, sweep, sensitivity, uncertainty, optimize: run only the I-th of N
                       shares of the study and write a part file (JSON) for merge; each run's seed
                       comes from the scenario and replication, never from the shard. optimize shards
                       its procedure's first batch (a space run whole: every configuration's first
                       stage); merge then runs the sequential rest itself, on its own --workers.
                       Every merge first runs the study's first replication again (under the caps
                       above) and refuses parts whose numbers for it differ
  --format F           table (default), json or csv
  --decimal-comma      with --format csv: for a spreadsheet set to a decimal comma (Russian, Kazakh, Kyrgyz
                       and most European settings): semicolons between cells, 0,25 for 0.25, and a UTF-8
                       byte-order mark so that Excel reads the text right
  --metric PATTERN     only these metrics, in any format (repeatable; * within a segment, ** for any
                       segments: --metric 'directions.*.crossingHours' --metric 'stations.**')
  --all                every metric in the table (by default a table shows the headline metrics with
                       their units; CSV and JSON always hold every metric unless --metric is given)
  --out PATH           write the result to PATH, whole, once the study has finished, and say on standard
                       error what was written where; the folder and name are checked before it starts;
                       an existing file is never overwritten without --force
  --force              allow --out to replace an existing regular file (its permissions are kept)
  --progress           progress on standard error even when it is not a terminal, as plain lines (batch logs)
  --quiet              no progress and no note after --out
  --help               this text`;

const SYNOPSIS: Record<CommandName, string> = {
  run: "borderflow run FILE [options]",
  compare: "borderflow compare BASE.json OTHER.json... [options]",
  sweep: "borderflow sweep FILE --set PATH=V1,V2,... [options]",
  merge: "borderflow merge PART.json... [--out PATH] [--force] [--format F [--decimal-comma]] [--metric P] [--max-events N ...] [--quiet]\n       borderflow merge OPTIMIZE-PART.json... [--workers N] [--out PATH] [--force] [--format F [--decimal-comma]] [--quiet]",
  theory: "borderflow theory FILE [--set PATH=VALUE]... [--format table|json|csv] [--out PATH] [--force] [--quiet]",
  validate: "borderflow validate FILE...",
  optimize: "borderflow optimize STUDY.json [--workers N] [--set PATH=VALUE]... [--format table|json|csv] [--out PATH] [--shard I/N]",
  fit: "borderflow fit service FILE.csv [--column NAME] [--unit minutes|hours] [--into SCENARIO.json --path PATH --out NEW.json]\n       borderflow fit arrivals FILE.csv [--column NAME] [--direction D] [--tz ZONE] [--into SCENARIO.json --direction D --out NEW.json]",
  check: "borderflow check SCENARIO.json --observed FILE.csv --direction D [--metric crossingHours|waitHours] [options]",
  sensitivity: "borderflow sensitivity FILE [--against BASE] [--method oat|morris] [--trajectories R] [options]",
  uncertainty: "borderflow uncertainty FILE [--against BASE] --samples N [options]",
};

const DATA_OPTIONS: Partial<Record<CommandName, string>> = {
  fit: `Records: a CSV file with a header row (comma or semicolon; quoted fields; UTF-8 with or without BOM;
lines starting with # before the header are comments). An unreadable row is an error naming its line and column.

Options:
  --column NAME        the column to read (fit service: durations; fit arrivals: arrival times). fit service
                       without it reads "start" and "end" timestamps, or the only column
  --unit U             fit service: minutes (default) or hours, of the durations read and reported
  --tz ZONE            time zone of timestamps written without an offset (IANA name, such as Asia/Almaty);
                       hours and weekdays are counted in each record's own local time
  --direction D        only rows whose "direction" column is D; with --into, the scenario's direction (fit arrivals)
  --into SCENARIO.json write the chosen fit into a copy of this scenario, at --out (never over the original without --force)
  --path PATH          fit service: the field to write, such as directions.kg-to-kz.stages.3.serviceMinutes
                       (a fit in minutes is converted when the field is in hours, and the other way);
                       fit arrivals: the direction's path (default directions.D)
  --dist NAME          fit service: write this family instead of the best (exponential, gamma, ..., empirical)
  --bootstrap N        parametric-bootstrap samples for p-values and intervals (default 199, at most
                       100000; fit arrivals: 999 day resamples)
  --seed S             seed of the bootstrap (default 1)
  --skip-bad           skip unreadable rows, and say how many
  --format F           table (default), json or csv
  --decimal-comma      with --format csv: for a spreadsheet set to a decimal comma (Russian, Kazakh, Kyrgyz
                       and most European settings): semicolons between cells, 0,25 for 0.25, and a UTF-8
                       byte-order mark so that Excel reads the text right
  --out PATH           without --into: write the report to PATH; with --into: the new scenario (the report goes to standard output)
  --force              allow --out to replace an existing file
  --help               this text`,
  check: `The observed records: a CSV file with a column named like the metric (crossingHours), or the only
column, or "start" and "end" timestamps (their difference), in hours; a "direction" column is filtered by --direction.
The scenario's replications are treated as periods like the observed one: simulate as long a period as the
records cover (--set days=N with the warm-up added). The dashboard's Data in panel runs the same check
when the records are dropped onto a direction.

Options:
  --observed FILE.csv  the observed records (required)
  --direction D        kg-to-kz or kz-to-kg (required)
  --metric M           crossingHours (default: arrival to leaving the last post) or waitHours (not under control)
  --column NAME        the column to read instead of the metric's name
  --tz ZONE            time zone of start/end timestamps written without an offset
  --replications N     replications to simulate (default: the scenario's, at least 19)
  --seed S, --set PATH=VALUE   as for run
  --max-in-system N, --max-arrivals N, --max-events N   the run-time caps, as for run
  --skip-bad           skip unreadable rows, and say how many
  --format F           table (default), json or csv
  --decimal-comma      with --format csv: for a spreadsheet set to a decimal comma (Russian, Kazakh, Kyrgyz
                       and most European settings): semicolons between cells, 0,25 for 0.25, and a UTF-8
                       byte-order mark so that Excel reads the text right
  --out PATH, --force  write the result to PATH
  --quiet              no progress bar
  --help               this text`,
};

const ANALYSIS = `Analysis options (sensitivity, uncertainty):
  --against BASE       report the paired difference FILE − BASE (common random numbers) at every design
                       point; an input both files declare moves both together
  --method M           sensitivity: oat (each input at its low and high value, the others nominal: a
                       tornado; the default) or morris (elementary effects: mu*, mu, sigma)
  --trajectories R     sensitivity --method morris: trajectories (default 10), R x (inputs + 1) points
  --samples N          uncertainty: plausible worlds drawn by Latin hypercube from the declared ranges
  --metric PATTERN     the metrics to report (default: the headline metrics)
  A --set on a declared input holds it at that value; it is then not varied.`;

const OPTIMIZE = `The study file (scenarios/study.schema.json describes it) names the scenario, the decisions and their
values, the unit costs, the targets and the statistical settings. Before anything runs, every
configuration of a space of at most 10,000 is loaded and checked against the scenario (a larger space:
its corners, each decision at its smallest or largest value). A decision space of at most
maxConfigurations configurations (default 500) is run whole. A larger one is searched: a multi-start
neighbourhood search of the decisions' lattice (searchStarts starts, default 3), every comparison paired
on common random numbers, moving only when the gain is beyond the replication noise, re-running its
incumbent with more replications as it goes. It hands at most finalists (default 10) configurations to
the feasibility check (one-sided intervals, then Stein's two-stage rule) and the choice (Kim and Nelson's
KN), run on fresh replications. The guarantee (the best within indifference, with probability at least
1 - alpha) then holds among the finalists only: the search is a heuristic with no guarantee. It never runs
more than maxConfigurations configurations; where that cap stops it, it says so on standard error and
in the answer (raise maxConfigurations to search further; at the space's size or more, every
configuration is run instead: maxConfigurations is both the search's cap and the largest space run whole).
With --shard I/N it runs only its share of the procedure's first batch (the replications the procedure
asks for first, whatever they show: a space run whole, every configuration's first stage; a searched
space, its first start's) and writes a part; "borderflow merge" of the N parts runs the procedure itself,
taking those replications from the parts and running the rest (which it chooses from what it sees) on
its own --workers, and prints the unsharded answer byte for byte. It first runs the batch's first
replication again and refuses parts whose numbers for it differ (another borderflow's model, or edited).`;

/** The text `borderflow --help` prints. */
export function generalUsage(): string {
  const lines = Object.entries(COMMANDS).map(([name, text]) => `  ${name.padEnd(11)} ${text}`);
  return `borderflow: discrete-event simulation of trucks crossing the Karasu / Ak-Tilek border, and of queueing networks.

Usage: borderflow COMMAND [FILE...] [options]

Commands:
${lines.join("\n")}

${OPTIONS}

Exit codes: 0 success, 2 bad usage or bad input, 1 anything else.
Run "borderflow COMMAND --help" for one command.
`;
}

/**
 * The shared options a command refuses (it has no use for them), left out of its --help: theory's and
 * validate's from the list that refuses them; the others' refusals are in their commands, with their own words.
 */
const NOT_TAKEN: Partial<Record<CommandName, readonly string[]>> = {
  theory: NO_STUDY_OPTIONS.theory?.options ?? [],
  validate: NO_STUDY_OPTIONS.validate?.options ?? [],
  merge: ["--replications", "--seed", "--horizon", "--warmup", "--set", "--precision", "--max-replications", "--shard"],
  optimize: ["--replications", "--precision", "--max-replications", "--metric", "--all"],
  sensitivity: ["--precision", "--max-replications", "--all"],
  uncertainty: ["--precision", "--max-replications", "--all"],
};

/** The shared options without those `command` refuses: each entry is its line and the indented lines under it. */
function sharedOptions(command: CommandName): string {
  const dropped = new Set(NOT_TAKEN[command] ?? []);
  const [heading, ...lines] = OPTIONS.split("\n");
  const kept: string[] = [heading as string];
  let keep = true;
  for (const line of lines) {
    const option = /^ {2}(--[a-z-]+)/.exec(line)?.[1];
    if (option !== undefined) keep = !dropped.has(option);
    if (keep) kept.push(line);
  }
  return kept.join("\n");
}

/** The text `borderflow COMMAND --help` prints (`fit service --help` and `fit arrivals --help` print fit's). */
export function commandUsage(command: CommandName): string {
  const options = DATA_OPTIONS[command] ?? sharedOptions(command);
  // The command's own options (the study file's, the analyses'), then the options it shares.
  const own = command === "optimize" ? `${OPTIMIZE}\n\n` : command === "sensitivity" || command === "uncertainty" ? `${ANALYSIS}\n\n` : "";
  return `${SYNOPSIS[command]}\n\n${COMMANDS[command]}.\n\n${own}${options === "" ? "" : `${options}\n`}`;
}
