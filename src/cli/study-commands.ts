import {
  compareKind, formatProblems, mergeParts, metricPaths, parseJson, parseSweep, runKind, runReplication, STUDY_KINDS, sweepKind,
  type MergeResult, type ReplicationOutput, type Scenario, type StudyUnit, type UnitExecutor,
} from "../scenario/index.js";
import { metricMatcher, selectMetrics } from "../scenario/output/metric-filter.js";
import { outputDifference } from "../scenario/study/replication-output.js";
import { notModelField } from "../scenario/format/uncertain-inputs.js";
import { RunLimitError } from "../model/index.js";
import { UsageError, type CliArgs } from "./args.js";
import { InputError, type CommandContext } from "./command-context.js";
import { checkOut, emit, overridesOf, readScenario, readText } from "./scenario-input.js";
import { renderAnalysis } from "./analysis-commands.js";
import { mergeOptimization } from "./optimize-command.js";
import { terminalSafe } from "./terminal-safe.js";
import { checkStudyOptions, finishStudy, fixReplications, limitsOf, withPool, writeResult } from "./study-runner.js";

function oneFile(context: CommandContext): string {
  const [file, ...extra] = context.args.files;
  if (file === undefined || extra.length > 0) {
    throw new UsageError(`${context.args.command} takes exactly one scenario file, got ${context.args.files.length}`);
  }
  return file;
}

/** Refuses --metric with --shard of run, compare or sweep: a part keeps every metric, and merge takes --metric. */
function checkShardMetrics(context: CommandContext): void {
  if (context.args.shard !== undefined && context.args.metrics.length > 0) {
    throw new UsageError(`--metric cannot be combined with --shard: a part file keeps every metric for "borderflow merge", which takes --metric`);
  }
}

/**
 * Looks at --metric before a run, compare or sweep starts: runs replication 0 of its scenarios, in order,
 * until every pattern has matched (usually the first scenario alone), and warns at once of a pattern that
 * matches nothing there, with the nearest metric. It only warns: a metric can be missing from replication
 * 0 and reported by a later one (a class that never arrived, a short horizon), so the result decides, as
 * it always did. Returns an executor that serves those replications from what it ran, not running them again.
 */
async function lookAtMetricsFirst(context: CommandContext, scenarios: readonly Scenario[], execute: UnitExecutor): Promise<UnitExecutor> {
  const { args, io } = context;
  if (args.metrics.length === 0) return execute;
  const matchers = args.metrics.map(metricMatcher);
  const probed = new Map<Scenario, ReplicationOutput>();
  const seen = new Set<string>();
  for (const scenario of scenarios) {
    if (matchers.every((m) => [...seen].some(m))) break;
    const [output] = await execute([{ scenario, replication: 0 }]);
    probed.set(scenario, output as ReplicationOutput);
    for (const path of metricPaths([output as ReplicationOutput])) seen.add(path);
  }
  const of = scenarios.length === 1 ? "that this scenario reports in replication 0" : "that these scenarios report in replication 0";
  const selection = selectMetrics(args.metrics, [...seen], of);
  if (!selection.ok) {
    io.stderr(terminalSafe(`borderflow ${args.command}: warning: ${selection.problems.join("; ")}; the study goes on, and --metric is checked again on its result\n`));
  }
  return async (units: readonly StudyUnit[]) => {
    const outputs: ReplicationOutput[] = new Array<ReplicationOutput>(units.length);
    const rest: StudyUnit[] = [];
    const restAt: number[] = [];
    units.forEach((u, i) => {
      const done = u.replication === 0 ? probed.get(u.scenario) : undefined;
      if (done !== undefined) outputs[i] = done;
      else {
        rest.push(u);
        restAt.push(i);
      }
    });
    if (rest.length > 0) (await execute(rest)).forEach((o, k) => { outputs[restAt[k] as number] = o; });
    return outputs;
  };
}

