import { formatProblems } from "../format/problem.js";
import type { SchemaNode } from "../format/schema/node.js";
import { RESERVED_IDS } from "../format/schema/identifier.js";
import type { ResultRow } from "../output/result-csv.js";
import { validate } from "../format/schema/validate.js";
import { MetricWithoutValueError } from "./analysis/design-point.js";
import type { ReplicationOutput } from "./replication-output.js";
import { mostShards, shardSize, shardUnits, type Shard } from "./shard.js";
import type { StudyKind } from "./study-kind.js";
import type { StudyUnit } from "./study-unit.js";
import { STUDY_KINDS } from "./study-kinds.js";

const FORMAT = "borderflow-part/2";
/** The first format, written by `run --shard` only: a run's scenario, shard and outputs. Still read. */
const FORMAT_1 = "borderflow-part/1";

/**
 * A shard's share of a study, as written by `borderflow COMMAND --shard I/N`: the command, the
 * study description its kind needs to rebuild the unit list and summarise, the indices of the
 * units this shard ran (i with i mod N = I − 1) and their outputs, in the same order.
 */
export interface StudyPart {
  readonly format: typeof FORMAT;
  /** The command that wrote it, which names its study kind (`run`, `compare`, `sweep`, ...). */
  readonly command: string;
  readonly shard: Shard;
  /** The unit indices held, ascending. */
  readonly units: readonly number[];
  /** The kind's study description (its `spec`): resolved scenarios, replications, parameters. */
  readonly study: unknown;
  /** One output per held unit, in the order of `units`. */
  readonly outputs: readonly ReplicationOutput[];
}

/** The part file of shard `shard` of a study: the units it ran and their outputs, in order. */
export function makePart<S>(kind: { readonly command: string }, spec: S, shard: Shard, units: readonly number[], outputs: readonly ReplicationOutput[]): StudyPart {
  return { format: FORMAT, command: kind.command, shard: { index: shard.index, count: shard.count }, units: [...units], study: spec, outputs: [...outputs] };
}

/** The outcome of merging: the result and its rows, as the unsharded command gives them, or every problem. */
export type MergeResult =
  | {
      readonly ok: true;
      readonly command: string;
      readonly result: unknown;
      readonly rows: ResultRow[];
      /** The study's first unit, the output a part holds for it and that part's file: what a merge runs again to check the parts' numbers. */
      readonly first?: { readonly unit: StudyUnit; readonly output: ReplicationOutput; readonly file: string };
    }
  | { readonly ok: false; readonly problems: string[] };

/** A command whose parts merge reads: its name and the schema of the study description its parts carry. */
export interface PartCommand {
  readonly command: string;
  readonly spec: SchemaNode<unknown>;
}

/** A part file that passed its own checks: its file, command, validated study description and part. */
export interface CheckedPart<K extends PartCommand = PartCommand> {
  readonly file: string;
  readonly kind: K;
  /** The part's study description, validated by its command's schema (defaults filled in). */
  readonly spec: unknown;
  /** The study description as written, to compare parts. */
  readonly studyText: string;
  readonly part: StudyPart;
  /** The part's JSON as read, with any fields its command adds to a part. */
  readonly data: Readonly<Record<string, unknown>>;
}

type Checked<K extends PartCommand> = CheckedPart<K>;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isIndex = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

/** Reads a part of the first format as the run part it is. */
function fromFormat1(data: Record<string, unknown>): Record<string, unknown> {
  const scenario = data["scenario"];
  const outputs = data["outputs"];
  return {
    format: FORMAT,
    command: "run",
    shard: data["shard"],
    units: Array.isArray(outputs) ? outputs.map((o: unknown) => (isObject(o) ? o["replication"] : undefined)) : [],
    study: { scenario, replications: isObject(scenario) ? scenario["replications"] : undefined },
    outputs,
  };
}

