import type { DistributionSpec } from "../../engine/index.js";

/**
 * The Karasu (Kazakhstan) / Ak-Tilek (Kyrgyzstan) road crossing as the border model runs it. The
 * scenario layer validates it and fills in defaults; the model trusts it. Times are in hours
 * except service times, which scenario files give in minutes (`serviceMinutes`).
 *
 * These types are the one description of the border's fields: the scenario schema
 * (src/scenario/format/border-scenario.ts) must decode to exactly them, which the compiler checks,
 * and the scenario type `BorderScenario` is built from them.
 */
export interface BorderSpec {
  /** Base seed of the random streams. */
  readonly seed: number;
  /** Whole run length, warm-up included, in days (the horizon is days × 24 hours). */
  readonly days: number;
  /** Days at the start whose statistics are discarded. */
  readonly warmupDays: number;
  /** Month of day 0, 1 (January) to 12 (December); day 0 is the first of that month and a Monday. */
  readonly startMonth: number;
  /** Arrival multipliers by calendar month, January first (12 numbers >= 0; 1 = an ordinary month). */
  readonly monthOfYear: readonly number[];
  /** Road length one queued truck takes, in metres. */
  readonly metresPerTruck: number;
  readonly directions: { readonly [D in BorderDirectionId]: DirectionSpec };
  readonly documents: DocumentsSpec;
  readonly seals: SealsSpec;
  readonly unified: UnifiedSpec;
  readonly logisticsCentre: LogisticsCentreSpec;
}

/** The two directions: Kyrgyzstan → Kazakhstan (exit Ak-Tilek, entry Karasu) and back. */
export type BorderDirectionId = "kg-to-kz" | "kz-to-kg";

/** A country's post: "kz" Karasu (Kazakhstan), "kg" Ak-Tilek (Kyrgyzstan). */
export type PostId = "kz" | "kg";

/** Traffic and controls of one direction. */
export interface DirectionSpec {
  /** Mean arrivals per day in a month whose multiplier is 1, in trucks per day. */
  readonly trucksPerDay: number;
  /** 24 relative arrival weights, hour 0 first; rescaled to average 1. */
  readonly hourOfDay: readonly number[];
  /** 7 relative arrival weights, Monday first; rescaled to average 1. */
  readonly dayOfWeek: readonly number[];
  /** Places inside the checkpoint, from the gate to the last stage; trucks that find none queue on the road. */
  readonly zonePlaces: number;
  /** Kinds of truck, with shares summing to 1. */
  readonly classes: readonly TruckClassSpec[];
  /** Control stages in the order a truck meets them: the exit post's, then the entry post's. */
  readonly stages: readonly StageSpec[];
}

/** A kind of truck. */
export interface TruckClassSpec {
  /** Name in results (`classes.<id>`) and in `serviceMinutesByClass`. */
  readonly id: string;
  /** Share of the direction's trucks, 0 to 1. */
  readonly share: number;
  /** Whether the truck carries cargo; empty trucks are never selected for physical inspection nor sealed. */
  readonly loaded: boolean;
  /** Ids of stages this class does not pass (such as the X-ray for empty trucks). */
  readonly skipStages: readonly string[];
}

/** One control stage: lanes or booths working in parallel, with their line. */
export interface StageSpec {
  /** Unique across the scenario, no dots; the station id in results. */
  readonly id: string;
  /** The country whose officers work here. */
  readonly post: PostId;
  /** Plain-words name for charts and the dashboard. */
  readonly label: string;
  /** Lanes (servers) built; all are staffed when open 24 h. */
  readonly lanes: number;
  /** Service time of one truck, in minutes. */
  readonly serviceMinutes: DistributionSpec;
  /** Service time by truck class, in minutes, for classes served differently. */
  readonly serviceMinutesByClass?: Readonly<Record<string, DistributionSpec>>;
  /** Risk-based physical inspection: the share of loaded trucks selected and their service time in minutes. */
  readonly inspection?: { readonly share: number; readonly serviceMinutes: DistributionSpec };
  /** Lanes on duty over a repeating period in hours (shifts); open 24 h with all lanes when absent. */
  readonly hours?: { readonly periodLength: number; readonly changes: readonly { readonly at: number; readonly lanes: number }[] };
  /** Each lane's working hours to a failure and hours to repair (the scanner). */
  readonly breakdowns?: { readonly timeToFailureHours: DistributionSpec; readonly timeToRepairHours: DistributionSpec };
}

/** Trucks that arrive without every document. */
export interface DocumentsSpec {
  /** Share of trucks with incomplete documents, 0 to 1. */
  readonly incompleteShare: number;
  /** Hours until the missing documents come; the truck is held aside in the checkpoint meanwhile. */
  readonly waitHours: DistributionSpec;
  /** Share of trucks turned back (unified.turnBackIncomplete) that come back with complete documents, 0 to 1 (0: none). */
  readonly returnShare: number;
  /** Hours from being turned back to coming back; required when returnShare > 0, unused (nothing drawn) at 0. */
  readonly returnAfterHours?: DistributionSpec;
}

/** Electronic navigation seals. */
export interface SealsSpec {
  /** Share of eligible trucks carrying a seal, 0 to 1 (0: the measure is off). */
  readonly share: number;
  /** Classes whose loaded trucks may carry a seal. */
  readonly eligibleClasses: readonly string[];
  /** Time to fit a seal, in minutes. */
  readonly fittingMinutes: DistributionSpec;
  /** "origin": fitted before the truck reaches the border; "checkpoint": at a fitting stage before the first control. */
  readonly fittingAt: "origin" | "checkpoint";
  /** Lanes of the fitting stage (fittingAt "checkpoint"). */
  readonly fittingLanes: number;
  /** Stages a sealed truck skips. */
  readonly skipStages: readonly string[];
  /** Share of sealed trucks the monitoring flags (cut rope, lost signal, deviation): they skip nothing and are inspected. */
  readonly alarmRate: number;
  /** Whether sealed trucks get a lane of their own at the stages they still pass. */
  readonly dedicatedLane: boolean;
}

/** The unified algorithm for the passage of carriers, part by part. */
export interface UnifiedSpec {
  readonly jointControl: {
    readonly enabled: boolean;
    /** Pairs [exit stage, entry stage] done once, at the entry stage, in (exit + entry service) × serviceFactor. */
    readonly mergedStages: readonly (readonly string[])[];
    readonly serviceFactor: number;
  };
  readonly preArrivalInfo: {
    readonly enabled: boolean;
    /** Stages whose service time is multiplied by serviceFactor. */
    readonly stages: readonly string[];
    readonly serviceFactor: number;
  };
  /** Trucks with incomplete documents are turned back before they take a place in any queue. */
  readonly turnBackIncomplete: boolean;
  /** Every stage open 24 hours with all its lanes. */
  readonly allDayOperation: boolean;
  readonly electronicQueue: {
    readonly enabled: boolean;
    /** Share of trucks with a priority slot (at most 0.05). */
    readonly priorityShare: number;
    /** Share of trucks on the paid fast track (at most 0.01). */
    readonly fastTrackShare: number;
  };
}

/** A trade-logistics centre outside the border strip. */
export interface LogisticsCentreSpec {
  /** Waiting places in each direction's part of the centre (0: no centre). */
  readonly places: number;
  /** Share of trucks that waited in the centre and were pre-cleared there, 0 to 1. */
  readonly preclearShare: number;
  /** Stages whose service a pre-cleared truck gets in service × preclearServiceFactor. */
  readonly preclearStages: readonly string[];
  readonly preclearServiceFactor: number;
}
