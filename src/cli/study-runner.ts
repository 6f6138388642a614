// What every study command shares: a worker pool with a progress bar, the --shard rules, the
// --precision phase that fixes the replication count, and writing a part or a result. A new study
// command builds its study kind's spec (src/scenario/study/study-kind.ts) and calls finishStudy.
import {
  runShardOfStudy, runStudy, runWholeStudy, rowsToCsv, studyPlan,
  type ReplicationOutput, type ResultRow, type Scenario, type StudyKind, type StudyRun, type UnitExecutor,
} from "../scenario/index.js";
import { selectMetrics } from "../scenario/output/metric-filter.js";
import { unitPool } from "../scenario/workers/worker-pool.js";
import { DEFAULT_RUN_LIMITS, RunLimitError, type RunLimits } from "../model/index.js";
import { UsageError, type CliArgs } from "./args.js";
import { InputError, type CommandContext } from "./command-context.js";
import { formatTable } from "./format-table.js";
import { progressBar } from "./progress.js";
import { emit } from "./scenario-input.js";

/** Runs `work` with a pool of --workers threads and a progress bar labelled `label`, then stops both. */
/** The run-time caps: --max-in-system and --max-arrivals over the defaults. */
export function limitsOf(args: CliArgs): RunLimits {
  return { maxInSystem: args.maxInSystem ?? DEFAULT_RUN_LIMITS.maxInSystem, maxArrivals: args.maxArrivals ?? DEFAULT_RUN_LIMITS.maxArrivals };
}

export async function withPool<T>(context: CommandContext, label: string, work: (execute: UnitExecutor) => Promise<T>): Promise<T> {
  const bar = progressBar(context.io, context.args.quiet, label);
  const pool = unitPool(context.workers, () => bar.tick(), limitsOf(context.args));
  try {
    return await work((units) => {
      bar.grow(units.length);
      return pool.execute(units);
    });
  } catch (error) {
    // A run stopped by a cap is bad input too: the message says what grew, where, and which option raises the cap.
    if (error instanceof RunLimitError) throw new InputError(`stopped: ${error.message}`);
    if (error instanceof RangeError) throw new InputError(error.message);
    throw error;
  } finally {
    bar.done();
    await pool.close();
  }
}

/**
 * Refuses --shard with what a shard cannot do, before any work: print a table or CSV (a part is
 * JSON for merge), or follow --precision (a shard cannot see the others' outputs).
 */
export function checkShard(context: CommandContext): void {
  const { args } = context;
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
    emit(context, `${JSON.stringify(await runShardOfStudy(kind, spec, args.shard, execute))}\n`);
    return 0;
  }
  const result = await runWholeStudy(kind, spec, execute, done);
  emit(context, render(context, result, kind.rows(result)));
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

/** The result in --format: JSON as is, or CSV or a table of its rows (only the --metric ones when given). */
export function render(context: CommandContext, json: unknown, rows: readonly ResultRow[]): string {
  const format = context.args.format ?? "table";
  if (format === "json") return `${JSON.stringify(json, null, 2)}\n`;
  const names = [...new Set(rows.map((r) => r.metric))];
  const selection = selectMetrics(context.args.metrics, names);
  if (!selection.ok) throw new InputError(selection.problems.join("\n"));
  const keep = new Set(selection.metrics);
  const selected = rows.filter((r) => keep.has(r.metric));
  return format === "csv" ? rowsToCsv(selected) : formatTable(selected);
}
