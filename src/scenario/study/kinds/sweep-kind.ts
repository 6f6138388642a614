import { anyOf } from "../../format/schema/any-of.js";
import { array } from "../../format/schema/array.js";
import { boolean } from "../../format/schema/boolean.js";
import { number } from "../../format/schema/number.js";
import { object } from "../../format/schema/object.js";
import { string } from "../../format/schema/string.js";
import type { Scenario } from "../../format/scenario-types.js";
import type { SweepValue } from "../../format/sweep.js";
import { sweepRows } from "../../output/result-csv.js";
import type { StudyKind } from "../study-kind.js";
import { studyHeader } from "../study-setup.js";
import type { SweepResult } from "../study-result.js";
import { replicationUnits, splitBlocks } from "../study-unit.js";
import { summarizeStudy } from "../summarize-study.js";
import { replicationCount, resolvedScenarios } from "./spec-fields.js";

/** What `borderflow sweep` studies: one resolved scenario per value of one parameter. */
export interface SweepSpec {
  /** The dotted path that is varied, such as `seals.share`. */
  readonly parameter: string;
  readonly values: readonly SweepValue[];
  /** The scenario with each value set, in the order of `values`. */
  readonly scenarios: readonly Scenario[];
  readonly replications: number;
}

/** `borderflow sweep`: replications 0..n−1 of each value's scenario, value by value; one study result per value. */
export const sweepKind: StudyKind<SweepSpec, SweepResult> = {
  command: "sweep",
  spec: object(
    {
      parameter: string({ description: "The dotted path that is varied.", minLength: 1 }),
      values: array(
        anyOf([number({ description: "A number." }), string({ description: "A string." }), boolean({ description: "A boolean." })], { description: "A value of the parameter." }),
        { description: "The values of the parameter, in sweep order.", minLength: 2 },
      ),
      scenarios: resolvedScenarios(2, "The scenario with each value set, resolved, in the order of the values."),
      replications: replicationCount,
    },
    {
      description: "A sweep: replications 0..n−1 of the scenario at each value of one parameter.",
      check: (spec, report) => {
        if (spec.scenarios.length !== spec.values.length) {
          report(["scenarios"], `must hold one scenario per value (${spec.values.length}), got ${spec.scenarios.length}`);
        }
      },
    },
  ),
  units: (spec) => replicationUnits(spec.scenarios, spec.replications),
  unitCount: (spec) => spec.scenarios.length * spec.replications,
  summarize: (spec, outputs) => {
    const blocks = splitBlocks(outputs, spec.scenarios.length);
    return {
      parameter: spec.parameter,
      values: spec.values,
      results: spec.scenarios.map((s, i) => summarizeStudy(studyHeader(s), blocks[i] as typeof outputs)),
    };
  },
  rows: (result) => sweepRows(result),
};
