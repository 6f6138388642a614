import type { Scenario } from "../../src/scenario/index.js";
import { pathSegments } from "../../src/scenario/format/override-syntax.js";
import { directionLabel } from "../charts/index.js";

const fields: Readonly<Record<string, string>> = {
  "serviceMinutes.mean": "mean control time, minutes",
  "breakdowns.timeToFailureHours.mean": "mean working hours between failures",
  "breakdowns.timeToRepairHours.mean": "mean repair time, hours",
  "inspection.share": "share physically inspected",
  trucksPerDay: "trucks a day",
};

const named: Readonly<Record<string, string>> = {
  "documents.incompleteShare": "Share of trucks with incomplete documents",
  "documents.waitHours.mean": "Mean wait for missing documents, hours",
  "documents.returnShare": "Share of turned-back trucks that come back",
  "documents.returnAfterHours.mean": "Mean hours until a turned-back truck comes back",
  "seals.share": "Share of eligible trucks sealed",
  "seals.fittingMinutes.max": "Longest seal fitting, minutes",
  "seals.alarmRate": "Share of seals raising an alarm",
  "unified.jointControl.serviceFactor": "Joint control: time factor",
  "unified.preArrivalInfo.serviceFactor": "Pre-arrival information: time factor",
  "logisticsCentre.preclearShare": "Share pre-cleared in the centre",
  "logisticsCentre.preclearServiceFactor": "Pre-clearance: time factor",
  "monthOfYear.8": "Harvest peak multiplier (September, October with it)",
};

/**
 * A readable name for a declared input's path in a border scenario, for charts and tables:
 * "Kazakh entry: X-ray scanning complex: mean repair time, hours" for
 * `directions.kg-to-kz.stages.3.breakdowns.timeToRepairHours.mean`. Unknown paths stay as they are.
 */
export function inputLabel(scenario: Scenario, path: string): string {
  const key = pathSegments(path).join(".");
  const known = named[key];
  if (known !== undefined) return known;
  if (scenario.model !== "border") return path;
  const [head, direction, kind, index, ...rest] = key.split(".");
  if (head !== "directions" || (direction !== "kg-to-kz" && direction !== "kz-to-kg")) return path;
  if (kind === "trucksPerDay") return `Trucks a day, ${directionLabel(direction)}`;
  const stage = kind === "stages" ? scenario.directions[direction].stages[Number(index)] : undefined;
  if (stage === undefined) return path;
  const field = fields[rest.join(".")] ?? rest.join(".");
  return `${stage.label}: ${field}`;
}
