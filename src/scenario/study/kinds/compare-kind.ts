import { object } from "../../format/schema/object.js";
import type { Scenario } from "../../format/scenario-types.js";
import { comparisonRows } from "../../output/result-csv.js";
import { pairedDifferences } from "../compare-studies.js";
import type { StudyKind } from "../study-kind.js";
import { studyHeader } from "../study-setup.js";
import type { ComparisonResult } from "../study-result.js";
import { replicationUnits, splitBlocks } from "../study-unit.js";
import { summarizeStudy } from "../summarize-study.js";
import { replicationCount, resolvedScenarios } from "./spec-fields.js";

/** What `borderflow compare` studies: the base scenario then the others, all with the base's seed. */
export interface CompareSpec {
  readonly scenarios: readonly Scenario[];
  readonly replications: number;
}

/**
 * `borderflow compare`: replications 0..n−1 of every scenario, scenario by scenario; the result is
 * each scenario's study and each one's paired differences against the first (common random numbers).
 */
export const compareKind: StudyKind<CompareSpec, ComparisonResult> = {
  command: "compare",
  spec: object(
    {
      scenarios: resolvedScenarios(2, "The base scenario, then the others, resolved."),
      replications: replicationCount,
    },
    {
      description: "A comparison: replications 0..n−1 of each scenario under the base's seed.",
      check: (spec, report) => {
        const base = spec.scenarios[0] as Scenario;
        spec.scenarios.forEach((s, i) => {
          if (s.seed !== base.seed) report(["scenarios", i, "seed"], `must equal the base's seed ${base.seed} (a comparison is paired), got ${s.seed}`);
        });
      },
    },
  ),
  units: (spec) => replicationUnits(spec.scenarios, spec.replications),
  unitCount: (spec) => spec.scenarios.length * spec.replications,
  summarize: (spec, outputs) => {
    const blocks = splitBlocks(outputs, spec.scenarios.length);
    const base = spec.scenarios[0] as Scenario;
    const baseOutputs = blocks[0] as typeof outputs;
    return {
      results: spec.scenarios.map((s, i) => summarizeStudy(studyHeader(s), blocks[i] as typeof outputs)),
      differences: spec.scenarios.slice(1).flatMap((s, i) =>
        pairedDifferences({ scenario: base.name, outputs: baseOutputs }, { scenario: s.name, outputs: blocks[i + 1] as typeof outputs })),
    };
  },
  rows: (result) => comparisonRows(result),
};
