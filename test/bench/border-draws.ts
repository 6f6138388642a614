import type { BorderDirectionId, BorderSpec } from "../../src/model/border/border-spec.js";
import { borderDirections } from "../../src/model/border/run-border.js";
import type { Truck } from "../../src/model/border/truck.js";

/**
 * A floor under any run of the border that keeps today's numbers: only the random draws of replication
 * `replication` of `spec`, with no event, queue or statistic. Each direction's arrival times are drawn by
 * the model's own arrival process, and each truck by the model's own `BorderDirection` (class, seal, alarm,
 * documents, queue rank, pre-clearance and a service time at every stage), from the same named streams, so
 * the same numbers as the model draws for its first arrivals. Breakdowns and returns, a few draws a
 * week, are left out. `onTruck`, if given, hears of each truck as it is drawn (for tests). Returns the number
 * of trucks drawn.
 */
export function drawTrucksOnly(
  spec: BorderSpec, replication: number, onTruck?: (direction: BorderDirectionId, at: number, truck: Truck) => void,
): number {
  // Built as runBorder builds them; the simulation never runs.
  const { directions } = borderDirections(spec, replication);
  const horizon = spec.days * 24;
  let trucks = 0;
  for (const direction of directions) {
    const id = direction.id;
    const arrivals = direction._arrivals();
    for (let t = arrivals.next(0); t < horizon; t = arrivals.next(t)) {
      const truck = direction._newTruck();
      trucks++;
      onTruck?.(id, t, truck);
    }
  }
  return trucks;
}
