import { compareKind, formatProblems, mergeParts, parseJson, parseSweep, runKind, STUDY_KINDS, sweepKind, type Scenario } from "../scenario/index.js";
import { UsageError, type CliArgs } from "./args.js";
import { InputError, type CommandContext } from "./command-context.js";
import { checkOut, emit, overridesOf, readScenario, readText } from "./scenario-input.js";
import { renderAnalysis } from "./analysis-commands.js";
import { mergeOptimization } from "./optimize-command.js";
import { checkShard, finishStudy, fixReplications, withPool, writeResult } from "./study-runner.js";

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
  checkShard(context);
  const scenario = readScenario(io, file, overridesOf(args));
  checkOut(context);
  return withPool(context, scenario.name, async (execute) => {
    const { replications, done } = await fixReplications(context, scenario, execute);
    return finishStudy(context, runKind, { scenario, replications }, execute, done);
  });
}

/** `borderflow compare BASE OTHER...`: every scenario runs the base's seed and replications (common random numbers). */
export async function runCompare(context: CommandContext): Promise<number> {
  const { args, io } = context;
  if (args.files.length < 2) throw new UsageError(`compare needs at least two scenario files, got ${args.files.length}`);
  checkShard(context);
  const read = args.files.map((f) => readScenario(io, f, overridesOf(args)));
  checkOut(context);
  const base = read[0] as Scenario;
  read.slice(1).forEach((s, i) => {
    if (s.seed !== base.seed) {
      io.stderr(`borderflow compare: "${args.files[i + 1]}" runs with the base's seed ${base.seed} (its file says ${s.seed}) so that the comparison is paired\n`);
    }
  });
  const scenarios = read.map((s) => ({ ...s, seed: base.seed }) as Scenario);
  return withPool(context, "compare", async (execute) => {
    const { replications, done } = await fixReplications(context, base, execute);
    return finishStudy(context, compareKind, { scenarios, replications }, execute, done);
  });
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
  checkShard(context);
  const others = args.sets.filter((s) => s !== sweepSet);
  const scenarios = parsed.values.map((v) => readScenario(io, file, overridesOf(args, [...others, `${parsed.path}=${JSON.stringify(v)}`])));
  checkOut(context);
  return withPool(context, `sweep ${parsed.path}`, async (execute) => {
    const { replications, done } = await fixReplications(context, scenarios[0] as Scenario, execute);
    return finishStudy(context, sweepKind, { parameter: parsed.path, values: parsed.values, scenarios, replications }, execute, done);
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
/** Options the merge of optimize parts uses: it runs the rest of the procedure, on worker threads, under the run caps. */
const OPTIMIZE_MERGE_USES: readonly string[] = ["--workers", "--max-in-system", "--max-arrivals", "--max-events"];

function refuseIgnored(ignored: readonly string[]): never {
  throw new UsageError(`merge combines finished parts and takes no ${ignored.join(", ")}; it allows only --format, --out, --force, --quiet and --metric ` +
    `(and, for parts of optimize, whose merge runs the rest of the procedure: ${OPTIMIZE_MERGE_USES.join(", ")}); give study options to the sharded command`);
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
  if (!optimize && ignored.length > 0) refuseIgnored(ignored);
  checkOut(context);
  if (optimize) return mergeOptimization(context, parts);
  const merged = mergeParts(parts);
  if (!merged.ok) throw new InputError(merged.problems.join("\n"));
  const analysis = merged.command === "sensitivity" || merged.command === "uncertainty" ? merged.command : undefined;
  if (analysis === undefined) writeResult(context, merged.result, merged.rows);
  else emit(context, renderAnalysis(context, analysis, merged.result));
  return 0;
}