/** Problems with one replication output as found in a part file (its shape, not its numbers' meaning). */
function outputProblems(o: unknown, path: string): string[] {
  if (!isObject(o)) return [`${path}: must be a replication output (an object), got ${JSON.stringify(o)?.slice(0, 40)}`];
  const problems: string[] = [];
  if (!isIndex(o["replication"])) problems.push(`${path}.replication: must be an integer >= 0`);
  if (typeof o["warmup"] !== "number" || !Number.isFinite(o["warmup"])) problems.push(`${path}.warmup: must be a finite number`);
  const metrics = o["metrics"];
  if (!isObject(metrics)) problems.push(`${path}.metrics: must be an object of numbers`);
  else {
    for (const [key, v] of Object.entries(metrics)) {
      if (typeof v !== "number" || !Number.isFinite(v)) problems.push(`${path}.metrics[${JSON.stringify(key)}]: must be a finite number, got ${JSON.stringify(v)}`);
      // Metric paths become keys of the result: refuse what borderflow never writes ("stations.__proto__.x").
      const bad = key.split(".").find((segment) => segment === "" || RESERVED_IDS.includes(segment));
      if (bad !== undefined) problems.push(`${path}.metrics[${JSON.stringify(key)}]: is not a metric path borderflow writes (segment ${JSON.stringify(bad)})`);
    }
  }
  for (const field of ["series", "histograms"]) {
    if (o[field] !== undefined && !isObject(o[field])) problems.push(`${path}.${field}: must be an object`);
  }
  return problems;
}

/** Checks one file's part on its own; pushes its problems (each starting with the file name). */
function checkPart<K extends PartCommand>(file: string, data: unknown, kinds: Readonly<Record<string, K>>, problems: string[]): Checked<K> | undefined {
  const commands = Object.keys(kinds).join(", ");
  const notPart = `${file}: not a part file (expected the JSON that "borderflow COMMAND --shard I/N" writes, with "format": "${FORMAT}", for COMMAND one of ${commands})`;
  if (!isObject(data)) return void problems.push(notPart);
  const format = data["format"];
  if (format === FORMAT_1) data = fromFormat1(data);
  else if (typeof format === "string" && format.startsWith("borderflow-part/") && format !== FORMAT) {
    return void problems.push(`${file}: "format": "${format}" is not a part format this borderflow reads (it reads "${FORMAT}" and "${FORMAT_1}"); merge it with the borderflow version that wrote it`);
  } else if (format !== FORMAT) return void problems.push(notPart);
  const part = data as Record<string, unknown>;
  const command = part["command"];
  const kind = typeof command === "string" && Object.hasOwn(kinds, command) ? kinds[command] : undefined;
  if (kind === undefined) {
    return void problems.push(`${file}: command: a part of ${JSON.stringify(command)}, which this borderflow cannot merge; allowed: ${commands}`);
  }
  const own: string[] = [];
  const shard = part["shard"];
  if (!isObject(shard) || !Number.isSafeInteger(shard["index"]) || !Number.isSafeInteger(shard["count"]) ||
      (shard["count"] as number) < 1 || (shard["index"] as number) < 1 || (shard["index"] as number) > (shard["count"] as number)) {
    own.push(`${file}: shard: must be { "index": I, "count": N } with 1 <= I <= N, got ${JSON.stringify(shard)}`);
  }
  const units = part["units"];
  if (!Array.isArray(units) || !units.every(isIndex)) own.push(`${file}: units: must be a list of unit indices (integers >= 0)`);
  const outputs = part["outputs"];
  if (!Array.isArray(outputs)) own.push(`${file}: outputs: must be a list of replication outputs`);
  else outputs.forEach((o, i) => own.push(...outputProblems(o, `${file}: outputs[${i}]`)));
  const spec = validate(kind.spec, part["study"]);
  if (!spec.ok) own.push(formatProblems(spec.problems.map((p) => ({ file, ...p, path: `study${p.path === "$" ? "" : p.path.startsWith("[") ? p.path : `.${p.path}`}` }))));
  problems.push(...own);
  if (own.length > 0 || !spec.ok) return undefined;
  return { file, kind, spec: spec.value, studyText: JSON.stringify(part["study"]), part: part as unknown as StudyPart, data: part };
}

