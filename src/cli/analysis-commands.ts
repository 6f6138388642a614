import { headlineMetrics, loadScenario, metricPaths, runReplication, type ReplicationOutput, type Scenario } from "../scenario/index.js";
import { pairedInputs, DesignPointError, type ScenarioSource } from "../scenario/study/analysis/design-inputs.js";
import type { AnalysisUnit } from "../scenario/study/analysis/design-point.js";
import { sensitivitySpec, sensitivityUnits, summarizeSensitivity } from "../scenario/study/analysis/sensitivity.js";
import { summarizeUncertainty, uncertaintySpec, uncertaintyUnits } from "../scenario/study/analysis/uncertainty.js";
import { sensitivityCsv, uncertaintyCsv } from "../scenario/output/analysis-csv.js";
import { selectMetrics } from "../scenario/output/metric-filter.js";
import { splitAssignment } from "../scenario/format/override-syntax.js";
import { runUnitsOnThreads } from "../scenario/workers/unit-pool.js";
import { UsageError } from "./args.js";
import { sensitivityTable, uncertaintyTable } from "./analysis-table.js";
import { InputError, type CommandContext } from "./command-context.js";
import { progressBar } from "./progress.js";
import { checkOut, emit, overridesOf, readScenario } from "./scenario-input.js";

/** FILE (and BASE) read and checked, with the means to load them again at a design point. */
interface AnalysisFiles {
  readonly scenario: Scenario;
  readonly source: ScenarioSource;
  readonly base?: { readonly scenario: Scenario; readonly source: ScenarioSource };
}

function readFiles(context: CommandContext): AnalysisFiles {
  const { args, io } = context;
  const [file, ...extra] = args.files;
  if (file === undefined || extra.length > 0) throw new UsageError(`${args.command} takes exactly one scenario file (and --against BASE), got ${args.files.length}`);
  if (args.shard !== undefined) throw new UsageError(`--shard is not yet available for ${args.command}; it runs whole studies`);
  if (args.precision !== undefined) throw new UsageError(`--precision is not available for ${args.command}: every design point runs the same replications, so that points are paired`);
  const overrides = overridesOf(args);
  const open = (name: string): { scenario: Scenario; source: ScenarioSource } => {
    const scenario = readScenario(io, name, overrides);
    const text = io.readFile(name);
    return { scenario, source: (more) => loadScenario(text, name, [...overrides, ...more]) };
  };
  const main = open(file);
  return { ...main, ...(args.against === undefined ? {} : { base: open(args.against) }) };
}

/** The dotted paths the user fixed with --set: declared inputs on them are held, not varied. */
function fixedPaths(context: CommandContext): Set<string> {
  const fixed = new Set<string>();
  for (const set of context.args.sets) {
    const split = splitAssignment(set);
    if (split.ok) fixed.add(split.assignment.segments.join("."));
  }
  return fixed;
}

/**
 * The metrics to report: the headline metrics, or those --metric selects among the metrics a
 * replication of FILE (and of BASE) reports, checked before the study starts.
 */
function chooseMetrics(context: CommandContext, files: AnalysisFiles): string[] {
  if (context.args.metrics.length === 0) return headlineMetrics(files.scenario);
  let available = metricPaths([runReplication(files.scenario, 0)]);
  if (files.base !== undefined) {
    const inBase = new Set(metricPaths([runReplication(files.base.scenario, 0)]));
    available = available.filter((m) => inBase.has(m));
  }
  const selection = selectMetrics(context.args.metrics, available);
  if (!selection.ok) throw new InputError(selection.problems.join("\n"));
  return [...selection.metrics];
}

/** Runs units on the worker threads, in unit order, with a progress bar. */
async function runUnits(context: CommandContext, units: readonly AnalysisUnit[], label: string): Promise<ReplicationOutput[]> {
  const bar = progressBar(context.io, context.args.quiet, label);
  bar.grow(units.length);
  try {
    return await runUnitsOnThreads(units, context.workers, () => bar.tick());
  } finally {
    bar.done();
  }
}

function design<T>(make: () => T): T {
  try {
    return make();
  } catch (error) {
    if (error instanceof DesignPointError || error instanceof RangeError) throw new InputError(error.message);
    throw error;
  }
}

function noteHeld(context: CommandContext, held: readonly string[]): void {
  if (held.length > 0) context.io.stderr(`borderflow ${context.args.command}: held at the --set value, not varied: ${held.join(", ")}\n`);
}

/** `borderflow sensitivity FILE [--against BASE] [--method oat|morris] [--trajectories R]`. */
export async function runSensitivity(context: CommandContext): Promise<number> {
  const { args, io } = context;
  const files = readFiles(context);
  checkOut(context);
  const metrics = chooseMetrics(context, files);
  const { inputs, held } = pairedInputs(files.scenario, files.base?.scenario, fixedPaths(context));
  noteHeld(context, held);
  const method = args.method ?? "oat";
  const spec = design(() => sensitivitySpec({ method, ...(args.trajectories === undefined ? {} : { trajectories: args.trajectories }), metrics, held }, inputs, files.source, files.base?.source));
  const outputs = await runUnits(context, sensitivityUnits(spec), `${spec.scenario} ${method}`);
  const result = design(() => summarizeSensitivity(spec, outputs));
  const format = args.format ?? "table";
  emit(context, format === "json" ? `${JSON.stringify(result, null, 2)}\n` : format === "csv" ? sensitivityCsv(result) : sensitivityTable(result));
  return 0;
}

/** `borderflow uncertainty FILE [--against BASE] --samples N`. */
export async function runUncertainty(context: CommandContext): Promise<number> {
  const { args, io } = context;
  if (args.samples === undefined) throw new UsageError("uncertainty needs --samples N, the number of plausible worlds to draw (such as 20)");
  const files = readFiles(context);
  checkOut(context);
  const metrics = chooseMetrics(context, files);
  const { inputs, held } = pairedInputs(files.scenario, files.base?.scenario, fixedPaths(context));
  noteHeld(context, held);
  const samples = args.samples;
  const spec = design(() => uncertaintySpec({ samples, metrics, held }, inputs, files.source, files.base?.source));
  const outputs = await runUnits(context, uncertaintyUnits(spec), `${spec.scenario} ${samples} worlds`);
  const result = design(() => summarizeUncertainty(spec, outputs));
  const format = args.format ?? "table";
  emit(context, format === "json" ? `${JSON.stringify(result, null, 2)}\n` : format === "csv" ? uncertaintyCsv(result) : uncertaintyTable(result));
  return 0;
}
