import { checkRota } from "./rota-check.js";
import { distributionSchema } from "./distribution-schema.js";
import { array } from "./schema/array.js";
import { boolean } from "./schema/boolean.js";
import { describe } from "./schema/describe.js";
import { enumeration } from "./schema/literal.js";
import { integer, number } from "./schema/number.js";
import { object, optional, withDefault } from "./schema/object.js";
import { record } from "./schema/record.js";
import { identifier } from "./schema/identifier.js";
import { string } from "./schema/string.js";

// Shares are typed by people as decimals; allow their sum to miss 1 by rounding only.
const sumTolerance = 1e-6;

const minutes = (what: string) => describe(distributionSchema, `${what}, in minutes.`);

const shiftChange = object(
  {
    at: number({ description: "Hour within the period at which the lanes on duty change; in [0, periodLength).", min: 0 }),
    lanes: integer({ description: "Lanes on duty from `at` until the next change (0 closes the stage); at most the stage's `lanes`.", min: 0 }),
  },
  { description: "One change of the lanes on duty." },
);

const hours = object(
  {
    periodLength: withDefault(number({ description: "Length of the repeating rota, in hours (24 for a daily one, 168 for a weekly one).", exclusiveMin: 0 }), 24),
    changes: array(shiftChange, { description: "Changes in strictly increasing `at`; the last one holds until the first one of the next period.", minLength: 1 }),
  },
  {
    description: "Opening hours and shifts: the lanes on duty over a repeating period. Without it the stage is open 24 hours with all its lanes.",
    check: checkRota,
  },
);

const breakdowns = object(
  {
    timeToFailureHours: describe(distributionSchema, "Working time of a lane from a repair to its next failure, in hours."),
    timeToRepairHours: describe(distributionSchema, "Time a failure lasts, in hours."),
  },
  { description: "Random failures of each lane (the X-ray scanner): a failed lane serves nobody until repaired; the truck in it resumes afterwards." },
);

const inspection = object(
  {
    share: number({ description: "Share of loaded trucks selected (risk-based) for physical inspection here, 0 to 1.", min: 0, max: 1 }),
    serviceMinutes: minutes("Control time of a truck selected for physical inspection, used instead of its usual service time"),
  },
  { description: "Risk-based physical inspection at this stage. Empty trucks are never selected; sealed trucks whose seal raised an alarm always are." },
);

const stage = object(
  {
    id: identifier({ description: "Unique id of the stage across the scenario, without dots, such as \"kz-xray\"; its station in results is `stations.<id>`." }),
    post: enumeration(["kz", "kg"], { description: "Whose officers work here: \"kz\" the Kazakh post Karasu, \"kg\" the Kyrgyz post Ak-Tilek." }),
    label: string({ description: "What the stage is, in plain words, for charts and the dashboard.", minLength: 1, line: true }),
    lanes: integer({ description: "Lanes or booths working in parallel (all of them when the stage is open 24 hours).", min: 1 }),
    serviceMinutes: minutes("Control time of one truck"),
    serviceMinutesByClass: optional(
      record(minutes("Control time of a truck of this class"), {
        description: "Control time by truck class, for classes controlled differently; other classes use `serviceMinutes`.",
        keyNoun: "class",
      }),
    ),
    inspection: optional(inspection),
    hours: optional(hours),
    breakdowns: optional(breakdowns),
  },
  {
    description: "A control stage: lanes or booths in parallel with their line, such as the X-ray scanning complex.",
    check: (s, report) => {
      const most = Math.max(0, ...(s.hours?.changes ?? []).map((c) => c.lanes));
      if (most > s.lanes) report(["lanes"], `must be at least the most lanes the hours put on duty (${most}), got ${s.lanes}`);
    },
  },
);

