// The model layer: stations, the open queueing network and the Karasu / Ak-Tilek border. Only re-exports.
export { Station, type StationOptions, type StationMetrics, type Visit, type VisitListener } from "./station.js";
export { FlowStation } from "./flow-station.js";
export { StationJob } from "./station-job.js";
export { runNetwork, type NetworkRun, type NetworkRunOptions, type NetworkTraceEvent } from "./network/run-network.js";
export type { NetworkSpec, NetworkArrival, NetworkStation } from "./network/network-spec.js";
export { runBorder, BORDER_DIRECTIONS, type BorderRun, type BorderRunOptions, type TruckAccounting } from "./border/run-border.js";
export type {
  BorderSpec, BorderDirectionId, PostId, DirectionSpec, TruckClassSpec, StageSpec, DocumentsSpec, SealsSpec, UnifiedSpec, LogisticsCentreSpec,
} from "./border/border-spec.js";
export type { BorderTrace, BorderTraceEvent, WaitingPlace } from "./border/border-trace.js";
export {
  directionStations, fittingStageId, sealedLaneId, type DirectionStation, type DirectionStationRole,
} from "./border/direction-stations.js";
export { arrivalProfile, type ArrivalProfileOptions } from "./border/arrival-profile.js";
export { DEFAULT_RUN_LIMITS, RunLimitError, type RunLimits } from "./run-limits.js";
