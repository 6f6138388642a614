import { fittingStageId, sealedLaneId, type BorderSpec } from "../../model/index.js";
import { borderDirectionsSchema } from "./border-direction-schema.js";
import { breakdownVolumeProblem, rotaVolumeProblem } from "./event-volume.js";
import { borderLeverFields } from "./border-levers-schema.js";
import { commonFields } from "./common-fields.js";
import { array } from "./schema/array.js";
import { unknownName } from "./schema/did-you-mean.js";
import type { Simplify } from "./schema/node.js";
import { integer, number } from "./schema/number.js";
import { object, withDefault, type ObjectValue, type Report } from "./schema/object.js";
import { string } from "./schema/string.js";
import type { Assert, Equals } from "./schema/type-equals.js";

const borderFields = {
  ...commonFields,
  sources: withDefault(
    array(string({ description: "A source and the figures taken from it.", minLength: 1 }), { description: "Where the scenario's figures come from, one line per source." }),
    [],
  ),
  assumptions: withDefault(
    array(string({ description: "One assumed figure and why.", minLength: 1 }), { description: "Every figure without a source, marked as an assumption, so that readers can question and change it." }),
    [],
  ),
  days: integer({ description: "Simulated days of each replication, warm-up included; at most 3660 (ten years).", min: 1, max: 3660 }),
  warmupDays: withDefault(integer({ description: "Days at the start whose statistics are discarded (the border starts empty); less than days.", min: 0 }), 7),
  startMonth: withDefault(integer({ description: "Calendar month of day 0, 1 (January) to 12; day 0 is the first of that month, and a Monday.", min: 1, max: 12 }), 1),
  monthOfYear: withDefault(
    array(number({ description: "Arrival multiplier in this month.", min: 0 }), {
      description: "12 arrival multipliers by calendar month, January first, for both directions: 1 is an ordinary month, above 1 a peak such as the autumn harvest. Not rescaled.",
      minLength: 12,
      maxLength: 12,
    }),
    Array.from({ length: 12 }, () => 1),
  ),
  metresPerTruck: withDefault(number({ description: "Road length a queued truck takes, in metres (about 12: 6 km for 500 trucks, Kyrgyz press 2017); at most 1000.", exclusiveMin: 0, max: 1000 }), 12),
  directions: borderDirectionsSchema,
  ...borderLeverFields,
} as const;

type BorderFields = ObjectValue<typeof borderFields>;
// The model defines the border it runs (BorderSpec, with every field's meaning and unit); the schema must
// decode to exactly that, plus the fields only a file has (name, sources, replications…). This fails to
// compile when they disagree, so a field changed on one side only is caught by the typecheck.
type BorderSchemaMatchesModel = Assert<Equals<Pick<BorderFields, keyof BorderSpec>, BorderSpec>>;
type Path = readonly (string | number)[];

const exitPost = { "kg-to-kz": "kg", "kz-to-kg": "kz" } as const;
const entryPost = { "kg-to-kz": "kz", "kz-to-kg": "kg" } as const;

/** Where each stage is: its direction, index and post. */
interface StagePlace {
  readonly direction: "kg-to-kz" | "kz-to-kg";
  readonly index: number;
  readonly post: "kz" | "kg";
}

