import { Simulation, nonHomogeneousPoisson, randomStream } from "../../src/engine/index.js";
import { DEFAULT_RUN_LIMITS } from "../../src/model/index.js";
import { arrivalProfile } from "../../src/model/border/arrival-profile.js";
import { BorderDirection, type BorderShared } from "../../src/model/border/border-direction.js";
import type { BorderDirectionId, BorderSpec } from "../../src/model/border/border-spec.js";
import { SystemStats, type ClassStats } from "../../src/model/border/direction-stats.js";
import { BORDER_DIRECTIONS } from "../../src/model/border/run-border.js";
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
  const sim = new Simulation(); // the stations need one; it never runs
  let trucks = 0;
  const stream = (name: string): (() => number) => randomStream(spec.seed, replication, name);
  const shared: BorderShared = {
    sim, spec, stream,
    system: new SystemStats(0),
    classes: new Map<string, ClassStats>(),
    nextTruck: () => trucks++,
    trace: undefined,
    limits: DEFAULT_RUN_LIMITS,
    stations: [],
  };
  const horizon = spec.days * 24;
  for (const id of BORDER_DIRECTIONS) {
    const direction = new BorderDirection(shared, id);
    const arrivals = nonHomogeneousPoisson(
      arrivalProfile({ ...spec.directions[id], monthOfYear: spec.monthOfYear, startMonth: spec.startMonth }),
      stream(`arrivals:${id}`),
    );
    for (let t = arrivals.next(0); t < horizon; t = arrivals.next(t)) {
      const truck = direction._newTruck();
      onTruck?.(id, t, truck);
    }
  }
  return trucks;
}
