import {
  headlineMetrics, loadScenario, metricPaths, runReplication, runShardOfStudy, runWholeStudy, sensitivityKind, uncertaintyKind,
  type Scenario, type UnitExecutor,
} from "../scenario/index.js";
import { heldInputs } from "../scenario/format/uncertain-inputs.js";
import { pairedInputs, DesignPointError, type ScenarioSource } from "../scenario/study/analysis/design-inputs.js";
import { sensitivitySpec, type SensitivityResult } from "../scenario/study/analysis/sensitivity.js";
import { uncertaintySpec, type UncertaintyResult } from "../scenario/study/analysis/uncertainty.js";
import { sensitivityCsv, uncertaintyCsv } from "../scenario/output/analysis-csv.js";
import type { RowModel } from "../scenario/output/result-csv.js";
import { designScenarioName, type DesignPoint } from "../scenario/study/analysis/design-point.js";
import { selectMetrics } from "../scenario/output/metric-filter.js";
import type { StudyKind } from "../scenario/study/study-kind.js";
import { UsageError } from "./args.js";
import { sensitivityTable, uncertaintyTable } from "./analysis-table.js";
import { InputError, type CommandContext } from "./command-context.js";
import { checkOut, emit, overridesOf, readScenario } from "./scenario-input.js";
import { checkStudyOptions, limitsOf, underCaps, withPool } from "./study-runner.js";

/** FILE (and BASE) read and checked, with the means to load them again at a design point. */
interface AnalysisFiles {
  readonly scenario: Scenario;
  readonly source: ScenarioSource;
  readonly held: readonly string[];
  readonly base?: { readonly scenario: Scenario; readonly source: ScenarioSource };
}

function readFiles(context: CommandContext): AnalysisFiles {
  const { args, io } = context;
  const [file, ...extra] = args.files;
  if (file === undefined || extra.length > 0) throw new UsageError(`${args.command} takes exactly one scenario file (and --against BASE), got ${args.files.length}`);
  if (args.precision !== undefined) throw new UsageError(`--precision is not available for ${args.command}: every design point runs the same replications, so that points are paired`);
  checkStudyOptions(context);
  const overrides = overridesOf(args);
  const open = (name: string): { scenario: Scenario; source: ScenarioSource; held: string[] } => {
    const scenario = readScenario(io, name, overrides);
    const text = io.readFile(name);
    // The declarations as the file makes them (before --set), to say which ones a --set holds.
    const plain = loadScenario(text, name, overridesOf(args, []));
    return { scenario, source: (more) => loadScenario(text, name, [...overrides, ...more]), held: plain.ok ? heldInputs(plain.scenario, args.sets) : [] };
  };
  const main = open(file);
  if (args.against === undefined) return main;
  const base = open(args.against);
  // BASE runs with FILE's seed and replications, so that every design point is paired: say so, as compare does.
  for (const [what, theirs, ours, given] of [
    ["seed", base.scenario.seed, main.scenario.seed, args.seed !== undefined],
    ["replications", base.scenario.replications, main.scenario.replications, args.replications !== undefined],
  ] as const) {
    if (!given && theirs !== ours) {
      io.stderr(`borderflow ${args.command}: "${args.against}" runs with the ${what} of "${file}", ${ours} (its file says ${theirs}), so that every design point is paired\n`);
    }
  }
  return { ...main, held: [...new Set([...main.held, ...base.held])], base };
}

/**
 * The metrics to report: the headline metrics, or those --metric selects among the metrics a
 * replication of FILE (and of BASE) reports, checked before the study starts.
 */
function chooseMetrics(context: CommandContext, files: AnalysisFiles): string[] {
  if (context.args.metrics.length === 0) return headlineMetrics(files.scenario);
  // Under the run caps, like every replication of the study: a queue with rho >= 1 stops here with their message.
  const limits = limitsOf(context.args);
  const probe = (scenario: Scenario): string[] => underCaps(() => metricPaths([runReplication(scenario, 0, limits)]));
  let available = probe(files.scenario);
  if (files.base !== undefined) {
    const inBase = new Set(probe(files.base.scenario));
    available = available.filter((m) => inBase.has(m));
  }
  const selection = selectMetrics(context.args.metrics, available);
  if (!selection.ok) throw new InputError(selection.problems.join("\n"));
  return [...selection.metrics];
}

function design<T>(make: () => T): T {
  try {
    return make();
  } catch (error) {
    if (error instanceof DesignPointError || error instanceof RangeError) throw new InputError(error.message);
    throw error;
  }
}

/** A sensitivity or uncertainty result in --format (table and CSV are the analysis's own, not generic rows). */
export function renderAnalysis(context: CommandContext, command: "sensitivity" | "uncertainty", result: unknown, model: RowModel): string {
  const format = context.args.format ?? "table";
  if (format === "json") return `${JSON.stringify(result, null, 2)}\n`;
  if (command === "sensitivity") return format === "csv" ? sensitivityCsv(result as SensitivityResult, model) : sensitivityTable(result as SensitivityResult, model);
  return format === "csv" ? uncertaintyCsv(result as UncertaintyResult, model) : uncertaintyTable(result as UncertaintyResult, model);
}

/** The model of a design's scenarios (every point's is its file's); its metrics' units depend on it. */
function modelOfDesign(points: readonly DesignPoint[]): RowModel {
  const first = points[0];
  if (first === undefined) throw new RangeError("modelOfDesign: a design without points");
  return first.scenario.model;
}

/** Runs the study (or, with --shard, its shard's units into a part file) and writes the output. */
async function finish<S extends { readonly points: readonly DesignPoint[]; readonly inputs: readonly { readonly path: string }[] }>(
  context: CommandContext, kind: StudyKind<S, unknown>, spec: S, label: string,
): Promise<number> {
  const { args, io } = context;
  return withPool(context, label, async (execute: UnitExecutor) => {
    if (args.shard !== undefined) {
      emit(context, `${JSON.stringify(await runShardOfStudy(kind, spec, args.shard, execute))}\n`);
      return 0;
    }
    const result = await runWholeStudy(kind, spec, execute);
    emit(context, renderAnalysis(context, kind.command as "sensitivity" | "uncertainty", result, modelOfDesign(spec.points)));
    return 0;
  }, (scenario) => designScenarioName(spec, scenario)); // the design point whose scenario (or base) failed
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
  noteHeld(context, files.held);
  const method = args.method ?? "oat";
  const inputs = pairedInputs(files.scenario, files.base?.scenario);
  const trajectories = args.trajectories === undefined ? {} : { trajectories: args.trajectories };
  const spec = design(() => sensitivitySpec({ method, ...trajectories, metrics, held: files.held }, inputs, files.source, files.base?.source));
  return finish(context, sensitivityKind, spec, `${spec.scenario} ${method}`);
}

/** `borderflow uncertainty FILE [--against BASE] --samples N`. */
export async function runUncertainty(context: CommandContext): Promise<number> {
  const { args, io } = context;
  if (args.samples === undefined) throw new UsageError("uncertainty needs --samples N, the number of plausible worlds to draw (such as 20)");
  const files = readFiles(context);
  checkOut(context);
  const metrics = chooseMetrics(context, files);
  noteHeld(context, files.held);
  const samples = args.samples;
  const inputs = pairedInputs(files.scenario, files.base?.scenario);
  const spec = design(() => uncertaintySpec({ samples, metrics, held: files.held }, inputs, files.source, files.base?.source));
  return finish(context, uncertaintyKind, spec, `${spec.scenario} ${samples} worlds`);
}
