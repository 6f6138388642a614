import { formatProblems, loadScenario, type Scenario } from "../scenario/index.js";
import type { OptimizationStudy } from "../scenario/format/optimization-study-schema.js";
import { optimizationCsv } from "../scenario/output/optimization-output.js";
import { cachingExecutor } from "../scenario/study/optimize/caching-executor.js";
import { configurationAt, configurationCount, configurationOverrides, configurationScenarioName } from "../scenario/study/optimize/configurations.js";
import { firstBatch } from "../scenario/study/optimize/first-batch.js";
import { checkConfigurations, checkStudyAgainstScenario, loadOptimizationStudy, metricField, overriddenDecisions } from "../scenario/study/optimize/load-study.js";
import { batchProblems, checkOptimizationParts, runOptimizationShard, type OptimizationPartSpec } from "../scenario/study/optimize/optimization-part.js";
import { outputDifference } from "../scenario/study/replication-output.js";
import type { OptimizationResult } from "../scenario/study/optimize/optimization-result.js";
import { MissingMetricError, runOptimization, type OptimizationExecutor } from "../scenario/study/optimize/run-optimization.js";
import { UsageError } from "./args.js";
import { InputError, type CommandContext } from "./command-context.js";
import { emitResult, formatName } from "./emit-result.js";
import { optimizationTable } from "./optimization-table.js";
import { checkOut, overridesOf, readText, studyScenarioFile } from "./scenario-input.js";
import { checkStudyOptions, StoppedByCapError, withPool } from "./study-runner.js";
import type { ReplicationOutput, UnitExecutor } from "../scenario/index.js";

/** An optimisation study with everything needed to run it: what a part file carries, less the batch size. */
type StudyInput = Omit<OptimizationPartSpec, "batch">;

/** A study ready to run: its base scenario, and each configuration's scenario by index. */
interface PreparedStudy {
  readonly study: OptimizationStudy;
  readonly scenario: Scenario;
  scenarioOf(index: number): Scenario;
  /** Names a configuration's scenario for an error: the scenario's name and the configuration's decisions. */
  nameOf(scenario: Scenario): string;
}

/**
 * Checks a study against its scenario and loads its configurations: every configuration of a space
 * run whole (and of any space up to 10,000; a larger one's corners) before anything runs, so that a
 * combination the scenario refuses stops the study here, not mid-run; the rest of a searched space as
 * it runs (it may hold millions). `where` starts each message (the part file, when merging).
 * @throws {InputError} naming the study file's field and the scenario's reason.
 */
function prepareStudy(input: StudyInput, where = ""): PreparedStudy {
  const { study, studyFile, scenarioText, scenarioFile, overrides } = input;
  const checked = checkStudyAgainstScenario(study, studyFile, scenarioText, scenarioFile, overrides);
  if (!checked.ok) throw new InputError(where + formatProblems(checked.problems));
  const scenarios = new Map<number, Scenario>();
  const whole = configurationCount(study) <= study.maxConfigurations;
  const configured = checkConfigurations(study, studyFile, scenarioText, scenarioFile, overrides, whole ? (index, one) => scenarios.set(index, one) : undefined);
  if (!configured.ok) throw new InputError(where + formatProblems(configured.problems));
  const scenarioOf = (index: number): Scenario => {
    const known = scenarios.get(index);
    if (known !== undefined) return known;
    const c = configurationAt(study, index);
    const one = loadScenario(scenarioText, scenarioFile, [...overrides, ...configurationOverrides(c)]);
    if (!one.ok) throw new InputError(`${where}configuration ${JSON.stringify(c.decisions)} of "${studyFile}":\n${formatProblems(one.problems)}`);
    scenarios.set(index, one.scenario);
    return one.scenario;
  };
  const nameOf = (scenario: Scenario): string => {
    for (const [index, one] of scenarios) if (one === scenario) return configurationScenarioName(scenario.name, configurationAt(study, index));
    return `"${scenario.name}"`;
  };
  return { study, scenario: checked.scenario, scenarioOf, nameOf };
}

/** The optimisation executor over a pool's unit executor: each configuration's scenario, replication as asked. */
function onPool(prepared: PreparedStudy, execute: UnitExecutor): OptimizationExecutor {
  return (units) => execute(units.map((u) => ({ scenario: prepared.scenarioOf(u.configuration), replication: u.replication })));
}

