// The scenario layer: the file format, its validation, and turning a scenario into model runs and
// study results. Browser-safe: Node-only pieces (worker-pool.ts, replication-worker.ts,
// write-schema.ts) are imported by the CLI directly, never re-exported here. Only re-exports.
export type { Scenario, ScenarioModel, Distribution, NetworkScenario } from "./format/scenario-types.js";
export { loadScenario, type LoadResult } from "./format/load-scenario.js";
export { formatProblems, type Problem } from "./format/problem.js";
export { parseJson } from "./format/parse-json.js";
export { decodeUtf8, type Utf8Decoding } from "./format/decode-utf8.js";
export { MAX_REPLICATIONS } from "./format/common-fields.js";
export { applyOverrides, type OverrideResult } from "./format/set-override.js";
export { parseSweep, type SweepParse, type SweepValue } from "./format/sweep.js";
export { scenarioSchema } from "./format/scenario-schema.js";
export { scenarioJsonSchema, scenarioJsonSchemaText } from "./format/json-schema.js";

export type { ReplicationOutput } from "./study/replication-output.js";
export { runReplication } from "./study/run-replication.js";
export { runStudy, shardReplications, unmetPrecision, type StudyPlan, type StudyRun, type ReplicationExecutor } from "./study/run-study.js";
export { studyPlan, studyHeader, headlineMetrics, horizonOf, type StudyRequest } from "./study/study-setup.js";
export { summarizeStudy, metricPaths, metricValues, type StudyHeader } from "./study/summarize-study.js";
export { pairedDifferences, type NamedOutputs } from "./study/compare-studies.js";
export { makePart, mergeParts, type StudyPart, type MergeResult } from "./study/study-part.js";
export { replicationUnits, splitBlocks, type StudyUnit, type UnitExecutor } from "./study/study-unit.js";
export { shardUnits, type Shard } from "./study/shard.js";
export type { StudyKind } from "./study/study-kind.js";
export { STUDY_KINDS } from "./study/study-kinds.js";
export { runKind, type RunSpec } from "./study/kinds/run-kind.js";
export { compareKind, type CompareSpec } from "./study/kinds/compare-kind.js";
export { sweepKind, type SweepSpec } from "./study/kinds/sweep-kind.js";
export { sensitivityKind } from "./study/kinds/sensitivity-kind.js";
export { uncertaintyKind } from "./study/kinds/uncertainty-kind.js";
export { runWholeStudy, runShardOfStudy } from "./study/run-study-kind.js";
export { csvCell, studyRows, comparisonRows, sweepRows, rowsToCsv, modelsOf, type ResultRow, type RowModel } from "./output/result-csv.js";
export { decimalCommaCsv } from "./output/decimal-comma-csv.js";
export type {
  StudyResult, ComparisonResult, SweepResult, Difference, DirectionResult, DirectionSeries, DirectionId,
  BandPoint, ActivityResult, CrossingEstimate, MetricSet,
} from "./study/study-result.js";
export { networkTheory, type TheoryReport } from "./study/network-theory.js";
export { truckTimes, TRUCK_METRICS, type TruckMetric } from "./study/truck-times.js";
export {
  checkObserved, checkAgainstRuns, checkReplications, verdictOf, CHECK_MIN_REPLICATIONS, type ObservedCheck, type CheckTarget,
} from "./study/check-observed.js";
export { checkRows, checkHeadline, checkTable, checkCsv, checkJson, CHECK_TABLE_HEADER } from "./output/check-output.js";
export * from "./records/index.js";
export { writeIntoScenario, type FieldWrite } from "./format/write-into-scenario.js";
export { durationFitJson, arrivalFitJson } from "./output/fit-json.js";
export { arrivalWrites, type ArrivalWrites } from "./format/arrival-writes.js";
export { namedStreams } from "./study/named-streams.js";
