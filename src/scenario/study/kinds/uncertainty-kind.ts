import { integer } from "../../format/schema/number.js";
import { object } from "../../format/schema/object.js";
import type { ResultRow } from "../../output/result-csv.js";
import { summarizeUncertainty, uncertaintyUnits, type UncertaintyResult, type UncertaintySpec } from "../analysis/uncertainty.js";
import { designUnitCount } from "../analysis/design-point.js";
import type { StudyKind } from "../study-kind.js";
import { analysisHeaderFields, checkPoints } from "./analysis-spec-fields.js";

/** The generic rows of an uncertainty result: a row per world and metric (`parameter` "world", `value` its index). */
function uncertaintyRows(result: UncertaintyResult): ResultRow[] {
  const kind = result.against === undefined ? "estimate" : "difference";
  return result.worlds.flatMap((w, i) => Object.entries(w.metrics).map(([metric, e]): ResultRow => ({
    kind, scenario: result.scenario, parameter: "world", value: String(i), metric, mean: e.mean, halfWidth: e.halfWidth, lo: e.lo, hi: e.hi, replications: result.replications,
  })));
}

/**
 * `borderflow uncertainty`: every world × replication is a unit (world w runs replications
 * w·n .. w·n + n − 1, FILE's then BASE's), so an uncertainty study shards and merges like any other.
 */
export const uncertaintyKind: StudyKind<UncertaintySpec, UncertaintyResult> = {
  command: "uncertainty",
  spec: object(
    { samples: integer({ description: "Plausible worlds.", min: 2 }), ...analysisHeaderFields },
    {
      description: "An uncertainty study: its inputs, metrics and worlds, resolved.",
      check: (spec, report) => {
        checkPoints(spec, report);
        if (spec.points.length !== spec.samples) report(["points"], `must hold one point per world (${spec.samples}), got ${spec.points.length}`);
      },
    },
  ),
  units: uncertaintyUnits,
  unitCount: (spec) => designUnitCount(spec.points, spec.replications),
  summarize: summarizeUncertainty,
  rows: uncertaintyRows,
};
