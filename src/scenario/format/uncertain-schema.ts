import { array } from "./schema/array.js";
import { enumeration } from "./schema/literal.js";
import type { Infer } from "./schema/node.js";
import { number } from "./schema/number.js";
import { object, optional, withDefault } from "./schema/object.js";
import { string } from "./schema/string.js";

const pathText = string({
  description: "A JSON path as --set takes it, to a number field of this scenario, such as \"directions.kg-to-kz.trucksPerDay\" or \"directions.kg-to-kz.stages.3.serviceMinutes.mean\".",
  minLength: 1,
});

const uncertainInput = object(
  {
    path: optional(pathText),
    paths: optional(
      array(pathText, {
        description: "Several number fields moved together as one input, such as the September and October multipliers: the first carries low and high, the others move in proportion to their own values (the same value where their values are equal).",
        minLength: 2,
      }),
    ),
    low: number({ description: "Least plausible value of the (first) field, in its own unit; at most the scenario's value." }),
    high: number({ description: "Greatest plausible value of the (first) field, in its own unit; at least the scenario's value." }),
    distribution: withDefault(
      enumeration(["uniform", "triangular"], {
        description: "How plausible values spread over [low, high]: \"uniform\" all alike, \"triangular\" most likely at the scenario's value (the mode), falling to low and high.",
      }),
      "uniform",
    ),
    why: string({ description: "One line: the source of the range, or why the value is an assumption.", minLength: 1 }),
  },
  {
    description: "An input whose value is not known exactly: its plausible range, for `borderflow sensitivity` and `borderflow uncertainty`. The scenario's own value is the nominal and must lie in the range.",
    check: (u, report) => {
      if ((u.path === undefined) === (u.paths === undefined)) report([], "must give exactly one of path (one field) or paths (several fields moved together)");
      if (u.low > u.high) report(["low"], `must be <= high (${u.high}), got ${u.low}`);
    },
  },
);

/**
 * The `uncertain` field of every scenario: the inputs whose values are assumptions or uncertain
 * estimates, each with a plausible range. Where each path leads (a number field of this scenario,
 * the range allowed for that field, the scenario's value inside the range) is checked by
 * `checkUncertain`, which needs the whole scenario.
 */
export const uncertainSchema = array(uncertainInput, {
  description: "Inputs whose values are uncertain, each with its plausible range and why; `borderflow sensitivity` and `uncertainty` vary them. Empty: every value is taken as known.",
});

/** One declared uncertain input, as written in a scenario file (distribution defaulted). */
export type UncertainDeclaration = Infer<typeof uncertainInput>;
