import { randomStream } from "../../../engine/index.js";
import { estimate, latinHypercube, rangeQuantile, sampleQuantile, varianceSplit, type Estimate } from "../../../stats/index.js";
import type { ReplicationOutput } from "../replication-output.js";
import type { StudyUnit } from "../study-unit.js";
import { betterDirection } from "./better-direction.js";
import { MAX_DESIGN_POINTS, pointValue, resolvePoint, type DesignInput, type PairedInput, type ScenarioSource } from "./design-inputs.js";
import { MetricWithoutValueError, designUnits, pointOutputs, pointValues, type DesignPoint } from "./design-point.js";

/** Everything an uncertainty study needs to run its units and summarise them. */
export interface UncertaintySpec {
  readonly samples: number;
  readonly scenario: string;
  readonly against?: string;
  readonly seed: number;
  readonly replications: number;
  readonly metrics: readonly string[];
  readonly inputs: readonly DesignInput[];
  readonly held: readonly string[];
  /** One point per plausible world, each input at its drawn value. */
  readonly points: readonly DesignPoint[];
}

/** What the user asked of an uncertainty study, besides the files. */
export interface UncertaintyRequest {
  readonly samples: number;
  readonly metrics: readonly string[];
  readonly held?: readonly string[];
}

/**
 * The plausible worlds of an uncertainty study: a Latin hypercube of `samples` points over the
 * inputs' ranges (uniform, or triangular with the nominal value as mode), drawn from the stream
 * named "uncertainty-worlds" of FILE's seed, so the same request draws the same worlds. World w
 * runs replications w·n .. w·n + n − 1, so worlds do not share random numbers (the noise in one
 * world's mean is independent of another's, which the variance split needs), while FILE and BASE
 * within a world do (a paired difference).
 * @throws {RangeError} if there are no inputs or fewer than 2 samples; DesignPointError if a world breaks a rule of the format.
 */
export function uncertaintySpec(request: UncertaintyRequest, inputs: readonly PairedInput[], file: ScenarioSource, base?: ScenarioSource): UncertaintySpec {
  if (inputs.length === 0) throw new RangeError("there are no uncertain inputs to vary: declare them under \"uncertain\" in the scenario file (each with path, low, high and why)");
  if (!Number.isSafeInteger(request.samples) || request.samples < 2) throw new RangeError(`--samples must be an integer >= 2 (the spread across worlds needs two), got ${request.samples}`);
  if (request.samples > MAX_DESIGN_POINTS) throw new RangeError(`--samples must be at most ${MAX_DESIGN_POINTS} (each plausible world is a scenario held in memory), got ${request.samples}`);
  const probe = file([]);
  if (!probe.ok) throw new RangeError("uncertaintySpec: the scenario does not load");
  const cube = latinHypercube(request.samples, inputs.length, randomStream(probe.scenario.seed, 0, "uncertainty-worlds"));
  const points = cube.map((u): DesignPoint => {
    const values = u.map((x, i) => pointValue(inputs[i] as PairedInput, rangeQuantile(x, (inputs[i] as PairedInput).input)));
    return { values, ...resolvePoint(inputs, values, file, base) };
  });
  const first = points[0] as DesignPoint;
  return {
    samples: request.samples, scenario: first.scenario.name, ...(first.base === undefined ? {} : { against: first.base.name }),
    seed: first.scenario.seed, replications: first.scenario.replications, metrics: request.metrics,
    inputs: inputs.map((p) => p.input), held: request.held ?? [], points,
  };
}

/** The units of an uncertainty study: world by world, FILE's replications then BASE's. */
export function uncertaintyUnits(spec: UncertaintySpec): StudyUnit[] {
  return designUnits(spec.points, spec.replications, (w) => w * spec.replications);
}

/** How one metric (or FILE − BASE) spreads across the plausible worlds. */
export interface UncertaintySummary {
  /** The median, 5% and 95% points of the world means, in the metric's unit. */
  readonly median: number;
  readonly p5: number;
  readonly p95: number;
  /**
   * Against a base, for metrics with a better direction (lower times and queues, higher
   * throughput): the share of worlds in which the difference has that sign and its interval excludes 0.
   */
  readonly shareHelps?: number;
  /** Variance across worlds that the inputs cause (unit²). */
  readonly inputVariance: number | null;
  /** Variance of a world's mean that replication noise causes (unit²); null with one replication. */
  readonly noiseVariance: number | null;
}

/** The result of `borderflow uncertainty`. */
export interface UncertaintyResult {
  readonly samples: number;
  readonly scenario: string;
  readonly against?: string;
  readonly seed: number;
  readonly replications: number;
  readonly metrics: Readonly<Record<string, UncertaintySummary>>;
  readonly inputs: readonly DesignInput[];
  readonly held?: readonly string[];
  readonly worlds: readonly { readonly inputs: Readonly<Record<string, number>>; readonly metrics: Readonly<Record<string, Estimate>> }[];
}

/**
 * The result of an uncertainty study from its units' outputs, in unit order.
 * @throws {RangeError} if the outputs do not match the units, or a chosen metric is missing in a world.
 */
export function summarizeUncertainty(spec: UncertaintySpec, outputs: readonly ReplicationOutput[]): UncertaintyResult {
  const points = pointOutputs(spec.points, spec.replications, outputs);
  const perWorld = spec.metrics.map((m) => points.map((p, w) => {
    const values = [...pointValues(p, m).values()];
    if (values.length === 0) throw new MetricWithoutValueError(`the metric ${m} has no value in world ${w}; choose it with --metric only where every world has it`);
    return values;
  }));
  const metrics: Record<string, UncertaintySummary> = {};
  spec.metrics.forEach((m, j) => {
    const worlds = perWorld[j] as number[][];
    const estimates = worlds.map((v) => estimate(v));
    const means = estimates.map((e) => e.mean);
    const direction = spec.against === undefined ? undefined : betterDirection(m);
    const helps = (e: Estimate): boolean => e.lo !== null && e.hi !== null && (direction === "lower" ? e.hi < 0 : e.lo > 0);
    const split = worlds.every((v) => v.length >= 2) ? varianceSplit(worlds) : undefined;
    metrics[m] = {
      median: sampleQuantile(means, 0.5), p5: sampleQuantile(means, 0.05), p95: sampleQuantile(means, 0.95),
      ...(direction === undefined ? {} : { shareHelps: estimates.filter(helps).length / estimates.length }),
      inputVariance: split?.inputVariance ?? null, noiseVariance: split?.noiseVariance ?? null,
    };
  });
  return {
    samples: spec.samples, scenario: spec.scenario, ...(spec.against === undefined ? {} : { against: spec.against }),
    seed: spec.seed, replications: spec.replications, metrics, inputs: spec.inputs,
    ...(spec.held.length === 0 ? {} : { held: spec.held }),
    worlds: spec.points.map((p, w) => ({
      inputs: Object.fromEntries(spec.inputs.map((input, i) => [input.path, p.values[i] as number])),
      metrics: Object.fromEntries(spec.metrics.map((m, j) => [m, estimate((perWorld[j] as number[][])[w] as number[])])),
    })),
  };
}