/** `borderflow run FILE`. */
export async function runRun(context: CommandContext): Promise<number> {
  const { args, io } = context;
  const file = oneFile(context);
  checkStudyOptions(context);
  checkShardMetrics(context);
  const scenario = readScenario(io, file, overridesOf(args));
  checkOut(context);
  return withPool(context, scenario.name, async (pool) => {
    const execute = await lookAtMetricsFirst(context, [scenario], pool);
    const { replications, done } = await fixReplications(context, scenario, execute);
    return finishStudy(context, runKind, { scenario, replications }, execute, done);
  });
}

/** `borderflow compare BASE OTHER...`: every scenario runs the base's seed and replications (common random numbers). */
export async function runCompare(context: CommandContext): Promise<number> {
  const { args, io } = context;
  if (args.files.length < 2) throw new UsageError(`compare needs at least two scenario files, got ${args.files.length}`);
  checkStudyOptions(context);
  checkShardMetrics(context);
  const read = args.files.map((f) => readScenario(io, f, overridesOf(args)));
  checkOut(context);
  const base = read[0] as Scenario;
  read.slice(1).forEach((s, i) => {
    if (s.seed !== base.seed) {
      io.stderr(`borderflow compare: "${args.files[i + 1]}" runs with the base's seed ${base.seed} (its file says ${s.seed}) so that the comparison is paired\n`);
    }
    // Its count is replaced as its seed is (fixReplications takes the base's): say so, as for the seed.
    if (s.replications !== base.replications && args.replications === undefined && args.precision === undefined) {
      io.stderr(`borderflow compare: "${args.files[i + 1]}" runs the base's ${base.replications} replications (its file says ${s.replications}) so that the comparison is paired\n`);
    }
  });
  // Results, their CSV rows and the differences are labelled by the scenario's name alone.
  read.forEach((s, i) => {
    const first = read.findIndex((t) => t.name === s.name);
    if (first < i) {
      io.stderr(terminalSafe(`borderflow compare: "${args.files[i]}" and "${args.files[first]}" are both named ${JSON.stringify(s.name)}, so their rows in the results ` +
        "cannot be told apart; give each file its own \"name\"\n"));
    }
  });
  const scenarios = read.map((s) => ({ ...s, seed: base.seed }) as Scenario);
  return withPool(context, "compare", async (pool) => {
    const execute = await lookAtMetricsFirst(context, scenarios, pool);
    const { replications, done } = await fixReplications(context, scenarios[0] as Scenario, execute);
    return finishStudy(context, compareKind, { scenarios, replications }, execute, done);
  }, (scenario) => {
    const at = scenarios.indexOf(scenario);
    return at < 0 ? `"${scenario.name}"` : `"${scenario.name}" (${args.files[at]})`;
  });
}

/** True for a `--set PATH=V1,V2,...` list of values; a JSON array or object value is one value, not a list. */
function isValueList(set: string): boolean {
  const value = set.slice(set.indexOf("=") + 1).trim();
  if (value.startsWith("[") || value.startsWith("{")) return false;
  const parsed = parseSweep(set);
  return parsed.ok && parsed.values.length > 1;
}

/** Whether a --set was written as a sweep's list: its value (after the first "=") holds a comma or is empty. */
function writtenAsList(set: string): boolean {
  const value = set.slice(set.indexOf("=") + 1).trim();
  return value === "" || value.includes(",");
}

