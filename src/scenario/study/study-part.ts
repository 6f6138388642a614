import type { ReplicationOutput } from "./replication-output.js";
import { shardReplications } from "./run-study.js";
import type { Scenario } from "../format/scenario-types.js";

const FORMAT = "borderflow-part/1";

/** A shard's share of a study: the resolved scenario (overrides applied) and its replications' outputs. */
export interface StudyPart {
  readonly format: typeof FORMAT;
  readonly scenario: Scenario;
  readonly shard: { readonly index: number; readonly count: number };
  readonly outputs: readonly ReplicationOutput[];
}

/** The part file a shard writes. */
export function makePart(scenario: Scenario, shard: { index: number; count: number }, outputs: readonly ReplicationOutput[]): StudyPart {
  return { format: FORMAT, scenario, shard, outputs };
}

function isPart(data: unknown): data is StudyPart {
  const p = data as Partial<StudyPart> | null;
  return typeof p === "object" && p !== null && p.format === FORMAT && typeof p.scenario === "object" &&
    typeof p.shard?.index === "number" && typeof p.shard.count === "number" && Array.isArray(p.outputs);
}

/**
 * Combines the parts of a sharded study into the scenario and outputs of the unsharded run, in
 * replication order. Lists every problem: a file that is not a part, parts of different scenarios or
 * shard counts, a shard given twice or missing, a part whose replications are not its shard's.
 */
export function mergeParts(
  parts: readonly { file: string; data: unknown }[],
): { ok: true; scenario: Scenario; outputs: ReplicationOutput[] } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const valid = parts.filter((p) => {
    if (!isPart(p.data)) problems.push(`${p.file}: not a part file (expected the JSON that "borderflow run --shard I/N" writes, format "${FORMAT}")`);
    return isPart(p.data);
  }) as { file: string; data: StudyPart }[];
  const first = valid[0];
  if (first === undefined) return { ok: false, problems };
  const scenarioText = JSON.stringify(first.data.scenario);
  const count = first.data.shard.count;
  const seen = new Map<number, string>();
  for (const { file, data } of valid) {
    if (JSON.stringify(data.scenario) !== scenarioText) problems.push(`${file}: its scenario differs from that of ${first.file}; parts of one study must come from the same scenario and options`);
    if (data.shard.count !== count) problems.push(`${file}: shard ${data.shard.index}/${data.shard.count} does not match ${first.file}'s count ${count}`);
    const twin = seen.get(data.shard.index);
    if (twin !== undefined) problems.push(`${file}: shard ${data.shard.index}/${count} was already given by ${twin}`);
    seen.set(data.shard.index, file);
    const expected = shardReplications(first.data.scenario.replications, data.shard).join(",");
    if (data.outputs.map((o) => o.replication).join(",") !== expected) {
      problems.push(`${file}: holds replications [${data.outputs.map((o) => o.replication).join(",")}], but shard ${data.shard.index}/${count} should hold [${expected}]`);
    }
  }
  for (let i = 1; i <= count; i++) if (!seen.has(i)) problems.push(`shard ${i}/${count} is missing`);
  if (problems.length > 0) return { ok: false, problems };
  const outputs = valid.flatMap((p) => p.data.outputs).sort((a, b) => a.replication - b.replication);
  return { ok: true, scenario: first.data.scenario, outputs };
}
