import { distributionSchema } from "./distribution-schema.js";
import { array } from "./schema/array.js";
import { boolean } from "./schema/boolean.js";
import { describe } from "./schema/describe.js";
import { enumeration } from "./schema/literal.js";
import { integer, number } from "./schema/number.js";
import { object, optional, withDefault } from "./schema/object.js";
import { string } from "./schema/string.js";

/** Kazakhstan's 2025 electronic-queue rules: priority slots at most 5% of daily capacity, paid fast track at most 1%. */
export const PRIORITY_SLOT_CAP = 0.05;
/** See PRIORITY_SLOT_CAP. */
export const FAST_TRACK_CAP = 0.01;

const share = (description: string) => number({ description, min: 0, max: 1 });
const factor = (description: string) => number({ description, min: 0 });
const stageIds = (description: string) => array(string({ description: "Id of a stage.", minLength: 1 }), { description });

const documents = object(
  {
    incompleteShare: withDefault(share("Share of trucks arriving with incomplete documents, 0 to 1."), 0),
    waitHours: withDefault(
      describe(distributionSchema, "Hours until a truck's missing documents come; it waits aside inside the checkpoint meanwhile, keeping its place."),
      { dist: "exponential", mean: 8 },
    ),
    returnShare: withDefault(
      share("Share of trucks turned back under unified.turnBackIncomplete that come back with complete documents, 0 to 1 (0: none comes back, as if they went elsewhere). A returning truck arrives again at the back of the queue and is never turned back twice."),
      0,
    ),
    returnAfterHours: optional(
      describe(distributionSchema, "Hours from being turned back to coming back with the documents; required when returnShare > 0 (no default), ignored when it is 0."),
    ),
  },
  {
    description: "Trucks with incomplete documents: found at their first control, they wait aside in the checkpoint until the documents come (or are turned back under unified.turnBackIncomplete, and may come back: returnShare, returnAfterHours).",
    check: (d, report) => {
      if (d.returnShare > 0 && d.returnAfterHours === undefined) {
        report(["returnAfterHours"], `missing: required when returnShare > 0 (got ${d.returnShare}); give the hours until a turned-back truck comes back as a distribution, such as {"dist": "lognormal", "mean": 24, "cv": 0.5}, or set returnShare to 0`);
      }
    },
  },
);

const seals = object(
  {
    share: withDefault(share("Share of eligible trucks carrying an electronic navigation seal, 0 to 1 (0: the measure is off)."), 0),
    eligibleClasses: withDefault(
      array(string({ description: "A truck class id.", minLength: 1 }), { description: "Classes whose loaded trucks may carry a seal (low-risk transit under the 2021 electronic customs escort)." }),
      ["transit"],
    ),
    fittingMinutes: withDefault(
      describe(distributionSchema, "Time to fit a seal, in minutes: at most 7 in the 2020–2021 Kyrgyz–Kazakh pilot, at most 15 under the 2022 EAEU agreement."),
      { dist: "uniform", min: 3, max: 7 },
    ),
    fittingAt: withDefault(
      enumeration(["origin", "checkpoint"], { description: "Where seals are fitted: \"origin\" before the truck reaches the border (no time here), \"checkpoint\" at a fitting stage before the first control." }),
      "origin",
    ),
    fittingLanes: withDefault(integer({ description: "Lanes of the seal-fitting stage when fittingAt is \"checkpoint\".", min: 1 }), 1),
    skipStages: withDefault(stageIds("Stages a sealed truck is not checked at (\"not additionally checked at checkpoints\", 2020 pilot)."), []),
    alarmRate: withDefault(share("Share of sealed trucks whose monitoring raises an alarm (cut rope, lost signal, route deviation): they skip nothing and are physically inspected."), 0),
    dedicatedLane: withDefault(boolean({ description: "Whether sealed trucks get one extra lane of their own at each stage they still pass (same hours and failures as the stage)." }), false),
  },
  { description: "Electronic navigation seals: a GPS seal lets customs track the cargo instead of re-inspecting it. Off while share is 0." },
);

