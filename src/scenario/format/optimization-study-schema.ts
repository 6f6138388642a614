import { MAX_REPLICATIONS } from "./common-fields.js";
import { pathSegments } from "./override-syntax.js";
import { anyOf } from "./schema/any-of.js";
import { array } from "./schema/array.js";
import { literal } from "./schema/literal.js";
import type { Infer } from "./schema/node.js";
import { integer, number } from "./schema/number.js";
import { object, optional, withDefault } from "./schema/object.js";
import { record } from "./schema/record.js";
import { string } from "./schema/string.js";

const decision = object(
  {
    path: string({ description: "The scenario field decided, as --set takes it (`directions.kg-to-kz.stages.3.lanes`).", minLength: 1 }),
    values: optional(array(number({ description: "One value the field may take." }), { description: "The values to try, in any order; give either values or min and max.", minLength: 1 })),
    min: optional(number({ description: "Smallest value to try (with max; and step, default 1)." })),
    max: optional(number({ description: "Largest value to try (with min)." })),
    step: optional(number({ description: "Step from min to max. @default 1", exclusiveMin: 0 })),
  },
  {
    description: "One thing to decide: a scenario field and the values it may take.",
    check(value, report) {
      const range = value.min !== undefined || value.max !== undefined || value.step !== undefined;
      if (value.values !== undefined && range) report([], "give either values or min, max (and step), not both");
      else if (value.values === undefined && (value.min === undefined || value.max === undefined)) {
        report([], "needs values, or both min and max (and optionally step)");
      } else if (value.min !== undefined && value.max !== undefined && value.min > value.max) {
        report(["min"], `must be <= max (${value.max}), got ${value.min}`);
      }
    },
  },
);

const constraint = object(
  {
    metric: string({ description: "A result metric as the CSV names it (`directions.kg-to-kz.crossingHours.p95`, `stations.desk.waitInQueue`).", minLength: 1 }),
    max: optional(number({ description: "The metric's mean must be at most this, in the metric's unit." })),
    min: optional(number({ description: "The metric's mean must be at least this, in the metric's unit." })),
    tolerance: optional(number({ description: "How close to the limit a mean may be and still be called either way, in the metric's unit. @default 5% of the limit's size (or 0.05 for a limit of 0)", exclusiveMin: 0 })),
  },
  {
    description: "A target a configuration must meet.",
    check(value, report) {
      if ((value.max === undefined) === (value.min === undefined)) report([], "needs exactly one of max or min");
    },
  },
);

/** The fields of an optimisation study file, as validated. */
export const optimizationStudySchema = object(
  {
    $schema: optional(string({ description: "Path or URL of this file's JSON Schema, for editors; borderflow ignores it." })),
    description: withDefault(string({ description: "What the study decides and why its target, in plain words." }), ""),
    scenario: string({ description: "The scenario file the study starts from, relative to this file (or an absolute path).", minLength: 1 }),
    decisions: array(decision, { description: "The fields to decide and their values; every combination is a configuration.", minLength: 1 }),
    cost: optional(record(number({ description: "Cost of one unit of the decision's value (a scanner's yearly cost, a lane-shift's staff cost).", min: 0 }), { description: "Cost per unit of each decision, by its path: a configuration costs the sum of value x unit cost. A decision left out costs nothing.", keyNoun: "decision path" })),
    costMetric: optional(string({ description: "A result metric to use as the cost instead of `cost` (smaller is better).", minLength: 1 })),
    constraints: withDefault(array(constraint, { description: "Targets every acceptable configuration meets." }), []),
    objective: withDefault(
      anyOf([
        literal("min-cost", { description: "The cheapest configuration that meets every constraint." }),
        object({ minimize: string({ description: "The metric to make smallest.", minLength: 1 }) }, { description: "The configuration with the smallest mean of a metric, among those within the budget that meet every constraint." }),
      ], { description: "What best means. @default \"min-cost\"" }),
      "min-cost",
    ),
    budget: optional(number({ description: "With a `minimize` objective: the most a configuration may cost.", min: 0 })),
    alpha: withDefault(number({ description: "Probability of a wrong answer allowed (split between the feasibility checks and the final choice). At least 0.000001: split among thousands of checks, a smaller one leaves confidence levels that round to 1.", min: 0.000001, max: 0.5 }), 0.05),
    indifference: number({ description: "The smallest difference in the objective worth telling apart, in the objective's unit (cost, or the minimised metric's unit).", exclusiveMin: 0 }),
    firstStageReplications: withDefault(integer({ description: "Replications of every configuration before any is judged (n0). At most 100000, as --replications.", min: 2, max: MAX_REPLICATIONS }), 10),
    maxReplications: withDefault(integer({ description: "The most replications any configuration gets; where the procedures need more, the answer says its guarantee is weakened. At most 100000, as --replications.", min: 2, max: MAX_REPLICATIONS }), 100),
    maxConfigurations: withDefault(integer({ description: "The most configurations the study runs (a hard cap). A decision space of at most this many is searched whole; a larger one by a neighbourhood search that stops, and says so, when it would run more. Raising it to the space's size therefore runs every configuration instead of searching. @default 500", min: 2, max: 10000 }), 500),
    searchStarts: withDefault(integer({ description: "Starting points of the neighbourhood search of a space larger than maxConfigurations: the centre of the decisions' ranges, then points drawn with the scenario's seed. @default 3", min: 1, max: 100 }), 3),
    finalists: withDefault(integer({ description: "The most configurations the neighbourhood search hands to the final feasibility check and selection, whose guarantee holds among them only. @default 10", min: 1, max: 100 }), 10),
  },
  {
    description: "A borderflow optimisation study: what to decide, what it costs, which targets to meet.",
    check(value, report) {
      const paths = value.decisions.map((d) => d.path);
      // Compared as --set applies them: stations[0].servers and stations.0.servers are one field.
      const fields = paths.map((p) => pathSegments(p).join("."));
      fields.forEach((f, i) => {
        if (fields.indexOf(f) !== i) report(["decisions", i, "path"], `"${paths[i]}" is decided twice (also decisions[${fields.indexOf(f)}], "${paths[fields.indexOf(f)]}")`);
      });
      if (value.cost !== undefined && value.costMetric !== undefined) report(["costMetric"], "give either cost or costMetric, not both");
      if (value.cost === undefined && value.costMetric === undefined) report([], "needs cost (unit costs by decision path) or costMetric");
      for (const key of Object.keys(value.cost ?? {})) {
        if (!paths.includes(key)) report(["cost", key], `is not a decision path; allowed: ${paths.join(", ")}`);
      }
      if (value.objective === "min-cost" && value.budget !== undefined) report(["budget"], "goes with a { \"minimize\": METRIC } objective; min-cost needs no budget");
      if (value.firstStageReplications > value.maxReplications) {
        report(["firstStageReplications"], `must be <= maxReplications (${value.maxReplications}), got ${value.firstStageReplications}`);
      }
    },
  },
);

/** A validated optimisation study file, defaults filled in. */
export type OptimizationStudy = Infer<typeof optimizationStudySchema>;
