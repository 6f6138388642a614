import { COMMANDS, type CommandName } from "./args.js";

const OPTIONS = `Options:
  --replications N     independent replications, 1 to 100000 (overrides the scenario's "replications")
  --seed S             base seed of the random streams (overrides "seed")
  --horizon T          run length in model time units, warm-up included (network scenarios; border: --set days=N)
  --warmup T|auto      warm-up to discard, or "auto" for MSER-5 per replication (network; border: --set warmupDays=N)
  --set PATH=VALUE     override one field, e.g. --set stations.0.servers=3 (repeatable; checked like the file)
  --precision R        add replications until every headline half-width is below R x mean (e.g. 0.05)
  --max-replications N the most replications --precision may run (default 200)
  --workers N          worker threads (default and most: the threads the machine runs at once); the result
                       does not depend on it
  --max-in-system N    stop a replication when N customers (trucks) are in the system at once, naming the
                       overloaded station (default 50000): a queue with rho >= 1 grows until memory runs out
  --max-arrivals N     stop a replication after N arrivals (default 2000000): a run that would take hours
  --shard I/N          run, compare, sweep: run only the I-th of N shares of the study and write a part
                       file (JSON) for merge; each run's seed comes from the scenario and replication,
                       never from the shard
  --format F           table (default), json or csv
  --metric PATTERN     only these metrics in table and CSV output (repeatable; * within a segment, ** for
                       any segments: --metric 'directions.*.crossingHours' --metric 'stations.**')
  --out PATH           write the result to PATH, whole, once the study has finished; the folder and name
                       are checked before it starts; an existing file is never overwritten without --force
  --force              allow --out to replace an existing regular file (its permissions are kept)
  --quiet              no progress bar
  --help               this text`;

const SYNOPSIS: Record<CommandName, string> = {
  run: "borderflow run FILE [options]",
  compare: "borderflow compare BASE.json OTHER.json... [options]",
  sweep: "borderflow sweep FILE --set PATH=V1,V2,... [options]",
  merge: "borderflow merge PART.json... [--out PATH] [--force] [--format F] [--metric P] [--quiet]",
  theory: "borderflow theory FILE [--set PATH=VALUE]... [--format table|json]",
  validate: "borderflow validate FILE...",
  optimize: "borderflow optimize STUDY.json [--workers N] [--set PATH=VALUE]... [--format table|json|csv] [--out PATH]",
  sensitivity: "borderflow sensitivity FILE [--against BASE] [--method oat|morris] [--trajectories R] [options]",
  uncertainty: "borderflow uncertainty FILE [--against BASE] --samples N [options]",
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

/** The text `borderflow COMMAND --help` prints. */
export function commandUsage(command: CommandName): string {
  const analysis = command === "sensitivity" || command === "uncertainty" ? `${ANALYSIS}\n\n` : "";
  return `${SYNOPSIS[command]}\n\n${COMMANDS[command]}.\n\n${analysis}${command === "validate" ? "" : `${OPTIONS}\n`}`;
}