const jointControl = object(
  {
    enabled: withDefault(boolean({ description: "Whether both countries' checks of each merged pair happen once, together." }), false),
    mergedStages: withDefault(
      array(array(string({ description: "A stage id.", minLength: 1 }), { description: "[exit stage, entry stage] of one direction.", minLength: 2, maxLength: 2 }), {
        description: "Pairs [exit-post stage, entry-post stage] of the same direction done once, at the entry stage, taking (exit + entry control time) × serviceFactor; the exit stage is skipped.",
      }),
      [],
    ),
    serviceFactor: withDefault(factor("Multiplier on the combined control time of a merged pair (1: no saving beyond the single stop)."), 1),
  },
  { description: "Joint control: both countries' officers check a truck at one stop." },
);

const preArrivalInfo = object(
  {
    enabled: withDefault(boolean({ description: "Whether documents arrive electronically before the truck." }), false),
    stages: withDefault(stageIds("Stages whose control time is multiplied by serviceFactor."), []),
    serviceFactor: withDefault(factor("Multiplier on the control time at those stages (0.6: 40% shorter)."), 1),
  },
  { description: "Pre-arrival electronic information: the documents are checked before the truck arrives, so the check at the border is shorter." },
);

const electronicQueue = object(
  {
    enabled: withDefault(boolean({ description: "Whether trucks book a time slot and wait for it off the road." }), false),
    priorityShare: withDefault(number({ description: `Share of trucks with a priority slot, 0 to ${PRIORITY_SLOT_CAP} (the cap of Kazakhstan's 2025 electronic-queue rules); they enter before the rest.`, min: 0 }), 0),
    fastTrackShare: withDefault(number({ description: `Share of trucks on the paid fast track, 0 to ${FAST_TRACK_CAP} (2025 rules); they enter first.`, min: 0 }), 0),
  },
  {
    description: "Electronic queue with booked slots: trucks wait for their slot away from the road, so the road queue disappears but the wait stays in the crossing time; fast track, then priority slots, enter the checkpoint first.",
    check: (q, report) => {
      if (q.priorityShare > PRIORITY_SLOT_CAP) {
        report(["priorityShare"], `must be at most ${PRIORITY_SLOT_CAP}: Kazakhstan's 2025 electronic-queue rules cap priority slots at 5% of daily capacity; got ${q.priorityShare}`);
      }
      if (q.fastTrackShare > FAST_TRACK_CAP) {
        report(["fastTrackShare"], `must be at most ${FAST_TRACK_CAP}: Kazakhstan's 2025 electronic-queue rules cap the paid fast track at 1% of daily capacity; got ${q.fastTrackShare}`);
      }
    },
  },
);

const unified = object(
  {
    jointControl: withDefault(jointControl, jointControl.defaults()),
    preArrivalInfo: withDefault(preArrivalInfo, preArrivalInfo.defaults()),
    turnBackIncomplete: withDefault(boolean({ description: "Whether trucks with incomplete documents are turned back before they take a place in any queue (2022 bilateral agreement)." }), false),
    allDayOperation: withDefault(boolean({ description: "Whether every stage is open 24 hours with all its lanes, whatever its hours say." }), false),
    electronicQueue: withDefault(electronicQueue, electronicQueue.defaults()),
  },
  { description: "The unified algorithm for the passage of carriers (proposed by Kyrgyzstan in 2020; no text found), as its parts, each switched and sized on its own. All off by default." },
);

const logisticsCentre = object(
  {
    places: withDefault(integer({ description: "Waiting places in each direction's part of the centre (0: no centre). Trucks that find no checkpoint place wait here, off the road, and are called forward in order.", min: 0 }), 0),
    preclearShare: withDefault(share("Share of trucks that waited in the centre and were pre-cleared there, 0 to 1."), 0),
    preclearStages: withDefault(stageIds("Stages whose control is shorter for a pre-cleared truck."), []),
    preclearServiceFactor: withDefault(factor("Multiplier on a pre-cleared truck's control time at those stages."), 1),
  },
  { description: "A trade-logistics centre outside the border strip (36 ha planned near Karasu / Ak-Tilek): waiting places off the road, and pre-clearance." },
);

/** The optional sections of a border scenario: documents and the three measures, each defaulting to "off". */
export const borderLeverFields = {
  documents: withDefault(documents, documents.defaults()),
  seals: withDefault(seals, seals.defaults()),
  unified: withDefault(unified, unified.defaults()),
  logisticsCentre: withDefault(logisticsCentre, logisticsCentre.defaults()),
} as const;
