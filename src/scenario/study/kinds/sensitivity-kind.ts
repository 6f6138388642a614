import { array } from "../../format/schema/array.js";
import { enumeration } from "../../format/schema/literal.js";
import { integer } from "../../format/schema/number.js";
import { object, optional } from "../../format/schema/object.js";
import type { ResultRow } from "../../output/result-csv.js";
import { sensitivityUnits, summarizeSensitivity, type MorrisEffect, type OatEffect, type SensitivityResult, type SensitivitySpec } from "../analysis/sensitivity.js";
import { designUnitCount } from "../analysis/design-point.js";
import type { StudyKind } from "../study-kind.js";
import { analysisHeaderFields, checkPoints, morrisStepSpec } from "./analysis-spec-fields.js";

/**
 * The generic rows of a sensitivity result (for tools that read ResultRow): one at a time, a row
 * per input, metric and end (`parameter` the input's path, `value` its low or high value); Morris,
 * a row per input and metric with μ* as the mean and no interval. The CLI prints its own tornado.
 */
function sensitivityRows(result: SensitivityResult): ResultRow[] {
  const kind = result.against === undefined ? "estimate" : "difference";
  const replications = result.replications;
  return result.metrics.flatMap((metric) => result.inputs.flatMap((input): ResultRow[] => {
    const e = input.effects[metric];
    if (e === undefined) return [];
    if ("atLow" in e) {
      const o = e as OatEffect;
      return [[input.low, o.atLow], [input.high, o.atHigh]].map(([v, x]) => {
        const est = x as OatEffect["atLow"];
        return { kind, scenario: result.scenario, parameter: input.path, value: String(v), metric, mean: est.mean, halfWidth: est.halfWidth, lo: est.lo, hi: est.hi, replications };
      });
    }
    const m = e as MorrisEffect;
    return [{ kind, scenario: result.scenario, parameter: input.path, value: "muStar", metric, mean: m.muStar, halfWidth: null, lo: null, hi: null, replications }];
  }));
}

/**
 * `borderflow sensitivity`: every design point × replication is a unit (replications 0..n−1 at
 * each point, FILE's then BASE's), so a sensitivity study shards and merges like any other.
 */
export const sensitivityKind: StudyKind<SensitivitySpec, SensitivityResult> = {
  command: "sensitivity",
  spec: object(
    {
      method: enumeration(["oat", "morris"], { description: "One at a time, or Morris elementary effects." }),
      ...analysisHeaderFields,
      trajectories: optional(integer({ description: "Morris trajectories.", min: 1 })),
      steps: optional(array(array(morrisStepSpec, { description: "The steps of one trajectory." }), { description: "Morris: the steps of each trajectory." })),
    },
    {
      description: "A sensitivity study: its inputs, metrics and design points, resolved.",
      check: (spec, report) => {
        checkPoints(spec, report);
        const k = spec.inputs.length;
        if (spec.method === "oat" && spec.points.length !== 2 * k + 1) report(["points"], `must hold 2 × inputs + 1 = ${2 * k + 1} points for oat, got ${spec.points.length}`);
        if (spec.method === "morris") {
          const r = spec.steps?.length ?? 0;
          if (spec.steps === undefined || spec.steps.some((s) => s.length !== k)) report(["steps"], `must hold ${k} steps for each trajectory`);
          else if (spec.trajectories !== undefined && spec.trajectories !== r) report(["trajectories"], `must be the number of trajectories in steps, ${r}, got ${spec.trajectories}`);
          else if (spec.steps.some((s) => new Set(s.map((step) => step.input)).size !== k || s.some((step) => step.input >= k))) {
            report(["steps"], `each trajectory must move each of the ${k} inputs once (inputs 0 to ${k - 1})`);
          } else if (spec.steps.some((s) => s.some((step) => step.delta === 0 || Math.abs(step.delta) > 1))) {
            report(["steps"], "each step must move its input by a delta in [-1, 1] other than 0 (the unit grid)");
          } else if (spec.points.length !== r * (k + 1)) report(["points"], `must hold trajectories × (inputs + 1) = ${r * (k + 1)} points for morris, got ${spec.points.length}`);
        }
      },
    },
  ),
  units: sensitivityUnits,
  unitCount: (spec) => designUnitCount(spec.points, spec.replications),
  summarize: summarizeSensitivity,
  rows: sensitivityRows,
};
