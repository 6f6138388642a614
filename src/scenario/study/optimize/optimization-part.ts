// `borderflow optimize STUDY.json --shard I/N` and the merge of its parts.
//
// The procedures are sequential (each batch depends on the outputs before it), but every replication
// of a configuration is a pure function of (configuration, replication). A shard runs its share of the
// procedure's first batch (`firstBatch`: for a space run whole, every configuration's first stage) and
// writes a part; `borderflow merge` checks the parts like any command's, then runs the procedure
// itself, taking each unit it asks for from the parts when they hold it and running the rest.
import { optimizationStudySchema, type OptimizationStudy } from "../../format/optimization-study-schema.js";
import { array } from "../../format/schema/array.js";
import { integer } from "../../format/schema/number.js";
import { object } from "../../format/schema/object.js";
import { string } from "../../format/schema/string.js";
import type { Scenario } from "../../format/scenario-types.js";
import type { ReplicationOutput } from "../replication-output.js";
import { checkShardCount, shardUnits, type Shard } from "../shard.js";
import type { StudyKind } from "../study-kind.js";
import { STUDY_KINDS } from "../study-kinds.js";
import { checkPartSet, makePart, type CheckedPart, type PartCommand, type StudyPart } from "../study-part.js";
import { configurationCount } from "./configurations.js";
import { firstBatch } from "./first-batch.js";
import type { OptimizationExecutor, OptimizationUnit } from "./replication-store.js";

/**
 * What an optimisation part carries to rebuild its study with no input file at hand: the study as
 * validated, the scenario file's text and the --set overrides (each configuration is the scenario
 * file with the overrides and its decisions applied, so the text is needed, not one resolved
 * scenario), the files' names (for messages), and how many units the first batch holds in all.
 */
export interface OptimizationPartSpec {
  readonly studyFile: string;
  readonly study: OptimizationStudy;
  readonly scenarioFile: string;
  readonly scenarioText: string;
  readonly overrides: readonly string[];
  readonly batch: number;
}

/** Schema of an optimisation part's "study". */
export const optimizationPartSpec = object(
  {
    studyFile: string({ description: "The study file's name, as given to optimize (for messages).", minLength: 1 }),
    study: optimizationStudySchema,
    scenarioFile: string({ description: "The study's scenario file's name, as optimize read it (for messages).", minLength: 1 }),
    scenarioText: string({ description: "The text of the study's scenario file." }),
    overrides: array(string({ description: "One --set PATH=VALUE given to optimize." }), { description: "The --set overrides (and --horizon, --seed ...) given to optimize, in order." }),
    batch: integer({ description: "Replications in the procedure's first batch, shared by the shards.", min: 0 }),
  },
  { description: "An optimisation study as a part file carries it: the study, its scenario's text and the overrides." },
);

/** The optimisation command as `merge` reads its parts. */
export const OPTIMIZATION_PART: PartCommand = { command: "optimize", spec: optimizationPartSpec };

/** Every command whose parts `merge` reads: the study kinds and optimize. */
export const PART_COMMANDS: Readonly<Record<string, PartCommand>> = { ...STUDY_KINDS, optimize: OPTIMIZATION_PART };

/** A shard's share of an optimisation's first batch: a part whose units are positions in the batch, with each one's configuration and replication. */
export interface OptimizationPart extends StudyPart {
  /** The configuration and replication of each held unit, in the order of `units`. */
  readonly runs: readonly OptimizationUnit[];
}

/**
 * Runs shard I of N of an optimisation study: the procedure up to its first batch (`firstBatch`, whose
 * pilot replication every shard runs), then the units i of the batch with i mod N = I − 1. Returns the
 * part file `merge` reads; `spec` is the study as the part carries it, less the batch size.
 * @throws what `execute` or the procedure throws (a missing metric, a run cap).
 */
export async function runOptimizationShard(
  spec: Omit<OptimizationPartSpec, "batch">,
  scenario: Scenario,
  shard: Shard,
  execute: OptimizationExecutor,
): Promise<OptimizationPart> {
  const batch = await firstBatch(spec.study, scenario, execute);
  checkShardCount(batch.units.length, shard);
  const indices = shardUnits(batch.units.length, shard);
  const runs = indices.map((i) => batch.units[i] as OptimizationUnit);
  const ran = [...(await execute(indices.filter((i) => i >= batch.outputs.length).map((i) => batch.units[i] as OptimizationUnit)))];
  const outputs = indices.map((i) => (i < batch.outputs.length ? batch.outputs[i] : ran.shift()) as ReplicationOutput);
  const part = makePart(OPTIMIZATION_PART, { ...spec, batch: batch.units.length }, shard, indices, outputs);
  return { format: part.format, command: part.command, shard: part.shard, units: part.units, study: part.study, runs, outputs: part.outputs };
}

