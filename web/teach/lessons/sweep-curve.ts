import { networkTheory, type NetworkScenario } from "../../../src/scenario/index.js";
import type { HockeyCurve } from "../../charts/hockey-stick-chart.js";
import { getEstimate } from "../../charts/metric-path.js";
import type { TeachClient } from "../teach-client.js";
import { sweepRun, sweepUtilisations, theoryGrid, type LessonRun } from "./lesson-models.js";

/** The metric every lesson plots: the mean wait in line of a customer, in minutes. */
export const lessonMetric = "system.waitInQueue";

/** The theory line of one model family: its analytic wait at each utilisation of the grid where theory applies. */
export function theoryLine(make: (rho: number, run: LessonRun) => NetworkScenario): HockeyCurve["theory"] {
  return theoryGrid.flatMap((x) => {
    const theory = networkTheory(make(x, sweepRun));
    const y = theory.applies ? theory.values[lessonMetric] : undefined;
    return y === undefined ? [] : [{ x, y }];
  });
}

/**
 * The simulated points of one curve of a lesson's chart: the model at each of the sweep's utilisations,
 * run one after the other on the client's worker. `onPoint` is told after each utilisation.
 */
export async function sweepPoints(
  make: (rho: number, run: LessonRun) => NetworkScenario,
  client: TeachClient,
  onPoint: (simulated: HockeyCurve["simulated"]) => void = () => {},
): Promise<HockeyCurve["simulated"]> {
  const simulated: HockeyCurve["simulated"][number][] = [];
  for (const x of sweepUtilisations) {
    const study = await client.run({ scenario: make(x, sweepRun), replications: sweepRun.replications, slices: 20 });
    simulated.push({ x, estimate: getEstimate(study.result, lessonMetric) });
    onPoint([...simulated]);
  }
  return simulated;
}
