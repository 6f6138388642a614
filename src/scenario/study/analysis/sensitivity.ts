import { randomStream } from "../../../engine/index.js";
import {
  elementaryEffects, estimate, morrisMeasures, morrisTrajectories, rangeQuantile,
  type Estimate, type MorrisStep,
} from "../../../stats/index.js";
import type { ReplicationOutput } from "../replication-output.js";
import type { StudyUnit } from "../study-unit.js";
import { MAX_DESIGN_POINTS, resolvePoint, type DesignInput, type PairedInput, type ScenarioSource } from "./design-inputs.js";
import { MetricWithoutValueError, designUnits, pointOutputs, pointValues, type DesignPoint, type PointOutputs } from "./design-point.js";

/** How `borderflow sensitivity` varies the inputs. */
export type SensitivityMethod = "oat" | "morris";

/** Everything a sensitivity study needs to run its units and summarise them (what a part file would store). */
export interface SensitivitySpec {
  readonly method: SensitivityMethod;
  readonly scenario: string;
  /** BASE's name, when the output is the paired difference FILE − BASE. */
  readonly against?: string;
  readonly seed: number;
  readonly replications: number;
  /** Morris trajectories r. */
  readonly trajectories?: number;
  /** The metrics reported, dotted paths. */
  readonly metrics: readonly string[];
  readonly inputs: readonly DesignInput[];
  /** Inputs held at a `--set` value instead of varied (their first paths). */
  readonly held: readonly string[];
  /** oat: the nominal point, then each input's low and high point; morris: r trajectories of k + 1 points. */
  readonly points: readonly DesignPoint[];
  /** morris: the step of each trajectory, steps[t][j] from point j to j + 1. */
  readonly steps?: readonly (readonly MorrisStep[])[];
}

/** What the user asked of a sensitivity study, besides the files. */
export interface SensitivityRequest {
  readonly method: SensitivityMethod;
  /** Morris trajectories; @default 10 */
  readonly trajectories?: number;
  readonly metrics: readonly string[];
  readonly held?: readonly string[];
}

/**
 * The design of a sensitivity study: every point's values and scenarios. "oat" (a tornado): the
 * nominal point, then each input at its low and at its high value with the others nominal, 2k + 1
 * points. "morris": r random trajectories of k + 1 points on a 4-level grid over each input's
 * range (uniform, or the triangular's quantiles), drawn from the stream named "morris-design" of
 * FILE's seed, so the design is reproducible. Every point runs replications 0..n−1 of FILE's seed
 * (common random numbers across points, and between FILE and BASE).
 * @throws {RangeError} if there are no inputs; DesignPointError if a point breaks a rule of the format.
 */
export function sensitivitySpec(request: SensitivityRequest, inputs: readonly PairedInput[], file: ScenarioSource, base?: ScenarioSource): SensitivitySpec {
  if (inputs.length === 0) throw new RangeError("there are no uncertain inputs to vary: declare them under \"uncertain\" in the scenario file (each with path, low, high and why)");
  const nominal = inputs.map((p) => p.input.nominal);
  const at = (values: readonly number[]): DesignPoint => ({ values, ...resolvePoint(inputs, values, file, base) });
  const first = at(nominal);
  const header = {
    method: request.method, scenario: first.scenario.name, ...(first.base === undefined ? {} : { against: first.base.name }),
    seed: first.scenario.seed, replications: first.scenario.replications, metrics: request.metrics,
    inputs: inputs.map((p) => p.input), held: request.held ?? [],
  };
  if (request.method === "oat") {
    const points = [first];
    inputs.forEach((p, i) => {
      for (const end of [p.input.low, p.input.high]) points.push(at(nominal.map((v, j) => (j === i ? end : v))));
    });
    return { ...header, points };
  }
  const r = request.trajectories ?? 10;
  if (r * (inputs.length + 1) > MAX_DESIGN_POINTS) {
    throw new RangeError(`--trajectories ${r} makes ${r} × (${inputs.length} inputs + 1) = ${r * (inputs.length + 1)} design points; at most ${MAX_DESIGN_POINTS} are allowed (each is a scenario held in memory), so at most ${Math.floor(MAX_DESIGN_POINTS / (inputs.length + 1))} trajectories here`);
  }
  const trajectories = morrisTrajectories(r, inputs.length, randomStream(first.scenario.seed, 0, "morris-design"));
  const points = trajectories.flatMap((t) => t.points.map((u) => at(u.map((x, i) => rangeQuantile(x, (inputs[i] as PairedInput).input)))));
  return { ...header, trajectories: r, points, steps: trajectories.map((t) => t.steps) };
}

/** The units of a sensitivity study in their fixed order: point by point, FILE's replications then BASE's. */
export function sensitivityUnits(spec: SensitivitySpec): StudyUnit[] {
  return designUnits(spec.points, spec.replications, () => 0);
}

/** The effect of one input on one metric, one at a time. */
export interface OatEffect {
  /** The metric (or FILE − BASE) with this input at its low value and the others nominal. */
  readonly atLow: Estimate;
  readonly atHigh: Estimate;
  /** atHigh − atLow, in the metric's unit. */
  readonly swing: number;
  /** Half-width of the swing's 95% interval, paired replication by replication; null with one replication. */
  readonly swingHalfWidth: number | null;
  /** True when the swing's interval holds 0: the input's effect cannot be told from replication noise. */
  readonly withinNoise: boolean | null;
}

/** The Morris measures of one input on one metric, with the noise in its elementary effects. */
export interface MorrisEffect {
  readonly mu: number;
  readonly muStar: number;
  readonly sigma: number;
  /** Mean half-width of the 95% intervals of the input's elementary effects (replication noise); null with one replication. */
  readonly noise: number | null;
  /** True when μ* is no larger than that noise. */
  readonly withinNoise: boolean | null;
}