/** `borderflow sweep FILE --set PATH=V1,V2,...`: one study per value, same seed (common random numbers). */
export async function runSweep(context: CommandContext): Promise<number> {
  const { args, io } = context;
  const file = oneFile(context);
  const lists = args.sets.filter(isValueList);
  // A list that does not parse ("3,,4", "=") is not counted as one: say what is wrong with it, not "got 0".
  const broken = lists.length === 0 ? args.sets.filter(writtenAsList).map(parseSweep).find((p) => !p.ok) : undefined;
  if (broken !== undefined && !broken.ok) throw new UsageError(formatProblems(broken.problems));
  if (lists.length !== 1) {
    throw new UsageError(`sweep needs exactly one --set PATH=V1,V2,... with two or more values, got ${lists.length}`);
  }
  const sweepSet = lists[0] as string;
  const parsed = parseSweep(sweepSet);
  if (!parsed.ok) throw new InputError(formatProblems(parsed.problems));
  // The sweep's points run one seed and the first point's replications: a swept seed would unpair them,
  // swept replications would run the first value's count at every point under each value's label.
  const why = notModelField(parsed.path);
  if (why !== undefined) throw new UsageError(`--set ${sweepSet}: ${why}`);
  const repeated = parsed.values.find((v, i) => parsed.values.indexOf(v) !== i);
  if (repeated !== undefined) throw new UsageError(`--set ${sweepSet}: the value ${JSON.stringify(repeated)} is given twice; its rows could not be told apart`);
  checkStudyOptions(context);
  checkShardMetrics(context);
  const others = args.sets.filter((s) => s !== sweepSet);
  const scenarios = parsed.values.map((v) => readScenario(io, file, overridesOf(args, [...others, `${parsed.path}=${JSON.stringify(v)}`])));
  checkOut(context);
  return withPool(context, `sweep ${parsed.path}`, async (pool) => {
    const execute = await lookAtMetricsFirst(context, scenarios, pool);
    const { replications, done } = await fixReplications(context, scenarios[0] as Scenario, execute);
    return finishStudy(context, sweepKind, { parameter: parsed.path, values: parsed.values, scenarios, replications }, execute, done);
  }, (scenario) => {
    const at = scenarios.indexOf(scenario);
    return `"${scenario.name}" at ${parsed.path}=${at < 0 ? "?" : JSON.stringify(parsed.values[at])}`;
  });
}

/** Options merge has no use for: the parts fix the scenario, seed and replications. */
const MERGE_IGNORES: readonly (readonly [string, (a: CliArgs) => boolean])[] = [
  ["--set", (a) => a.sets.length > 0], ["--replications", (a) => a.replications !== undefined], ["--seed", (a) => a.seed !== undefined],
  ["--horizon", (a) => a.horizon !== undefined], ["--warmup", (a) => a.warmup !== undefined], ["--precision", (a) => a.precision !== undefined],
  ["--max-replications", (a) => a.maxReplications !== undefined], ["--workers", (a) => a.workers !== undefined], ["--shard", (a) => a.shard !== undefined],
  ["--max-in-system", (a) => a.maxInSystem !== undefined], ["--max-arrivals", (a) => a.maxArrivals !== undefined],
  ["--max-events", (a) => a.maxEvents !== undefined],
];
/** The run caps: every merge runs the study's first replication again, under them, to check the parts' numbers. */
const MERGE_CAPS: readonly string[] = ["--max-in-system", "--max-arrivals", "--max-events"];
/** Options the merge of optimize parts uses besides: it runs the rest of the procedure, on worker threads. */
const OPTIMIZE_MERGE_USES: readonly string[] = ["--workers", ...MERGE_CAPS];

function refuseIgnored(ignored: readonly string[]): never {
  throw new UsageError(`merge combines finished parts and takes no ${ignored.join(", ")}; it allows only --format (with --decimal-comma), --out, --force, --quiet, --progress, --metric, --all ` +
    `and the run caps ${MERGE_CAPS.join(", ")} (and, for parts of optimize, whose merge runs the rest of the procedure, --workers); give study options to the sharded command`);
}

/**
 * Runs the study's first unit again, here, under the run caps, and refuses the parts unless the part
 * holding it has the same numbers: a part written by a borderflow whose model gives other numbers (an
 * older or newer version), or edited, would otherwise be merged into a result without a word. One
 * replication, on this thread: the check costs a merge what one replication of the study costs.
 */
