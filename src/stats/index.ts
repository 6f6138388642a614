// The stats layer: output analysis and queueing theory, pure functions. Only re-exports.
export type { Estimate } from "./estimate.js";
export { estimate } from "./confidence-interval.js";
export { pairedDifference } from "./paired-difference.js";
export { relativePrecisionMet } from "./relative-precision-met.js";
export { replicationsNeeded } from "./replications-needed.js";
export { bonferroniLevel } from "./bonferroni-level.js";
export { mser5, type Truncation } from "./mser5.js";
export { welchAverage } from "./welch-average.js";
export { studentTQuantile } from "./student-t-quantile.js";
export { studentTCdf } from "./student-t-cdf.js";
export { regularizedIncompleteBeta } from "./regularized-incomplete-beta.js";
export { logBeta } from "./log-beta.js";
export { knConstant } from "./ranking/kn-constant.js";
export { steinReplications } from "./ranking/stein-replications.js";
export { knSelect, type KnSettings, type KnRequest, type KnObserve, type KnOutcome } from "./ranking/kn-select.js";

export type { QueueMeasures, Applies, DoesNotApply, QueueResult } from "./theory/queue-result.js";
export { mm1, type MM1Result } from "./theory/mm1.js";
export { mmc, type MMcResult } from "./theory/mmc.js";
export { mmck, type MMcKResult } from "./theory/mmck.js";
export { erlangB } from "./theory/erlang-b.js";
export { erlangC } from "./theory/erlang-c.js";
export { md1 } from "./theory/md1.js";
export { mg1, type MG1Result } from "./theory/mg1.js";
export { mg1Priority, type PriorityClass, type PriorityClassMeasures, type MG1PriorityResult } from "./theory/mg1-priority.js";
export { kingman, type KingmanResult } from "./theory/kingman.js";
export { allenCunneen, type AllenCunneenResult } from "./theory/allen-cunneen.js";
export { jackson, type JacksonNetwork, type JacksonStation, type JacksonStationMeasures, type JacksonResult } from "./theory/jackson.js";
export { neverLeaving, solveTrafficEquations } from "./theory/traffic-equations.js";

export { latinHypercube } from "./design/latin-hypercube.js";
export { rangeQuantile, type PlausibleRange } from "./design/range-quantile.js";
export { morrisTrajectories, type MorrisTrajectory, type MorrisStep } from "./design/morris-trajectories.js";
export { elementaryEffects, morrisMeasures, type MorrisMeasures } from "./design/elementary-effects.js";
export { varianceSplit, type VarianceSplit } from "./design/variance-split.js";
export { sampleQuantile } from "./design/sample-quantile.js";