/** One input of a sensitivity result, with its effect on each metric. */
export type SensitivityInput<E> = DesignInput & { readonly effects: Readonly<Record<string, E>> };

/** The result of `borderflow sensitivity`. */
export interface SensitivityResult {
  readonly method: SensitivityMethod;
  readonly scenario: string;
  readonly against?: string;
  readonly seed: number;
  readonly replications: number;
  readonly trajectories?: number;
  readonly metrics: readonly string[];
  /** oat: each metric (or FILE − BASE) with every input nominal. */
  readonly nominal?: Readonly<Record<string, Estimate>>;
  /** Sorted by influence on the first metric (|swing|, or μ*), largest first. */
  readonly inputs: readonly SensitivityInput<OatEffect | MorrisEffect>[];
  readonly held?: readonly string[];
}

function valuesOf(point: PointOutputs, metric: string, where: string): Map<number, number> {
  const values = pointValues(point, metric);
  if (values.size === 0) throw new MetricWithoutValueError(`the metric ${metric} has no value ${where}; choose it with --metric only where every design point has it`);
  return values;
}

/** Paired differences after − before over the replications both have. */
function pairedSpread(before: Map<number, number>, after: Map<number, number>): Estimate | undefined {
  const d: number[] = [];
  for (const [r, x] of after) {
    const y = before.get(r);
    if (y !== undefined) d.push(x - y);
  }
  return d.length === 0 ? undefined : estimate(d);
}

const mean = (values: Map<number, number>): number => estimate([...values.values()]).mean;

/**
 * The result of a sensitivity study from its units' outputs, in unit order. Depends only on the
 * spec and the outputs, so any number of workers or shards gives the same bytes.
 * @throws {RangeError} if the outputs do not match the units, or a chosen metric is missing at a point.
 */
export function summarizeSensitivity(spec: SensitivitySpec, outputs: readonly ReplicationOutput[]): SensitivityResult {
  const points = pointOutputs(spec.points, spec.replications, outputs);
  const k = spec.inputs.length;
  const header = {
    method: spec.method, scenario: spec.scenario, ...(spec.against === undefined ? {} : { against: spec.against }),
    seed: spec.seed, replications: spec.replications, ...(spec.trajectories === undefined ? {} : { trajectories: spec.trajectories }),
    metrics: spec.metrics,
  };
  const influence: number[] = [];
  let inputs: SensitivityInput<OatEffect | MorrisEffect>[];
  let nominal: Record<string, Estimate> | undefined;
  if (spec.method === "oat") {
    nominal = Object.fromEntries(spec.metrics.map((m) => [m, estimate([...valuesOf(points[0] as PointOutputs, m, "at the nominal point").values()])]));
    inputs = spec.inputs.map((input, i) => {
      const effects: Record<string, OatEffect> = {};
      for (const m of spec.metrics) {
        const low = valuesOf(points[2 * i + 1] as PointOutputs, m, `with ${input.path} at its low value`);
        const high = valuesOf(points[2 * i + 2] as PointOutputs, m, `with ${input.path} at its high value`);
        const atLow = estimate([...low.values()]);
        const atHigh = estimate([...high.values()]);
        const spread = pairedSpread(low, high);
        const halfWidth = spread?.halfWidth ?? null;
        effects[m] = {
          atLow, atHigh, swing: atHigh.mean - atLow.mean, swingHalfWidth: halfWidth,
          withinNoise: spread === undefined || spread.lo === null || spread.hi === null ? null : spread.lo <= 0 && spread.hi >= 0,
        };
      }
      influence.push(Math.abs((effects[spec.metrics[0] as string] as OatEffect).swing));
      return { ...input, effects };
    });
  } else {
    const steps = spec.steps ?? [];
    const effects: Record<string, MorrisEffect>[] = spec.inputs.map(() => ({}));
    for (const m of spec.metrics) {
      const series = points.map((p, j) => valuesOf(p, m, `at design point ${j}`));
      const means = steps.map((_, t) => series.slice(t * (k + 1), (t + 1) * (k + 1)).map(mean));
      const grid = steps.map((s) => ({ points: Array.from({ length: k + 1 }, () => []), steps: s }));
      const measures = morrisMeasures(elementaryEffects(grid, means));
      const noise: (number | null)[][] = spec.inputs.map(() => []);
      steps.forEach((s, t) => s.forEach((step, j) => {
        const spread = pairedSpread(series[t * (k + 1) + j] as Map<number, number>, series[t * (k + 1) + j + 1] as Map<number, number>);
        (noise[step.input] as (number | null)[]).push(spread?.halfWidth == null ? null : spread.halfWidth / Math.abs(step.delta));
      }));
      measures.forEach((measure, i) => {
        const widths = noise[i] as (number | null)[];
        const level = widths.some((w) => w === null) ? null : (widths as number[]).reduce((a, b) => a + b, 0) / widths.length;
        (effects[i] as Record<string, MorrisEffect>)[m] = { ...measure, noise: level, withinNoise: level === null ? null : measure.muStar <= level };
      });
    }
    inputs = spec.inputs.map((input, i) => {
      influence.push((effects[i] as Record<string, MorrisEffect>)[spec.metrics[0] as string]?.muStar ?? 0);
      return { ...input, effects: effects[i] as Record<string, MorrisEffect> };
    });
  }
  const order = inputs.map((_, i) => i).sort((a, b) => (influence[b] as number) - (influence[a] as number) || a - b);
  return {
    ...header, ...(nominal === undefined ? {} : { nominal }),
    inputs: order.map((i) => inputs[i] as SensitivityInput<OatEffect | MorrisEffect>),
    ...(spec.held.length === 0 ? {} : { held: spec.held }),
  };
}
