import { formatProblems, loadScenario, networkTheory } from "../scenario/index.js";
import { csvCell } from "../scenario/output/result-csv.js";
import { checkConfigurations, checkStudyAgainstScenario, loadOptimizationStudy, metricField, overriddenDecisions } from "../scenario/study/optimize/load-study.js";
import type { OptimizationStudy } from "../scenario/format/optimization-study-schema.js";
import type { Scenario } from "../scenario/format/scenario-types.js";
import { runReplication } from "../scenario/study/run-replication.js";
import { pairedInputs, pointOverrides } from "../scenario/study/analysis/design-inputs.js";
import type { Problem } from "../scenario/format/problem.js";
import { parseJson } from "../scenario/format/parse-json.js";
import { configurationAt, configurationOverrides } from "../scenario/study/optimize/configurations.js";
import { firstBatch } from "../scenario/study/optimize/first-batch.js";
import { MissingMetricError } from "../scenario/study/optimize/replication-store.js";
import { RunLimitError, type RunLimits } from "../model/index.js";
import { limitsOf } from "./study-runner.js";
import { fileKind } from "../scenario/format/file-kind.js";
import { refuseNoStudyOptions, UsageError } from "./args.js";
import { InputError, type CommandContext } from "./command-context.js";
import { checkOut, overridesOf, problemsText, readProblem, readScenario, studyScenarioFile } from "./scenario-input.js";
import { terminalSafe } from "./terminal-safe.js";
import { emitResult, formatName } from "./emit-result.js";

/** True for a published JSON Schema (scenarios/schema.json, study.schema.json), which a glob like scenarios/*.json picks up. */
function isJsonSchema(text: string): boolean {
  try {
    const value = JSON.parse(text) as { $schema?: unknown };
    return typeof value.$schema === "string" && value.$schema.includes("json-schema.org");
  } catch {
    return false;
  }
}

/**
 * An optimisation study file checked as `optimize` checks it before running: its fields, each decision's
 * values, then its configurations against the scenario (every one up to 10,000; a larger space's corners),
 * then the pilot replication `optimize` runs first, which must report every metric the study names.
 * Returns the problems as text, or what was checked.
 */
async function studyProblems(
  io: CommandContext["io"], file: string, text: string, overrides: readonly string[], sets: readonly string[], limits: RunLimits,
): Promise<{ ok: false; text: string } | { ok: true; checked: string }> {
  const problems = (s: string): { ok: false; text: string } => ({ ok: false, text: s });
  const loaded = loadOptimizationStudy(text, file);
  if (!loaded.ok) return problems(formatProblems(loaded.problems));
  const overridden = overriddenDecisions(loaded.study, file, overrides, sets);
  if (overridden.length > 0) return problems(formatProblems(overridden));
  const scenarioFile = studyScenarioFile(file, loaded.study.scenario);
  let scenarioText: string;
  try {
    scenarioText = io.readFile(scenarioFile);
  } catch (error) {
    return problems(`${file}: scenario: cannot read "${scenarioFile}": ${readProblem(error)}`);
  }
  const checked = checkStudyAgainstScenario(loaded.study, file, scenarioText, scenarioFile, overrides);
  if (!checked.ok) return problems(formatProblems(checked.problems));
  const configured = checkConfigurations(loaded.study, file, scenarioText, scenarioFile, overrides);
  if (!configured.ok) return problems(formatProblems(configured.problems));
  const pilot = await pilotProblem(loaded.study, file, checked.scenario, scenarioText, scenarioFile, overrides, limits);
  if (pilot !== undefined) return problems(pilot);
  return {
    ok: true,
    checked: configured.all
      ? `${configured.count === 1 ? "its configuration" : `all ${configured.count} configurations`} checked`
      : `${configured.count} configurations: the ${configured.checked} corners checked, the rest as a search runs them`,
  };
}

/**
 * The procedure's pilot replication, run here as `optimize` runs it first (the first configuration's
 * first replication, or the search's first start's), under the run caps: a metric the study names
 * that it does not report, or a run stopped by a cap, as text naming the study file's field; else
 * undefined. So that validate says ok only of a study optimize accepts.
 */
async function pilotProblem(
  study: OptimizationStudy, file: string, scenario: Scenario, scenarioText: string, scenarioFile: string, overrides: readonly string[], limits: RunLimits,
): Promise<string | undefined> {
  const scenarioOf = (index: number): Scenario => {
    const one = loadScenario(scenarioText, scenarioFile, [...overrides, ...configurationOverrides(configurationAt(study, index))]);
    if (!one.ok) throw new InputError(formatProblems(one.problems));
    return one.scenario;
  };
  try {
    await firstBatch(study, scenario, async (units) => units.map((u) => runReplication(scenarioOf(u.configuration), u.replication, limits)));
    return undefined;
  } catch (error) {
    if (error instanceof MissingMetricError) return `${file}: ${metricField(study, error.metric)}: ${error.message}`;
    if (error instanceof RunLimitError) return `${file}: the pilot replication optimize runs first stopped: ${error.message}`;
    if (error instanceof InputError) return error.message;
    // As optimize's pool does: a RangeError of the procedure is the study's input.
    if (error instanceof RangeError) return `${file}: ${error.message}`;
    throw error;
  }
}

/**
 * The scenario with each declared uncertain input at its low and at its high value, the others at the
 * scenario's (the points of `sensitivity`'s tornado): a problem at `uncertain[i].low` or `.high` for
 * each end the scenario then refuses (a horizon below the warm-up, a mean whose variance overflows),
 * which a field's own range cannot show. So that validate says ok only of declarations sensitivity
 * accepts. (Combinations of several inputs off their nominal values, which Morris and uncertainty
 * draw, are checked when those commands build their designs.)
 */
