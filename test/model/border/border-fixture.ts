import { readFileSync } from "node:fs";
import type { BorderSpec, DirectionSpec, StageSpec } from "../../../src/model/index.js";
import { formatProblems, loadScenario } from "../../../src/scenario/index.js";
import type { BorderScenario } from "../../../src/scenario/format/scenario-types.js";

/** A bundled border scenario (scenarios/<name>.json) with --set overrides applied. */
export function bundled(name: string, overrides: readonly string[] = []): BorderScenario {
  const file = `scenarios/${name}.json`;
  const loaded = loadScenario(readFileSync(file, "utf8"), file, overrides);
  if (!loaded.ok) throw new Error(formatProblems(loaded.problems));
  if (loaded.scenario.model !== "border") throw new Error(`${file} is not a border scenario`);
  return loaded.scenario;
}

const ones = (n: number): number[] => Array.from({ length: n }, () => 1);

/** A direction with flat arrivals, one class "general" and the given stages. */
export function flatDirection(trucksPerDay: number, stages: readonly StageSpec[], zonePlaces = 1000): DirectionSpec {
  return {
    trucksPerDay, hourOfDay: ones(24), dayOfWeek: ones(7), zonePlaces,
    classes: [{ id: "general", share: 1, loaded: true, skipStages: [] }],
    stages,
  };
}

/** A spec with every measure off and no documents problem; directions and length as given. */
export function borderSpec(directions: BorderSpec["directions"], days: number, warmupDays: number, seed = 1): BorderSpec {
  return {
    seed, days, warmupDays, startMonth: 1, monthOfYear: ones(12), metresPerTruck: 12, directions,
    documents: { incompleteShare: 0, waitHours: { dist: "exponential", mean: 8 }, returnShare: 0 },
    seals: { share: 0, eligibleClasses: ["transit"], fittingMinutes: { dist: "uniform", min: 3, max: 7 }, fittingAt: "origin", fittingLanes: 1, skipStages: [], alarmRate: 0, dedicatedLane: false },
    unified: {
      jointControl: { enabled: false, mergedStages: [], serviceFactor: 1 },
      preArrivalInfo: { enabled: false, stages: [], serviceFactor: 1 },
      turnBackIncomplete: false,
      allDayOperation: false,
      electronicQueue: { enabled: false, priorityShare: 0, fastTrackShare: 0 },
    },
    logisticsCentre: { places: 0, preclearShare: 0, preclearStages: [], preclearServiceFactor: 1 },
  };
}

/** One exponential stage with one lane. */
export function exponentialStage(id: string, post: "kz" | "kg", meanMinutes: number): StageSpec {
  return { id, post, label: id, lanes: 1, serviceMinutes: { dist: "exponential", mean: meanMinutes } };
}
