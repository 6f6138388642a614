import type { BorderDirectionId, BorderSpec, PostId, StageSpec } from "./border-spec.js";

/** What a station of a direction is: the seal-fitting stage, a control stage, or a stage's lane for sealed trucks. */
export type DirectionStationRole = "seal-fitting" | "stage" | "sealed-lane";

/** One station a direction's trucks may meet. */
export interface DirectionStation {
  /** Station id, as in results (`stations.<id>`) and traces. */
  readonly id: string;
  readonly role: DirectionStationRole;
  /** The control stage: the station's own, or the one a sealed lane runs beside; null for seal fitting. */
  readonly stage: StageSpec | null;
  /** The post whose officers work here. */
  readonly post: PostId;
  /** Lanes built (a sealed lane is one lane). */
  readonly lanes: number;
}

/** The id of a direction's seal-fitting stage: at its exit post. */
export function fittingStageId(direction: BorderDirectionId): string {
  return direction === "kg-to-kz" ? "kg-seal-fitting" : "kz-seal-fitting";
}

/** The id of a stage's lane reserved for sealed trucks. */
export function sealedLaneId(stage: string): string {
  return `${stage}-sealed-lane`;
}

/**
 * The stations of one direction, in the order its trucks meet them: the seal-fitting stage first when
 * seals are on and fitted at the checkpoint (at the exit post), then each stage, each followed by its
 * lane for sealed trucks when seals are on, have a dedicated lane, and do not skip that stage. The one
 * rule for which stations exist: the model builds them from it and the teaching view draws them from it.
 * @example directionStations(spec, "kg-to-kz").map((s) => s.id) // => ["kg-seal-fitting", "kg-exit-documents", …]
 */
export function directionStations(spec: Pick<BorderSpec, "seals" | "directions">, direction: BorderDirectionId): DirectionStation[] {
  const { seals } = spec;
  const sealsOn = seals.share > 0;
  const stations: DirectionStation[] = [];
  if (sealsOn && seals.fittingAt === "checkpoint") {
    stations.push({ id: fittingStageId(direction), role: "seal-fitting", stage: null, post: direction === "kg-to-kz" ? "kg" : "kz", lanes: seals.fittingLanes });
  }
  for (const stage of spec.directions[direction].stages) {
    stations.push({ id: stage.id, role: "stage", stage, post: stage.post, lanes: stage.lanes });
    if (sealsOn && seals.dedicatedLane && !seals.skipStages.includes(stage.id)) {
      stations.push({ id: sealedLaneId(stage.id), role: "sealed-lane", stage, post: stage.post, lanes: 1 });
    }
  }
  return stations;
}