function uncertainEndProblems(text: string, file: string, overrides: readonly string[], scenario: Scenario): Problem[] {
  const inputs = pairedInputs(scenario);
  // Parsed as the loader parses it (a byte-order mark, duplicate keys): the text loaded, so it parses.
  const parsed = parseJson(text);
  const list = parsed.ok && typeof parsed.value === "object" && parsed.value !== null ? (parsed.value as { uncertain?: unknown }).uncertain : undefined;
  // The file's own list may be anything when a --set replaces it.
  const declared = (Array.isArray(list) ? list : []).map((d: unknown) => (typeof d === "object" && d !== null ? (d as { path?: unknown; paths?: unknown[] }) : {}));
  const nominal = inputs.map((p) => p.input.nominal);
  const problems: Problem[] = [];
  inputs.forEach((p, i) => {
    // The file's index; a --set that replaces "uncertain" leaves only the loaded list's.
    const inFile = declared.findIndex((d) => (Array.isArray(d.paths) ? d.paths[0] : d.path) === p.input.path);
    const at = inFile >= 0 ? inFile : scenario.uncertain.findIndex((d) => (d.paths?.[0] ?? d.path) === p.input.path);
    for (const end of ["low", "high"] as const) {
      const values = nominal.map((v, j) => (j === i ? p.input[end] : v));
      const one = loadScenario(text, file, [...overrides, ...pointOverrides(inputs, values, "file")]);
      if (one.ok) continue;
      const reasons = one.problems.map((q) => `${q.path === "" ? "" : `${q.path}: `}${q.message}`).join("; ");
      problems.push({ file, path: `uncertain[${at}].${end}`, message: `with ${p.input.path} at ${p.input[end]} (the others at the scenario's values) the scenario is not valid: ${reasons}` });
    }
  });
  return problems;
}

/** `borderflow validate FILE...`: every problem of every file; exit 2 if any. Changes nothing. */
export async function runValidate(context: CommandContext): Promise<number> {
  const { args, io } = context;
  if (args.files.length === 0) throw new UsageError("validate needs at least one scenario file");
  // An option for a result would be ignored without a word (--out would write nothing).
  refuseNoStudyOptions(args);
  let bad = 0;
  for (const file of args.files) {
    let text: string;
    try {
      text = io.readFile(file);
    } catch (error) {
      io.stderr(`${file}: cannot read: ${readProblem(error)}\n`);
      bad++;
      continue;
    }
    if (isJsonSchema(text)) {
      io.stdout(`${file}: skipped (a JSON Schema, not a scenario)\n`);
      continue;
    }
    if (fileKind(file) === "study") {
      const study = await studyProblems(io, file, text, overridesOf(args), args.sets, limitsOf(args));
      if (study.ok) io.stdout(`${file}: ok (optimisation study, ${study.checked})\n`);
      else {
        io.stderr(`${study.text}\n`);
        bad++;
      }
      continue;
    }
    const loaded = loadScenario(text, file, overridesOf(args));
    const ends = loaded.ok ? uncertainEndProblems(text, file, overridesOf(args), loaded.scenario) : [];
    if (ends.length > 0) {
      io.stderr(`${formatProblems(ends)}\n`);
      bad++;
    } else if (loaded.ok) io.stdout(terminalSafe(`${file}: ok (${loaded.scenario.model}: ${loaded.scenario.name})\n`));
    else {
      io.stderr(`${problemsText(loaded)}\n`);
      bad++;
    }
  }
  return bad > 0 ? 2 : 0;
}

/** `borderflow theory FILE`: analytic values where queueing theory applies, and why not where it does not. */
export function runTheory(context: CommandContext): number {
  const { args, io } = context;
  const [file, ...extra] = args.files;
  if (file === undefined || extra.length > 0) throw new UsageError(`theory takes exactly one scenario file, got ${args.files.length}`);
  // theory runs nothing: an option for a study would be accepted and ignored without a word.
  refuseNoStudyOptions(args);
  const scenario = readScenario(io, file, overridesOf(args));
  if (scenario.model !== "network") {
    throw new UsageError(`theory covers network scenarios; "${file}" is a ${scenario.model} scenario (compare its stations with "borderflow run")`);
  }
  checkOut(context);
  const report = networkTheory(scenario);
  const what = `${formatName(args.format)} of the theory for "${report.scenario}"`;
  if (args.format === "json") emitResult(context, `${JSON.stringify(report, null, 2)}\n`, what);
  else if (args.format === "csv") {
    const lines = ["metric,value,model,exact", ...Object.entries(report.values).map(([k, v]) => [k, v, report.model, report.exact].map(csvCell).join(","))];
    // The CSV has no place for the reason: where theory does not apply it is only a header, so say why (as the table does).
    if (report.reason !== "") io.stderr(terminalSafe(`borderflow theory: ${report.applies ? "" : "theory does not apply: "}${report.reason}\n`));
    emitResult(context, `${lines.join("\n")}\n`, what);
  } else {
    const head = report.applies
      ? `${report.scenario}: ${report.model} (${report.exact ? "exact" : "approximate"})${report.reason === "" ? "" : `\n  ${report.reason}`}\n`
      : `${report.scenario}: theory does not apply: ${report.reason}\n`;
    const width = Math.max(0, ...Object.keys(report.values).map((k) => k.length));
    emitResult(context, terminalSafe(head) + Object.entries(report.values).map(([k, v]) => `  ${k.padEnd(width)}  ${v.toPrecision(6)}\n`).join(""), what);
  }
  return 0;
}
