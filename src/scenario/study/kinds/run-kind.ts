import { object } from "../../format/schema/object.js";
import type { Scenario } from "../../format/scenario-types.js";
import { studyRows } from "../../output/result-csv.js";
import type { StudyKind } from "../study-kind.js";
import { studyHeader } from "../study-setup.js";
import type { StudyResult } from "../study-result.js";
import { replicationUnits } from "../study-unit.js";
import { summarizeStudy } from "../summarize-study.js";
import { replicationCount, resolvedScenario } from "./spec-fields.js";

/** What `borderflow run` studies: replications 0..n−1 of one scenario. */
export interface RunSpec {
  readonly scenario: Scenario;
  readonly replications: number;
}

/** `borderflow run`: one unit per replication; the result is the scenario's study result. */
export const runKind: StudyKind<RunSpec, StudyResult> = {
  command: "run",
  spec: object(
    { scenario: resolvedScenario, replications: replicationCount },
    { description: "A run: replications 0..n−1 of one resolved scenario." },
  ),
  units: (spec) => replicationUnits([spec.scenario], spec.replications),
  unitCount: (spec) => spec.replications,
  summarize: (spec, outputs) => summarizeStudy(studyHeader(spec.scenario), outputs),
  rows: (result) => studyRows(result),
};
