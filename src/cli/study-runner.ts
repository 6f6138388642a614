// What every study command shares: a worker pool with a progress bar, the --shard rules, the
// --precision phase that fixes the replication count, and writing a part or a result. A new study
// command builds its study kind's spec (src/scenario/study/study-kind.ts) and calls finishStudy.
import {
  runShardOfStudy, runStudy, runWholeStudy, rowsToCsv, modelsOf, studyPlan, type RowModel,
  type ReplicationOutput, type ResultRow, type Scenario, type StudyKind, type StudyRun, type UnitExecutor,
} from "../scenario/index.js";
import { selectMetrics } from "../scenario/output/metric-filter.js";
import { selectResultJson, studiesOf } from "../scenario/output/select-json.js";
import { tableRows } from "../scenario/output/table-rows.js";
import { type ScenarioNamer, unitPool } from "../scenario/workers/worker-pool.js";
import { DEFAULT_RUN_LIMITS, RunLimitError, type RunLimits } from "../model/index.js";
import { UsageError, type CliArgs } from "./args.js";
import { InputError, type CommandContext } from "./command-context.js";
import { formatTable } from "./format-table.js";
import { emitResult, formatName } from "./emit-result.js";
import { progressBar, progressMode } from "./progress.js";

/** The run-time caps: --max-in-system, --max-arrivals and --max-events over the defaults. */
export function limitsOf(args: CliArgs): RunLimits {
  return {
    maxInSystem: args.maxInSystem ?? DEFAULT_RUN_LIMITS.maxInSystem,
    maxArrivals: args.maxArrivals ?? DEFAULT_RUN_LIMITS.maxArrivals,
    maxEvents: args.maxEvents ?? DEFAULT_RUN_LIMITS.maxEvents,
  };
}

/** Bad input of one kind: a replication stopped by a run cap, "stopped: ..." (a command may add what to do). */
export class StoppedByCapError extends InputError {}

/**
 * A run stopped by a cap as bad input, "stopped: ..." (the message says what grew, where, and which
 * option raises the cap); any other error as it is.
 */
function stoppedByCap(error: unknown): unknown {
  return error instanceof RunLimitError ? new StoppedByCapError(`stopped: ${error.message}`) : error;
}

/**
 * Runs `work` on this thread under the run caps: a run stopped by a cap is bad input, "stopped: ...",
 * as withPool makes it too.
 */
export function underCaps<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw stoppedByCap(error);
  }
}

/**
 * Runs `work` with a pool of --workers threads and a progress bar labelled `label`, then stops both.
 * `nameOf` names the scenario of a replication that fails (by default its name in quotes).
 */
export async function withPool<T>(context: CommandContext, label: string, work: (execute: UnitExecutor) => Promise<T>, nameOf?: ScenarioNamer): Promise<T> {
  const bar = progressBar(context.io, progressMode(context.io, context.args), label);
  const pool = unitPool(context.workers, () => bar.tick(), limitsOf(context.args), nameOf);
  try {
    return await work((units) => {
      bar.grow(units.length);
      return pool.execute(units);
    });
  } catch (error) {
    if (error instanceof RunLimitError) throw stoppedByCap(error);
    if (error instanceof RangeError) throw new InputError(error.message);
    throw error;
  } finally {
    bar.done();
    await pool.close();
  }
}

/**
 * The checks of a study's options every study command makes before any work: refuses --shard with what
 * a shard cannot do (print a table or CSV: a part is JSON for merge; follow --precision: a shard cannot
 * see the others' outputs), and, sharded or not, --max-replications without the --precision it bounds.
 */
export function checkStudyOptions(context: CommandContext): void {
  const { args } = context;
  // Checked here, where every study command starts: --max-replications bounds --precision and nothing else.
  if (args.maxReplications !== undefined && args.precision === undefined) {
    const takesPrecision = ["run", "compare", "sweep"].includes(args.command);
    throw new UsageError(`--max-replications is the most replications --precision may run, and ${args.command} was given no --precision; ` +
      (takesPrecision ? "give --replications N for a fixed count, or --precision R with it" : `${args.command} runs a fixed count: give --replications N`));
  }
  if (args.shard === undefined) return;
  if (args.format !== undefined && args.format !== "json") {
    throw new UsageError(`--shard writes a part file for "borderflow merge", which is JSON; --format ${args.format} is not allowed with it`);
  }
  if (args.precision !== undefined) {
    throw new UsageError("--precision cannot be combined with --shard (a shard cannot see the other shards' outputs); give a fixed --replications to shard a study");
  }
}