/**
 * Runs `work`, turning a metric the scenario does not report into bad input naming `file` and the
 * JSON path of the study's field that names the metric (under `at` in a part file). A configuration
 * stopped by a run cap ends the study (its numbers cannot be judged): the message says what to do.
 */
async function metricsChecked<T>(file: string, study: OptimizationStudy, work: () => Promise<T>, at = ""): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof MissingMetricError) throw new InputError(`${file}: ${at}${metricField(study, error.metric)}: ${error.message}`);
    if (error instanceof StoppedByCapError) {
      throw new InputError(`${error.message}. A configuration that cannot keep up stops the whole study: leave it out of the decisions' values in ${file}, ` +
        "or raise the cap if its queue is long but finite");
    }
    throw error;
  }
}

/** Writes an optimisation's result in --format, after saying on stderr when its search stopped at the cap. */
function writeOptimization(context: CommandContext, result: OptimizationResult, study: OptimizationStudy, file: string): void {
  const { args, io } = context;
  if (result.search.capped) {
    io.stderr(`borderflow ${args.command}: ${file}: the search stopped at its cap of ${study.maxConfigurations} configurations (maxConfigurations) before it had finished; ` +
      `the answer is the best of what it ran. Raise maxConfigurations in the study file to search further; at ${result.search.space} or more (the whole space) ` +
      `every configuration is run instead, each at least firstStageReplications (${study.firstStageReplications}) times.\n`);
  }
  const format = args.format ?? "table";
  emitResult(context, format === "json" ? `${JSON.stringify(result, null, 2)}\n` : format === "csv" ? optimizationCsv(result) : optimizationTable(result),
    `${formatName(format)} of the optimisation of "${result.scenario}", ${result.evaluated.length} ${result.evaluated.length === 1 ? "configuration" : "configurations"}`);
}

/**
 * `borderflow optimize STUDY.json`: the cheapest (or best) configuration that meets the targets, with a
 * guarantee. With --shard I/N, runs shard I's share of the procedure's first batch and writes a part
 * for `borderflow merge`, which runs the rest.
 */
export async function runOptimize(context: CommandContext): Promise<number> {
  const { args, io } = context;
  const [file, ...extra] = args.files;
  if (file === undefined || extra.length > 0) throw new UsageError(`optimize takes exactly one study file, got ${args.files.length}`);
  for (const [given, option] of [
    [args.replications, "--replications (the study file sets firstStageReplications and maxReplications)"],
    [args.precision, "--precision"], [args.maxReplications, "--max-replications (use the study's maxReplications)"],
  ] as const) {
    if (given !== undefined) throw new UsageError(`optimize does not take ${option}`);
  }
  if (args.metrics.length > 0) throw new UsageError("optimize does not take --metric: the study file names its metrics");
  checkStudyOptions(context);
  const loaded = loadOptimizationStudy(readText(io, file, "study "), file);
  if (!loaded.ok) throw new InputError(`"${file}" is not a valid optimisation study:\n${formatProblems(loaded.problems)}`);
  const study = loaded.study;
  const free = study.cost === undefined ? [] : study.decisions.map((d) => d.path).filter((p) => !Object.hasOwn(study.cost ?? {}, p));
  if (free.length > 0) {
    io.stderr(`borderflow optimize: ${file}: ${free.map((p) => `"${p}"`).join(", ")} ${free.length === 1 ? "has" : "have"} no unit cost in "cost", so ${free.length === 1 ? "it costs" : "they cost"} nothing; give ${free.length === 1 ? "it" : "each"} a cost to price ${free.length === 1 ? "it" : "them"}\n`);
  }
  const scenarioFile = studyScenarioFile(file, study.scenario);
  const scenarioText = readText(io, scenarioFile, `the study's scenario (field "scenario" of ${file}) `);
  const input: StudyInput = { studyFile: file, study, scenarioFile, scenarioText, overrides: overridesOf(args) };
  const overridden = overriddenDecisions(study, file, input.overrides, args.sets);
  if (overridden.length > 0) throw new InputError(formatProblems(overridden));
  // The destination first: checking a large space's configurations takes seconds.
  checkOut(context);
  const prepared = prepareStudy(input);
  const label = `optimize ${prepared.scenario.name}`;
  const shard = args.shard;
  if (shard !== undefined) {
    const part = await metricsChecked(file, study, () => withPool(context, label, (execute) => runOptimizationShard(input, prepared.scenario, shard, onPool(prepared, execute)), prepared.nameOf));
    emitResult(context, `${JSON.stringify(part)}\n`,
      `JSON part ${shard.index}/${shard.count} of the optimize study (${part.units.length} of the ${(part.study as OptimizationPartSpec).batch} replications of its first batch), for borderflow merge`);
    return 0;
  }
  const result = await metricsChecked(file, study, () => withPool(context, label, (execute) => runOptimization(study, prepared.scenario, onPool(prepared, execute)), prepared.nameOf));
  writeOptimization(context, result, study, file);
  return 0;
}