function checkFirstUnit(context: CommandContext, first: NonNullable<Extract<MergeResult, { ok: true }>["first"]>): void {
  const { unit, output, file } = first;
  const what = `outputs[0] (scenario ${JSON.stringify(unit.scenario.name)}, replication ${unit.replication})`;
  let again: ReplicationOutput;
  try {
    again = runReplication(unit.scenario, unit.replication, limitsOf(context.args));
  } catch (error) {
    if (!(error instanceof RunLimitError)) throw error;
    throw new InputError(`${file}: ${what}, run again here to check the parts' numbers, stopped: ${error.message}; ` +
      `if the shards ran with raised caps, give merge the same ${MERGE_CAPS.join(", ")}`);
  }
  const difference = outputDifference(output, again);
  if (difference !== null) {
    throw new InputError(`${file}: ${what} is not what this borderflow computes for it, run again here: ${difference}; ` +
      "were the parts written by another version of borderflow, or edited? Merge them with the borderflow that wrote them, or run the shards again");
  }
}

/** The command a part file names, if it is an object with one. */
const commandOf = (data: unknown): unknown => (typeof data === "object" && data !== null ? (data as Record<string, unknown>)["command"] : undefined);

/** `borderflow merge PART...`: the result an unsharded run gives. */
export async function runMerge(context: CommandContext): Promise<number> {
  const { args, io } = context;
  if (args.files.length === 0) {
    throw new UsageError(`merge needs the part files written by --shard I/N of one of: ${[...Object.keys(STUDY_KINDS), "optimize"].join(", ")}`);
  }
  const ignored = MERGE_IGNORES.filter(([, given]) => given(args)).map(([name]) => name);
  if (ignored.some((name) => !OPTIMIZE_MERGE_USES.includes(name))) refuseIgnored(ignored);
  // Parts are read like scenario files: UTF-8, JSON without duplicate keys, errors by line and column.
  const parts = args.files.map((f) => {
    const parsed = parseJson(readText(io, f, "part "));
    if (!parsed.ok) throw new InputError(formatProblems(parsed.problems.map((p) => ({ file: f, ...p }))));
    return { file: f, data: parsed.value };
  });
  const optimize = parts.some((p) => commandOf(p.data) === "optimize");
  if (!optimize && ignored.some((name) => !MERGE_CAPS.includes(name))) refuseIgnored(ignored);
  const analysisPart = parts.map((p) => commandOf(p.data)).find((c) => c === "sensitivity" || c === "uncertainty");
  if (args.all && (optimize || analysisPart !== undefined)) {
    // Their tables are their own, not the headline rows --all widens, as the sharded commands refuse --all.
    throw new UsageError(`--all is not for merge of ${optimize ? "optimize" : String(analysisPart)} parts: ${optimize
      ? "the answer shows the study's metrics (--format json or csv has every configuration)"
      : `the parts report the metrics their sharded command chose (give --metric to "borderflow ${String(analysisPart)} --shard I/N")`}`);
  }
  checkOut(context);
  if (optimize) return mergeOptimization(context, parts);
  if (analysisPart !== undefined && args.metrics.length > 0) {
    // Their metrics were fixed when the shards chose their design (and their --metric); the merge cannot pick others.
    throw new UsageError(`merge of ${String(analysisPart)} parts does not take --metric: the parts report the metrics their sharded command chose (give --metric to "borderflow ${String(analysisPart)} --shard I/N")`);
  }
  const merged = mergeParts(parts);
  if (!merged.ok) throw new InputError(merged.problems.join("\n"));
  if (merged.first !== undefined) checkFirstUnit(context, merged.first);
  const analysis = merged.command === "sensitivity" || merged.command === "uncertainty" ? merged.command : undefined;
  if (analysis === undefined) writeResult(context, merged.result, merged.rows);
  else {
    // An analysis has at least one design point, so its parts hold a first run; its model gives the units.
    const model = merged.first?.unit.scenario.model;
    if (model === undefined) throw new InputError(`merge: the ${analysis} parts hold no run`);
    emit(context, renderAnalysis(context, analysis, merged.result, model));
  }
  return 0;
}
