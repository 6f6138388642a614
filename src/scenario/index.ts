// The scenario layer: the file format, its validation, and turning a scenario into model runs and
// study results. Browser-safe: Node-only pieces (worker-pool.ts, replication-worker.ts,
// write-schema.ts) are imported by the CLI directly, never re-exported here. Only re-exports.
export type { Scenario, ScenarioModel, Distribution, NetworkScenario } from "./scenario-types.js";
export { loadScenario, type LoadResult } from "./load-scenario.js";
export { formatProblems, type Problem } from "./problem.js";
export { parseJson } from "./parse-json.js";
export { applyOverrides, type OverrideResult } from "./set-override.js";
export { parseSweep, type SweepParse, type SweepValue } from "./sweep.js";
export { scenarioSchema } from "./scenario-schema.js";
export { scenarioJsonSchema, scenarioJsonSchemaText } from "./json-schema.js";

export type { ReplicationOutput } from "./replication-output.js";
export { runReplication } from "./run-replication.js";
export { runStudy, shardReplications, unmetPrecision, type StudyPlan, type StudyRun, type ReplicationExecutor } from "./run-study.js";
export { studyPlan, studyHeader, headlineMetrics, horizonOf, type StudyRequest } from "./study-setup.js";
export { summarizeStudy, metricPaths, metricValues, type StudyHeader } from "./summarize-study.js";
export { pairedDifferences, type NamedOutputs } from "./compare-studies.js";
export { makePart, mergeParts, type StudyPart } from "./study-part.js";
export { studyRows, comparisonRows, sweepRows, rowsToCsv, type ResultRow } from "./result-csv.js";
export type {
  StudyResult, ComparisonResult, SweepResult, Difference, DirectionResult, DirectionSeries, DirectionId,
  BandPoint, ActivityResult, CrossingEstimate, MetricSet,
} from "./study-result.js";
export { networkTheory, type TheoryReport } from "./network-theory.js";