const truckClass = object(
  {
    id: identifier({ description: "Name of the class, such as \"perishable\", in results (`classes.<id>`) and in `serviceMinutesByClass`; without dots." }),
    share: number({ description: "Share of this direction's trucks in the class, 0 to 1; the shares of a direction sum to 1.", min: 0, max: 1 }),
    loaded: withDefault(boolean({ description: "Whether these trucks carry cargo. Empty trucks are never selected for physical inspection and never carry a seal." }), true),
    skipStages: withDefault(array(string({ description: "Id of a stage of this direction.", minLength: 1 }), { description: "Stages these trucks do not pass, such as the revenue check for empty trucks." }), []),
  },
  { description: "A kind of truck: perishable agricultural cargo, general cargo, transit, empty." },
);

const ones = (n: number): number[] => Array.from({ length: n }, () => 1);

const direction = object(
  {
    trucksPerDay: number({ description: "Mean trucks arriving per day in a month whose multiplier in monthOfYear is 1.", min: 0 }),
    hourOfDay: withDefault(
      array(number({ description: "Relative arrivals in this hour.", min: 0 }), { description: "24 relative arrival weights, 00:00–01:00 first; borderflow rescales them to average 1, so trucksPerDay stays the daily mean.", minLength: 24, maxLength: 24 }),
      ones(24),
    ),
    dayOfWeek: withDefault(
      array(number({ description: "Relative arrivals on this day.", min: 0 }), { description: "7 relative arrival weights, Monday first (day 0 is a Monday); rescaled to average 1.", minLength: 7, maxLength: 7 }),
      ones(7),
    ),
    zonePlaces: integer({ description: "Places inside the checkpoint, from the gate to the last stage (lines at stages, trucks held for documents); a truck that finds none waits outside, on the road.", min: 1 }),
    classes: array(truckClass, { description: "Kinds of truck in this direction, with shares summing to 1.", minLength: 1 }),
    stages: array(stage, { description: "Control stages in the order a truck meets them: first the exit post's, then the entry post's. The slower post sets the pace.", minLength: 1 }),
  },
  {
    description: "Traffic and controls of one direction.",
    check: (d, report) => {
      const weights = (values: readonly number[], name: string): void => {
        if (!values.some((v) => v > 0)) report([name], "must hold at least one weight > 0");
      };
      weights(d.hourOfDay, "hourOfDay");
      weights(d.dayOfWeek, "dayOfWeek");
      const total = d.classes.reduce((sum, c) => sum + c.share, 0);
      if (Math.abs(total - 1) > sumTolerance) report(["classes"], `shares must sum to 1, got ${total}`);
      const classIds = d.classes.map((c) => c.id);
      const stageIds = d.stages.map((s) => s.id);
      d.classes.forEach((c, i) => {
        if (classIds.indexOf(c.id) !== i) report(["classes", i, "id"], `duplicate class id ${JSON.stringify(c.id)}; classes[${classIds.indexOf(c.id)}] has it already`);
        c.skipStages.forEach((id, j) => {
          if (!stageIds.includes(id)) report(["classes", i, "skipStages", j], `unknown stage ${JSON.stringify(id)}; this direction's stages: ${stageIds.join(", ")}`);
        });
      });
      d.stages.forEach((s, i) => {
        for (const name of Object.keys(s.serviceMinutesByClass ?? {})) {
          if (!classIds.includes(name)) report(["stages", i, "serviceMinutesByClass", name], `unknown class ${JSON.stringify(name)}; this direction's classes: ${classIds.join(", ")}`);
        }
      });
    },
  },
);

/** Both directions of the crossing, each with its traffic, checkpoint places, truck classes and stages. */
export const borderDirectionsSchema = object(
  {
    "kg-to-kz": describe(direction, "Kyrgyzstan → Kazakhstan: exit at Ak-Tilek (post \"kg\"), entry at Karasu (post \"kz\")."),
    "kz-to-kg": describe(direction, "Kazakhstan → Kyrgyzstan: exit at Karasu (post \"kz\"), entry at Ak-Tilek (post \"kg\")."),
  },
  { description: "The two directions of the crossing." },
);
