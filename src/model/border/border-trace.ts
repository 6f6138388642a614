import type { BorderDirectionId } from "./border-spec.js";

/** Where a truck waits for a place in the checkpoint: on the road, in the logistics centre, or at its booked slot (electronic queue). */
export type WaitingPlace = "road" | "centre" | "booked";

/**
 * Fields every trace event has: which truck (numbered from 0 in order of first arrival, both
 * directions together; a truck that comes back keeps its number) and its direction.
 */
interface TruckEvent {
  readonly truck: number;
  readonly direction: BorderDirectionId;
}

/** At a stage: the stage id and the station serving it (the stage itself, or its dedicated lane for sealed trucks). */
interface StageEvent extends TruckEvent {
  readonly stage: string;
  readonly station: string;
}

/**
 * What happened to a truck, for an animation to replay, in time order: it arrives at the back of
 * the queue ("arrive"), is turned back for missing documents ("turned-back"; nothing follows
 * unless `returning`, and then, later, the same truck's second "arrive" and the rest of a crossing),
 * waits for a place in the checkpoint ("wait", on the road, in the centre or at its booked slot),
 * moves from the road into the centre ("to-centre"), enters the checkpoint ("enter-zone"), starts,
 * loses (to a breakdown) and ends each stage's control ("stage-start", "stage-preempt",
 * "stage-end"), is held aside until its documents come ("documents-held", "documents-arrived"),
 * and leaves the last post ("depart").
 */
export type BorderTraceEvent =
  | (TruckEvent & { readonly kind: "arrive"; readonly truckClass: string; readonly sealed: boolean })
  | (TruckEvent & { readonly kind: "turned-back"; readonly returning: boolean })
  | (TruckEvent & { readonly kind: "wait"; readonly where: WaitingPlace })
  | (TruckEvent & { readonly kind: "to-centre" })
  | (TruckEvent & { readonly kind: "enter-zone" })
  | (StageEvent & { readonly kind: "stage-start" | "stage-preempt" | "stage-end" })
  | (TruckEvent & { readonly kind: "documents-held" | "documents-arrived" })
  | (TruckEvent & { readonly kind: "depart" });

/** Called with the time in hours and the event; costs nothing when absent. */
export type BorderTrace = (timeHours: number, event: BorderTraceEvent) => void;
