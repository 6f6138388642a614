import { estimate } from "../../stats/index.js";
import type { Estimate } from "../../stats/index.js";
import type { ReplicationOutput } from "./replication-output.js";
import type { BandPoint, StudyResult } from "./study-result.js";

/** What a study result says about itself besides its metrics. */
export interface StudyHeader {
  readonly scenario: string;
  readonly model: "network" | "border";
  readonly seed: number;
  /** Whole run length in model time units, warm-up included. */
  readonly horizon: number;
}

type Tree = { [key: string]: Tree | number | null };

/** Sets `tree[a][b][c] = value` for path "a.b.c"; an estimate merges with children already there (crossingHours + crossingHours.p50). */
function place(tree: Tree, path: readonly string[], value: Estimate): void {
  let node = tree;
  for (const part of path.slice(0, -1)) {
    const next = node[part];
    if (next === undefined || typeof next !== "object" || next === null) node[part] = {};
    node = node[part] as Tree;
  }
  const last = path[path.length - 1] as string;
  const existing = node[last];
  const merged: Tree = { mean: value.mean, halfWidth: value.halfWidth, lo: value.lo, hi: value.hi };
  if (existing !== undefined && typeof existing === "object" && existing !== null) Object.assign(merged, existing);
  node[last] = merged;
}

/** The union of metric paths over replications, in first-seen order (so the output order is fixed by the model). */
export function metricPaths(outputs: readonly ReplicationOutput[]): string[] {
  const seen = new Set<string>();
  for (const o of outputs) for (const key of Object.keys(o.metrics)) seen.add(key);
  return [...seen];
}

/** The values of one metric across replications, skipping replications where it had no observation. */
export function metricValues(outputs: readonly ReplicationOutput[], path: string): number[] {
  const values: number[] = [];
  for (const o of outputs) {
    const v = o.metrics[path];
    if (v !== undefined) values.push(v);
  }
  return values;
}

/**
 * The estimate of one metric; values too large to sum or square in double precision (a scenario in
 * units that make times of 1e154) are refused naming the scenario and the metric, not the statistic.
 * @throws {RangeError}
 */
export function metricEstimate(scenario: string | undefined, path: string, values: readonly number[]): Estimate {
  try {
    return estimate(values);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new RangeError(`${scenario === undefined ? "" : `"${scenario}": `}${path}: ${error.message.replace(/^estimate: /, "its replications' ")}; express the scenario's times in a larger unit, so that they are smaller numbers`);
  }
}

function bands(outputs: readonly ReplicationOutput[], key: string): BandPoint[] {
  const length = Math.min(...outputs.map((o) => o.series?.[key]?.length ?? 0));
  const points: BandPoint[] = [];
  for (let x = 0; x < length; x++) {
    const e = estimate(outputs.map((o) => (o.series?.[key] as readonly number[])[x] as number));
    points.push({ x, mean: e.mean, lo: e.lo, hi: e.hi });
  }
  return points;
}

/**
 * Turns the outputs of independent replications into a study result: each metric's mean with its
 * 95% Student-t interval across replications, nested by its dotted path; series become bands,
 * histograms are pooled. Outputs must be in replication order; the result depends only on them,
 * so one worker or many, sharded or not, give the same bytes.
 * @throws {RangeError} if there are no outputs.
 */
export function summarizeStudy(header: StudyHeader, outputs: readonly ReplicationOutput[]): StudyResult {
  if (outputs.length === 0) throw new RangeError("summarizeStudy: outputs must hold at least one replication");
  const tree: Tree = {};
  for (const path of metricPaths(outputs)) place(tree, path.split("."), metricEstimate(header.scenario, path, metricValues(outputs, path)));
  const warmup = outputs.reduce((sum, o) => sum + o.warmup, 0) / outputs.length;
  const result: Record<string, unknown> = {
    scenario: header.scenario,
    model: header.model,
    seed: header.seed,
    replications: outputs.length,
    horizon: header.horizon,
    warmup,
    system: tree["system"] ?? {},
    stations: tree["stations"] ?? {},
    classes: tree["classes"] ?? {},
  };
  if (tree["directions"] !== undefined) result["directions"] = tree["directions"];
  const first = outputs[0] as ReplicationOutput;
  if (first.series !== undefined || first.histograms !== undefined) {
    const series: Record<string, Record<string, unknown>> = {};
    const group = (key: string): Record<string, unknown> => {
      const [head] = key.split(".");
      return (series[head as string] ??= {});
    };
    for (const key of Object.keys(first.series ?? {})) group(key)[key.slice(key.indexOf(".") + 1)] = bands(outputs, key);
    for (const [key, h] of Object.entries(first.histograms ?? {})) {
      const counts = h.counts.map((_, i) => outputs.reduce((sum, o) => sum + (o.histograms?.[key]?.counts[i] ?? 0), 0));
      group(key)[key.slice(key.indexOf(".") + 1)] = { edgesHours: [...h.edges], counts };
    }
    result["series"] = series;
  }
  return result as unknown as StudyResult;
}
