// Frozen copy of src/model/border/stage-line.ts as of main de55aca: the models on generator processes (a
// process per customer, yield* station.visit), before the event-scheduling core. Kept only as the oracle the
// equality test (test/model/event-core-equality.test.ts) and the bench compare the new core with, byte for byte.
// Do not edit it to follow the new core.
import {
  Tally, distributionFromSpec, scaleDistribution,
  type Distribution, type DistributionSpec, type RandomSource, type Simulation,
} from "../../../src/engine/index.js";
import { Station, type StationOptions } from "../../../src/model/station.js";
import type { BorderDirectionId, BorderSpec, StageSpec } from "../../../src/model/border/border-spec.js";
import { directionStations } from "../../../src/model/border/direction-stations.js";

/** A random-stream factory for one replication: the same name always gives the same stream. */
export type StreamOf = (name: string) => RandomSource;

/** One stage of a direction as a replication runs it: its station(s), service draws and what the levers do there. */
export interface StageLine {
  /** Stage id (the activity key in results). */
  readonly id: string;
  /** The stage's lanes. */
  readonly station: Station;
  /** The sealed trucks' own lane, when seals have a dedicated lane and sealed trucks pass this stage. */
  readonly sealedLane: Station | null;
  /** True for the seal-fitting stage: only sealed trucks pass it. */
  readonly sealedOnly: boolean;
  /** Service time by class index, in hours. */
  readonly serviceByClass: readonly Distribution[];
  readonly serviceStream: RandomSource;
  /** Risk-based physical inspection, when the stage has one. */
  readonly inspection: { readonly share: number; readonly service: Distribution; readonly select: RandomSource; readonly stream: RandomSource } | null;
  /** Factor on every service here (pre-arrival information; 1 when off). */
  readonly factor: number;
  /** Whether pre-cleared trucks get the centre's factor here. */
  readonly preclear: boolean;
  /** Whether a sealed truck (without alarm) skips this stage. */
  readonly sealSkip: boolean;
  /** Whether joint control does this (exit) stage at its partner entry stage instead. */
  readonly jointSkip: boolean;
  /** Index in the line list of the exit stage merged into this one by joint control, or -1. */
  readonly jointPartner: number;
  /** Skipped by class index (class skipStages). */
  readonly classSkip: readonly boolean[];
  /** Hours each truck waited before this stage, and was controlled at it, in the observation window. */
  readonly waits: Tally;
  readonly services: Tally;
}

const MINUTES = 1 / 60;
const minutes = (spec: DistributionSpec): Distribution => scaleDistribution(distributionFromSpec(spec), MINUTES);

function stationOptions(spec: BorderSpec, stage: StageSpec, id: string, lanesCap: number, stream: StreamOf): StationOptions {
  const allDay = spec.unified.allDayOperation || stage.hours === undefined;
  const servers = Math.min(stage.lanes, lanesCap);
  const failures = stage.breakdowns;
  let breakdowns: StationOptions["breakdowns"];
  if (failures !== undefined) {
    const up = distributionFromSpec(failures.timeToFailureHours);
    const down = distributionFromSpec(failures.timeToRepairHours);
    const u = stream(`breakdowns:${id}`);
    // Every lane built can fail, whether or not it is on duty when the run starts.
    breakdowns = { timeToFailure: () => up.sample(u), timeToRepair: () => down.sample(u), servers };
  }
  return {
    id,
    servers,
    ...(allDay
      ? {}
      : { schedule: { periodLength: stage.hours.periodLength, changes: stage.hours.changes.map((c) => ({ at: c.at, servers: Math.min(c.lanes, lanesCap) })) } }),
    ...(breakdowns !== undefined ? { breakdowns } : {}),
  };
}

/**
 * Builds the stage lines of one direction, in the order a truck meets them, from the direction's
 * stations (`directionStations`: the seal-fitting stage first when seals are fitted at the checkpoint,
 * then the direction's stages, each with its sealed lane when it has one). Stations and streams that
 * only a lever uses are made only when that lever is on, so a scenario with every lever off runs
 * exactly as one that never mentions them.
 */
export function buildStageLines(sim: Simulation, spec: BorderSpec, direction: BorderDirectionId, stream: StreamOf): StageLine[] {
  const dir = spec.directions[direction];
  const { seals, unified, logisticsCentre } = spec;
  const sealsOn = seals.share > 0;
  const stations = directionStations(spec, direction);
  const lines: StageLine[] = [];
  const noSkip = dir.classes.map(() => false);
  const fittingStation = stations.find((s) => s.role === "seal-fitting");
  if (fittingStation !== undefined) {
    const { id } = fittingStation;
    const fitting = minutes(seals.fittingMinutes);
    lines.push({
      id, station: new Station(sim, { id, servers: fittingStation.lanes }), sealedLane: null, sealedOnly: true,
      serviceByClass: dir.classes.map(() => fitting), serviceStream: stream(`service:${id}`), inspection: null,
      factor: 1, preclear: false, sealSkip: false, jointSkip: false, jointPartner: -1, classSkip: noSkip,
      waits: new Tally(), services: new Tally(),
    });
  }
  const joint = unified.jointControl.enabled ? unified.jointControl.mergedStages : [];
  const offset = lines.length;
  stations.forEach((station, i) => {
    const stage = station.stage;
    if (station.role !== "stage" || stage === null) return;
    const sealedLane = stations[i + 1]?.role === "sealed-lane" ? stations[i + 1] : undefined;
    const sealSkip = sealsOn && seals.skipStages.includes(stage.id);
    const partner = joint.find((pair) => pair[1] === stage.id)?.[0];
    const regular = minutes(stage.serviceMinutes);
    const byClass = stage.serviceMinutesByClass ?? {};
    lines.push({
      id: stage.id,
      station: new Station(sim, stationOptions(spec, stage, stage.id, Infinity, stream)),
      sealedLane: sealedLane === undefined ? null : new Station(sim, stationOptions(spec, stage, sealedLane.id, sealedLane.lanes, stream)),
      sealedOnly: false,
      serviceByClass: dir.classes.map((c) => (byClass[c.id] !== undefined ? minutes(byClass[c.id] as DistributionSpec) : regular)),
      serviceStream: stream(`service:${stage.id}`),
      inspection: stage.inspection === undefined ? null : {
        share: stage.inspection.share,
        service: minutes(stage.inspection.serviceMinutes),
        select: stream(`inspection:${stage.id}`),
        stream: stream(`inspection-service:${stage.id}`),
      },
      factor: unified.preArrivalInfo.enabled && unified.preArrivalInfo.stages.includes(stage.id) ? unified.preArrivalInfo.serviceFactor : 1,
      preclear: logisticsCentre.places > 0 && logisticsCentre.preclearStages.includes(stage.id),
      sealSkip,
      jointSkip: joint.some((pair) => pair[0] === stage.id),
      jointPartner: partner === undefined ? -1 : offset + dir.stages.findIndex((s) => s.id === partner),
      classSkip: dir.classes.map((c) => c.skipStages.includes(stage.id)),
      waits: new Tally(),
      services: new Tally(),
    });
  });
  return lines;
}
