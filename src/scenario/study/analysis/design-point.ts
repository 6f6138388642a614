import type { Scenario } from "../../format/scenario-types.js";
import type { ReplicationOutput } from "../replication-output.js";
import type { StudyUnit } from "../study-unit.js";

/**
 * A metric chosen for a sensitivity or uncertainty study has no value at one of its design points (a
 * station nobody waited at, a metric no replication reports): the study's choice of metrics is wrong for
 * these outputs. A RangeError, as the summaries' other complaints are (optimize's counterpart, a metric a
 * configuration's replication lacks, is optimize/replication-store.ts's MissingMetricError).
 */
export class MetricWithoutValueError extends RangeError {
  override readonly name = "MetricWithoutValueError";
}

/** One point of a design: each input's value, and the scenarios (FILE and, against a base, BASE) at those values. */
export interface DesignPoint {
  /** One value per input of the study, in the inputs' order (the first field's value). */
  readonly values: readonly number[];
  readonly scenario: Scenario;
  readonly base?: Scenario;
}


/**
 * A design point's scenario (FILE's or BASE's) for a message: its name and the point's input values,
 * `"seals" at seals.share=0.35, documents.waitHours.mean=6`; the name alone for a scenario of no point.
 */
export function designScenarioName(spec: { readonly points: readonly DesignPoint[]; readonly inputs: readonly { readonly path: string }[] }, scenario: Scenario): string {
  const point = spec.points.find((p) => p.scenario === scenario || p.base === scenario);
  if (point === undefined) return `"${scenario.name}"`;
  return `"${scenario.name}" at ${spec.inputs.map((input, i) => `${input.path}=${point.values[i]}`).join(", ")}`;
}

/**
 * The units of a design, in their fixed order: for each point, FILE's replications, then BASE's.
 * `first(p)` is the first replication index of point p: 0 at every point (common random numbers
 * across points, for one-at-a-time and Morris designs) or p × replications (independent worlds).
 */
export function designUnits(points: readonly DesignPoint[], replications: number, first: (point: number) => number): StudyUnit[] {
  const units: StudyUnit[] = [];
  points.forEach((p, i) => {
    for (const scenario of p.base === undefined ? [p.scenario] : [p.scenario, p.base]) {
      for (let r = 0; r < replications; r++) units.push({ scenario, replication: first(i) + r });
    }
  });
  return units;
}

/** How many units `designUnits` lists, counted without listing them. */
export function designUnitCount(points: readonly Pick<DesignPoint, "base">[], replications: number): number {
  return points.reduce((n, p) => n + (p.base === undefined ? 1 : 2), 0) * replications;
}

/** The outputs of one point: FILE's, and BASE's against a base. */
export interface PointOutputs {
  readonly file: readonly ReplicationOutput[];
  readonly base?: readonly ReplicationOutput[];
}

/**
 * Splits the outputs of `designUnits`, in unit order, back into points.
 * @throws {RangeError} if there are not exactly as many outputs as units.
 */
export function pointOutputs(points: readonly DesignPoint[], replications: number, outputs: readonly ReplicationOutput[]): PointOutputs[] {
  const perPoint = (p: DesignPoint): number => (p.base === undefined ? 1 : 2) * replications;
  const expected = points.reduce((s, p) => s + perPoint(p), 0);
  if (outputs.length !== expected) throw new RangeError(`pointOutputs: the design has ${expected} units but ${outputs.length} outputs were given`);
  let at = 0;
  return points.map((p) => {
    const file = outputs.slice(at, at + replications);
    at += replications;
    if (p.base === undefined) return { file };
    const base = outputs.slice(at, at + replications);
    at += replications;
    return { file, base };
  });
}

/**
 * A metric's value in each replication of a point, by replication index: FILE's value, or against
 * a base the paired difference FILE − BASE (replications where either lacks the metric are left out).
 */
export function pointValues(point: PointOutputs, metric: string): Map<number, number> {
  const values = new Map<number, number>();
  // Own keys only: a part file's "__proto__" or "constructor" as a metric would otherwise find Object's.
  const of = (o: ReplicationOutput | undefined): number | undefined => (o !== undefined && Object.hasOwn(o.metrics, metric) ? o.metrics[metric] : undefined);
  point.file.forEach((o, i) => {
    const x = of(o);
    if (x === undefined) return;
    if (point.base === undefined) values.set(o.replication, x);
    else {
      const y = of(point.base[i]);
      if (y !== undefined) values.set(o.replication, x - y);
    }
  });
  return values;
}