/**
 * The replications every scenario of a study runs: the first scenario's, or, with --precision, as
 * many as the precision rule needs for it (then `done` holds its outputs, the study's first units).
 */
export async function fixReplications(context: CommandContext, first: Scenario, execute: UnitExecutor): Promise<{ replications: number; done: ReplicationOutput[] }> {
  const { args } = context;
  if (args.precision === undefined || args.shard !== undefined) return { replications: first.replications, done: [] };
  const request = args.maxReplications === undefined ? { precision: args.precision } : { precision: args.precision, maxReplications: args.maxReplications };
  const run = await runStudy(studyPlan(first, request), (indices) => execute(indices.map((replication) => ({ scenario: first, replication }))));
  warnPrecision(context, first.name, run);
  return { replications: run.outputs.length, done: run.outputs };
}

/**
 * Finishes a study of any kind: with --shard, runs that shard's units and writes the part file for
 * `merge`; otherwise runs the units not in `done` and writes the result in --format.
 */
export async function finishStudy<S, R>(context: CommandContext, kind: StudyKind<S, R>, spec: S, execute: UnitExecutor, done: readonly ReplicationOutput[] = []): Promise<number> {
  const { args } = context;
  if (args.shard !== undefined) {
    emitResult(context, `${JSON.stringify(await runShardOfStudy(kind, spec, args.shard, execute))}\n`,
      `JSON part ${args.shard.index}/${args.shard.count} of the ${kind.command} study, for borderflow merge`);
    return 0;
  }
  const result = await runWholeStudy(kind, spec, execute, done);
  writeResult(context, result, kind.rows(result));
  return 0;
}

/** Says on standard error which headline metrics --precision did not reach. */
export function warnPrecision(context: CommandContext, name: string, run: StudyRun): void {
  if (run.precisionNotMet.length > 0) {
    context.io.stderr(
      `borderflow: "${name}": --precision ${context.args.precision} not reached after ${run.outputs.length} replications ` +
        `(the most --max-replications allows) for: ${run.precisionNotMet.join(", ")}\n`,
    );
  }
}

/**
 * Writes a result in --format (render), and after --out says on standard error what was written where.
 */
export function writeResult(context: CommandContext, json: unknown, rows: readonly ResultRow[]): void {
  const { text, rows: count } = renderCounted(context, json, rows);
  const studies = studiesOf(json);
  const subject = studies.length === 1 ? `"${studies[0]?.scenario}"` : `${studies.length} studies`;
  emitResult(context, text, `${formatName(context.args.format)} of the ${context.args.command} result of ${subject}, ${count} ${count === 1 ? "row" : "rows"}`);
}

/**
 * The result in --format. A table shows the headline metrics with their units (every metric with --all,
 * the --metric ones when given); CSV and JSON hold every metric unless --metric selects some (JSON keeps
 * its shape with only the selected estimates).
 */
export function render(context: CommandContext, json: unknown, rows: readonly ResultRow[]): string {
  return renderCounted(context, json, rows).text;
}

function renderCounted(context: CommandContext, json: unknown, rows: readonly ResultRow[]): { text: string; rows: number } {
  const { args } = context;
  const format = args.format ?? "table";
  const studies = studiesOf(json);
  const models = modelsOf(studies);
  if (format === "table") {
    // As rowsToCsv does: every row's scenario is one of the result's studies, so a missing model is a bug.
    const modelOf = (scenario: string): RowModel => {
      const model = models.get(scenario);
      if (model === undefined) throw new RangeError(`render: no model for the scenario of a row, "${scenario}"`);
      return model;
    };
    const table = tableRows(rows, modelOf, { patterns: args.metrics, all: args.all });
    if (!table.ok) throw new InputError(table.problems.join("\n"));
    const more = table.headline && table.hidden > 0
      ? `\n${table.hidden} more rows with --all, or choose metrics with --metric PATTERN (such as --metric 'stations.*.utilization'); --format csv or json has every metric.\n`
      : "";
    return { text: formatTable(table.rows, studies[0]?.scenario) + more, rows: table.rows.length };
  }
  const selection = selectMetrics(args.metrics, [...new Set(rows.map((r) => r.metric))]);
  if (!selection.ok) throw new InputError(selection.problems.join("\n"));
  const keep = new Set(selection.metrics);
  const selected = rows.filter((r) => keep.has(r.metric));
  if (format === "json") {
    const whole = args.metrics.length === 0 ? json : selectResultJson(json, (metric) => keep.has(metric));
    return { text: `${JSON.stringify(whole, null, 2)}\n`, rows: selected.length };
  }
  return { text: rowsToCsv(selected, models), rows: selected.length };
}
