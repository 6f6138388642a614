import type { StudyResult } from "../study/study-result.js";

const GROUPS = ["system", "stations", "classes", "directions"] as const;
const ESTIMATE_FIELDS = ["mean", "halfWidth", "lo", "hi"];

/** The part of a metric tree whose metric paths `keep` accepts; undefined when nothing is left. */
function prune(node: unknown, path: string, keep: (path: string) => boolean): unknown {
  if (typeof node !== "object" || node === null) return undefined;
  const source = node as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const isEstimate = typeof source["mean"] === "number";
  if (isEstimate && keep(path)) for (const field of ESTIMATE_FIELDS) if (field in source) out[field] = source[field];
  for (const [key, child] of Object.entries(source)) {
    if (isEstimate && ESTIMATE_FIELDS.includes(key)) continue;
    const kept = prune(child, `${path}.${key}`, keep);
    if (kept !== undefined) out[key] = kept;
  }
  return Object.keys(out).length === 0 ? undefined : out;
}

/**
 * A study result with only the metrics `keep` accepts (`--metric` with `--format json`): the header
 * fields stay, each metric group keeps the selected estimates at their usual paths (an empty group is
 * `{}`), and the chart series, which are not metrics, are left out.
 * @example
 * selectStudyJson(result, (p) => p === "system.throughput").system; // => { throughput: { mean, halfWidth, lo, hi } }
 */
export function selectStudyJson(result: StudyResult, keep: (path: string) => boolean): StudyResult {
  const { series: _series, ...rest } = result;
  const out: Record<string, unknown> = { ...rest };
  for (const group of GROUPS) {
    if (result[group] === undefined) continue;
    out[group] = prune(result[group], group, keep) ?? {};
  }
  return out as unknown as StudyResult;
}

/**
 * Any study command's result with only the selected metrics: a study result (`run`), or an object whose
 * `results` are study results (`compare`, `sweep`, and kinds built like them), whose `differences` are
 * filtered by metric; other fields are kept as they are.
 */
export function selectResultJson(result: unknown, keep: (path: string) => boolean): unknown {
  if (typeof result !== "object" || result === null) return result;
  const source = result as Record<string, unknown>;
  if (typeof source["model"] === "string" && typeof source["scenario"] === "string") return selectStudyJson(result as StudyResult, keep);
  const out: Record<string, unknown> = { ...source };
  if (Array.isArray(source["results"])) out["results"] = source["results"].map((r) => selectResultJson(r, keep));
  if (Array.isArray(source["differences"])) {
    out["differences"] = source["differences"].filter((d) => typeof d === "object" && d !== null && keep(String((d as { metric?: unknown }).metric)));
  }
  return out;
}

/** The study results inside any study command's result: itself for `run`, its `results` otherwise. */
export function studiesOf(result: unknown): StudyResult[] {
  if (typeof result !== "object" || result === null) return [];
  const source = result as Record<string, unknown>;
  if (typeof source["model"] === "string" && typeof source["scenario"] === "string") return [result as StudyResult];
  return Array.isArray(source["results"]) ? source["results"].flatMap(studiesOf) : [];
}
