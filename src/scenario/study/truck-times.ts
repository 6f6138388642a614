import { runBorder, type BorderDirectionId, type BorderTraceEvent, type RunLimits } from "../../model/index.js";
import type { BorderScenario } from "../format/border-scenario.js";

/** The per-truck metrics that observed records can be compared with, in hours. */
export const TRUCK_METRICS = ["crossingHours", "waitHours"] as const;
export type TruckMetric = (typeof TRUCK_METRICS)[number];

/** What a replication's trace gives for one truck: when it arrived (its last arrival) and its time under control so far. */
interface Passage {
  arrived: number;
  controlled: number;
  startedAt: number;
}

/**
 * One value per truck of `direction` that left the last post in the observation window (after
 * the warm-up) of replication `replication`, in the order they left: `crossingHours` from its
 * arrival at the back of the queue (its return, for a turned-back truck that came back) to leaving
 * the last post, as the model's crossing time; `waitHours` that minus the time under control at
 * the stages (the model's waiting time). Read from the model's trace, so no per-truck list is kept
 * inside the model. Cost: one replication.
 * @throws {RunLimitError} if the run reaches one of `limits` (@default DEFAULT_RUN_LIMITS).
 */
export function truckTimes(scenario: BorderScenario, direction: BorderDirectionId, metric: TruckMetric, replication: number, limits?: RunLimits): number[] {
  const warmup = scenario.warmupDays * 24;
  const passages = new Map<number, Passage>();
  const values: number[] = [];
  const trace = (t: number, e: BorderTraceEvent): void => {
    if (e.direction !== direction) return;
    switch (e.kind) {
      case "arrive":
        passages.set(e.truck, { arrived: t, controlled: 0, startedAt: NaN });
        break;
      case "stage-start": {
        const p = passages.get(e.truck);
        if (p !== undefined) p.startedAt = t;
        break;
      }
      case "stage-preempt":
      case "stage-end": {
        const p = passages.get(e.truck);
        if (p !== undefined) p.controlled += t - p.startedAt;
        break;
      }
      case "depart": {
        const p = passages.get(e.truck);
        if (p === undefined) break;
        passages.delete(e.truck);
        if (t < warmup) break;
        const crossing = t - p.arrived;
        values.push(metric === "crossingHours" ? crossing : Math.max(0, crossing - p.controlled));
        break;
      }
      default:
        break;
    }
  };
  runBorder(scenario, replication, limits === undefined ? { trace } : { trace, limits });
  return values;
}