function checkBorder(b: BorderFields, report: Report): void {
  if (b.warmupDays >= b.days) report(["warmupDays"], `must be < days (${b.days}), got ${b.warmupDays}`);
  if (!b.monthOfYear.some((m) => m > 0)) report(["monthOfYear"], "must hold at least one multiplier > 0 (all 0 means no truck ever arrives)");
  const stages = new Map<string, StagePlace>();
  const reserved = new Set([fittingStageId("kg-to-kz"), fittingStageId("kz-to-kg")]);
  for (const direction of ["kg-to-kz", "kz-to-kg"] as const) {
    let sawEntry = false;
    b.directions[direction].stages.forEach((s, index) => {
      const at: Path = ["directions", direction, "stages", index];
      const first = stages.get(s.id);
      if (first !== undefined) report([...at, "id"], `duplicate stage id ${JSON.stringify(s.id)}; directions.${first.direction}.stages[${first.index}] has it already (ids are unique across both directions)`);
      else stages.set(s.id, { direction, index, post: s.post });
      const rota = s.hours === undefined ? undefined : rotaVolumeProblem(b.days * 24, s.hours.periodLength, s.hours.changes.length);
      if (rota !== undefined) report([...at, "hours"], rota);
      const failures = s.breakdowns === undefined ? undefined : breakdownVolumeProblem(b.days * 24, s.lanes, s.breakdowns.timeToFailureHours, s.breakdowns.timeToRepairHours);
      if (failures !== undefined) report([...at, "breakdowns"], `the lanes ${failures}`);
      if (reserved.has(s.id) || s.id.endsWith(sealedLaneId(""))) {
        report([...at, "id"], `${JSON.stringify(s.id)} is reserved for the seal-fitting stage and sealed lanes (kg-seal-fitting, kz-seal-fitting, <stage>-sealed-lane)`);
      }
      if (s.post === entryPost[direction]) sawEntry = true;
      else if (sawEntry) {
        report([...at, "post"], `must be "${entryPost[direction]}": in ${direction} the exit post's ("${exitPost[direction]}") stages come first, then the entry post's, and an earlier stage is already at the entry post`);
      }
    });
  }
  const ids = [...stages.keys()];
  const known = (at: Path, id: string): StagePlace | undefined => {
    const place = stages.get(id);
    if (place !== undefined) return place;
    report(at, unknownName("stage", id, ids, `stages: ${ids.join(", ")}`));
    return undefined;
  };

  const classes = new Set([...b.directions["kg-to-kz"].classes, ...b.directions["kz-to-kg"].classes].map((c) => c.id));
  b.seals.eligibleClasses.forEach((id, i) => {
    if (!classes.has(id)) report(["seals", "eligibleClasses", i], `unknown class ${JSON.stringify(id)}; classes: ${[...classes].join(", ")}`);
  });
  b.seals.skipStages.forEach((id, i) => known(["seals", "skipStages", i], id));

  const joint = b.unified.jointControl;
  if (joint.enabled && joint.mergedStages.length === 0) report(["unified", "jointControl", "mergedStages"], "must name at least one [exit stage, entry stage] pair when enabled is true");
  const merged = new Set<string>();
  joint.mergedStages.forEach((pair, i) => {
    const at: Path = ["unified", "jointControl", "mergedStages", i];
    const [exitId, entryId] = pair as readonly [string, string];
    const exit = known([...at, 0], exitId);
    const entry = known([...at, 1], entryId);
    for (const [k, id] of [[0, exitId], [1, entryId]] as const) {
      if (merged.has(id)) report([...at, k], `stage ${JSON.stringify(id)} is already in another merged pair`);
      merged.add(id);
    }
    if (exit === undefined || entry === undefined) return;
    if (exit.direction !== entry.direction) report(at, `must be two stages of the same direction, got ${exit.direction} and ${entry.direction}`);
    else {
      if (exit.post !== exitPost[exit.direction]) report([...at, 0], `must be a stage of ${exit.direction}'s exit post ("${exitPost[exit.direction]}"), got one at "${exit.post}"`);
      if (entry.post !== entryPost[entry.direction]) report([...at, 1], `must be a stage of ${entry.direction}'s entry post ("${entryPost[entry.direction]}"), got one at "${entry.post}"`);
    }
  });

  const pre = b.unified.preArrivalInfo;
  if (pre.enabled && pre.stages.length === 0) report(["unified", "preArrivalInfo", "stages"], "must name at least one stage when enabled is true");
  pre.stages.forEach((id, i) => known(["unified", "preArrivalInfo", "stages", i], id));
  b.logisticsCentre.preclearStages.forEach((id, i) => known(["logisticsCentre", "preclearStages", i], id));
}

/**
 * The border form (`"model": "border"`, a tag the top-level union adds): the Karasu / Ak-Tilek
 * crossing, both directions, with the measures (seals, unified algorithm, logistics centre) as
 * sections that default to "off". Length in days; service times in minutes; other times in hours.
 */
export const borderScenarioSchema = object(borderFields, {
  description: "The Karasu (Kazakhstan) / Ak-Tilek (Kyrgyzstan) road border crossing for freight trucks, both directions, with the measures a planner can switch on.",
  check: checkBorder,
});

/** A scenario in the border form, with every default filled in: the model's BorderSpec and the file's own fields. */
export type BorderScenario = Simplify<{ readonly model: "border" } & BorderSpec & Omit<BorderFields, keyof BorderSpec>>;