/** Units listed at most in a message about a shard's units. */
const MOST_UNITS_LISTED = 1000;

/** The unit indices shard I of N should hold, as a message lists them: the first MOST_UNITS_LISTED, then "...". */
function firstUnits(total: number, shard: Shard): string {
  return shardUnits(total, shard, MOST_UNITS_LISTED).join(",") + (shardSize(total, shard) > MOST_UNITS_LISTED ? ",..." : "");
}

/** Shown problems at most, so that a hostile part cannot flood the terminal. */
const MOST_PROBLEMS = 30;

function limited(problems: readonly string[]): string[] {
  if (problems.length <= MOST_PROBLEMS) return [...problems];
  return [...problems.slice(0, MOST_PROBLEMS), `... and ${problems.length - MOST_PROBLEMS} more problems`];
}

/** The parts that passed every check, the first of them (the one others are compared with) and the shard count. */
export type PartSet<K extends PartCommand> =
  | { readonly ok: true; readonly parts: readonly CheckedPart<K>[]; readonly first: CheckedPart<K>; readonly count: number }
  | { readonly ok: false; readonly problems: string[] };

/**
 * The checks every sharded command's parts share: each file is a part of a command in `kinds` (its
 * shard, units and outputs well formed, its study description valid), and together they are one
 * study's parts (one command, the same study description, one shard count, every shard exactly once),
 * each holding the units i with i mod N = I − 1 of the study's `unitCount(first)` units. `each` adds a
 * command's own checks of a part whose units are its shard's (`units`: the study's unit indices it
 * holds, in order). Lists every problem, each naming its file.
 */
export function checkPartSet<K extends PartCommand>(
  parts: readonly { file: string; data: unknown }[],
  kinds: Readonly<Record<string, K>>,
  unitCount: (first: CheckedPart<K>) => number,
  each: (part: CheckedPart<K>, units: readonly number[], problems: string[]) => void = () => {},
): PartSet<K> {
  const problems: string[] = [];
  const valid = parts.map((p) => checkPart(p.file, p.data, kinds, problems)).filter((p): p is Checked<K> => p !== undefined);
  const first = valid[0];
  if (first === undefined || problems.length > 0) return { ok: false, problems: problems.length > 0 ? limited(problems) : ["no part files given"] };
  const { kind } = first;
  const total = unitCount(first);
  const count = first.part.shard.count;
  // Shards beyond the units are empty, and allowed; a part claiming 10^8 of them is refused here, not listed as 10^8 missing shards.
  const most = mostShards(total);
  if (count > most) return { ok: false, problems: [`${first.file}: shard.count: must be at most ${most} (this study has ${total} units), got ${count}`] };
  const seen = new Map<number, string>();
  for (const checked of valid) {
    const { file, part, studyText } = checked;
    if (part.command !== kind.command) {
      problems.push(`${file}: is a part of "${part.command}", but ${first.file} is a part of "${kind.command}"; merge the parts of one study at a time`);
      continue;
    }
    if (studyText !== first.studyText) {
      problems.push(`${file}: its study (scenarios, replications, parameters) differs from that of ${first.file}; parts of one study must come from the same files and options`);
      continue;
    }
    const { index } = part.shard;
    if (part.shard.count !== count) problems.push(`${file}: shard ${index}/${part.shard.count} does not match ${first.file}'s count ${count}`);
    const twin = seen.get(index);
    if (twin !== undefined) problems.push(`${file}: shard ${index}/${count} was already given by ${twin}`);
    seen.set(index, file);
    // The count first, by arithmetic: a study description may claim any number of units (an optimize
    // part's batch is a number in the file), and listing 10^9 of them crashed Node instead of refusing.
    const size = shardSize(total, part.shard);
    const expected = part.units.length === size && part.outputs.length === size ? shardUnits(total, part.shard) : null;
    if (expected === null || part.units.join(",") !== expected.join(",")) {
      problems.push(`${file}: holds units [${part.units.join(",")}] with ${part.outputs.length} outputs, but shard ${index}/${part.shard.count} of this ${total}-unit study should hold units [${firstUnits(total, part.shard)}]`);
      continue;
    }
    each(checked, expected, problems);
  }
  // The first ten missing shards, found in at most (files + 10) steps: the count may be as large as the units.
  const missing: number[] = [];
  for (let i = 1; i <= count && missing.length < 10; i++) if (!seen.has(i)) missing.push(i);
  const absent = count - [...seen.keys()].filter((i) => i <= count).length;
  if (absent > 0) {
    const listed = missing.map((i) => `${i}/${count}`).join(", ");
    problems.push(`shard${absent > 1 ? "s" : ""} ${listed}${absent > 10 ? ` and ${absent - 10} more` : ""} ${absent > 1 ? "are" : "is"} missing`);
  }
  if (problems.length > 0) return { ok: false, problems: limited(problems) };
  return { ok: true, parts: valid, first, count };
}

