// The engine layer: the discrete-event kernel, random streams, distributions, arrivals and monitors.
// It knows nothing of borders or trucks. Only re-exports.
export { Simulation, type SimulationOptions, type TraceHook, type QueueEntry } from "./simulation.js";
export { SimEvent } from "./sim-event.js";
export { Timeout } from "./timeout.js";
export { Condition, type ConditionValue } from "./condition.js";
export { Process, type ProcessGenerator, type Yieldable } from "./process.js";
export { Interrupt } from "./interrupt.js";
export { SimulationError } from "./simulation-error.js";
export { Resource, type Discipline, type ResourceOptions, type RequestOptions, type ResourceListener } from "./resource.js";
export { Request, type RequestStatus } from "./request.js";
export { Preemption } from "./preemption.js";
export { Store, StorePut, StoreGet, type StoreOptions } from "./store.js";

export { randomStream, type RandomSource } from "./random-stream.js";

export type { Distribution } from "./distributions/distribution.js";
export { distributionFromSpec, distributionNames, type DistributionSpec } from "./distributions/distribution-from-spec.js";
export { exponential } from "./distributions/exponential.js";
export { deterministic } from "./distributions/deterministic.js";
export { uniform } from "./distributions/uniform.js";
export { triangular } from "./distributions/triangular.js";
export { normal } from "./distributions/normal.js";
export { lognormal } from "./distributions/lognormal.js";
export { gamma } from "./distributions/gamma.js";
export { erlang } from "./distributions/erlang.js";
export { weibull } from "./distributions/weibull.js";
export { empirical } from "./distributions/empirical.js";
export { scaleDistribution } from "./distributions/scale.js";

export type { RateProfile } from "./arrivals/rate-profile.js";
export { constantProfile } from "./arrivals/constant-profile.js";
export { periodicProfile, type PeriodicProfileOptions } from "./arrivals/periodic-profile.js";
export { productProfile } from "./arrivals/product-profile.js";
export { nonHomogeneousPoisson, type ArrivalProcess } from "./arrivals/non-homogeneous-poisson.js";

export { Tally } from "./monitors/tally.js";
export { TimeWeighted } from "./monitors/time-weighted.js";
export { QuantileSketch, type QuantileSketchOptions } from "./monitors/quantile-sketch.js";
export { Histogram } from "./monitors/histogram.js";
export { ResourceMonitor } from "./resource-monitor.js";
export { capacitySchedule, type CapacityChange, type CapacityScheduleOptions } from "./capacity-schedule.js";
export { breakdowns, type BreakdownOptions } from "./breakdowns.js";
