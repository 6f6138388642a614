import {
  comparisonRows, formatProblems, makePart, mergeParts, pairedDifferences, parseSweep, rowsToCsv, runStudy,
  studyPlan, studyHeader, studyRows, summarizeStudy, sweepRows,
  type ComparisonResult, type ReplicationOutput, type ResultRow, type Scenario, type StudyRun, type SweepResult,
} from "../scenario/index.js";
import { selectMetrics } from "../scenario/output/metric-filter.js";
import { replicationPool } from "../scenario/workers/worker-pool.js";
import { UsageError } from "./args.js";
import { formatTable } from "./format-table.js";
import { InputError, type CommandContext } from "./command-context.js";
import { progressBar } from "./progress.js";
import { checkOut, emit, overridesOf, readScenario } from "./scenario-input.js";

async function study(context: CommandContext, scenario: Scenario, label: string, replications?: number): Promise<StudyRun> {
  const { args, io } = context;
  const bar = progressBar(io, args.quiet, label);
  const pool = replicationPool(scenario, context.workers, () => bar.tick());
  try {
    const plan = studyPlan(scenario, args, replications);
    return await runStudy(plan, (indices) => {
      bar.grow(indices.length);
      return pool.execute(indices);
    });
  } catch (error) {
    if (error instanceof RangeError) throw new InputError(error.message);
    throw error;
  } finally {
    bar.done();
    await pool.close();
  }
}

function warnPrecision(context: CommandContext, name: string, run: StudyRun): void {
  if (run.precisionNotMet.length > 0) {
    context.io.stderr(
      `borderflow: "${name}": --precision ${context.args.precision} not reached after ${run.outputs.length} replications ` +
        `(the most --max-replications allows) for: ${run.precisionNotMet.join(", ")}\n`,
    );
  }
}

function render(context: CommandContext, json: unknown, rows: readonly ResultRow[]): string {
  const format = context.args.format ?? "table";
  if (format === "json") return `${JSON.stringify(json, null, 2)}\n`;
  const names = [...new Set(rows.map((r) => r.metric))];
  const selection = selectMetrics(context.args.metrics, names);
  if (!selection.ok) throw new InputError(selection.problems.join("\n"));
  const keep = new Set(selection.metrics);
  const selected = rows.filter((r) => keep.has(r.metric));
  return format === "csv" ? rowsToCsv(selected) : formatTable(selected);
}

function oneFile(context: CommandContext): string {
  const [file, ...extra] = context.args.files;
  if (file === undefined || extra.length > 0) {
    throw new UsageError(`${context.args.command} takes exactly one scenario file, got ${context.args.files.length}`);
  }
  return file;
}

/** `borderflow run FILE`. */
export async function runRun(context: CommandContext): Promise<number> {
  const { args, io } = context;
  const file = oneFile(context);
  const scenario = readScenario(io, file, overridesOf(args));
  checkOut(args, io);
  if (args.shard !== undefined && args.format !== undefined && args.format !== "json") {
    throw new UsageError(`--shard writes a part file for "borderflow merge", which is JSON; --format ${args.format} is not allowed with it`);
  }
  const run = await study(context, scenario, scenario.name);
  if (args.shard !== undefined) {
    emit(args, io, `${JSON.stringify(makePart(scenario, args.shard, run.outputs))}\n`);
    return 0;
  }
  warnPrecision(context, scenario.name, run);
  const result = summarizeStudy(studyHeader(scenario), run.outputs);
  emit(args, io, render(context, result, studyRows(result)));
  return 0;
}

