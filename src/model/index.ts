// The model layer: stations, the open queueing network and the Karasu / Ak-Tilek border. Only re-exports.
export { Station, type StationOptions, type StationMetrics, type Visit, type VisitListener } from "./station.js";
export { runNetwork, type NetworkRun, type NetworkRunOptions, type NetworkTraceEvent } from "./network/run-network.js";
export type { NetworkSpec, NetworkArrival, NetworkStation } from "./network/network-spec.js";
