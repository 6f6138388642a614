import { dirname, join } from "node:path";
import { formatProblems, loadScenario, type Scenario } from "../scenario/index.js";
import { optimizationCsv } from "../scenario/output/optimization-output.js";
import { configurationAt, configurationCount, configurationOverrides } from "../scenario/study/optimize/configurations.js";
import { checkConfigurations, checkStudyAgainstScenario, loadOptimizationStudy } from "../scenario/study/optimize/load-study.js";
import { MissingMetricError, runOptimization } from "../scenario/study/optimize/run-optimization.js";
import { UsageError } from "./args.js";
import { InputError, type CommandContext } from "./command-context.js";
import { emitResult, formatName } from "./emit-result.js";
import { optimizationTable } from "./optimization-table.js";
import { checkOut, overridesOf, readText } from "./scenario-input.js";
import { withPool } from "./study-runner.js";

/** `borderflow optimize STUDY.json`: the cheapest (or best) configuration that meets the targets, with a guarantee. */
export async function runOptimize(context: CommandContext): Promise<number> {
  const { args, io } = context;
  const [file, ...extra] = args.files;
  if (file === undefined || extra.length > 0) throw new UsageError(`optimize takes exactly one study file, got ${args.files.length}`);
  for (const [given, option] of [
    [args.replications, "--replications (the study file sets firstStageReplications and maxReplications)"],
    [args.precision, "--precision"], [args.maxReplications, "--max-replications (use the study's maxReplications)"],
    [args.shard, "--shard (the procedures are sequential)"],
  ] as const) {
    if (given !== undefined) throw new UsageError(`optimize does not take ${option}`);
  }
  if (args.metrics.length > 0) throw new UsageError("optimize does not take --metric: the study file names its metrics");
  const loaded = loadOptimizationStudy(readText(io, file, "study "), file);
  if (!loaded.ok) throw new InputError(`"${file}" is not a valid optimisation study:\n${formatProblems(loaded.problems)}`);
  const study = loaded.study;
  const scenarioFile = join(dirname(file), study.scenario);
  const scenarioText = readText(io, scenarioFile, `the study's scenario (field "scenario" of ${file}) `);
  const overrides = overridesOf(args);
  const checked = checkStudyAgainstScenario(study, file, scenarioText, scenarioFile, overrides);
  if (!checked.ok) throw new InputError(formatProblems(checked.problems));
  // Every configuration of a space run whole (and of any space up to 10,000; a larger one's corners) is
  // loaded before anything runs, so a combination the scenario refuses stops the study here, not mid-run.
  const scenarios = new Map<number, Scenario>();
  const whole = configurationCount(study) <= study.maxConfigurations;
  const configured = checkConfigurations(study, file, scenarioText, scenarioFile, overrides, whole ? (index, one) => scenarios.set(index, one) : undefined);
  if (!configured.ok) throw new InputError(formatProblems(configured.problems));
  // The rest of a searched space is loaded as it runs: it may hold millions.
  const scenarioOf = (index: number): Scenario => {
    const known = scenarios.get(index);
    if (known !== undefined) return known;
    const c = configurationAt(study, index);
    const one = loadScenario(scenarioText, scenarioFile, [...overrides, ...configurationOverrides(c)]);
    if (!one.ok) throw new InputError(`configuration ${JSON.stringify(c.decisions)} of "${file}":\n${formatProblems(one.problems)}`);
    scenarios.set(index, one.scenario);
    return one.scenario;
  };
  checkOut(context);
  let result;
  try {
    result = await withPool(context, `optimize ${checked.scenario.name}`, (execute) =>
      runOptimization(study, checked.scenario, (units) =>
        execute(units.map((u) => ({ scenario: scenarioOf(u.configuration), replication: u.replication })))));
  } catch (error) {
    if (error instanceof MissingMetricError) throw new InputError(`${file}: ${error.message}`);
    throw error;
  }
  if (result.search.capped) {
    io.stderr(`borderflow optimize: ${file}: the search stopped at its cap of ${study.maxConfigurations} configurations (maxConfigurations) before it had finished; ` +
      `the answer is the best of what it ran. Raise maxConfigurations in the study file to search further; at ${result.search.space} or more (the whole space) ` +
      `every configuration is run instead, each at least firstStageReplications (${study.firstStageReplications}) times.\n`);
  }
  const format = args.format ?? "table";
  emitResult(context, format === "json" ? `${JSON.stringify(result, null, 2)}\n` : format === "csv" ? optimizationCsv(result) : optimizationTable(result),
    `${formatName(format)} of the optimisation of "${result.scenario}", ${result.evaluated.length} ${result.evaluated.length === 1 ? "configuration" : "configurations"}`);
  return 0;
}