/** `borderflow compare BASE OTHER...`: every scenario runs the base's seed and replications (common random numbers). */
export async function runCompare(context: CommandContext): Promise<number> {
  const { args, io } = context;
  if (args.files.length < 2) throw new UsageError(`compare needs at least two scenario files, got ${args.files.length}`);
  if (args.shard !== undefined) throw new UsageError("--shard is for run; compare runs whole studies");
  const scenarios = args.files.map((f) => readScenario(io, f, overridesOf(args)));
  checkOut(args, io);
  const base = scenarios[0] as Scenario;
  const baseRun = await study(context, base, base.name);
  warnPrecision(context, base.name, baseRun);
  const runs: { scenario: Scenario; outputs: ReplicationOutput[] }[] = [{ scenario: base, outputs: baseRun.outputs }];
  for (const [i, s] of scenarios.slice(1).entries()) {
    if (s.seed !== base.seed) {
      io.stderr(`borderflow compare: "${args.files[i + 1]}" runs with the base's seed ${base.seed} (its file says ${s.seed}) so that the comparison is paired\n`);
    }
    const aligned = { ...s, seed: base.seed } as Scenario;
    const run = await study(context, aligned, s.name, baseRun.outputs.length);
    runs.push({ scenario: aligned, outputs: run.outputs });
  }
  const comparison: ComparisonResult = {
    results: runs.map((r) => summarizeStudy(studyHeader(r.scenario), r.outputs)),
    differences: runs.slice(1).flatMap((r) =>
      pairedDifferences({ scenario: base.name, outputs: baseRun.outputs }, { scenario: r.scenario.name, outputs: r.outputs })),
  };
  emit(args, io, render(context, comparison, comparisonRows(comparison)));
  return 0;
}

/** True for a `--set PATH=V1,V2,...` list of values; a JSON array or object value is one value, not a list. */
function isValueList(set: string): boolean {
  const value = set.slice(set.indexOf("=") + 1).trim();
  if (value.startsWith("[") || value.startsWith("{")) return false;
  const parsed = parseSweep(set);
  return parsed.ok && parsed.values.length > 1;
}

/** `borderflow sweep FILE --set PATH=V1,V2,...`: one study per value, same seed (common random numbers). */
export async function runSweep(context: CommandContext): Promise<number> {
  const { args, io } = context;
  const file = oneFile(context);
  const lists = args.sets.filter(isValueList);
  if (lists.length !== 1) {
    throw new UsageError(`sweep needs exactly one --set PATH=V1,V2,... with two or more values, got ${lists.length}`);
  }
  const sweepSet = lists[0] as string;
  const parsed = parseSweep(sweepSet);
  if (!parsed.ok) throw new InputError(formatProblems(parsed.problems));
  if (args.shard !== undefined) throw new UsageError("--shard is for run; sweep runs whole studies");
  const others = args.sets.filter((s) => s !== sweepSet);
  const scenarios = parsed.values.map((v) => readScenario(io, file, overridesOf(args, [...others, `${parsed.path}=${JSON.stringify(v)}`])));
  checkOut(args, io);
  const results = [];
  let replications: number | undefined;
  for (const [i, s] of scenarios.entries()) {
    const run = await study(context, s, `${parsed.path}=${JSON.stringify(parsed.values[i])}`, replications);
    warnPrecision(context, s.name, run);
    replications ??= run.outputs.length;
    results.push(summarizeStudy(studyHeader(s), run.outputs));
  }
  const sweep: SweepResult = { parameter: parsed.path, values: parsed.values, results };
  emit(args, io, render(context, sweep, sweepRows(sweep)));
  return 0;
}

/** `borderflow merge PART...`: the result an unsharded run gives. */
export async function runMerge(context: CommandContext): Promise<number> {
  const { args, io } = context;
  if (args.files.length === 0) throw new UsageError("merge needs the part files written by run --shard");
  const parts = args.files.map((f) => {
    try {
      return { file: f, data: JSON.parse(io.readFile(f)) as unknown };
    } catch (error) {
      throw new InputError(`cannot read part "${f}": ${error instanceof SyntaxError ? "not JSON" : ((error as { code?: string }).code ?? String(error))}`);
    }
  });
  checkOut(args, io);
  const merged = mergeParts(parts);
  if (!merged.ok) throw new InputError(merged.problems.join("\n"));
  const result = summarizeStudy(studyHeader(merged.scenario), merged.outputs);
  emit(args, io, render(context, result, studyRows(result)));
  return 0;
}