/**
 * `borderflow merge` of the parts of `optimize --shard I/N`: checks them like any command's parts,
 * rebuilds the study they carry, checks that they hold the first batch its procedure asks for and that
 * the batch's first replication, run again here, gives the part's numbers (else the parts' replications,
 * from another borderflow's model or edited, would be mixed with those run here), then runs the
 * procedure with every unit the parts hold taken from them and the rest run here (on --workers), and
 * writes what the unsharded optimize writes. Says on stderr (unless --quiet) how many replications came
 * from the parts and how many ran here, besides the re-run of the parts' first one.
 */
export async function mergeOptimization(context: CommandContext, parts: readonly { file: string; data: unknown }[]): Promise<number> {
  const { args, io } = context;
  if (args.metrics.length > 0) throw new UsageError("merge of optimize parts does not take --metric: the study file names its metrics");
  const checked = checkOptimizationParts(parts);
  if (!checked.ok) throw new InputError(checked.problems.join("\n"));
  const { spec, file } = checked;
  const where = `${file}: the optimisation study it carries is not valid:\n`;
  const loaded = loadOptimizationStudy(JSON.stringify(spec.study), spec.studyFile);
  if (!loaded.ok) throw new InputError(where + formatProblems(loaded.problems));
  const prepared = prepareStudy({ ...spec, study: loaded.study }, where);
  const given = checked.units.map((unit, i) => ({ unit, output: checked.outputs[i] as (typeof checked.outputs)[number] }));
  const { result, fromParts, ranHere } = await metricsChecked(file, prepared.study, () => withPool(context, `merge optimize ${prepared.scenario.name}`, async (execute) => {
    const cached = cachingExecutor(given, onPool(prepared, execute));
    // The parts must hold the very batch this procedure asks for first, unit by unit, before any of it is used.
    const batch = await firstBatch(prepared.study, prepared.scenario, cached.execute);
    const problems = batchProblems(checked, batch.units);
    if (problems.length > 0) throw new InputError(problems.join("\n"));
    // The batch's first unit, run again here: the parts' replications are mixed with the ones this merge
    // runs, so they must be what this borderflow computes (not another version's model, nor edited).
    const first = checked.units[0];
    if (first !== undefined) {
      const [again] = await onPool(prepared, execute)([first]);
      const difference = outputDifference(checked.outputs[0] as ReplicationOutput, again as ReplicationOutput);
      if (difference !== null) {
        throw new InputError(`${checked.fileOf(0)}: outputs[0] (configuration ${first.configuration}, replication ${first.replication}) is not what this borderflow computes ` +
          `for it, run again here: ${difference}; were the parts written by another version of borderflow, or edited? Their replications cannot be mixed with the ones this merge runs`);
      }
    }
    const result = await runOptimization(prepared.study, prepared.scenario, cached.execute);
    return { result, fromParts: cached.fromGiven(), ranHere: cached.ran() };
  }, prepared.nameOf), "study.study.");
  if (!args.quiet) {
    io.stderr(`borderflow merge: ${fromParts} of the ${result.search.replications} replications came from the ${parts.length} parts; ` +
      `the other ${ranHere}, which the procedure chose from what it saw, ran here, and one more, the parts' first, ran again to check their numbers\n`);
  }
  writeOptimization(context, result, prepared.study, spec.studyFile);
  return 0;
}
