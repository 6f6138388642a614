import { distributionFromSpec, type DistributionSpec } from "../../engine/index.js";
import type { Infer } from "./schema/node.js";
import { array } from "./schema/array.js";
import { named } from "./schema/named.js";
import { integer, number } from "./schema/number.js";
import { object, optional, type Fields, type ObjectNode, type Report } from "./schema/object.js";
import { taggedUnion } from "./schema/tagged-union.js";
import type { Assert, Equals } from "./schema/type-equals.js";

// Every distribution in a scenario is a duration in the model's time unit, so none may be negative.
const mean = number({ description: "Mean, in the model's time unit.", exclusiveMin: 0 });
const cv = number({ description: "Coefficient of variation: standard deviation / mean (0 is a constant; 1 is as variable as the exponential).", min: 0 });
const low = number({ description: "Smallest value, in the model's time unit.", min: 0 });
const high = number({ description: "Largest value, in the model's time unit.", min: 0 });

/**
 * Every distribution must be one the engine can draw from with a finite mean and variance: bounds
 * on single fields cannot see overflow (weights summing past 1.8e308, a Weibull shape so small that
 * its moments overflow, a cv so large that the variance does), which would otherwise crash a run or
 * make it draw nonsense.
 */
function builds(d: object, report: Report): void {
  let built;
  try {
    built = distributionFromSpec(d as DistributionSpec);
  } catch (error) {
    report([], `cannot be drawn from: ${error instanceof Error ? error.message.replace(/^\w+: /, "") : String(error)}`);
    return;
  }
  if (!Number.isFinite(built.mean) || !Number.isFinite(built.variance)) {
    report([], `its mean (${built.mean}) and variance (${built.variance}) must be finite numbers; use smaller values`);
  }
}

/** The same object node, whose check also makes sure the engine can build it (once its own checks pass). */
function drawable<F extends Fields>(branch: ObjectNode<F>): ObjectNode<F> {
  const own = branch.options.check;
  return object(branch.fields, {
    description: branch.description,
    check: (d, report, raw) => {
      let clean = true;
      own?.call(branch.options, d, (at, message) => { clean = false; report(at, message); }, raw);
      if (clean) builds(d, report);
    },
  });
}

const exponential = object({ mean }, { description: "Exponential (memoryless): cv = 1. The M in M/M/1." });

const deterministic = object(
  { value: number({ description: "The constant, in the model's time unit.", min: 0 }) },
  { description: "Always the same value: cv = 0. The D in M/D/1." },
);

const uniform = object(
  { min: low, max: high },
  {
    description: "Uniform on [min, max]; min must not exceed max.",
    check: (d, report) => {
      if (d.min > d.max) report(["min"], `must be <= max (${d.max}), got ${d.min}`);
    },
  },
);

const triangular = object(
  { min: low, mode: number({ description: "Most likely value, in the model's time unit; within [min, max].", min: 0 }), max: high },
  {
    description: "Triangular on [min, max] with its peak at mode; for expert estimates (least, most likely, most).",
    check: (d, report) => {
      if (d.min > d.max) report(["min"], `must be <= max (${d.max}), got ${d.min}`);
      else if (d.mode < d.min || d.mode > d.max) report(["mode"], `must be within [min, max] = [${d.min}, ${d.max}], got ${d.mode}`);
    },
  },
);

const normal = object(
  { mean, sd: number({ description: "Standard deviation, in the model's time unit.", min: 0 }) },
  { description: "Normal (Gaussian). A duration cannot be negative, so keep sd well below the mean." },
);

const lognormal = object({ mean, cv }, { description: "Lognormal, given by its own mean and cv (not those of the underlying normal): right-skewed, for service times with occasional long cases." });

const gamma = object({ mean, cv }, { description: "Gamma, given by mean and cv: cv < 1 is less variable than the exponential, cv > 1 more." });

const erlang = object(
  { mean, k: integer({ description: "Number of exponential phases; cv = 1/sqrt(k).", min: 1 }) },
  { description: "Erlang-k: the sum of k exponential phases with total mean `mean`. The E_k in M/E_k/1." },
);

const weibull = object(
  {
    shape: number({ description: "Shape k: below 1 the failure rate falls with age, 1 is the exponential, above 1 it rises. At least 0.012: below it the variance overflows.", min: 0.012 }),
    scale: number({ description: "Scale, in the model's time unit.", exclusiveMin: 0 }),
  },
  { description: "Weibull, common for times to failure." },
);

const empirical = object(
  {
    values: array(number({ description: "An observed value, in the model's time unit.", min: 0 }), { description: "The values to draw from, such as measured service times.", minLength: 1 }),
    weights: optional(array(number({ description: "Relative weight of the value at the same index.", min: 0 }), { description: "Relative weights, one per value; equal weights when absent." })),
  },
  {
    description: "Draws one of the given values, with the given relative weights.",
    check: (d, report) => {
      if (d.weights === undefined) return;
      if (d.weights.length !== d.values.length) report(["weights"], `must have one weight per value (${d.values.length}), got ${d.weights.length}`);
      else if (!(d.weights.reduce((sum, w) => sum + w, 0) > 0)) report(["weights"], "must not all be 0");
    },
  },
);

/**
 * A probability distribution of a duration, chosen by `"dist"`. The same node is used wherever a
 * scenario needs a random time (interarrival, service, failure, repair), in both models.
 */
export const distributionSchema = named(
  "Distribution",
  taggedUnion(
    "dist",
    {
      exponential: drawable(exponential),
      deterministic: drawable(deterministic),
      uniform: drawable(uniform),
      triangular: drawable(triangular),
      normal: drawable(normal),
      lognormal: drawable(lognormal),
      gamma: drawable(gamma),
      erlang: drawable(erlang),
      weibull: drawable(weibull),
      empirical: drawable(empirical),
    },
    { description: "A random duration, in the model's time unit, chosen by \"dist\".", noun: "distribution" },
  ),
);

/**
 * A distribution as written in a scenario file, such as `{ dist: "exponential", mean: 2 }`: the engine's
 * `DistributionSpec`, the type its factories take. The schema must decode to exactly that type.
 */
export type Distribution = DistributionSpec;
// Fails to compile when the schema and the engine's type disagree (a field, a name, optional or readonly).
type DistributionSchemaMatchesEngine = Assert<Equals<Infer<typeof distributionSchema>, DistributionSpec>>;
