import { MAX_REPLICATIONS } from "../../format/common-fields.js";
import { array } from "../../format/schema/array.js";
import { enumeration } from "../../format/schema/literal.js";
import { integer, number } from "../../format/schema/number.js";
import { object, optional } from "../../format/schema/object.js";
import { string } from "../../format/schema/string.js";
import { resolvedScenario } from "./spec-fields.js";

/** A varied input as a sensitivity or uncertainty study records it. */
export const designInputSpec = object(
  {
    path: string({ description: "The (first) path, as the scenario file declares it.", minLength: 1 }),
    paths: optional(array(string({ description: "A path.", minLength: 1 }), { description: "All paths moved together.", minLength: 2 })),
    low: number({ description: "Least plausible value." }),
    nominal: number({ description: "The scenario's value." }),
    high: number({ description: "Greatest plausible value." }),
    distribution: enumeration(["uniform", "triangular"], { description: "How values spread over the range." }),
    why: string({ description: "The source, or why it is an assumption." }),
  },
  {
    description: "An uncertain input a study varies.",
    check: (input, report) => {
      if (!(input.low <= input.nominal && input.nominal <= input.high)) report([], `must have low <= nominal <= high, got ${input.low}, ${input.nominal}, ${input.high}`);
    },
  },
);

/** A design point: each input's value and the resolved scenarios there. */
export const designPointSpec = object(
  {
    values: array(number({ description: "An input's value." }), { description: "One value per input, in the inputs' order." }),
    scenario: resolvedScenario,
    base: optional(resolvedScenario),
  },
  { description: "One design point: FILE (and BASE) with each input at its value, resolved." },
);

/** The fields every analysis spec shares. */
export const analysisHeaderFields = {
  scenario: string({ description: "FILE's scenario name." }),
  against: optional(string({ description: "BASE's scenario name." })),
  seed: integer({ description: "FILE's seed (BASE runs with it)." }),
  replications: integer({ description: "Replications at every design point.", min: 1, max: MAX_REPLICATIONS }),
  metrics: array(string({ description: "A dotted metric path.", minLength: 1 }), { description: "The metrics reported.", minLength: 1 }),
  inputs: array(designInputSpec, { description: "The inputs varied, in design order.", minLength: 1 }),
  held: array(string({ description: "A path." }), { description: "Inputs held at a --set value." }),
  points: array(designPointSpec, { description: "The design points, in unit order.", minLength: 1 }),
} as const;

/** Checks that every point has one value per input and that all or none have a base. */
export function checkPoints(spec: { readonly inputs: readonly unknown[]; readonly points: readonly { readonly values: readonly number[]; readonly base?: unknown }[]; readonly against?: string }, report: (at: readonly (string | number)[], message: string) => void): void {
  spec.points.forEach((p, i) => {
    if (p.values.length !== spec.inputs.length) report(["points", i, "values"], `must hold one value per input (${spec.inputs.length}), got ${p.values.length}`);
    if ((p.base === undefined) !== (spec.against === undefined)) report(["points", i, "base"], spec.against === undefined ? "must be absent: the study has no base" : "missing: the study runs against a base");
  });
}

/** A Morris step as recorded. */
export const morrisStepSpec = object(
  { input: integer({ description: "Index of the input moved.", min: 0 }), delta: number({ description: "Its move on the unit grid (±Δ)." }) },
  { description: "One step of a Morris trajectory." },
);