/**
 * Combines the part files of a sharded study into the result the unsharded command gives, with its
 * rows: it recognises the command that wrote the parts, rebuilds the study's unit list from the
 * study description, checks that the parts cover every unit exactly once, and summarises the
 * outputs in unit order. Reads parts of the first format (`run --shard` only) as run parts. Lists
 * every problem: a file that is not a part, parts of different commands, studies or shard counts,
 * a shard given twice or missing, a part whose units are not its shard's.
 * @example
 * const merged = mergeParts([{ file: "p1.json", data: part1 }, { file: "p2.json", data: part2 }]);
 * if (merged.ok) console.log(JSON.stringify(merged.result, null, 2));
 */
export function mergeParts(
  parts: readonly { file: string; data: unknown }[],
  kinds: Readonly<Record<string, StudyKind<unknown, unknown>>> = STUDY_KINDS,
): MergeResult {
  let units: StudyUnit[] = [];
  let outputs: (ReplicationOutput | undefined)[] = [];
  let firstFile = "";
  // The parts hold at most this many outputs: a study of more units is certainly incomplete, and is
  // counted, not listed (a part may claim 10^9 replications, which would not fit in memory).
  const given = parts.reduce((n, p) => {
    const o = typeof p.data === "object" && p.data !== null ? (p.data as Record<string, unknown>)["outputs"] : undefined;
    return n + (Array.isArray(o) ? o.length : 0);
  }, 0);
  const set = checkPartSet(parts, kinds, (first) => {
    const total = first.kind.unitCount(first.spec);
    units = total <= given ? first.kind.units(first.spec) : [];
    outputs = new Array(units.length);
    return total;
  }, ({ file, part }, expected, problems) => {
    if (units.length === 0) return;
    part.outputs.forEach((o, k) => {
      const u = expected[k] as number;
      if (o.replication !== units[u]?.replication) {
        problems.push(`${file}: outputs[${k}] is of replication ${o.replication}, but unit ${u} is replication ${units[u]?.replication}`);
      }
      outputs[u] = o;
      if (u === 0) firstFile = file;
    });
  });
  if (!set.ok) return set;
  const { kind, spec } = set.first;
  let result: unknown;
  try {
    result = kind.summarize(spec, outputs as ReplicationOutput[]);
  } catch (error) {
    // A study description the outputs cannot answer (a metric they do not report): the part's study is wrong.
    if (error instanceof RangeError) return { ok: false, problems: [`${set.first.file}: ${error instanceof MetricWithoutValueError ? "study.metrics" : "study"}: ${error.message}`] };
    throw error;
  }
  const merged = { ok: true, command: kind.command, result, rows: kind.rows(result) } as const;
  const [unit] = units;
  return unit === undefined ? merged : { ...merged, first: { unit, output: outputs[0] as ReplicationOutput, file: firstFile } };
}