/** The parts of one optimisation, checked: the study they carry and the batch's units and outputs in batch order. */
export type OptimizationParts =
  | {
    readonly ok: true;
    readonly spec: OptimizationPartSpec;
    /** The first part's file (the one the others were compared with). */
    readonly file: string;
    readonly units: readonly OptimizationUnit[];
    readonly outputs: readonly ReplicationOutput[];
    /** The part file that holds the batch's unit i. */
    fileOf(i: number): string;
  }
  | { readonly ok: false; readonly problems: string[] };

const isIndex = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

/**
 * Checks the part files of a sharded optimisation through the checks every command's parts share
 * (`checkPartSet`: parts of one command and one study, one shard count, every shard once, the units
 * of its shard, outputs well formed), and that each held unit names a configuration of the study and
 * the replication its output is of. Parts of other commands among them are named. Never throws.
 */
export function checkOptimizationParts(parts: readonly { file: string; data: unknown }[]): OptimizationParts {
  let units: OptimizationUnit[] = [];
  let outputs: ReplicationOutput[] = [];
  let files: string[] = [];
  const isOptimize = (part: CheckedPart): boolean => part.kind === OPTIMIZATION_PART;
  const set = checkPartSet(parts, PART_COMMANDS, (first) => {
    const total = isOptimize(first) ? (first.spec as OptimizationPartSpec).batch : (first.kind as StudyKind<unknown, unknown>).unitCount(first.spec);
    // Filled by index as the parts are read; not sized from the count, which a damaged part may put past any array's length.
    units = [];
    outputs = [];
    files = [];
    return total;
  }, (checked, expected, problems) => {
    if (!isOptimize(checked)) return;
    const { file, data, part } = checked;
    const configurations = configurationCount((checked.spec as OptimizationPartSpec).study);
    const runs = data["runs"];
    if (!Array.isArray(runs) || runs.length !== expected.length) {
      problems.push(`${file}: runs: must list the configuration and replication of each of its ${expected.length} units, got ${Array.isArray(runs) ? `${runs.length} entries` : JSON.stringify(runs)?.slice(0, 40)}`);
      return;
    }
    runs.forEach((run: unknown, k) => {
      const u = expected[k] as number;
      const o = part.outputs[k] as ReplicationOutput;
      const c = typeof run === "object" && run !== null ? (run as Record<string, unknown>)["configuration"] : undefined;
      const r = typeof run === "object" && run !== null ? (run as Record<string, unknown>)["replication"] : undefined;
      if (!isIndex(c) || c >= configurations || !isIndex(r)) {
        problems.push(`${file}: runs[${k}]: must be { "configuration": C, "replication": R } with 0 <= C < ${configurations} and R an integer >= 0, got ${JSON.stringify(run)?.slice(0, 60)}`);
        return;
      }
      if (o.replication !== r) problems.push(`${file}: outputs[${k}] is of replication ${o.replication}, but runs[${k}] says replication ${r}`);
      units[u] = { configuration: c, replication: r };
      outputs[u] = o;
      files[u] = file;
    });
  });
  if (!set.ok) return set;
  return { ok: true, spec: set.first.spec as OptimizationPartSpec, file: set.first.file, units, outputs, fileOf: (i) => files[i] as string };
}

/**
 * Problems when the parts' batch is not the first batch this study's procedure asks for (`asked`, as
 * `firstBatch` finds it here): the parts were written by another borderflow, or edited. Empty when
 * they hold exactly that batch, unit by unit.
 */
export function batchProblems(parts: Extract<OptimizationParts, { ok: true }>, asked: readonly OptimizationUnit[]): string[] {
  const name = (u: OptimizationUnit | undefined): string => (u === undefined ? "nothing" : `configuration ${u.configuration} replication ${u.replication}`);
  if (asked.length !== parts.units.length) {
    return [`${parts.file}: the parts hold a first batch of ${parts.units.length} replications, but this study's procedure asks for ${asked.length} first; were the parts written by another version of borderflow?`];
  }
  const problems: string[] = [];
  asked.forEach((u, i) => {
    const held = parts.units[i];
    if (held?.configuration !== u.configuration || held.replication !== u.replication) {
      problems.push(`${parts.fileOf(i)}: unit ${i} of the first batch is ${name(held)}, but this study's procedure asks for ${name(u)} there; were the parts written by another version of borderflow, or edited?`);
    }
  });
  return problems.slice(0, 10);
}

